#include "TestDatabase.h"
#include "backup/BackupBeforeSync.h"
#include "backup/DatabaseRestore.h"
#include "backup/SqliteBackup.h"
#include "storage/ContestDatabase.h"
#include "storage/Database.h"

#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

// The database file, its -wal and -shm files and every backup hold password hashes,
// answer keys and personal data: on POSIX they are readable by their owner only (0600),
// whatever the umask (docs/storage.md, "Files and permissions").
class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aNewDatabaseAndItsWalAreOwnerOnly();
    void backupsAreOwnerOnly();
    void aRestoredDatabaseAndTheKeptOneAreOwnerOnly();
    void anExistingWiderDatabaseIsTightenedWhenOpened();

private:
    static int mode(const QString& path);
#ifndef Q_OS_WIN
    mode_t m_savedUmask = 0;
#endif
};

void TestPrivateFiles::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("the per-user profile folder is private on Windows; there is no mode to check");
#else
    // The usual umask: without care, files would be created 0644.
    m_savedUmask = ::umask(022);
#endif
}

void TestPrivateFiles::cleanupTestCase()
{
#ifndef Q_OS_WIN
    ::umask(m_savedUmask);
#endif
}

int TestPrivateFiles::mode(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return 0;
#else
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
#endif
}

void TestPrivateFiles::aNewDatabaseAndItsWalAreOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contest.sqlite"));
    auto db = ContestDatabase::openAndMigrate(path);
    // A write in WAL mode: SQLite creates -wal and -shm now, if not before.
    db->exec(QStringLiteral("INSERT INTO units (code, name, kind, collective_eligible) "
                            "VALUES ('U1', 'x', 'agency', 1)"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
}

void TestPrivateFiles::backupsAreOwnerOnly()
{
    QTemporaryDir dir;
    auto db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("contest.sqlite")));
    // `contestctl backup --out` and the app's Back up… both write through SqliteBackup.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    SqliteBackup::write(*db, backup);
    QCOMPARE(mode(backup), 0600);

    const QString folder = dir.filePath(QStringLiteral("before-sync"));
    QVERIFY(QDir().mkpath(folder));
    BackupBeforeSync before(*db);
    before.setPolicy({folder, 3});
    const QString written = before.run();
    QVERIFY(QFileInfo::exists(written));
    QCOMPARE(mode(written), 0600);
}

void TestPrivateFiles::aRestoredDatabaseAndTheKeptOneAreOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contest.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        auto db = ContestDatabase::openAndMigrate(path);
        SqliteBackup::write(*db, backup);
    }
    // A backup made by an older version, readable by all: the restored copy is not.
    QVERIFY(QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
    const DatabaseRestore::Result r = DatabaseRestore::restore(backup, path, true);
    QCOMPARE(mode(path), 0600);
    QVERIFY(!r.keptAs.isEmpty());
    QCOMPARE(mode(r.keptAs), 0600);
}

void TestPrivateFiles::anExistingWiderDatabaseIsTightenedWhenOpened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contest.sqlite"));
    ContestDatabase::openAndMigrate(path).reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(mode(path), 0644);
    auto db = Database::open(path);
    QCOMPARE(mode(path), 0600);
    db->exec(QStringLiteral("INSERT INTO units (code, name, kind, collective_eligible) "
                            "VALUES ('U1', 'x', 'agency', 1)"));
    QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"
