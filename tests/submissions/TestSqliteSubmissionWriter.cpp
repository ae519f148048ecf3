#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "submissions/EncodedRow.h"
#include "submissions/SqliteSubmissionWriter.h"
#include "submissions/StoreDecision.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionRow.h"
#include "submissions/SubmissionStore.h"

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
    void bothEnginesWriteTheSameRow();
    void oneDecisionForEveryEngine();

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

// Issue 17, item 3: the 22 columns are built in one place (SubmissionRow) for both
// SubmissionStore (every engine) and this writer; both store the same row.
void TestSqliteSubmissionWriter::bothEnginesWriteTheSameRow()
{
    QCOMPARE(SubmissionRow::kColumnCount, 22);
    QCOMPARE(QString::fromLatin1(SubmissionRow::kColumns).count(QLatin1Char(',')) + 1,
             SubmissionRow::kColumnCount);
    auto viaStore = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("a.sqlite")));
    auto viaWriter = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("b.sqlite")));
    QList<SubmissionRecord> records;
    records << record(R"({"id":"s-1","contestant":{"name":"Lê Văn An","phone":"0912345678"},)"
                      R"("prediction":12,"answers":[{"q":"Q1","a":"B"},{"q":"Q2","a":null}]})")
            << record(R"({"id":"s-2","contestant":{"name":"Trần Thị Bình"}})");
    records[0].valid = true;
    records[0].correct = 1;
    records[1].invalidCode = QStringLiteral("no_identity");
    records[1].invalidDetail = QStringLiteral("field 'contestant'");
    // Text beyond the Basic Multilingual Plane, a field left empty, a question id and a
    // name in Vietnamese: the encoded row must bind each as the record's own.
    records << record(R"({"id":"s-3","contestant":{"name":"Đặng Thị 𠀀 Hà","unit":""},)"
                      R"("answers":[{"q":"Câu-1","a":"A"}]})");
    records[2].invalidCode = QStringLiteral("answer_count");
    records[2].invalidDetail = QStringLiteral("1 answers, but each attempt has 30 questions");
    records[2].contestantKey = QStringLiteral("0912345678");
    // The same records as the judging threads hand them over: each row encoded.
    QList<SubmissionRecord> encoded = records;
    for (SubmissionRecord& r : encoded)
        r.encodedRow = EncodedRow::encode(r, StoreDecision::idOf(r), StoreDecision::hashOf(r));
    auto viaEncoded = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("c.sqlite")));
    viaStore->transaction([&] { SubmissionStore(*viaStore).store(records, QStringLiteral("t")); });
    const auto writer = SqliteSubmissionWriter::open(*viaWriter);
    viaWriter->transaction([&] { writer->store(records, QStringLiteral("t")); });
    const auto encodedWriter = SqliteSubmissionWriter::open(*viaEncoded);
    viaEncoded->transaction([&] { encodedWriter->store(encoded, QStringLiteral("t")); });
    const QString select = QStringLiteral("SELECT %1 FROM submissions ORDER BY id")
                               .arg(QString::fromLatin1(SubmissionRow::kColumns));
    for (Database* other : {viaWriter.get(), viaEncoded.get()}) {
        QSqlQuery a = viaStore->exec(select);
        QSqlQuery b = other->exec(select);
        int rows = 0;
        while (a.next()) {
            QVERIFY(b.next());
            ++rows;
            for (int c = 0; c < SubmissionRow::kColumnCount; ++c) {
                if (c == 4) // received_at: the time of each store
                    continue;
                QVERIFY2(a.value(c) == b.value(c) && a.isNull(c) == b.isNull(c),
                         qPrintable(QStringLiteral("column %1: %2 / %3")
                                        .arg(c)
                                        .arg(a.value(c).toString(), b.value(c).toString())));
            }
            QVERIFY(!b.value(4).toString().isEmpty()); // received_at, bound per batch
            QCOMPARE(b.value(3).toString(), QStringLiteral("t"));
        }
        QCOMPARE(rows, 3);
        QVERIFY(!b.next());
    }
}

// The decision itself: new, the same again (duplicate), other content (conflict), also
// against an earlier item of the same batch.
void TestSqliteSubmissionWriter::oneDecisionForEveryEngine()
{
    StoreDecision d;
    const QString stored = QStringLiteral("h1");
    QCOMPARE(d.decide(QStringLiteral("a"), QStringLiteral("h1"), nullptr, true),
             StoreDecision::Outcome::New);
    QCOMPARE(d.decide(QStringLiteral("a"), QStringLiteral("h1"),
                      d.storedByThisBatch(QStringLiteral("a")), true),
             StoreDecision::Outcome::Duplicate);
    QCOMPARE(d.decide(QStringLiteral("b"), QStringLiteral("h2"), &stored, false),
             StoreDecision::Outcome::Conflict);
    d.conflictKept(true);
    QCOMPARE(d.decide(QStringLiteral("c"), QStringLiteral("h3"), nullptr, false),
             StoreDecision::Outcome::New);
    const StoreSummary s = d.summary();
    QCOMPARE(s.added, 1);
    QCOMPARE(s.invalid, 1);
    QCOMPARE(s.duplicates, 1);
    QCOMPARE(s.conflicts, 1);
}
