#include "core/TextFold.h"
#include "questions/QuestionSearch.h"

#include <QtTest>

namespace {
Question make(const QString& id, const QString& topic, const QString& text,
              Question::Status status = Question::Status::Approved,
              Question::Difficulty difficulty = Question::Difficulty::Medium)
{
    Question q;
    q.id = id;
    q.topic = topic;
    q.text = text;
    q.options = {{QStringLiteral("A"), QStringLiteral("Đúng")},
                 {QStringLiteral("B"), QStringLiteral("Sai")}};
    q.correctKey = QStringLiteral("A");
    q.status = status;
    q.difficulty = difficulty;
    return q;
}
} // namespace

class TestQuestionSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsVietnamese_data();
    void foldsVietnamese();
    void findsWithoutMarks();
    void filtersByTopicStatusDifficulty();
    void everyWordMustBeFound();
    void updatesAfterAnEdit();
};

void TestQuestionSearch::foldsVietnamese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("marks") << QStringLiteral("Cải cách hành chính")
                           << QStringLiteral("cai cach hanh chinh");
    QTest::newRow("d bar") << QStringLiteral("Đề án 06 đã được")
                           << QStringLiteral("de an 06 da duoc");
    QTest::newRow("stacked") << QStringLiteral("Ưu tiên người dân, Chuyển đổi số")
                             << QStringLiteral("uu tien nguoi dan, chuyen doi so");
    QTest::newRow("ascii") << QStringLiteral("TTHC-0012") << QStringLiteral("tthc-0012");
    // Decomposed input (as some Mac keyboards produce it) folds the same way.
    QTest::newRow("nfd input")
        << QStringLiteral("Cải cách").normalized(QString::NormalizationForm_D)
        << QStringLiteral("cai cach");
}

void TestQuestionSearch::foldsVietnamese()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
}

void TestQuestionSearch::findsWithoutMarks()
{
    QuestionSearch search;
    search.setQuestions({make(QStringLiteral("Q1"), QStringLiteral("TCHC"),
                              QStringLiteral("Cải cách thể chế gồm những nội dung nào?")),
                         make(QStringLiteral("Q2"), QStringLiteral("DA06"),
                              QStringLiteral("Đề án 06 về dữ liệu dân cư")),
                         make(QStringLiteral("Q3"), QStringLiteral("CDS"),
                              QStringLiteral("Chuyển đổi số quốc gia"))});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("cai cach")}), QList<int>{0});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("CẢI CÁCH")}), QList<int>{0});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("de an")}), QList<int>{1});
    // "d" matches "đ": "doi so" finds "đổi số".
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("doi so")}), QList<int>{2});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("đoi")}), QList<int>{2});
    // IDs and option texts are searched too.
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("q2")}), QList<int>{1});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("dung")}).size(), 3);
    QCOMPARE(search.search({}).size(), 3);
}

void TestQuestionSearch::filtersByTopicStatusDifficulty()
{
    QuestionSearch search;
    search.setQuestions({make(QStringLiteral("Q1"), QStringLiteral("TTHC"), QStringLiteral("một"),
                              Question::Status::Draft, Question::Difficulty::Easy),
                         make(QStringLiteral("Q2"), QStringLiteral("TTHC"), QStringLiteral("hai"),
                              Question::Status::Approved, Question::Difficulty::Hard),
                         make(QStringLiteral("Q3"), QStringLiteral("CDS"), QStringLiteral("ba"),
                              Question::Status::Approved, Question::Difficulty::Hard)});
    QCOMPARE(search.search({QStringLiteral("TTHC"), {}, {}, {}}), (QList<int>{0, 1}));
    QCOMPARE(search.search({QString(), Question::Status::Approved, {}, {}}), (QList<int>{1, 2}));
    QCOMPARE(search.search({QString(), {}, Question::Difficulty::Easy, {}}), QList<int>{0});
    QCOMPARE(search.search({QStringLiteral("TTHC"), Question::Status::Approved,
                            Question::Difficulty::Hard, QStringLiteral("hai")}),
             QList<int>{1});
    QVERIFY(search.search({QStringLiteral("CDS"), Question::Status::Draft, {}, {}}).isEmpty());
}

void TestQuestionSearch::everyWordMustBeFound()
{
    QuestionSearch search;
    search.setQuestions({make(QStringLiteral("Q1"), QStringLiteral("T"),
                              QStringLiteral("Thủ tục hành chính một cửa"))});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("  mot   cua ")}).size(), 1);
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("mot ngan")}).size(), 0);
}

void TestQuestionSearch::updatesAfterAnEdit()
{
    QuestionSearch search;
    search.setQuestions({make(QStringLiteral("Q1"), QStringLiteral("T"), QStringLiteral("cũ"))});
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("moi")}).size(), 0);
    search.setQuestion(0, make(QStringLiteral("Q1"), QStringLiteral("T"), QStringLiteral("mới")));
    QCOMPARE(search.search({QString(), {}, {}, QStringLiteral("moi")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestQuestionSearch)
#include "TestQuestionSearch.moc"
