#include "contest/BlueprintCheck.h"
#include "contest/ContestRepository.h"
#include "contest/DemoContest.h"
#include "questions/QuestionRepository.h"
#include "questions/QuestionSimilarity.h"

#include "TestDatabase.h"

#include <QFile>

// The demo's question bank is what a newcomer and every demo-based test draws from: the
// issue asks for a few hundred questions over the plan's eight topics, usable as a real
// bank (no near-duplicates the import would warn about, no letter that is usually right).
class TestDemoContest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bankCoversEveryTopicOfThePlan();
    void correctLettersAreBalancedPerTopic();
    void bankHasNoNearDuplicates();
    void bankFileIsNfcUtf8WithoutBom();

private:
    std::unique_ptr<TestDatabase> m_t;
    QList<Question> m_bank;
};

void TestDemoContest::initTestCase()
{
    m_t = std::make_unique<TestDatabase>();
    DemoContest::populate(m_t->db(), 0);
    m_bank = QuestionRepository(m_t->db()).listWithAnswerKeys();
}

void TestDemoContest::bankCoversEveryTopicOfThePlan()
{
    const ContestSettings settings = ContestRepository(m_t->db()).loadOrDefaults();
    const QList<BlueprintLine> lines = BlueprintCheck::check(m_t->db(), settings);
    QCOMPARE(lines.size(), 8);
    for (const BlueprintLine& line : lines) {
        QVERIFY2(line.approved >= 40,
                 qPrintable(QStringLiteral("%1: %2 approved").arg(line.topic).arg(line.approved)));
        // Several times what an attempt draws, so that two attempts rarely share a question.
        QVERIFY2(line.approved >= 8 * line.drawn, qPrintable(line.topic));
    }
    QVERIFY(BlueprintCheck::covers(lines));
    QVERIFY(m_bank.size() >= 320);
}

void TestDemoContest::correctLettersAreBalancedPerTopic()
{
    QHash<QString, QHash<QString, int>> letters;
    QHash<QString, int> perTopic;
    for (const Question& q : m_bank) {
        QCOMPARE(q.options.size(), 4);
        QVERIFY2(!q.optionText(q.correctKey).isEmpty(), qPrintable(q.id));
        ++letters[q.topic][q.correctKey];
        ++perTopic[q.topic];
    }
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        const int quarter = perTopic.value(it.key()) / 4;
        for (const QString& key :
             {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}) {
            const int n = it.value().value(key);
            QVERIFY2(
                n >= quarter - 2 && n <= quarter + 2,
                qPrintable(QStringLiteral("%1: %2 is right %3 times").arg(it.key(), key).arg(n)));
        }
    }
}

void TestDemoContest::bankHasNoNearDuplicates()
{
    QuestionSimilarity similarity;
    similarity.setQuestions(m_bank);
    QStringList pairs;
    for (const Question& q : m_bank) {
        for (const QuestionSimilarity::Match& m : similarity.nearDuplicates(q)) {
            if (q.id < m.id)
                pairs << QStringLiteral("%1 ~ %2 (%3)").arg(q.id, m.id).arg(m.score, 0, 'f', 2);
        }
    }
    QVERIFY2(pairs.isEmpty(), qPrintable(pairs.join(QStringLiteral(", "))));
}

void TestDemoContest::bankFileIsNfcUtf8WithoutBom()
{
    QFile f(QStringLiteral(":/data/demo/questions.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains('\r'));
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i) == lines.at(i).normalized(QString::NormalizationForm_C),
                 qPrintable(QStringLiteral("questions.csv:%1 is not NFC").arg(i + 1)));
    }
}

QTEST_GUILESS_MAIN(TestDemoContest)
#include "TestDemoContest.moc"
