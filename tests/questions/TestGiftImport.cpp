#include "QuestionTestSupport.h"
#include "questions/GiftParser.h"

using namespace QuestionTestSupport;

// The GIFT importer against Moodle's own files: what becomes a question, what is skipped.
class TestGiftImport : public QObject
{
    Q_OBJECT

private:
    ParseResult parseFixture(const QString& name)
    {
        return QuestionFormats::parse(QuestionFormat::Gift,
                                      readFile(fixturesDir() + QLatin1Char('/') + name), name);
    }
    static const SkippedItem* skippedNamed(const ParseResult& r, const QString& name)
    {
        for (const SkippedItem& s : r.skipped) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void questionsFixture()
    {
        REQUIRE_FIXTURES();
        const ParseResult r = parseFixture(QStringLiteral("questions.gift.txt"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(joinProblems(r.problems)));
        QCOMPARE(r.questions.size(), 4);

        const ParsedQuestion& q2 = r.questions.at(0);
        QCOMPARE(q2.title, QStringLiteral("Q2"));
        QCOMPARE(q2.text, QStringLiteral("What's between orange and green in the spectrum?"));
        QCOMPARE(q2.options.size(), 3);
        QCOMPARE(q2.options.at(2).text, QStringLiteral("blue")); // "[plain]" and feedback dropped
        Question asQuestion;
        asQuestion.options = q2.options;
        QCOMPARE(asQuestion.optionText(q2.correctKey), QStringLiteral("yellow"));

        const ParsedQuestion& q1 = r.questions.at(1);
        QCOMPARE(q1.title, QStringLiteral("Q1"));
        QCOMPARE(q1.text, QStringLiteral("42 is the Absolute Answer to everything."));
        QCOMPARE(q1.options.size(), 2);
        QCOMPARE(q1.options.at(0).text, QStringLiteral("Đúng"));
        QCOMPARE(q1.options.at(1).text, QStringLiteral("Sai"));
        QCOMPARE(q1.correctKey, QStringLiteral("B")); // FALSE
        QVERIFY(q1.explanation && q1.explanation->contains(QStringLiteral("Hitchiker")));

        for (int i : {2, 3}) {
            QCOMPARE(r.questions.at(i).title, QStringLiteral("2-08 TSL"));
            QCOMPARE(r.questions.at(i).correctKey, QStringLiteral("A")); // {T} and {TRUE}
        }

        QCOMPARE(r.skipped.size(), 5);
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("Q8"), QStringLiteral("essay")},
            {QStringLiteral("Moodle activities"), QStringLiteral("matching")},
            {QStringLiteral("colours"), QStringLiteral("multiple response")},
            {QStringLiteral("Q5"), QStringLiteral("numerical")},
            {QStringLiteral("Shortanswer"), QStringLiteral("short answer")}};
        for (const auto& [name, type] : expected) {
            const SkippedItem* s = skippedNamed(r, name);
            QVERIFY2(s, qPrintable(name));
            QCOMPARE(s->type, type);
            QVERIFY(!s->reason.isEmpty());
            QVERIFY(s->line > 0);
        }
        QCOMPARE(skippedNamed(r, QStringLiteral("Q8"))->line, 2);
        QCOMPARE(skippedNamed(r, QStringLiteral("Q5"))->line, 31);
    }

