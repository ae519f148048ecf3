#include "QuestionTestSupport.h"

using namespace QuestionTestSupport;

// What an import does to a bank that already holds questions: updates by ID with history,
// never duplicates, numbering, all or nothing.
class TestQuestionImporter : public QObject
{
    Q_OBJECT

private:
    static QuestionImportPlan importCsv(Database& db, const QByteArray& csv,
                                        bool skipInvalid = false)
    {
        QuestionImporter importer(db);
        QuestionImportOptions options;
        options.author = QStringLiteral("tester");
        const QuestionImportPlan plan =
            importer.planFromBytes(csv, QStringLiteral("bank.csv"), options);
        importer.apply(plan, skipInvalid);
        return plan;
    }

private Q_SLOTS:
    void reimportUpdatesWithHistory()
    {
        TestDatabase t;
        importCsv(t.db(), "id,topic,text,A,B,answer\nTTHC-0001,TTHC,Hỏi?,Có,Không,A\n");
        QuestionRepository repo(t.db());
        repo.setStatus(QStringLiteral("TTHC-0001"), Question::Status::Approved);

        const QuestionImportPlan plan =
            importCsv(t.db(), "id,topic,text,A,B,answer\nTTHC-0001,TTHC,Hỏi?,Có,Không,B\n");
        QCOMPARE(plan.count(ImportChange::Updated), 1);
        QCOMPARE(repo.count(), 1);
        const Question q = *repo.find(QStringLiteral("TTHC-0001"));
        QCOMPARE(q.correctKey, QStringLiteral("B"));
        // The approved answer changed: it must be reviewed again.
        QCOMPARE(q.status, Question::Status::Draft);
        QCOMPARE(q.author, QStringLiteral("tester"));
        const QList<QuestionRevision> history = repo.revisions(QStringLiteral("TTHC-0001"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().action, QStringLiteral("import: bank.csv"));
        QCOMPARE(history.last().before.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("A"));
        QCOMPARE(history.last().after.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("B"));

        const QuestionImportPlan same =
            importCsv(t.db(), "id,topic,text,A,B,answer\nTTHC-0001,TTHC,Hỏi?,Có,Không,B\n");
        QCOMPARE(same.count(ImportChange::Unchanged), 1);
        QCOMPARE(repo.revisions(QStringLiteral("TTHC-0001")).size(), 3); // nothing written
    }

    void idlessQuestionsFindTheirStoredTwin()
    {
        TestDatabase t;
        const QByteArray csv = "id,topic,text,A,B,answer\n,TTHC,Một?,a,b,A\n,TTHC,Hai?,a,b,A\n";
        importCsv(t.db(), csv);
        const QuestionImportPlan again = importCsv(t.db(), csv);
        QCOMPARE(again.count(ImportChange::Unchanged), 2);
        QCOMPARE(QuestionRepository(t.db()).count(), 2);
    }

    void nextFreeNumberPerTopic()
    {
        TestDatabase t;
        importCsv(t.db(), "id,topic,text,A,B,answer\nTTHC-0007,TTHC,x?,a,b,A\n");
        const QuestionImportPlan plan =
            importCsv(t.db(), "id,topic,text,A,B,answer\n,TTHC,y?,a,b,A\nTTHC-0010,TTHC,z?,a,b,A\n,"
                              "CDS,w?,a,b,A\n,TTHC,v?,a,b,A\n");
        QCOMPARE(plan.rows.at(0).question.id, QStringLiteral("TTHC-0011"));
        QCOMPARE(plan.rows.at(2).question.id, QStringLiteral("CDS-0001"));
        QCOMPARE(plan.rows.at(3).question.id, QStringLiteral("TTHC-0012"));
        QCOMPARE(QuestionRepository(t.db()).count(), 5);
    }

    void allOrNothing()
    {
        TestDatabase t;
        const QByteArray csv =
            "id,topic,text,A,B,answer\n,TTHC,ok?,a,b,A\n,TTHC,bad?,a,,B\n,TTHC,ok too?,a,b,B\n";
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan = importer.planFromBytes(csv, QStringLiteral("bank.csv"));
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.at(0).location, QStringLiteral("bank.csv:3: column 'answer'"));
        QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan));
        QCOMPARE(QuestionRepository(t.db()).count(), 0);
        importer.apply(plan, true);
        QCOMPARE(QuestionRepository(t.db()).count(), 2);
    }

    void explicitDefaultTopic()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        QuestionImporter importer(t.db());
        QuestionImportOptions options;
        options.defaultTopic = QStringLiteral("DA06");
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/questions.aiken.txt"), options);
        QCOMPARE(plan.rows.at(0).question.topic, QStringLiteral("DA06"));
        QCOMPARE(plan.rows.at(0).question.id, QStringLiteral("DA06-0001"));
        options.defaultTopic = QStringLiteral("NOPE");
        const QuestionImportPlan bad =
            importer.plan(fixturesDir() + QStringLiteral("/questions.aiken.txt"), options);
        QVERIFY(bad.fatal);
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY(bad.problems.at(0).message.contains(QStringLiteral("NOPE")));
    }

    void unknownTopicTag()
    {
        TestDatabase t;
        const QuestionImportPlan plan = QuestionImporter(t.db()).planFromBytes(
            "// [topic:NOPE]\nQ?\nA) a\nB) b\nANSWER: A\n", QStringLiteral("f.txt"));
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.at(0).location, QStringLiteral("f.txt:2: field 'topic'"));
    }

    void formatFromExtension()
    {
        QCOMPARE(QuestionFormats::fromFileName(QStringLiteral("a.TXT")), QuestionFormat::Aiken);
        QCOMPARE(QuestionFormats::fromFileName(QStringLiteral("a.gift")), QuestionFormat::Gift);
        QCOMPARE(QuestionFormats::fromFileName(QStringLiteral("a.xml")), QuestionFormat::MoodleXml);
        QCOMPARE(QuestionFormats::fromFileName(QStringLiteral("a.csv")), QuestionFormat::Csv);
        QVERIFY(!QuestionFormats::fromFileName(QStringLiteral("a.doc")));
        TestDatabase t;
        const QuestionImportPlan plan =
            QuestionImporter(t.db()).planFromBytes("x", QStringLiteral("bank.doc"));
        QVERIFY(plan.fatal);
        QVERIFY(joinProblems(plan.problems).contains(QStringLiteral("--format")));
    }
};

QTEST_GUILESS_MAIN(TestQuestionImporter)
#include "TestQuestionImporter.moc"
