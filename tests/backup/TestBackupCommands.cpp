#include "TestDatabase.h"

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

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList& args);
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

TestBackupCommands::Run TestBackupCommands::ctl(const QStringList& args)
{
    QProcess p;
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

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"
