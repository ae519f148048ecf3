#include "StatisticsFixture.h"
#include "TestDatabase.h"
#include "statistics/QuestionStats.h"
#include "statistics/QuestionSummary.h"

#include <QRandomGenerator>

class TestQuestionStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagsEasyHardAndSuspectKeys(); // Moodle's figures and flags
    void summaryEqualsCountingAgainBatchAfterBatch();
};

namespace {

void addQuestion(Database& db, const QString& id)
{
    QSqlQuery topic = db.exec(QStringLiteral("SELECT code FROM topics ORDER BY position LIMIT 1"));
    QVERIFY(topic.next());
    db.exec(QStringLiteral(
                "INSERT INTO questions (id, topic, text, correct_key, created_at, updated_at) "
                "VALUES (?, ?, ?, 'A', '', '')"),
            {id, topic.value(0), QString(QStringLiteral("Question ") + id)});
    for (const QString& key : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        db.exec(
            QStringLiteral(
                "INSERT INTO question_options (question_id, option_key, text) VALUES (?, ?, ?)"),
            {id, key, key});
}

} // namespace

// Twenty submissions over five questions keyed A. The first five are the top quartile.
//  Q1 everyone right (too easy); Q3 right only for three strong ones (too hard);
//  Q4 missed by every strong one yet got by the rest (possibly keyed wrong).
void TestQuestionStats::flagsEasyHardAndSuspectKeys()
{
    TestDatabase t;
    for (int q = 1; q <= 5; ++q)
        addQuestion(t.db(), QStringLiteral("Q%1").arg(q));
    addQuestion(t.db(), QStringLiteral("Q9")); // never drawn: not listed
    for (int i = 0; i < 20; ++i) {
        QString answers;
        if (i < 3)
            answers = QStringLiteral("Q1=A;Q2=A;Q3=A;Q4=B;Q5=A");
        else if (i < 5)
            answers = QStringLiteral("Q1=A;Q2=A;Q3=B;Q4=B;Q5=A");
        else
            answers = QStringLiteral("Q1=A;Q2=C;Q3=;Q4=A;Q5=B");
        StatisticsFixture::Row r;
        r.id = QStringLiteral("s%1").arg(i);
        r.contestant = QStringLiteral("p%1").arg(i);
        r.submittedAt = QStringLiteral("2024-06-05T03:00:00Z");
        r.correct = i < 3 ? 4 : (i < 5 ? 3 : 2);
        r.answers = answers;
        StatisticsFixture::insert(t.db(), r);
    }
    StatisticsFixture::Row invalid;
    invalid.id = QStringLiteral("bad");
    invalid.contestant = QStringLiteral("px");
    invalid.submittedAt = QStringLiteral("2024-06-05T03:00:00Z");
    invalid.valid = false;
    invalid.answers = QStringLiteral("Q1=B;Q9=A");
    StatisticsFixture::insert(t.db(), invalid);

    const QuestionStats stats = QuestionStats::compute(t.db());
    QCOMPARE(stats.strongThreshold(), 3);
    QStringList order;
    for (const auto& r : stats.rows())
        order << r.id;
    // Q4, which the strongest miss, is a likely wrong key: at the top. Q2 and Q3 separate
    // as well (same index); Q3 is the harder. Q1, right for everyone, says nothing of
    // discrimination: last.
    QCOMPARE(order, QStringList({"Q4", "Q3", "Q2", "Q5", "Q1"}));
    const auto& rows = stats.rows();
    QCOMPARE(rows.at(0).correct, 15);
    QCOMPARE(rows.at(0).strongDrawn, 5);
    QCOMPARE(rows.at(0).strongCorrect, 0);
    QCOMPARE(rows.at(0).flags, int(QuestionStats::NegativeDiscrimination));
    // Computed by hand (Python's statistics.correlation of the marks and rest scores).
    QVERIFY(qAbs(*rows.at(0).analysis.discriminationIndex - -97.71398364) < 1e-6);
    QCOMPARE(rows.at(1).drawn, 20);
    QCOMPARE(rows.at(1).correct, 3);
    QCOMPARE(rows.at(1).analysis.facility, 15.0);
    QVERIFY(qAbs(*rows.at(1).analysis.discriminationIndex - 72.76068751) < 1e-6);
    QCOMPARE(rows.at(1).flags, int(QuestionStats::NoFlag));
    QCOMPARE(rows.at(2).flags, int(QuestionStats::NoFlag));
    QCOMPARE(rows.at(4).flags, int(QuestionStats::VeryEasy));
    QVERIFY(!rows.at(4).analysis.discriminationIndex);
    QCOMPARE(rows.at(4).text, QStringLiteral("Question Q1"));
    QVERIFY(!QuestionStats::flagText(rows.at(0).flags).isEmpty());
    QCOMPARE(QuestionStats::flagCodes(rows.at(0).flags),
             QStringList{QStringLiteral("negative_discrimination")});
}

namespace {

void compareRows(const QuestionStats& a, const QuestionStats& b)
{
    QCOMPARE(a.strongThreshold(), b.strongThreshold());
    QCOMPARE(a.rows().size(), b.rows().size());
    for (qsizetype i = 0; i < a.rows().size(); ++i) {
        const QuestionStats::Row& x = a.rows().at(i);
        const QuestionStats::Row& y = b.rows().at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.topic, y.topic);
        QCOMPARE(x.drawn, y.drawn);
        QCOMPARE(x.correct, y.correct);
        QCOMPARE(x.strongDrawn, y.strongDrawn);
        QCOMPARE(x.strongCorrect, y.strongCorrect);
        QCOMPARE(x.flags, y.flags);
    }
}

} // namespace

