#include "contest/ContestRepository.h"
#include "submissions/AnswerKey.h"
#include "submissions/SubmissionImporter.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionStore.h"
#include "submissions/SubmissionValidator.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TestSubmissionImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importsJsonLinesKeepingInvalidOnes();
    void sameIdIdenticalIsADuplicateDifferentIsAConflict();
    void sameIdTwiceInOneFileIsJudgedAgainstTheFirst();
    void aFileLongerThanOneStatementIsStoredWhole();
    void acceptsAnArrayOrAPageObject();
    void aBrokenLineStoresNothing();
    void refusesToGradeWithoutABank();
    void regradesWhenTheAnswerKeyChanges();
    void anUnreadableItemStaysUnreadableWhenJudgedAgain();
    void aLargeFileIsImportedInBoundedMemory();
    void everyBoundaryOfTheReadIsCrossed_data();
    void everyBoundaryOfTheReadIsCrossed();
    void aBrokenItemLateInTheFileStoresNothing_data();
    void aBrokenItemLateInTheFileStoresNothing();
    void aDocumentThatIsNotAnExportIsRefusedWithItsPlace_data();
    void aDocumentThatIsNotAnExportIsRefusedWithItsPlace();
    void anItemLargerThanAnySubmissionIsRefused();
    void aBulkLoadEndsWithEveryIndexAndTheLog();
    void aBrokenBulkLoadStoresNothingAndKeepsTheIndexes();
    void aBulkLoadBesideAnotherConnectionKeepsTheLog();
    void aKilledBulkImportLeavesTheDatabaseAsItWas();

private:
    QStringList submissionIndexes();
    QString journalMode();
    static QByteArray item(const QString& id, const QString& answer = QStringLiteral("B"),
                           int prediction = 800);
    std::unique_ptr<TestDatabase> m_t;
};

void TestSubmissionImporter::init()
{
    m_t = std::make_unique<TestDatabase>();
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 2;
    s.blueprint = {{QStringLiteral("TTHC"), 2}};
    s.certificateMinCorrect = 1;
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 2);
}

void TestSubmissionImporter::cleanup()
{
    m_t.reset();
}

QByteArray TestSubmissionImporter::item(const QString& id, const QString& answer, int prediction)
{
    const QJsonObject o{
        {"id", id},
        {"contestant", QJsonObject{{"name", "Trần Văn Bình"},
                                   {"birth_year", 1985},
                                   {"phone", "0905 111 222"},
                                   {"unit", "UBND-SONKY"}}},
        {"started_at", "2024-06-05T09:00:00+07:00"},
        {"submitted_at", "2024-06-05T09:04:10.5+07:00"},
        {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", answer}},
                               QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
        {"prediction", prediction},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestSubmissionImporter::importsJsonLinesKeepingInvalidOnes()
{
    const QByteArray data = item("a") + "\n" + item("b", "C") + "\r\n\n" + item("c", "Z") + "\n";
    const StoreSummary s =
        SubmissionImporter(m_t->db()).importBytes(data, QStringLiteral("export.jsonl"));
    QCOMPARE(s.added, 2);
    QCOMPARE(s.invalid, 1); // option Z does not exist: kept, with its reason
    QCOMPARE(s.total(), 3);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 3);
    const QList<GradedSubmission> graded = SubmissionStore(m_t->db()).loadGraded();
    QCOMPARE(graded.size(), 3);
    int valid = 0;
    for (const GradedSubmission& g : graded) {
        if (g.id == QLatin1String("a"))
            QCOMPARE(g.correct, 2);
        if (g.id == QLatin1String("b"))
            QCOMPARE(g.correct, 1);
        if (g.id == QLatin1String("c"))
            QVERIFY(g.invalidReason.contains(QLatin1String("Z")));
        valid += g.valid ? 1 : 0;
    }
    QCOMPARE(valid, 2);
}

void TestSubmissionImporter::sameIdIdenticalIsADuplicateDifferentIsAConflict()
{
    SubmissionImporter importer(m_t->db());
    importer.importBytes(item("a") + "\n", QStringLiteral("1.jsonl"));
    const StoreSummary again =
        importer.importBytes(item("a") + "\n" + item("a", "A") + "\n" + item("a", "A") + "\n",
                             QStringLiteral("2.jsonl"));
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(again.conflicts, 1);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).conflictCount(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 2); // the first version stands
}

// Rows are stored 200 to a statement: an id seen earlier in the same file counts as stored.
void TestSubmissionImporter::sameIdTwiceInOneFileIsJudgedAgainstTheFirst()
{
    SubmissionImporter importer(m_t->db());
    const StoreSummary s = importer.importBytes(item("b") + "\n" + item("b", "A") + "\n" +
                                                    item("b") + "\n" + item("b", "A") + "\n",
                                                QStringLiteral("twice.jsonl"));
    QCOMPARE(s.added + s.invalid, 1);
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(s.duplicates, 2);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).conflictCount(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 2); // the first version stands
}

