#include "questions/QuestionSimilarity.h"

#include <QtTest>

namespace {
Question make(const QString& id, const QString& text)
{
    Question q;
    q.id = id;
    q.text = text;
    return q;
}
} // namespace

class TestQuestionSimilarity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameTextUpToMarksAndCase();
    void oneWordChangedIsNearDuplicate();
    void differentQuestionsAreNot();
    void nearDuplicatesSkipItselfAndSort();
};

void TestQuestionSimilarity::sameTextUpToMarksAndCase()
{
    const QString text = QStringLiteral("Luật Giao dịch điện tử năm 2023 có hiệu lực từ ngày nào?");
    QCOMPARE(QuestionSimilarity::similarity(text, text), 1.0);
    QCOMPARE(QuestionSimilarity::similarity(
                 text, QStringLiteral("luat giao dich dien tu nam 2023  co hieu luc tu ngay nao")),
             1.0);
}

void TestQuestionSimilarity::oneWordChangedIsNearDuplicate()
{
    const double score = QuestionSimilarity::similarity(
        QStringLiteral("Luật Giao dịch điện tử năm 2023 có hiệu lực thi hành từ ngày nào?"),
        QStringLiteral("Luật Giao dịch điện tử năm 2023 có hiệu lực thi hành kể từ ngày nào?"));
    QVERIFY2(score >= QuestionSimilarity::kThreshold, qPrintable(QString::number(score)));
}

void TestQuestionSimilarity::differentQuestionsAreNot()
{
    const double score = QuestionSimilarity::similarity(
        QStringLiteral("Luật Giao dịch điện tử năm 2023 có hiệu lực từ ngày nào?"),
        QStringLiteral("Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư là gì?"));
    QVERIFY2(score < 0.3, qPrintable(QString::number(score)));
    // Same opening, different question.
    const double close = QuestionSimilarity::similarity(
        QStringLiteral("Cơ quan nào chủ trì thực hiện cải cách thủ tục hành chính?"),
        QStringLiteral("Cơ quan nào chủ trì thực hiện chuyển đổi số quốc gia?"));
    QVERIFY2(close < QuestionSimilarity::kThreshold, qPrintable(QString::number(close)));
    QCOMPARE(QuestionSimilarity::similarity(QString(), QStringLiteral("abc")), 0.0);
}

void TestQuestionSimilarity::nearDuplicatesSkipItselfAndSort()
{
    QuestionSimilarity similarity;
    similarity.setQuestions(
        {make(QStringLiteral("A"), QStringLiteral("Chính phủ số là gì theo Chiến lược quốc gia?")),
         make(QStringLiteral("B"), QStringLiteral("Chinh phu so la gi theo Chien luoc quoc gia")),
         make(QStringLiteral("C"), QStringLiteral("Công dân số cần những kỹ năng gì?"))});
    const auto found = similarity.nearDuplicates(
        make(QStringLiteral("A"), QStringLiteral("Chính phủ số là gì theo Chiến lược quốc gia?")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, QStringLiteral("B"));
    const auto forNew = similarity.nearDuplicates(make(
        QStringLiteral("NEW"), QStringLiteral("Chính phủ số là gì, theo Chiến lược quốc gia?")));
    QCOMPARE(forNew.size(), 2);
    QVERIFY(forNew.at(0).score >= forNew.at(1).score);
}

QTEST_GUILESS_MAIN(TestQuestionSimilarity)
#include "TestQuestionSimilarity.moc"