    void twoQuestionsMayShareATitle()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/questions.gift.txt"),
                          QuestionImportOptions{QuestionFormat::Gift, {}, {}});
        QVERIFY(plan.ok());
        importer.apply(plan);
        QCOMPARE(QuestionRepository(t.db()).count(), 4);
        // Re-importing finds each id-less question's stored twin: nothing doubles.
        const QuestionImportPlan again =
            QuestionImporter(t.db()).plan(fixturesDir() + QStringLiteral("/questions.gift.txt"),
                                          QuestionImportOptions{QuestionFormat::Gift, {}, {}});
        QCOMPARE(again.count(ImportChange::Unchanged), 4);
        QuestionImporter(t.db()).apply(again);
        QCOMPARE(QuestionRepository(t.db()).count(), 4);
    }

    void categoryFixture()
    {
        REQUIRE_FIXTURES();
        const ParseResult r = parseFixture(QStringLiteral("questions_in_category.gift.txt"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(joinProblems(r.problems)));
        QCOMPARE(r.questions.size(), 2);
        const ParsedQuestion& greeting = r.questions.at(0);
        QCOMPARE(greeting.title, QStringLiteral("Greeting"));
        QCOMPARE(greeting.category, QStringLiteral("$course$/Default for New Features"));
        QCOMPARE(greeting.options.size(), 4);
        QCOMPARE(greeting.correctKey, QStringLiteral("B"));
        QCOMPARE(greeting.options.at(1).text, QStringLiteral("French"));
        // "\=" and "\:" are unescaped.
        QVERIFY2(greeting.text.contains(QStringLiteral(
                     "<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">")),
                 qPrintable(greeting.text));
        QVERIFY(greeting.text.contains(QStringLiteral("Listen to this greeting:</a>")));
        QVERIFY(!greeting.text.contains(QLatin1Char('\\')));
        QVERIFY(!greeting.text.startsWith(QLatin1String("[html]")));
        const ParsedQuestion& acronym = r.questions.at(1);
        QCOMPARE(acronym.title, QStringLiteral("Moodle acronym"));
        QCOMPARE(acronym.correctKey, QStringLiteral("A"));
        QVERIFY(acronym.text.contains(QStringLiteral("style=\"font-style: italic;\"")));
        QCOMPARE(r.skipped.size(), 2);
        QCOMPARE(skippedNamed(r, QStringLiteral("Moodle activities"))->type,
                 QStringLiteral("matching"));
        QCOMPARE(skippedNamed(r, QStringLiteral("Moodle user"))->type,
                 QStringLiteral("short answer"));
    }

    void categoryMapsToTopic()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        CategoryMapping mapping = CategoryMapping::load(t.db());
        mapping.set(QStringLiteral("$course$/Default for New Features"), QStringLiteral("CDS"));
        mapping.save(t.db());
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/questions_in_category.gift.txt"),
                          QuestionImportOptions{QuestionFormat::Gift, {}, {}});
        QVERIFY(plan.ok());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).question.topic, QStringLiteral("CDS"));
        QCOMPARE(plan.rows.at(0).question.id, QStringLiteral("CDS-0001"));
        QCOMPARE(plan.rows.at(1).question.id, QStringLiteral("CDS-0002"));
    }

    void explicitIdComment()
    {
        const ParseResult r =
            GiftParser::parse(QStringLiteral("// [id:TTHC-0012]\n::T::Câu hỏi? {=Có ~Không}\n"),
                              QStringLiteral("f.gift"));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.questions.at(0).explicitId, QStringLiteral("TTHC-0012"));
        QCOMPARE(r.questions.at(0).correctKey, QStringLiteral("A"));
    }

    void malformedBlocksAreErrorsWithLines()
    {
        const ParseResult r = GiftParser::parse(
            QStringLiteral("Q1 {=a ~b\n\n::Open title Q2 {=a ~b}\n\nQ3 {~a ~b}\n\nQ4 {~a}\n"),
            QStringLiteral("f.gift"));
        QVERIFY(r.questions.isEmpty());
        QCOMPARE(r.problems.size(), 4);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("f.gift:1"));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("never close")));
        QCOMPARE(r.problems.at(1).location, QStringLiteral("f.gift:3"));
        QCOMPARE(r.problems.at(2).location, QStringLiteral("f.gift:5"));
        QVERIFY(r.problems.at(2).message.contains(QStringLiteral("no correct answer")));
        QCOMPARE(r.problems.at(3).location, QStringLiteral("f.gift:7"));
        QVERIFY(r.skipped.isEmpty());
    }

    void mixedBankWithSkipInvalid()
    {
        TestDatabase t;
        CategoryMapping mapping = CategoryMapping::load(t.db());
        mapping.set(QStringLiteral("$course$/top/Cải cách thủ tục hành chính"),
                    QStringLiteral("TTHC"));
        mapping.save(t.db());
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(dataFile(QStringLiteral("questions-mixed.gift")));
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.at(0).location, QStringLiteral("questions-mixed.gift:19"));
        QVERIFY(plan.problems.at(0).message.contains(QStringLiteral("Hỏng")));
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.rows.at(0).question.id, QStringLiteral("TTHC-0001"));
        QCOMPARE(plan.rows.at(0).question.topic, QStringLiteral("TTHC"));
        QCOMPARE(plan.rows.at(1).question.options.at(2).text,
                 QStringLiteral("chinhphu.vn")); // feedback dropped
        QCOMPARE(plan.rows.at(2).question.id, QStringLiteral("DA06-0001"));
        QCOMPARE(plan.rows.at(2).question.topic, QStringLiteral("DA06"));
        // Text after the answers: a missing-word question.
        const Question& missing = plan.rows.at(3).question;
        QCOMPARE(missing.text, QStringLiteral("Đề án 06 do _____ chủ trì."));
        QCOMPARE(missing.id, QStringLiteral("TTHC-0003"));
        QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan));
        QCOMPARE(QuestionRepository(t.db()).count(), 0);
        importer.apply(plan, true);
        QCOMPARE(QuestionRepository(t.db()).count(), 4);
    }

    void escapeRoundTrips()
    {
        const QString text = QStringLiteral("a ~ b = c # d { e } f : g \\ h\nline 2");
        QCOMPARE(GiftParser::unescape(GiftParser::escape(text)), text);
    }

    void descriptionIsSkipped()
    {
        const ParseResult r = GiftParser::parse(QStringLiteral("::Intro:: Welcome to the quiz.\n"),
                                                QStringLiteral("f.gift"));
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.at(0).type, QStringLiteral("description"));
    }
};

QTEST_GUILESS_MAIN(TestGiftImport)
#include "TestGiftImport.moc"
