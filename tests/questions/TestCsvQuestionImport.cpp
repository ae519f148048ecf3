#include "QuestionTestSupport.h"
#include "questions/CsvQuestionParser.h"

using namespace QuestionTestSupport;

// The CSV importer: columns, empty options, the errors a spreadsheet user makes.
class TestCsvQuestionImport : public QObject
{
    Q_OBJECT

private:
    static QuestionImportPlan plan(Database& db, const QByteArray& csv)
    {
        return QuestionImporter(db).planFromBytes(csv, QStringLiteral("bank.csv"));
    }

private Q_SLOTS:
    void sampleFile()
    {
        TestDatabase t;
        QuestionImporter importer(t.db());
        const QuestionImportPlan p = importer.plan(dataFile(QStringLiteral("questions-bank.csv")));
        QVERIFY2(p.ok(), qPrintable(joinProblems(p.problems)));
        QCOMPARE(p.rows.size(), 3);
        const Question& first = p.rows.at(0).question;
        QCOMPARE(first.id, QStringLiteral("TTHC-0012"));
        QCOMPARE(first.options.size(), 3);
        QCOMPARE(first.legalSource, QStringLiteral("Luật Giao dịch điện tử 2023, Điều 3"));
        QCOMPARE(p.rows.at(1).question.id, QStringLiteral("CDS-0001"));
        QCOMPARE(p.rows.at(1).question.options.size(), 5);
        QCOMPARE(p.rows.at(1).question.difficulty, Question::Difficulty::Easy);
        // B empty: C moves up to B and the answer follows it.
        const Question& third = p.rows.at(2).question;
        QCOMPARE(optionTexts(third),
                 (QStringList{QStringLiteral("Dân cư"), QStringLiteral("Đất đai")}));
        QCOMPARE(third.correctKey, QStringLiteral("B"));
        importer.apply(p);
        QCOMPARE(QuestionRepository(t.db()).count(), 3);
    }

    void errorsNameLineAndColumn()
    {
        TestDatabase t;
        const QuestionImportPlan p = plan(t.db(), "id,topic,text,A,B,C,D,answer\n"
                                                  "X1,TTHC,Q?,a,b,,,C\n"
                                                  "X2,NOPE,Q?,a,b,,,A\n"
                                                  "X3,TTHC,,a,b,,,A\n"
                                                  "X1,TTHC,Q?,a,b,,,Z\n"
                                                  "bad id!,TTHC,Q?,a,a,,,A\n");
        QVERIFY(!p.ok());
        QVERIFY(!p.fatal);
        const QString all = joinProblems(p.problems);
        QVERIFY2(all.contains(QStringLiteral("bank.csv:2: column 'answer'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bank.csv:3: field 'topic'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bank.csv:4: field 'text'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bank.csv:5: column 'answer'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bank.csv:6: field 'id'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bank.csv:6: field 'option B'")), qPrintable(all));
        QVERIFY(p.rows.isEmpty());
    }

    void duplicateIdInFile()
    {
        TestDatabase t;
        const QuestionImportPlan p =
            plan(t.db(), "id,topic,text,A,B,answer\nQ-1,TTHC,a?,x,y,A\nQ-1,TTHC,b?,x,y,B\n");
        QCOMPARE(p.problems.size(), 1);
        QCOMPARE(p.problems.at(0).location, QStringLiteral("bank.csv:3: field 'id'"));
        QVERIFY(p.problems.at(0).message.contains(QStringLiteral("line 2")));
    }

    void missingColumnIsFatal()
    {
        TestDatabase t;
        const QuestionImportPlan p = plan(t.db(), "id,topic,text,A,B\nQ-1,TTHC,a?,x,y\n");
        QVERIFY(p.fatal);
        QVERIFY(joinProblems(p.problems).contains(QStringLiteral("answer")));
    }

    void semicolonsAndBom()
    {
        TestDatabase t;
        const QuestionImportPlan p =
            plan(t.db(), "\xEF\xBB\xBFid;topic;text;A;B;answer\r\n;TTHC;Có, không?;Có;Không;b\r\n");
        QVERIFY2(p.ok(), qPrintable(joinProblems(p.problems)));
        QCOMPARE(p.rows.at(0).question.text, QStringLiteral("Có, không?"));
        QCOMPARE(p.rows.at(0).question.correctKey, QStringLiteral("B"));
    }

    void textIsStoredNfc()
    {
        TestDatabase t;
        // "Việt" written decomposed (e + combining marks) as some keyboards do.
        const QString decomposed = QStringLiteral("Vie\u0323\u0302t?");
        const QuestionImportPlan p =
            plan(t.db(), (QStringLiteral("id,topic,text,A,B,answer\n,TTHC,") + decomposed +
                          QStringLiteral(",a,b,A\n"))
                             .toUtf8());
        QVERIFY(p.ok());
        QCOMPARE(p.rows.at(0).question.text, decomposed.normalized(QString::NormalizationForm_C));
    }

    void latin1IsRefused()
    {
        TestDatabase t;
        const QuestionImportPlan p =
            plan(t.db(), "id,topic,text,A,B,answer\n,TTHC,C\xE2u h\xF4i,a,b,A\n");
        QVERIFY(p.fatal);
        QVERIFY(joinProblems(p.problems).contains(QStringLiteral("bank.csv:2")));
        QVERIFY(joinProblems(p.problems).contains(QStringLiteral("UTF-8")));
    }
};

QTEST_GUILESS_MAIN(TestCsvQuestionImport)
#include "TestCsvQuestionImport.moc"
