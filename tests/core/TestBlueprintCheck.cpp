#include "contest/BlueprintCheck.h"

#include "TestBank.h"
#include "TestDatabase.h"

class TestBlueprintCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsApprovedQuestionsPerTopic()
    {
        TestDatabase t;
        addTestQuestions(t.db(), 6); // TTHC, approved
        t.db().exec(QStringLiteral("UPDATE questions SET status = 'draft' WHERE id = 'Q0006'"));
        ContestSettings s = ContestSettings::defaults(); // TTHC draws 5
        const QList<BlueprintLine> lines = BlueprintCheck::check(t.db(), s);
        QCOMPARE(lines.size(), 8);
        const BlueprintLine tthc = lines.at(1);
        QCOMPARE(tthc.topic, QStringLiteral("TTHC"));
        QCOMPARE(tthc.topicName, QStringLiteral("Cải cách thủ tục hành chính"));
        QCOMPARE(tthc.drawn, 5);
        QCOMPARE(tthc.approved, 5);
        QCOMPARE(tthc.inBank, 6);
        QVERIFY(tthc.enough());
        QVERIFY(!BlueprintCheck::covers(lines)); // the other seven topics are empty
        QCOMPARE(BlueprintCheck::problems(lines).size(), 7);

        t.db().exec(QStringLiteral("UPDATE questions SET status = 'retired' WHERE id = 'Q0005'"));
        QVERIFY(!BlueprintCheck::check(t.db(), s).at(1).enough()); // retired ones do not count
        s.blueprint = {{QStringLiteral("TTHC"), 4}};
        s.questionsPerAttempt = 4;
        QVERIFY(BlueprintCheck::covers(BlueprintCheck::check(t.db(), s)));
    }
};

QTEST_GUILESS_MAIN(TestBlueprintCheck)
#include "TestBlueprintCheck.moc"
