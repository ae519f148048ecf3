#include "QuestionTestSupport.h"
#include "questions/MoodleXmlParser.h"

using namespace QuestionTestSupport;

// The Moodle XML importer: nested categories, true/false, skipped types, broken XML.
class TestMoodleXmlImport : public QObject
{
    Q_OBJECT

private:
    static ParseResult parse(const QString& xml)
    {
        return QuestionFormats::parse(QuestionFormat::MoodleXml, xml.toUtf8(),
                                      QStringLiteral("q.xml"));
    }

private Q_SLOTS:
    void nestedCategoriesFixture()
    {
        REQUIRE_FIXTURES();
        const QString name = QStringLiteral("nested_categories_with_questions.xml");
        const ParseResult r = QuestionFormats::parse(
            QuestionFormat::MoodleXml, readFile(fixturesDir() + QLatin1Char('/') + name), name);
        QVERIFY2(r.problems.isEmpty(), qPrintable(joinProblems(r.problems)));
        QCOMPARE(r.questions.size(), 4);
        const QStringList titles = {
            QStringLiteral("Iota Question"), QStringLiteral("Kappa Question"),
            QStringLiteral("Lambda Question"), QStringLiteral("Mu Question")};
        const QStringList categories = {
            QStringLiteral("$course$/Iota"), QStringLiteral("$course$/Iota/Kappa"),
            QStringLiteral("$course$/Iota/Kappa/Lambda"), QStringLiteral("$course$/Iota/Mu")};
        for (int i = 0; i < 4; ++i) {
            const ParsedQuestion& q = r.questions.at(i);
            QCOMPARE(q.title, titles.at(i));
            QCOMPARE(q.category, categories.at(i));
            QCOMPARE(q.options.size(), 2);
            QCOMPARE(q.options.at(0).text, QStringLiteral("Đúng"));
            QCOMPARE(q.options.at(1).text, QStringLiteral("Sai"));
            QCOMPARE(q.correctKey, QStringLiteral("A"));
            QVERIFY(q.explicitId.isEmpty()); // <idnumber></idnumber>
        }
        QCOMPARE(r.questions.at(0).text, QStringLiteral("<p>Testing Iota Question</p>"));
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.at(0).name, QStringLiteral("Kappa Essay Question"));
        QCOMPARE(r.skipped.at(0).type, QStringLiteral("essay"));
        QCOMPARE(r.skipped.at(0).line, 55);
    }

    void nestedCategoryMapsExactly()
    {
        REQUIRE_FIXTURES();
        TestDatabase t;
        CategoryMapping mapping = CategoryMapping::load(t.db());
        mapping.set(QStringLiteral("$course$/Iota/Kappa/Lambda"), QStringLiteral("DA06"));
        mapping.setDefaultTopic(QStringLiteral("CDS"));
        mapping.save(t.db());
        QuestionImporter importer(t.db());
        const QuestionImportPlan plan =
            importer.plan(fixturesDir() + QStringLiteral("/nested_categories_with_questions.xml"));
        QVERIFY2(plan.ok(), qPrintable(joinProblems(plan.problems)));
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.rows.at(0).question.topic, QStringLiteral("CDS"));
        QCOMPARE(plan.rows.at(2).question.topic,
                 QStringLiteral("DA06")); // exact path, not a prefix
        QCOMPARE(plan.rows.at(3).question.topic, QStringLiteral("CDS"));
        QCOMPARE(plan.rows.at(2).question.id, QStringLiteral("DA06-0001"));
        importer.apply(plan);
        QCOMPARE(QuestionRepository(t.db()).countByTopic().value(QStringLiteral("CDS")), 3);
    }

    void idnumberAndMultichoice()
    {
        const ParseResult r = parse(QStringLiteral(
            "<quiz><question type=\"multichoice\"><name><text>N</text></name>"
            "<questiontext format=\"html\"><text>Hỏi &amp; đáp?</text></questiontext>"
            "<idnumber>TTHC-0100</idnumber><single>true</single>"
            "<answer fraction=\"0\"><text>x</text></answer><answer "
            "fraction=\"100\"><text>y</text></answer>"
            "<answer fraction=\"0\"><text>z</text></answer></question>"
            "<question "
            "type=\"multichoice\"><name><text>Many</text></name><questiontext><text>?</text></"
            "questiontext>"
            "<single>false</single><answer fraction=\"50\"><text>a</text></answer><answer "
            "fraction=\"50\"><text>b</text></answer></question>"
            "<question type=\"shortanswer\"><name><text>SA</text></name></question>"
            "<question type=\"cloze\"><name><text>CL</text></name></question></quiz>"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(joinProblems(r.problems)));
        QCOMPARE(r.questions.size(), 1);
        QCOMPARE(r.questions.at(0).explicitId, QStringLiteral("TTHC-0100"));
        QCOMPARE(r.questions.at(0).text, QStringLiteral("Hỏi & đáp?"));
        QCOMPARE(r.questions.at(0).correctKey, QStringLiteral("B"));
        QCOMPARE(r.skipped.size(), 3);
        QVERIFY(r.skipped.at(0).type.contains(QStringLiteral("multiple response")));
        QCOMPARE(r.skipped.at(1).type, QStringLiteral("shortanswer"));
        QCOMPARE(r.skipped.at(2).type, QStringLiteral("cloze"));
    }

    void brokenXmlIsFatalWithLine()
    {
        const ParseResult r = parse(
            QStringLiteral("<quiz>\n<question type=\"truefalse\">\n<name><text>x</name>\n</quiz>"));
        QVERIFY(r.fatal);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("q.xml:3"));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("not well-formed")));
    }

    void wrongRootAndDeepNesting()
    {
        ParseResult r = parse(QStringLiteral("<html><body/></html>"));
        QVERIFY(r.fatal);
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("<quiz>")));
        r = parse(QStringLiteral("<quiz>") + QStringLiteral("<a>").repeated(10000) +
                  QStringLiteral("</quiz>"));
        QVERIFY(r.fatal);
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("nested")));
    }

    void trueFalseWithoutAnswerIsAnError()
    {
        const ParseResult r =
            parse(QStringLiteral("<quiz><question type=\"truefalse\"><name><text>TF</text></name>"
                                 "<questiontext><text>?</text></questiontext></question></quiz>"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).location, QStringLiteral("q.xml:1"));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("TF")));
    }
};

QTEST_GUILESS_MAIN(TestMoodleXmlImport)
#include "TestMoodleXmlImport.moc"
