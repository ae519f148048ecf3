#include "QuestionTestSupport.h"
#include "questions/AikenParser.h"

using namespace QuestionTestSupport;

// The Aiken importer against Moodle's own files and against what users get wrong.
class TestAikenImport : public QObject
{
    Q_OBJECT

private:
    ParseResult parseFixture(const QString& name)
    {
        return QuestionFormats::parse(QuestionFormat::Aiken,
                                      readFile(fixturesDir() + QLatin1Char('/') + name), name);
    }

private Q_SLOTS:
    void fixtureGivesTwoQuestions()
    {
        REQUIRE_FIXTURES();
        const ParseResult r = parseFixture(QStringLiteral("questions.aiken.txt"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(joinProblems(r.problems)));
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).text, QStringLiteral("The Moodle project was started by:"));
        QCOMPARE(r.questions.at(0).options.size(), 4);
        QCOMPARE(r.questions.at(0).correctKey, QStringLiteral("B"));
        QCOMPARE(r.questions.at(0).options.at(1).text, QStringLiteral("Martin Dougiamas"));
        QCOMPARE(r.questions.at(1).correctKey, QStringLiteral("A"));
        QCOMPARE(r.questions.at(1).options.size(), 2);
        // Aiken is plain text: markup and ampersands stay exactly as written.
        QVERIFY(r.questions.at(1).text.contains(QStringLiteral("<html class=\"cool\"> &")));
        QCOMPARE(r.questions.at(1).line, 8);
    }

    void fixtureImportsIntoTheBank()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/questions.aiken.txt"));
        QVERIFY(plan.ok());
        QCOMPARE(plan.count(ImportChange::Added), 2);
        importer.apply(plan);
        const QList<Question> bank = QuestionRepository(t.db()).list();
        QCOMPARE(bank.size(), 2);
        QCOMPARE(bank.at(0).correctKey, QStringLiteral("B"));
        QCOMPARE(bank.at(1).correctKey, QStringLiteral("A"));
        QVERIFY(bank.at(1).text.contains(QStringLiteral("<html class=\"cool\"> &")));
        // No category in Aiken: the default topic, numbered from 1.
        QCOMPARE(bank.at(0).id, QStringLiteral("THECHE-0001"));
        QCOMPARE(bank.at(1).id, QStringLiteral("THECHE-0002"));
    }

    void errorFixtureNamesEachLine()
    {
        REQUIRE_FIXTURES();
        const ParseResult r = parseFixture(QStringLiteral("aiken_errors.txt"));
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).text, QStringLiteral("A good question"));
        QCOMPARE(r.questions.at(0).correctKey, QStringLiteral("A"));
        QCOMPARE(r.questions.at(1).text, QStringLiteral("A second good question"));
        QCOMPARE(r.questions.at(1).correctKey, QStringLiteral("B"));
        QCOMPARE(r.questions.at(1).options.at(1).text, QStringLiteral("Correct (No space)"));
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("aiken_errors.txt:1"));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("too few options")));
        QCOMPARE(r.problems.at(1).location, QStringLiteral("aiken_errors.txt:5"));
        QVERIFY(r.problems.at(1).message.contains(QStringLiteral("before any question")));
        QCOMPARE(r.problems.at(2).location, QStringLiteral("aiken_errors.txt:14"));
        QVERIFY(r.problems.at(2).message.contains(QStringLiteral("never finished")));
    }

    void errorsImportNothingUnlessSkipInvalid()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/aiken_errors.txt"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.rows.size(), 2);
        QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan));
        QCOMPARE(QuestionRepository(t.db()).count(), 0);
        importer.apply(plan, true);
        QCOMPARE(QuestionRepository(t.db()).count(), 2);
    }

    void unfinishedAtEndOfFile()
    {
        const ParseResult r =
            AikenParser::parse(QStringLiteral("Q?\nA) x\nB) y\n"), QStringLiteral("f.txt"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("f.txt:1"));
        QVERIFY(r.questions.isEmpty());
    }

    void answerMustBeAnOption()
    {
        const ParseResult r = AikenParser::parse(QStringLiteral("Q?\nA) x\nB) y\nANSWER: C\n"),
                                                 QStringLiteral("f.txt"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("f.txt:4"));
    }

    void optionsOutOfOrderAndTooMany()
    {
        ParseResult r = AikenParser::parse(QStringLiteral("Q?\nA) x\nC) y\nANSWER: A\n"),
                                           QStringLiteral("f.txt"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("f.txt:3"));
        r = AikenParser::parse(
            QStringLiteral("Q?\nA) 1\nB) 2\nC) 3\nD) 4\nE) 5\nF) 6\nG) 7\nANSWER: A\n"),
            QStringLiteral("f.txt"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("more than 6")));
    }

    void tagsCarryIdAndTopic()
    {
        const ParseResult r = AikenParser::parse(
            QStringLiteral(
                "// [id:TTHC-0042] [topic:TTHC]\nCâu hỏi?\nA. Có\nB. Không\nANSWER: b\n"),
            QStringLiteral("f.txt"));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.questions.size(), 1);
        QCOMPARE(r.questions.at(0).explicitId, QStringLiteral("TTHC-0042"));
        QCOMPARE(r.questions.at(0).explicitTopic, QStringLiteral("TTHC"));
        QCOMPARE(r.questions.at(0).correctKey, QStringLiteral("B"));
    }

    void notUtf8IsRefused()
    {
        QByteArray latin1 = "C\xE2u h\xF4i?\nA) C\xF3\nB) Kh\xF4ng\nANSWER: A\n";
        const ParseResult r =
            QuestionFormats::parse(QuestionFormat::Aiken, latin1, QStringLiteral("latin1.txt"));
        QVERIFY(r.fatal);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.at(0).message.contains(QStringLiteral("latin1.txt:1")),
                 qPrintable(r.problems.at(0).message));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("UTF-8")));

        TestDatabase t;
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(dataFile(QStringLiteral("questions-latin1.txt")));
        QVERIFY(plan.fatal);
        QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan, true));
    }

    void emptyFileIsAnError()
    {
        TestDatabase t;
        const QuestionImportPlan plan =
            QuestionImporter(t.db()).planFromBytes("\n\n", QStringLiteral("empty.txt"));
        QVERIFY(plan.fatal);
        QVERIFY(plan.problems.at(0).message.contains(QStringLiteral("no questions")));
    }
};

QTEST_GUILESS_MAIN(TestAikenImport)
#include "TestAikenImport.moc"
