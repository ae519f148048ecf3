#include "statistics/ItemAnalysis.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

// Moodle's figures from the summary's counters agree with the same figures computed
// directly, attempt by attempt, on contests where each attempt draws its own questions.
class TestItemAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithADirectComputation_data();
    void agreesWithADirectComputation();
    void saysNothingWhereNothingVaries();
};

namespace {

struct Attempt
{
    QList<int> questions;
    QList<int> marks; // 0 or 1, one a question
    int score() const { return int(std::count(marks.cbegin(), marks.cend(), 1)); }
};

double mean(const QList<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / v.size();
}

double covariance(const QList<double>& a, const QList<double>& b) // population
{
    const double ma = mean(a), mb = mean(b);
    double s = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        s += (a[i] - ma) * (b[i] - mb);
    return s / a.size();
}

} // namespace

void TestItemAnalysis::agreesWithADirectComputation_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("bank");
    QTest::addColumn<int>("perAttempt");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("small") << 40 << 6 << 3 << 7u;
    QTest::newRow("the plan's shape") << 600 << 60 << 30 << 96u;
    QTest::newRow("few questions each") << 300 << 25 << 2 << 2024u;
}

void TestItemAnalysis::agreesWithADirectComputation()
{
    QFETCH(int, attempts);
    QFETCH(int, bank);
    QFETCH(int, perAttempt);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    // People of varied ability, questions of varied difficulty, one with a wrong key
    // (the able get it "wrong").
    QList<double> difficulty;
    for (int q = 0; q < bank; ++q)
        difficulty << random.bounded(1.0) * 2 - 1;
    QList<Attempt> all;
    for (int i = 0; i < attempts; ++i) {
        const double ability = random.bounded(1.0) * 3 - 1.5;
        Attempt a;
        QList<int> pool;
        for (int q = 0; q < bank; ++q)
            pool << q;
        for (int k = 0; k < perAttempt; ++k)
            a.questions << pool.takeAt(random.bounded(int(pool.size())));
        for (int q : std::as_const(a.questions)) {
            double p = 1 / (1 + std::exp(difficulty[q] - ability));
            if (q == 0)
                p = 1 - p; // the wrong key
            a.marks << (random.bounded(1.0) < p ? 1 : 0);
        }
        all << a;
    }
    QuestionSummary::Counts counts;
    for (const Attempt& a : std::as_const(all)) {
        counts[QString()][a.score()].drawn += 1;
        for (qsizetype k = 0; k < a.questions.size(); ++k) {
            QuestionSummary::Cell& cell = counts[QString::number(a.questions[k])][a.score()];
            cell.drawn += 1;
            cell.right += a.marks[k];
        }
    }

    // Each question directly: its marks and the rest of each attempt that drew it.
    QList<double> itemVariances(bank, 0);
    QList<double> draws(bank, 0);
    for (int q = 0; q < bank; ++q) {
        QList<double> x, r;
        for (const Attempt& a : std::as_const(all)) {
            const qsizetype k = a.questions.indexOf(q);
            if (k < 0)
                continue;
            x << a.marks[k];
            r << a.score() - a.marks[k];
        }
        const ItemAnalysis::Question got = ItemAnalysis::question(counts.value(QString::number(q)));
        QCOMPARE(got.drawn, qint64(x.size()));
        if (x.isEmpty())
            continue;
        QVERIFY(qAbs(got.facility - 100 * mean(x)) < 1e-9);
        const double cov = covariance(x, r);
        const double varX = covariance(x, x), varR = covariance(r, r);
        draws[q] = x.size();
        itemVariances[q] = x.size() > 1 ? varX * x.size() / (x.size() - 1) : 0;
        if (varX < 1e-12 || varR < 1e-12) {
            QVERIFY(!got.discriminationIndex);
            continue;
        }
        QVERIFY(got.discriminationIndex);
        QVERIFY2(qAbs(*got.discriminationIndex - 100 * cov / std::sqrt(varX * varR)) < 1e-7,
                 qPrintable(QString::number(*got.discriminationIndex)));
        // Moodle's largest covariance: both lists sorted, paired in order.
        QList<double> xs = x, rs = r;
        std::sort(xs.begin(), xs.end());
        std::sort(rs.begin(), rs.end());
        const double covMax = covariance(xs, rs);
        QVERIFY(got.discriminativeEfficiency);
        QVERIFY(qAbs(*got.discriminativeEfficiency - 100 * cov / covMax) < 1e-7);
        if (q == 0 && x.size() >= 20)
            QVERIFY2(*got.discriminationIndex < 0, "the wrong key does not show");
    }

    // The contest: the scores' mean and SD, and Cronbach's alpha over each attempt's own
    // questions (the mean over the attempts of the sum of their questions' variances).
    QList<double> scores;
    for (const Attempt& a : std::as_const(all))
        scores << a.score();
    const double n = scores.size();
    const double variance = covariance(scores, scores) * n / (n - 1);
    double itemSum = 0;
    for (int q = 0; q < bank; ++q)
        itemSum += draws[q] * itemVariances[q];
    const double k = double(perAttempt);
    const double alpha = k / (k - 1) * (1 - (itemSum / n) / variance);
    const ItemAnalysis::Contest c = ItemAnalysis::contest(counts);
    QCOMPARE(c.attempts, qint64(attempts));
    QVERIFY(qAbs(c.questionsPerAttempt - k) < 1e-12);
    QVERIFY(qAbs(c.meanCorrect - mean(scores)) < 1e-9);
    QVERIFY(qAbs(c.sd - std::sqrt(variance)) < 1e-9);
    QVERIFY(c.cic);
    QVERIFY2(qAbs(*c.cic - 100 * alpha) < 1e-7, qPrintable(QString::number(*c.cic)));
    QVERIFY(c.errorRatio);
    QVERIFY(qAbs(*c.errorRatio - 100 * std::sqrt(1 - alpha)) < 1e-7);
}

void TestItemAnalysis::saysNothingWhereNothingVaries()
{
    QuestionSummary::Counts counts;
    counts[QString()][2] = {10, 0};
    counts[QStringLiteral("Q1")][2] = {10, 10}; // everyone right
    counts[QStringLiteral("Q2")][2] = {10, 10};
    const ItemAnalysis::Question q = ItemAnalysis::question(counts.value(QStringLiteral("Q1")));
    QCOMPARE(q.facility, 100.0);
    QVERIFY(!q.discriminationIndex);
    QVERIFY(!q.discriminativeEfficiency);
    const ItemAnalysis::Contest c = ItemAnalysis::contest(counts);
    QCOMPARE(c.meanCorrect, 2.0);
    QCOMPARE(c.sd, 0.0);
    QVERIFY(!c.cic); // no spread of scores: alpha says nothing
    QVERIFY(!ItemAnalysis::contest({}).cic);
}

QTEST_APPLESS_MAIN(TestItemAnalysis)
#include "TestItemAnalysis.moc"
