#include "QuestionTestSupport.h"
#include "questions/QuestionExporter.h"

using namespace QuestionTestSupport;

// Export then import gives the same bank in every format.
class TestQuestionExport : public QObject
{
    Q_OBJECT

private:
    static QList<Question> sampleBank()
    {
        QList<Question> bank;
        bank << makeQuestion(
            QStringLiteral("TTHC-0012"), QStringLiteral("TTHC"),
            QStringLiteral("Theo Luật Giao dịch điện tử 2023, \"thông điệp dữ liệu\" là gì?"),
            {QStringLiteral("Thông tin tạo ra bằng phương tiện điện tử"),
             QStringLiteral("Văn bản; giấy"), QStringLiteral("a = b ~ c # d {e} f: g \\ h")},
            QStringLiteral("A"));
        bank.last().legalSource = QStringLiteral("Luật Giao dịch điện tử 2023, Điều 5");
        bank.last().explanation = QStringLiteral("Điều 3, khoản 1.");
        bank.last().title = QStringLiteral("Thông điệp");
        bank << makeQuestion(QStringLiteral("CDS-0001"), QStringLiteral("CDS"),
                             QStringLiteral("Moodle's <html class=\"cool\"> & images"),
                             {QStringLiteral("Đúng"), QStringLiteral("Sai")}, QStringLiteral("B"));
        bank << makeQuestion(QStringLiteral("DA06-0003"), QStringLiteral("DA06"),
                             QStringLiteral("Sáu lựa chọn?\nDòng hai."),
                             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")},
                             QStringLiteral("F"));
        bank << makeQuestion(QStringLiteral("DA06-0004"), QStringLiteral("DA06"),
                             QStringLiteral("TRUE"), {QStringLiteral("T"), QStringLiteral("F")},
                             QStringLiteral("A"));
        return bank;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        for (const QString& name : QuestionFormats::names())
            QTest::newRow(qPrintable(name)) << static_cast<int>(*QuestionFormats::fromName(name));
    }

    void roundTrip()
    {
        QFETCH(int, format);
        const auto f = static_cast<QuestionFormat>(format);
        TestDatabase source;
        QuestionRepository(source.db()).saveAll(sampleBank(), QString());
        const QList<Question> stored = QuestionRepository(source.db()).list();
        const QByteArray bytes = QuestionExporter::toBytes(stored, f);

        TestDatabase target;
        QuestionImporter importer(target.db());
        QuestionImportOptions options;
        options.format = f;
        const QuestionImportPlan plan =
            importer.planFromBytes(bytes, QStringLiteral("export"), options);
        QVERIFY2(plan.ok(), qPrintable(joinProblems(plan.problems) + QLatin1Char('\n') +
                                       QString::fromUtf8(bytes)));
        QVERIFY(plan.skipped.isEmpty());
        importer.apply(plan);
        const QList<Question> back = QuestionRepository(target.db()).list();
        QCOMPARE(back.size(), stored.size());
        for (int i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).id, stored.at(i).id);
            QCOMPARE(back.at(i).topic, stored.at(i).topic);
            QCOMPARE(back.at(i).text, stored.at(i).text);
            QCOMPARE(back.at(i).options, stored.at(i).options);
            QCOMPARE(back.at(i).correctKey, stored.at(i).correctKey);
        }

        // Into the bank it came from: nothing changes.
        QuestionImporter same(source.db());
        const QuestionImportPlan again =
            same.planFromBytes(bytes, QStringLiteral("export"), options);
        QCOMPARE(again.count(ImportChange::Unchanged), stored.size());
    }

    // Moodle's own files (HTML, quotes, escapes) through every export format and back.
    void fixturesRoundTrip()
    {
        REQUIRE_FIXTURES();
        TestDatabase source;
        for (const QString& name :
             {QStringLiteral("questions.aiken.txt"), QStringLiteral("questions.gift.txt"),
              QStringLiteral("questions_in_category.gift.txt"),
              QStringLiteral("nested_categories_with_questions.xml")}) {
            QuestionImporter importer(source.db());
            QuestionImportOptions options;
            options.format = name.endsWith(QLatin1String(".gift.txt"))
                                 ? QuestionFormat::Gift
                                 : *QuestionFormats::fromFileName(name);
            importer.apply(importer.plan(fixturesDir() + QLatin1Char('/') + name, options));
        }
        const QList<Question> stored = QuestionRepository(source.db()).list();
        QCOMPARE(stored.size(), 12);
        for (const QString& formatName : QuestionFormats::names()) {
            const QuestionFormat f = *QuestionFormats::fromName(formatName);
            TestDatabase target;
            QuestionImporter importer(target.db());
            QuestionImportOptions options;
            options.format = f;
            const QuestionImportPlan plan = importer.planFromBytes(
                QuestionExporter::toBytes(stored, f), QStringLiteral("bank"), options);
            QVERIFY2(plan.ok(),
                     qPrintable(formatName + QLatin1Char(' ') + joinProblems(plan.problems)));
            importer.apply(plan);
            const QList<Question> back = QuestionRepository(target.db()).list();
            QCOMPARE(back.size(), stored.size());
            for (int i = 0; i < back.size(); ++i) {
                QCOMPARE(back.at(i).id, stored.at(i).id);
                QCOMPARE(back.at(i).topic, stored.at(i).topic);
                QCOMPARE(back.at(i).text, stored.at(i).text);
                QCOMPARE(back.at(i).options, stored.at(i).options);
                QCOMPARE(back.at(i).correctKey, stored.at(i).correctKey);
            }
        }
    }

    void csvCarriesTheNotes()
    {
        TestDatabase source;
        QuestionRepository(source.db()).saveAll(sampleBank(), QString());
        const QList<Question> stored = QuestionRepository(source.db()).list();
        TestDatabase target;
        QuestionImporter importer(target.db());
        importer.apply(importer.planFromBytes(
            QuestionExporter::toBytes(stored, QuestionFormat::Csv), QStringLiteral("x.csv")));
        const Question q = *QuestionRepository(target.db()).find(QStringLiteral("TTHC-0012"));
        QCOMPARE(q.legalSource, QStringLiteral("Luật Giao dịch điện tử 2023, Điều 5"));
        QCOMPARE(q.explanation, QStringLiteral("Điều 3, khoản 1."));
        QCOMPARE(q.title, QStringLiteral("Thông điệp"));
    }

    void aikenRefusesWhatItCannotHold()
    {
        const Question q =
            makeQuestion(QStringLiteral("Q-1"), QStringLiteral("TTHC"),
                         QStringLiteral("Who?\nA. Lincoln said so"),
                         {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A"));
        QVERIFY_THROWS_EXCEPTION(UserError, QuestionExporter::toBytes({q}, QuestionFormat::Aiken));
        QVERIFY(!QuestionExporter::toBytes({q}, QuestionFormat::Gift).isEmpty());
    }

    void writeFileFailsCleanly()
    {
        QVERIFY_THROWS_EXCEPTION(
            EnvironmentError, QuestionExporter::writeFile(QStringLiteral("/nonexistent-dir/x.csv"),
                                                          {}, QuestionFormat::Csv));
    }
};

QTEST_GUILESS_MAIN(TestQuestionExport)
#include "TestQuestionExport.moc"