void TestSubmissionImporter::aFileLongerThanOneStatementIsStoredWhole()
{
    QByteArray lines;
    for (int i = 0; i < 450; ++i)
        lines += item(QStringLiteral("c%1").arg(i), i % 2 ? "A" : "C", 100 + i) + "\n";
    SubmissionImporter importer(m_t->db());
    const StoreSummary s = importer.importBytes(lines, QStringLiteral("long.jsonl"));
    QCOMPARE(s.total(), 450);
    QCOMPARE(s.added + s.invalid, 450);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 450);
    const StoreSummary again = importer.importBytes(lines, QStringLiteral("long.jsonl"));
    QCOMPARE(again.duplicates, 450);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 450);
}

void TestSubmissionImporter::acceptsAnArrayOrAPageObject()
{
    SubmissionImporter importer(m_t->db());
    const StoreSummary a =
        importer.importBytes("[" + item("a") + "," + item("b") + "]", QStringLiteral("a.json"));
    QCOMPARE(a.added, 2);
    const StoreSummary p = importer.importBytes("{\"items\": [" + item("c") +
                                                    "], \"cursor\": \"x\", \"has_more\": false}",
                                                QStringLiteral("page.json"));
    QCOMPARE(p.added, 1);
}

void TestSubmissionImporter::aBrokenLineStoresNothing()
{
    try {
        SubmissionImporter(m_t->db()).importBytes(item("a") + "\n" + item("b").left(40) + "\n",
                                                  QStringLiteral("cut.jsonl"));
        QFAIL("a truncated line was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(QLatin1String("cut.jsonl:2:")), qPrintable(e.message()));
    }
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
    QVERIFY_THROWS_EXCEPTION(
        UserError, SubmissionImporter(m_t->db()).importBytes("[1, 2]", QStringLiteral("n.json")));
    QVERIFY_THROWS_EXCEPTION(UserError, SubmissionImporter(m_t->db()).importBytes(
                                            "{\"items\": 3}", QStringLiteral("n.json")));
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
}

void TestSubmissionImporter::refusesToGradeWithoutABank()
{
    TestDatabase empty;
    QVERIFY_THROWS_EXCEPTION(
        UserError,
        SubmissionImporter(empty.db()).importBytes(item("a"), QStringLiteral("a.jsonl")));
}

void TestSubmissionImporter::regradesWhenTheAnswerKeyChanges()
{
    SubmissionImporter(m_t->db()).importBytes(item("a", "A") + "\n", QStringLiteral("a.jsonl"));
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 1);
    // The authors find Q0001 was keyed wrong: A is right.
    m_t->db().exec(QStringLiteral("UPDATE questions SET correct_key = 'A' WHERE id = 'Q0001'"));
    SubmissionStore store(m_t->db());
    const ContestSettings settings = ContestRepository(m_t->db()).loadOrDefaults();
    QCOMPARE(store.ensureJudged(settings, AnswerKey::load(m_t->db())), 1);
    QCOMPARE(store.loadGraded().at(0).correct, 2);
    QCOMPARE(store.ensureJudged(settings, AnswerKey::load(m_t->db())), 0); // nothing changed since
}

