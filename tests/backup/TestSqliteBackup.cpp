#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "backup/PostgresTools.h"
#include "backup/SqliteBackup.h"
#include "core/Problem.h"

#include <QAtomicInt>
#include <QJsonObject>
#include <QThread>

namespace {

// Writes in a loop from its own connection: each transaction adds one unit and one audit
// entry, so a consistent snapshot has as many "test.write" entries as units and a chain
// that verifies.
class Writer
{
public:
    explicit Writer(QString path) : m_path(std::move(path)) {}
    void start()
    {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->start();
    }
    void stop()
    {
        m_stop.storeRelaxed(1);
        m_thread->wait();
    }
    int written() const { return m_written.loadRelaxed(); }
    QString error() const { return m_error; }

private:
    void loop()
    {
        try {
            auto db = Database::open(m_path);
            while (!m_stop.loadRelaxed()) {
                const int n = m_written.loadRelaxed() + 1;
                db->transaction([&] {
                    const QString code = QStringLiteral("W%1").arg(n, 6, 10, QLatin1Char('0'));
                    db->exec(
                        QStringLiteral("INSERT INTO units (code, name, kind, collective_eligible) "
                                       "VALUES (?, ?, 'agency', 1)"),
                        {code, QStringLiteral("Đơn vị %1").arg(n)});
                    AuditLog(*db).append(QStringLiteral("test.write"), code, QJsonValue(),
                                         QJsonObject{{QStringLiteral("n"), n}});
                });
                m_written.storeRelaxed(n);
            }
        } catch (const std::exception& e) {
            m_error = QString::fromUtf8(e.what());
        }
    }
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    QAtomicInt m_stop;
    QAtomicInt m_written;
    QString m_error;
};

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestSqliteBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupIsAConsistentSnapshotWhileAnotherConnectionWrites();
    void refusesAnExistingTargetAndLeavesIt();
    void refusesTheDatabaseItself();
    void missingFolderIsAnEnvironmentError();
    void postgresCommandsHideThePassword();
};

void TestSqliteBackup::backupIsAConsistentSnapshotWhileAnotherConnectionWrites()
{
    TestDatabase t;
    Writer writer(t.path());
    writer.start();
    for (int i = 0; i < 5; ++i) {
        const int before = writer.written();
        // Each backup is taken while the writer is demonstrably running.
        QTRY_VERIFY_WITH_TIMEOUT(writer.written() > before + 3 || !writer.error().isEmpty(), 20000);
        const QString target = t.dir() + QStringLiteral("/backup-%1.sqlite").arg(i);
        QVERIFY(SqliteBackup::write(t.db(), target) > 0);

        auto copy = Database::open(target);
        QSqlQuery check = copy->exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        const int units =
            scalar(*copy, QStringLiteral("SELECT count(*) FROM units WHERE code LIKE 'W%'"));
        const int entries = scalar(
            *copy, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.write'"));
        QVERIFY(units > 0);
        QCOMPARE(units, entries);
        const AuditLog::Verification v = AuditLog(*copy).verify();
        QVERIFY2(v.intact, qPrintable(v.problems.join(QLatin1Char('\n'))));
    }
    writer.stop();
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
    QVERIFY(writer.written() > 15);
    // Nothing half-written is left under a temporary name.
    QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).size(), 0);
}

void TestSqliteBackup::refusesAnExistingTargetAndLeavesIt()
{
    TestDatabase t;
    const QString target = t.dir() + QStringLiteral("/existing.sqlite");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QVERIFY_THROWS_EXCEPTION(UserError, SqliteBackup::write(t.db(), target));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestSqliteBackup::refusesTheDatabaseItself()
{
    TestDatabase t;
    try {
        SqliteBackup::write(t.db(), t.path());
        QFAIL("a backup over the database itself was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(t.path()), qPrintable(e.message()));
    }
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM schema_version")), 1);
}

void TestSqliteBackup::missingFolderIsAnEnvironmentError()
{
    TestDatabase t;
    QVERIFY_THROWS_EXCEPTION(
        EnvironmentError, SqliteBackup::write(t.db(), t.dir() + QStringLiteral("/nope/b.sqlite")));
}

void TestSqliteBackup::postgresCommandsHideThePassword()
{
    const QString url = QStringLiteral("postgresql://committee:s3cret@db.sonha.local:5433/contest");
    const QString dump = PostgresTools::dumpCommand(url, QStringLiteral("/backups/contest.dump"));
    QVERIFY(!dump.contains(QLatin1String("s3cret")));
    QVERIFY2(dump.startsWith(QLatin1String("pg_dump --format=custom")), qPrintable(dump));
    QVERIFY2(dump.contains(QLatin1String("'postgresql://committee@db.sonha.local:5433/contest'")),
             qPrintable(dump));
    QVERIFY(dump.contains(QLatin1String("--file='/backups/contest.dump'")));
    const QString restore = PostgresTools::restoreCommand(url, QStringLiteral("contest.dump"));
    QVERIFY(!restore.contains(QLatin1String("s3cret")));
    QVERIFY2(restore.startsWith(QLatin1String("pg_restore ")), qPrintable(restore));
}

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "TestSqliteBackup.moc"
