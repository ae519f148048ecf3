#include "TestDatabase.h"
#include "accounts/PasswordHasher.h"
#include "judging/ResultsLock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QProcess>

// contestctl backup / restore / backup before-sync, and the backup a sync writes first.
class TestBackupCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupThenRestore();
    void aTruncatedBackupIsRefusedAndTheDatabaseKept();
    void postgresPointsToPgDump();
    void syncWritesItsBackupFirstAndStopsWithoutOne();
    // Last: the accepted restore leaves the database with an account.
    void aBackupWithAlteredResultsOrAnInjectedAccountIsRefusedUnlessAccepted();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList& args, const QString& password = QString());
    QByteArray hash(const QString& path);
    QString m_ctl;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestBackupCommands::initTestCase()
{
    m_ctl = qEnvironmentVariable("CONTESTCTL");
    if (m_ctl.isEmpty())
        QSKIP("CONTESTCTL is not set (run through ctest)");
    m_db = m_dir.filePath(QStringLiteral("contest.sqlite"));
    const Run demo = ctl({QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                          QStringLiteral("--people"), QStringLiteral("20")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

TestBackupCommands::Run TestBackupCommands::ctl(const QStringList& args, const QString& password)
{
    QProcess p;
    if (!password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTEST_PASSWORD"), password);
        p.setProcessEnvironment(env);
    }
    p.start(m_ctl, args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray TestBackupCommands::hash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestBackupCommands::backupThenRestore()
{
    const QString backup = m_dir.filePath(QStringLiteral("b1.sqlite"));
    Run r = ctl(
        {QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(backup));
    r = ctl(
        {QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QCOMPARE(r.code, 1); // never over an existing file

    r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup,
             QStringLiteral("--force")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("before-restore-")), qPrintable(r.out));
    r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestBackupCommands::aTruncatedBackupIsRefusedAndTheDatabaseKept()
{
    const QString backup = m_dir.filePath(QStringLiteral("b2.sqlite"));
    QCOMPARE(ctl({QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"),
                  backup})
                 .code,
             0);
    QFile f(backup);
    QVERIFY(f.resize(f.size() / 3));
    const QByteArray before = hash(m_db);
    const Run r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup,
                       QStringLiteral("--force")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(backup), qPrintable(r.err));
    QCOMPARE(hash(m_db), before);
}

void TestBackupCommands::postgresPointsToPgDump()
{
    const QString url = QStringLiteral("postgresql://committee:secret@127.0.0.1:5432/contest");
    Run r = ctl({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("--out"),
                 QStringLiteral("c.dump")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("pg_dump --format=custom")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("secret")));
    r = ctl({QStringLiteral("--db"), url, QStringLiteral("restore"), QStringLiteral("c.dump")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("pg_restore ")), qPrintable(r.err));
}

void TestBackupCommands::syncWritesItsBackupFirstAndStopsWithoutOne()
{
    const QString folder = m_dir.filePath(QStringLiteral("before-sync"));
    QVERIFY(QDir().mkpath(folder));
    Run r =
        ctl({QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("before-sync"),
             QStringLiteral("--folder"), folder, QStringLiteral("--keep"), QStringLiteral("2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString token = m_dir.filePath(QStringLiteral("token"));
    QFile t(token);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("abc");
    t.close();
    // No server listens there: the sync fails (exit 2), after its backup.
    const QStringList sync = {QStringLiteral("--db"),
                              m_db,
                              QStringLiteral("sync"),
                              QStringLiteral("--server"),
                              QStringLiteral("https://127.0.0.1:9"),
                              QStringLiteral("--token-file"),
                              token,
                              QStringLiteral("--timeout"),
                              QStringLiteral("2")};
    for (int i = 0; i < 3; ++i) {
        r = ctl(sync);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("backup before sync: ")), qPrintable(r.err));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    // The folder gone: no backup, so no sync.
    QVERIFY(QDir(folder).removeRecursively());
    r = ctl(sync);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("not synced")), qPrintable(r.err));
}

void TestBackupCommands::aBackupWithAlteredResultsOrAnInjectedAccountIsRefusedUnlessAccepted()
{
    const QString backup = m_dir.filePath(QStringLiteral("b3.sqlite"));
    Run r = ctl(
        {QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString password = QStringLiteral("mật-khẩu-của-kẻ-gian");
    qint64 snapshot = 0;
    {
        // Someone with the backup file: locked results altered after the lock, and a
        // committee account written straight into the users table.
        auto db = Database::open(backup);
        snapshot = ResultsLock(*db).lock(Results{}).id;
        db->exec(QStringLiteral("UPDATE results_snapshots SET content_json = '{}', sha256 = ? "
                                "WHERE id = ?"),
                 {ResultsLock::sha256("{}"), snapshot});
        const PasswordHash h = PasswordHasher::hash(password);
        db->exec(QStringLiteral("INSERT INTO users (username, username_key, display_name, role, "
                                "password_hash, salt, iterations, algorithm, created_at) "
                                "VALUES ('mallory', 'mallory', 'M', 'committee', ?, ?, ?, ?, "
                                "'2024-06-01T00:00:00Z')"),
                 {QString::fromLatin1(h.hash.toBase64()), QString::fromLatin1(h.salt.toBase64()),
                  h.iterations, h.algorithm});
    }
    const QByteArray before = hash(m_db);
    r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup,
             QStringLiteral("--force")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("snapshot %1").arg(snapshot)) &&
                 r.err.contains(QLatin1String("account mallory (role committee)")) &&
                 r.err.contains(QLatin1String("--accept-unaudited")) &&
                 r.err.contains(QLatin1String("Nothing was restored")),
             qPrintable(r.err));
    QCOMPARE(hash(m_db), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.restoring-*")}, QDir::Files).size(),
             0);

    // Accepted by the committee: restored as it is, and the acceptance is in the audit log.
    r = ctl({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup,
             QStringLiteral("--force"), QStringLiteral("--accept-unaudited")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("mallory")), qPrintable(r.out));
    const QStringList as = {QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                            QStringLiteral("mallory")};
    r = ctl(as + QStringList{QStringLiteral("audit"), QStringLiteral("list")}, password);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString last = r.out.trimmed().split(QLatin1Char('\n')).last();
    QVERIFY2(last.contains(QLatin1String("backup.restore")) &&
                 last.contains(QLatin1String("b3.sqlite")),
             qPrintable(r.out));
    r = ctl(as + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, password);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"