void TestSubmissionImporter::anUnreadableItemStaysUnreadableWhenJudgedAgain()
{
    // A sync keeps a prediction beyond a double as sent, invalid as "unreadable" (issue 13).
    // Judging again after a key correction must read it the same way, not as whatever
    // QJsonDocument makes of it (an object without an id, "no_id").
    QByteArray raw = item("big");
    raw.replace("\"prediction\":800", "\"prediction\":1e400");
    QVERIFY(raw.contains("1e400"));
    SubmissionRecord r = SubmissionParser::unreadable(raw, QStringLiteral("big"),
                                                      QStringLiteral("a number beyond a double"));
    const ContestSettings settings = ContestRepository(m_t->db()).loadOrDefaults();
    SubmissionValidator(settings, AnswerKey::load(m_t->db())).judge(r);
    QCOMPARE(r.invalidCode, QStringLiteral("unreadable"));
    m_t->db().transaction([&] { SubmissionStore(m_t->db()).store({r}, QStringLiteral("test")); });
    m_t->db().exec(QStringLiteral("UPDATE questions SET correct_key = 'A' WHERE id = 'Q0001'"));
    SubmissionStore store(m_t->db());
    QVERIFY(store.ensureJudged(settings, AnswerKey::load(m_t->db())) >= 1);
    QSqlQuery q = m_t->db().exec(
        QStringLiteral("SELECT valid, invalid_code FROM submissions WHERE id = 'big'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toString(), QStringLiteral("unreadable"));
}

namespace {

// Peak resident memory of this process in KiB since the last resetPeakMemory() (Linux).
qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

// The file is streamed, not read whole: 32 MB of submissions (issue 13: 110 MB took
// 2.54 GB) cost no more memory than SQLite's page cache and a few batches.
void TestSubmissionImporter::aLargeFileIsImportedInBoundedMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.jsonl"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray padding(700, 'x');
        for (int i = 0; i < 32000; ++i) {
            QByteArray line = item(QStringLiteral("L%1").arg(i), i % 3 ? "B" : "A", i);
            line.insert(1, "\"address\":\"" + padding + "\",");
            out.write(line + '\n');
        }
    }
    QVERIFY(QFileInfo(path).size() > 30'000'000);
    if (!resetPeakMemory())
        QSKIP("needs Linux's /proc/self/clear_refs to measure peak memory");
    const qint64 before = peakMemoryKiB();
    const StoreSummary s = SubmissionImporter(m_t->db()).importFile(path);
    const qint64 grown = peakMemoryKiB() - before;
    QCOMPARE(s.total(), 32000);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 32000);
    qInfo("peak memory grew by %lld MiB", grown / 1024);
    QVERIFY2(grown < 160 * 1024, qPrintable(QStringLiteral("%1 MiB").arg(grown / 1024)));
}

// The same file read 1, 2, 3 or 7 bytes at a time: items, lines and a byte-order mark
// cut anywhere by a read give the same submissions.
void TestSubmissionImporter::everyBoundaryOfTheReadIsCrossed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    const QByteArray a = item("a"), b = item("b", "C"), c = item("c", "Z");
    QTest::newRow("lines") << "x.jsonl"
                           << QByteArray("\xEF\xBB\xBF" + a + "\r\n\n  " + b + " \n" + c);
    QTest::newRow("array") << "x.json"
                           << QByteArray("\xEF\xBB\xBF [ " + a + ",\n" + b + " ," + c + "]\n");
    QTest::newRow("page") << "x.json"
                          << QByteArray("{\"cursor\": \"x]}\\\"\", \"items\": [" + a + "," + b +
                                        "," + c +
                                        "], \"has_more\": false, \"n\": {\"items\": [1]}}");
}

