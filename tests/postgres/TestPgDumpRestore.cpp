#include "judging/ResultsLock.h"
#include "storage/Database.h"

#include "TestDatabase.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

// The backup of a PostgreSQL contest database is PostgreSQL's own (docs/storage.md):
// pg_dump in the custom format, pg_restore into an empty database. This runs exactly the
// documented commands on a demo contest and checks that the restored database gives the
// same results, an intact audit chain, and new rows numbered after the restored ones.
class TestPgDumpRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restoredDatabaseGivesTheSameResults();
    void anAlteredSnapshotInADumpFailsTheAuditAfterRestore();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args);
    // pg_dump of `source` into `dumpName`, then pg_restore into `target`; empty on success.
    QString dumpAndRestore(const QString& source, const QString& dumpName, const QString& target);
    QString m_ctl;
    QString m_bin;
    QTemporaryDir m_dir;
};

TestPgDumpRestore::Run TestPgDumpRestore::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestPgDumpRestore::dumpAndRestore(const QString& source, const QString& dumpName,
                                          const QString& target)
{
    // The commands of docs/storage.md, "Backup and restore on PostgreSQL".
    const QString dump = m_dir.filePath(dumpName);
    Run r = run(m_bin + QStringLiteral("/pg_dump"),
                {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                 QStringLiteral("--file=") + dump, source});
    if (r.code != 0)
        return QStringLiteral("pg_dump: ") + r.err;
    r = run(m_bin + QStringLiteral("/pg_restore"),
            {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
             QStringLiteral("--single-transaction"), QStringLiteral("--dbname=") + target, dump});
    return r.code == 0 ? QString() : QStringLiteral("pg_restore: ") + r.err;
}

void TestPgDumpRestore::initTestCase()
{
    QVERIFY2(TestEngine::onPostgres(),
             "runs on the PostgreSQL test cluster only (ctest TestPgDumpRestore-postgresql)");
    m_ctl = qEnvironmentVariable("CONTESTCTL");
    QVERIFY2(QFile::exists(m_ctl), "CONTESTCTL does not name contestctl (run through ctest)");
    m_bin = TestEngine::serverBinDir();
    QVERIFY2(QFile::exists(m_bin + QStringLiteral("/pg_dump")),
             qPrintable(m_bin + QStringLiteral(": no pg_dump")));
    QVERIFY(m_dir.isValid());
}

void TestPgDumpRestore::restoredDatabaseGivesTheSameResults()
{
    TestLocation source(m_dir.path(), QStringLiteral("source"));
    TestLocation target(m_dir.path(), QStringLiteral("target"));
    Run r = run(m_ctl, {QStringLiteral("--db"), source.location(), QStringLiteral("demo"),
                        QStringLiteral("--people"), QStringLiteral("300")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run before = run(m_ctl, {QStringLiteral("--db"), source.location(),
                                   QStringLiteral("results"), QStringLiteral("--json")});
    QVERIFY2(before.code == 0, qPrintable(before.err));
    QVERIFY(
        QJsonDocument::fromJson(before.out).object().value(QStringLiteral("contestants")).toInt() >
        0);

    const QString failed =
        dumpAndRestore(source.location(), QStringLiteral("contest.dump"), target.location());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Run after = run(m_ctl, {QStringLiteral("--db"), target.location(),
                                  QStringLiteral("results"), QStringLiteral("--json")});
    QVERIFY2(after.code == 0, qPrintable(after.err));
    QCOMPARE(QJsonDocument::fromJson(after.out), QJsonDocument::fromJson(before.out));
    const Run verify = run(m_ctl, {QStringLiteral("--db"), target.location(),
                                   QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(verify.err + QString::fromUtf8(verify.out)));

    // The identity counters came along: a new row is numbered after the restored ones.
    auto db = Database::open(target.location());
    QSqlQuery max = db->exec(QStringLiteral("SELECT max(id) FROM question_revisions"));
    QVERIFY(max.next());
    const qint64 last = max.value(0).toLongLong();
    QVERIFY(last > 0);
    const qint64 id = db->insertReturningId(QStringLiteral(
        "INSERT INTO question_revisions (question_id, changed_at, changed_by, action, after_json) "
        "VALUES ('Q', '2024-05-01T00:00:00Z', 'test', 'edit', '{}')"));
    QVERIFY2(id > last, qPrintable(QStringLiteral("%1 after %2").arg(id).arg(last)));
}

// pg_restore is PostgreSQL's own program, so the check of docs/storage.md comes after it:
// `audit verify` on the restored database compares its locked results with their lock
// entries (and its accounts with the log), as `contestctl restore` does for SQLite.
void TestPgDumpRestore::anAlteredSnapshotInADumpFailsTheAuditAfterRestore()
{
    TestLocation source(m_dir.path(), QStringLiteral("source"));
    TestLocation target(m_dir.path(), QStringLiteral("target"));
    qint64 snapshot = 0;
    {
        auto db = ContestDatabase::openAndMigrate(source.location());
        snapshot = ResultsLock(*db).lock(Results{}).id;
        db->exec(QStringLiteral("UPDATE results_snapshots SET content_json = '{}', sha256 = ? "
                                "WHERE id = ?"),
                 {ResultsLock::sha256("{}"), snapshot});
    }
    const QString failed =
        dumpAndRestore(source.location(), QStringLiteral("altered.dump"), target.location());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Run verify = run(m_ctl, {QStringLiteral("--db"), target.location(),
                                   QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.code, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("snapshot %1").arg(snapshot)),
             qPrintable(verify.err));
}

QTEST_GUILESS_MAIN(TestPgDumpRestore)
#include "TestPgDumpRestore.moc"
