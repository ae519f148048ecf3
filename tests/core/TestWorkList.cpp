#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "workflow/WorkList.h"

#include "TestDatabase.h"

// What waits for each role (issue 14), on the demo contest as it moves from the tie to
// the lock, and on hand-made states.
class TestWorkList : public QObject
{
    Q_OBJECT

    static QString joined(Database& db, Role role)
    {
        QStringList texts;
        for (const WorkList::Item& item : WorkList::forRole(db, role))
            texts << item.text;
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void eachRoleLandsWhereItsWorkIs()
    {
        QCOMPARE(WorkList::landing(Role::Committee), WorkList::Area::Contest);
        QCOMPARE(WorkList::landing(Role::Author), WorkList::Area::QuestionBank);
        QCOMPARE(WorkList::landing(Role::Judge), WorkList::Area::Results);
        QCOMPARE(WorkList::landing(Role::Secretary), WorkList::Area::Printing);
    }

    void demoFromTheTieToTheLock()
    {
        TestDatabase t;
        DemoContest::populate(t.db(), 200);
        // The planted tie: the judges are told it is theirs, the others who must act.
        const QList<WorkList::Item> judge = WorkList::forRole(t.db(), Role::Judge);
        QCOMPARE(judge.size(), 1);
        QCOMPARE(judge.first().text,
                 QStringLiteral("1 tie(s) at a prize boundary wait for your decision"));
        QCOMPARE(judge.first().area, WorkList::Area::Results);
        QVERIFY2(joined(t.db(), Role::Secretary).contains(QStringLiteral("wait for the judges")),
                 qPrintable(joined(t.db(), Role::Secretary)));
        QVERIFY(!joined(t.db(), Role::Committee).contains(QLatin1String("lock the results")));
        QCOMPARE(joined(t.db(), Role::Author), QStringLiteral("Nothing waits for you now."));

        const Results live = ResultsService(t.db()).computeLive();
        TieDecision d;
        d.prize = live.unresolvedTies.first().prize;
        d.members = live.unresolvedTies.first().members;
        d.order = d.members;
        d.reason = QStringLiteral("Bốc thăm");
        TieDecisionRepository(t.db()).record(d, QStringLiteral("BGK"));
        QCOMPARE(joined(t.db(), Role::Judge), QStringLiteral("Nothing waits for you now."));
        QVERIFY(joined(t.db(), Role::Committee).contains(QLatin1String("lock the results")));
        QVERIFY(joined(t.db(), Role::Secretary).contains(QLatin1String("the committee")));

        ResultsLock(t.db()).lock(ResultsService(t.db()).computeLive());
        const QList<WorkList::Item> secretary = WorkList::forRole(t.db(), Role::Secretary);
        QCOMPARE(secretary.size(), 1);
        QCOMPARE(secretary.first().area, WorkList::Area::Printing);
        QVERIFY2(secretary.first().text.contains(QLatin1String("award list of 16 prize(s)")),
                 qPrintable(secretary.first().text));
    }

    void questionsAndPublishing()
    {
        WorkList::State s;
        QCOMPARE(WorkList::items(s, Role::Committee).first().area, WorkList::Area::QuestionBank);
        s.draftQuestions = 3;
        s.reviewedQuestions = 2;
        const QList<WorkList::Item> author = WorkList::items(s, Role::Author);
        QCOMPARE(author.size(), 2);
        QCOMPARE(author.at(0).text, QStringLiteral("3 question(s) in draft wait for review"));
        QCOMPARE(author.at(1).text, QStringLiteral("2 reviewed question(s) wait for approval"));
        s.draftQuestions = s.reviewedQuestions = 0;
        s.approvedQuestions = 320;
        QCOMPARE(WorkList::items(s, Role::Committee).first().area, WorkList::Area::OnlineServer);
        QCOMPARE(WorkList::items(s, Role::Judge).first().text,
                 QStringLiteral("Nothing waits for you now."));
    }
};

QTEST_GUILESS_MAIN(TestWorkList)
#include "TestWorkList.moc"