void TestSubmissionImporter::everyBoundaryOfTheReadIsCrossed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    for (const int chunk : {1, 2, 3, 7, 4096}) {
        m_t->db().exec(QStringLiteral("DELETE FROM submissions"));
        SubmissionImporter importer(m_t->db());
        importer.setReadChunk(chunk);
        StoreSummary summary;
        try {
            summary = importer.importBytes(data, fileName);
        } catch (const UserError& e) {
            QFAIL(qPrintable(
                QStringLiteral("read %1 bytes at a time: %2").arg(chunk).arg(e.message())));
        } catch (const EnvironmentError& e) {
            QFAIL(qPrintable(
                QStringLiteral("read %1 bytes at a time: %2").arg(chunk).arg(e.message())));
        }
        QCOMPARE(summary.added, 2);
        QCOMPARE(summary.invalid, 1);
        QCOMPARE(SubmissionStore(m_t->db()).count(), 3);
    }
}

void TestSubmissionImporter::aBrokenItemLateInTheFileStoresNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("brokenItem");
    QTest::addColumn<QString>("message");
    const int n = int(SubmissionImporter::batchSize) * 3 + 5; // several batches stored first
    const QString line = QString::number(n + 1);
    QTest::newRow("cut line") << "late.jsonl" << item("x").left(40)
                              << QStringLiteral("late.jsonl:%1: not JSON").arg(line);
    QTest::newRow("not an object") << "late.jsonl" << QByteArray("[1, 2]")
                                   << QStringLiteral("late.jsonl:%1: a line must hold").arg(line);
    QTest::newRow("not UTF-8") << "late.jsonl" << QByteArray("{\"id\": \"\xC3\x28\"}")
                               << QStringLiteral("late.jsonl:%1: the file is not UTF-8").arg(line);
    QTest::newRow("array: broken item") << "late.json" << QByteArray("{\"id\": \"y\" \"x\": 1}")
                                        << QStringLiteral("late.json:%1:").arg(line);
    QTest::newRow("array: not an object") << "late.json" << QByteArray("3")
                                          << QStringLiteral("late.json: item %1 is not a "
                                                            "submission object")
                                                 .arg(n + 1);
}

// All or nothing although the file is stored batch by batch: one transaction.
void TestSubmissionImporter::aBrokenItemLateInTheFileStoresNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, brokenItem);
    QFETCH(QString, message);
    const bool lines = fileName.endsWith(QLatin1String(".jsonl"));
    const int n = int(SubmissionImporter::batchSize) * 3 + 5;
    QByteArray data = lines ? QByteArray() : QByteArray("[");
    for (int i = 0; i < n; ++i)
        data += item(QStringLiteral("s%1").arg(i)) + (lines ? "\n" : ",\n");
    data += brokenItem + (lines ? "\n" : "]");
    data += item("after") + "\n";
    try {
        SubmissionImporter(m_t->db()).importBytes(data, fileName);
        QFAIL("a broken file was imported");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("nothing was imported")) ||
                     e.message().contains(QLatin1String("UTF-8")),
                 qPrintable(e.message()));
    }
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
}

void TestSubmissionImporter::aDocumentThatIsNotAnExportIsRefusedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray a = item("a");
    QTest::newRow("empty") << QByteArray() << "d.json:1:1: ";
    QTest::newRow("a number") << QByteArray("3") << "d.json: expected an array";
    QTest::newRow("no items") << QByteArray("{\"cursor\": \"x\"}") << "d.json: expected an array";
    QTest::newRow("items not an array")
        << QByteArray("{\"items\": {}}") << "d.json: expected an array";
    QTest::newRow("cut array") << QByteArray("[" + a + ",\n" + a.left(30)) << "d.json:2:31: ";
    QTest::newRow("unterminated array") << QByteArray("[" + a) << "d.json:1:";
    QTest::newRow("trailing comma") << QByteArray("[" + a + ",]") << "d.json:1:";
    QTest::newRow("garbage after") << QByteArray("[" + a + "]\n]") << "d.json:2:1: ";
    QTest::newRow("missing comma") << QByteArray("[" + a + " " + a + "]") << "d.json:1:";
    QTest::newRow("broken cursor")
        << QByteArray("{\"cursor\": tru, \"items\": []}") << "d.json:1:12: ";
    QTest::newRow("items twice") << QByteArray("{\"items\": [], \"items\": []}") << "d.json:1:";
}