// The summary (schema v12), refreshed batch after batch, against counting every answer
// again: invalid rows and rows without identity left out, a question drawn that the bank
// no longer has, the strongest quarter moving as scores arrive, an answer key corrected
// (seen at once, as before the summary) and a summary forgotten and counted again.
void TestQuestionStats::summaryEqualsCountingAgainBatchAfterBatch()
{
    TestDatabase t;
    QStringList ids;
    for (int q = 1; q <= 12; ++q) {
        ids << QStringLiteral("Q%1").arg(q);
        addQuestion(t.db(), ids.last());
    }
    ids << QStringLiteral("GONE-1"); // drawn, not in the bank
    QRandomGenerator rng(7);
    int serial = 0;
    QList<StatisticsFixture::Row> counted; // valid, with an identity
    for (int batch = 0; batch < 6; ++batch) {
        t.db().transaction([&] {
            for (int i = 0; i < 40 + 25 * batch; ++i) {
                StatisticsFixture::Row r;
                r.id = QStringLiteral("s%1").arg(++serial);
                r.contestant =
                    rng.bounded(100) < 5 ? QString() : QStringLiteral("p%1").arg(rng.bounded(60));
                r.valid = rng.bounded(100) >= 7;
                r.submittedAt = QStringLiteral("2024-06-05T03:00:00Z");
                QStringList answers;
                int right = 0;
                for (int k = 0; k < 5; ++k) {
                    const QString q = ids.at(rng.bounded(int(ids.size())));
                    const QString a =
                        QStringList{"A", "A", "B", "C", ""}.at(rng.bounded(5)); // "" = skipped
                    right += a == QLatin1String("A");
                    answers << q + QLatin1Char('=') + a;
                }
                r.correct = right + batch % 2; // scores drift so the quarter moves
                r.answers = answers.join(QLatin1Char(';'));
                StatisticsFixture::insert(t.db(), r);
                if (r.valid && !r.contestant.isEmpty())
                    counted << r;
            }
        });
        if (batch == 3) // an author corrects a key
            t.db().exec(QStringLiteral("UPDATE questions SET correct_key = 'B' WHERE id = 'Q2'"));
        if (batch == 4)
            QuestionSummary::clear(t.db());
        const QuestionStats summarised = QuestionStats::compute(t.db());
        const QuestionSummary::Counts direct = QuestionSummary::compute(t.db());
        QCOMPARE(QuestionSummary::load(t.db()), direct);
        QVERIFY(direct.value(QStringLiteral("GONE-1")).size() > 0);
        compareRows(summarised, QuestionStats::fromCounts(t.db(), direct));
        // And by hand: every counted answer, right by the key as it is now.
        QHash<QString, std::pair<qint64, qint64>> expected;
        for (const StatisticsFixture::Row& r : std::as_const(counted)) {
            for (const QString& pair : r.answers.split(QLatin1Char(';'))) {
                const QString q = pair.section(QLatin1Char('='), 0, 0);
                const QString a = pair.section(QLatin1Char('='), 1);
                const QString key = q == QLatin1String("GONE-1")             ? QString()
                                    : q == QLatin1String("Q2") && batch >= 3 ? QStringLiteral("B")
                                                                             : QStringLiteral("A");
                ++expected[q].first;
                expected[q].second += !key.isEmpty() && a == key;
            }
        }
        QCOMPARE(summarised.rows().size(), expected.size());
        for (const QuestionStats::Row& row : summarised.rows()) {
            QCOMPARE(row.drawn, expected.value(row.id).first);
            QCOMPARE(row.correct, expected.value(row.id).second);
        }
    }
    // Nothing new: nothing changes.
    const QuestionSummary::Counts before = QuestionSummary::load(t.db());
    QuestionSummary::refresh(t.db());
    QCOMPARE(QuestionSummary::load(t.db()), before);
}

QTEST_GUILESS_MAIN(TestQuestionStats)
#include "TestQuestionStats.moc"
