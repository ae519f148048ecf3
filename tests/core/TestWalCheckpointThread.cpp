#include "storage/WalCheckpointThread.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

// The sync's log copier: with the writer's own automatic checkpoint off, the database
// file grows only when the thread copies the log into it.
class TestWalCheckpointThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesCommittedWritesIntoTheDatabaseFile();
    void hasNothingToDoWithoutALog();

private:
    sqlite3* openWriter(const QString& file, const char* journalMode);
    static void exec(sqlite3* db, const char* sql);
    static void writeRows(sqlite3* db, int rows);
    QTemporaryDir m_dir;
};

void TestWalCheckpointThread::exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QByteArray message = error;
        sqlite3_free(error);
        QFAIL(message.constData());
    }
}

sqlite3* TestWalCheckpointThread::openWriter(const QString& file, const char* journalMode)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &db) != SQLITE_OK)
        return nullptr;
    exec(db, QByteArray("PRAGMA journal_mode = ").append(journalMode).constData());
    exec(db, "PRAGMA wal_autocheckpoint = 0");
    exec(db, "CREATE TABLE t (x TEXT)");
    exec(db, "PRAGMA wal_checkpoint"); // a database file with its header, as a contest has
    return db;
}

void TestWalCheckpointThread::writeRows(sqlite3* db, int rows)
{
    exec(db, "BEGIN");
    for (int i = 0; i < rows; ++i)
        exec(db, "INSERT INTO t VALUES (hex(randomblob(500)))");
    exec(db, "COMMIT");
}

void TestWalCheckpointThread::copiesCommittedWritesIntoTheDatabaseFile()
{
    const QString file = m_dir.filePath(QStringLiteral("wal.sqlite"));
    sqlite3* writer = openWriter(file, "wal");
    QVERIFY(writer);
    const qint64 before = QFileInfo(file).size();
    writeRows(writer, 2000); // about 2 MB, all of it in the log
    QCOMPARE(QFileInfo(file).size(), before);

    {
        const std::unique_ptr<WalCheckpointThread> copier = WalCheckpointThread::start(writer);
        QVERIFY(copier);
        QTRY_VERIFY(QFileInfo(file).size() > before + 1'000'000);
        // The writer goes on while the thread copies, and what it commits is copied too.
        const qint64 afterFirst = QFileInfo(file).size();
        writeRows(writer, 2000);
        QTRY_VERIFY(QFileInfo(file).size() > afterFirst + 1'000'000);
    }
    sqlite3_stmt* count = nullptr;
    QCOMPARE(sqlite3_prepare_v2(writer, "SELECT COUNT(*) FROM t", -1, &count, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(count), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(count, 0), 4000);
    sqlite3_finalize(count);
    QCOMPARE(sqlite3_close(writer), SQLITE_OK); // the thread's connection is gone
}

void TestWalCheckpointThread::hasNothingToDoWithoutALog()
{
    sqlite3* rollback = openWriter(m_dir.filePath(QStringLiteral("delete.sqlite")), "delete");
    QVERIFY(rollback);
    QVERIFY(!WalCheckpointThread::start(rollback));
    sqlite3_close(rollback);

    sqlite3* memory = openWriter(QStringLiteral(":memory:"), "wal");
    QVERIFY(memory);
    QVERIFY(!WalCheckpointThread::start(memory));
    sqlite3_close(memory);
    QVERIFY(!WalCheckpointThread::start(nullptr));
}

QTEST_GUILESS_MAIN(TestWalCheckpointThread)
#include "TestWalCheckpointThread.moc"
