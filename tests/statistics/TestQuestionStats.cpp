#include "StatisticsFixture.h"
#include "TestDatabase.h"
#include "statistics/QuestionStats.h"

class TestQuestionStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagsEasyHardAndSuspectKeys();
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
    QCOMPARE(order, QStringList({"Q3", "Q2", "Q5", "Q4", "Q1"}));
    const auto& rows = stats.rows();
    QCOMPARE(rows.at(0).drawn, 20);
    QCOMPARE(rows.at(0).correct, 3);
    QCOMPARE(rows.at(0).flags, int(QuestionStats::TooHard));
    QCOMPARE(rows.at(1).flags, int(QuestionStats::NoFlag));
    QCOMPARE(rows.at(2).flags, int(QuestionStats::NoFlag));
    QCOMPARE(rows.at(3).correct, 15);
    QCOMPARE(rows.at(3).strongDrawn, 5);
    QCOMPARE(rows.at(3).strongCorrect, 0);
    QCOMPARE(rows.at(3).flags, int(QuestionStats::PossiblyKeyedWrong));
    QCOMPARE(rows.at(4).flags, int(QuestionStats::TooEasy));
    QCOMPARE(rows.at(4).text, QStringLiteral("Question Q1"));
    QVERIFY(!QuestionStats::flagText(rows.at(3).flags).isEmpty());
}

QTEST_GUILESS_MAIN(TestQuestionStats)
#include "TestQuestionStats.moc"
