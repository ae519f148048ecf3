#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "submissions/SqliteSubmissionWriter.h"
#include "submissions/SubmissionParser.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The sync's SQLite writer: the same decisions as SubmissionStore (new, duplicate,
// conflict), and the connection's settings for a long run of writes put back afterwards,
// so the window that synced does not keep a 64 MiB cache and a 64 MiB log.
class TestSqliteSubmissionWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decidesNewDuplicateAndConflict();
    void putsTheConnectionBackAsItWas();

private:
    static SubmissionRecord record(const QByteArray& json);
    static int pragma(Database& db, const QString& name);
    QTemporaryDir m_dir;
};

SubmissionRecord TestSqliteSubmissionWriter::record(const QByteArray& json)
{
    SubmissionRecord r;
    SubmissionParser::fromRawJson(json, r);
    return r;
}

int TestSqliteSubmissionWriter::pragma(Database& db, const QString& name)
{
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestSqliteSubmissionWriter::decidesNewDuplicateAndConflict()
{
    auto db = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("store.sqlite")));
    const auto writer = SqliteSubmissionWriter::open(*db);
    QVERIFY(writer);
    const QByteArray a = R"({"id":"s-1","contestant":{"name":"Lê Văn An","phone":"0912345678"}})";
    const QByteArray changed =
        R"({"id":"s-1","contestant":{"name":"Lê Văn Ân","phone":"0912345678"}})";
    const QByteArray b = R"({"id":"s-2","contestant":{"name":"Trần Thị Bình"}})";
    StoreSummary first;
    db->transaction([&] {
        first = writer->store({record(a), record(b), record(a)}, QStringLiteral("test"));
    });
    QCOMPARE(first.total(), 3);
    QCOMPARE(first.added + first.invalid, 2);
    QCOMPARE(first.duplicates, 1); // the same item twice in one page
    StoreSummary second;
    db->transaction([&] {
        second =
            writer->store({record(changed), record(changed), record(b)}, QStringLiteral("test"));
    });
    QCOMPARE(second.conflicts, 1);
    QCOMPARE(second.duplicates, 2); // the same conflicting version again, and b again
    QSqlQuery kept = db->exec(QStringLiteral("SELECT raw_json FROM submissions WHERE id = 's-1'"));
    QVERIFY(kept.next());
    QCOMPARE(kept.value(0).toByteArray(), record(a).rawJson); // never overwritten
    QSqlQuery conflicts = db->exec(QStringLiteral("SELECT COUNT(*) FROM submission_conflicts"));
    QVERIFY(conflicts.next());
    QCOMPARE(conflicts.value(0).toInt(), 1);
}

void TestSqliteSubmissionWriter::putsTheConnectionBackAsItWas()
{
    auto db = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("tuning.sqlite")));
    const int cache = pragma(*db, QStringLiteral("cache_size"));
    const int autoCheckpoint = pragma(*db, QStringLiteral("wal_autocheckpoint"));
    {
        const auto writer = SqliteSubmissionWriter::open(*db);
        QVERIFY(writer);
        QCOMPARE(pragma(*db, QStringLiteral("cache_size")), -65536);
        QCOMPARE(pragma(*db, QStringLiteral("wal_autocheckpoint")), 16384);
    }
    QCOMPARE(pragma(*db, QStringLiteral("cache_size")), cache);
    QCOMPARE(pragma(*db, QStringLiteral("wal_autocheckpoint")), autoCheckpoint);
}

QTEST_GUILESS_MAIN(TestSqliteSubmissionWriter)
#include "TestSqliteSubmissionWriter.moc"