void TestSubmissionImporter::aDocumentThatIsNotAnExportIsRefusedWithItsPlace()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    try {
        SubmissionImporter(m_t->db()).importBytes(data, QStringLiteral("d.json"));
        QFAIL("accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
}

// Memory stays bounded whatever the file holds: one 17 MiB "submission" is not read whole.
void TestSubmissionImporter::anItemLargerThanAnySubmissionIsRefused()
{
    const QByteArray huge = "{\"id\": \"h\", \"x\": \"" + QByteArray(17 << 20, 'x') + "\"}";
    for (const QString& name : {QStringLiteral("huge.jsonl"), QStringLiteral("huge.json")}) {
        const QByteArray data = name.endsWith(QLatin1String("l"))
                                    ? QByteArray(item("a") + "\n" + huge)
                                    : QByteArray("[" + item("a") + "," + huge + "]");
        try {
            SubmissionImporter(m_t->db()).importBytes(data, name);
            QFAIL("accepted");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("item 2 is longer than 16 MiB")),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
}

// What the schema says of the submissions' indexes (SQLite), or their names (PostgreSQL).
QStringList TestSubmissionImporter::submissionIndexes()
{
    QSqlQuery q = TestEngine::onPostgres()
                      ? m_t->db().exec(QStringLiteral(
                            "SELECT indexdef FROM pg_indexes WHERE tablename = 'submissions' "
                            "ORDER BY indexname"))
                      : m_t->db().exec(QStringLiteral(
                            "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE "
                            "type = 'index' AND tbl_name = 'submissions' ORDER BY name"));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    return indexes;
}

QString TestSubmissionImporter::journalMode()
{
    if (TestEngine::onPostgres())
        return QStringLiteral("wal");
    QSqlQuery q = m_t->db().exec(QStringLiteral("PRAGMA journal_mode"));
    return q.next() ? q.value(0).toString() : QString();
}

// A load that outnumbers what is stored runs with a rollback journal and builds the
// indexes at the end (a third of the time at a million); afterwards nothing shows it.
void TestSubmissionImporter::aBulkLoadEndsWithEveryIndexAndTheLog()
{
    const QStringList indexes = submissionIndexes();
    QVERIFY(indexes.size() >= 4);
    QCOMPARE(journalMode(), QStringLiteral("wal"));
    QByteArray data;
    for (int i = 0; i < 500; ++i)
        data += item(QStringLiteral("b%1").arg(i)) + '\n';
    SubmissionImporter importer(m_t->db());
    importer.setBulkLoadFrom(1);
    QCOMPARE(importer.importBytes(data, QStringLiteral("bulk.jsonl")).added, 500);
    QCOMPARE(submissionIndexes(), indexes);
    QCOMPARE(journalMode(), QStringLiteral("wal"));
    // The rebuilt indexes hold every row.
    QSqlQuery q = m_t->db().exec(
        QStringLiteral("SELECT count(*) FROM submissions WHERE contestant_key <> '' AND "
                       "submitted_at_ms > 0 AND valid = 1"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 500);
    if (!TestEngine::onPostgres()) {
        QSqlQuery check = m_t->db().exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
}

void TestSubmissionImporter::aBrokenBulkLoadStoresNothingAndKeepsTheIndexes()
{
    SubmissionImporter(m_t->db()).importBytes(item("kept") + '\n', QStringLiteral("a.jsonl"));
    const QStringList indexes = submissionIndexes();
    QByteArray data;
    for (int i = 0; i < int(SubmissionImporter::batchSize) * 2 + 3; ++i)
        data += item(QStringLiteral("b%1").arg(i)) + '\n';
    data += "{\"id\": \n";
    SubmissionImporter importer(m_t->db());
    importer.setBulkLoadFrom(1);
    QVERIFY_THROWS_EXCEPTION(UserError, importer.importBytes(data, QStringLiteral("b.jsonl")));
    QCOMPARE(SubmissionStore(m_t->db()).count(), 1);
    QCOMPARE(submissionIndexes(), indexes);
    QCOMPARE(journalMode(), QStringLiteral("wal"));
}

// The desktop app has the database open while contestctl imports: no switch of the
// journal then (SQLite would refuse it), the load keeps WAL and still succeeds.
void TestSubmissionImporter::aBulkLoadBesideAnotherConnectionKeepsTheLog()
{
    if (TestEngine::onPostgres())
        QSKIP("the journal is SQLite's");
    auto other = Database::open(m_t->location());
    QCOMPARE(other->exec(QStringLiteral("SELECT count(*) FROM submissions")).next(), true);
    QByteArray data;
    for (int i = 0; i < 300; ++i)
        data += item(QStringLiteral("b%1").arg(i)) + '\n';
    SubmissionImporter importer(m_t->db());
    importer.setBulkLoadFrom(1);
    QCOMPARE(importer.importBytes(data, QStringLiteral("bulk.jsonl")).added, 300);
    QCOMPARE(journalMode(), QStringLiteral("wal"));
    QSqlQuery q = other->exec(QStringLiteral("SELECT count(*) FROM submissions"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 300);
}

// kill -9 in the middle of a bulk import (rollback journal, indexes dropped): the next
// open rolls it back; the stored submissions, the indexes and WAL are as before.
void TestSubmissionImporter::aKilledBulkImportLeavesTheDatabaseAsItWas()
{
    if (TestEngine::onPostgres())
        QSKIP("the journal is SQLite's");
    const QString ctl = qEnvironmentVariable("CONTESTCTL");
    if (ctl.isEmpty())
        QSKIP("CONTESTCTL is not set (run through ctest)");
    SubmissionImporter(m_t->db()).importBytes(item("kept") + '\n', QStringLiteral("a.jsonl"));
    const QStringList indexes = submissionIndexes();
    m_t->close();
    const QString path = m_t->dir() + QStringLiteral("/big.jsonl");
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray padding(600, 'x');
        for (int i = 0; i < 60000; ++i) {
            QByteArray line = item(QStringLiteral("K%1").arg(i));
            line.insert(1, "\"address\":\"" + padding + "\",");
            out.write(line + '\n');
        }
    }
    const QString journal = m_t->location() + QStringLiteral("-journal");
    QProcess p;
    p.start(ctl, {QStringLiteral("--db"), m_t->location(), QStringLiteral("submissions"),
                  QStringLiteral("import"), path});
    QVERIFY(p.waitForStarted());
    // The rollback journal appears once the load runs; kill it then, mid-load.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journal) || p.state() == QProcess::NotRunning, 60000);
    QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
    p.kill();
    QVERIFY(p.waitForFinished());
    auto db = ContestDatabase::openAndMigrate(m_t->location());
    QSqlQuery q = db->exec(QStringLiteral("SELECT count(*) FROM submissions"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QSqlQuery names = db->exec(QStringLiteral(
        "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND "
        "tbl_name = 'submissions' ORDER BY name"));
    QStringList after;
    while (names.next())
        after << names.value(0).toString();
    QCOMPARE(after, indexes);
    QSqlQuery mode = db->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery check = db->exec(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSubmissionImporter)
#include "TestSubmissionImporter.moc"
