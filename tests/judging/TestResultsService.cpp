#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

// From stored submissions to decided, locked results: the path a committee walks.
class TestResultsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void boundaryTieIsReportedNotBroken();
    void judgesDecisionIsHonoured();
    void decisionBecomesStaleWhenTheTieChanges();
    void lockingFreezesTheResults();
    void lockIsRefusedWhileATieIsOpen();
    void auditRecordsEveryStep();

private:
    void submit(const QString& id, const QString& phone, const QString& submittedAt, const QString& a1 = "B");
    QStringList prizeHolders(const Results& r, const QString& prize) const;
    std::unique_ptr<TestDatabase> m_t;
};

void TestResultsService::init()
{
    m_t = std::make_unique<TestDatabase>();
    AuditLog::setCurrentUser(QStringLiteral("giam.khao"));
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 2;
    s.blueprint = {{QStringLiteral("TTHC"), 2}};
    s.certificateMinCorrect = 1;
    s.predictionTarget = {PredictionTarget::Kind::Fixed, 100};
    s.individualPrizes = {{QStringLiteral("first"), QStringLiteral("Giải Nhất"), 1, 1500000},
                          {QStringLiteral("second"), QStringLiteral("Giải Nhì"), 1, 1000000}};
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 2);
    // A is alone on top; B and C are equal on every key and straddle second / nothing.
    submit("a", "0905000001", "2024-06-05T09:04:00+07:00");
    submit("b", "0905000002", "2024-06-05T10:04:00.250+07:00");
    submit("c", "0905000003", "2024-06-05T10:04:00.250+07:00");
    submit("d", "0905000004", "2024-06-05T11:00:00+07:00", "A"); // one wrong: no prize
}

void TestResultsService::cleanup()
{
    m_t.reset();
}

void TestResultsService::submit(const QString& id, const QString& phone, const QString& submittedAt, const QString& a1)
{
    const QDateTime sub = QDateTime::fromString(submittedAt, Qt::ISODateWithMs);
    const QJsonObject o{
        {"id", id},
        {"contestant", QJsonObject{{"name", QString(QStringLiteral("Người ") + id)}, {"phone", phone}, {"unit", "UBND-SONKY"}}},
        {"started_at", sub.addSecs(-240).toString(Qt::ISODateWithMs)},
        {"submitted_at", submittedAt},
        {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", a1}}, QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
        {"prediction", 100},
    };
    SubmissionImporter(m_t->db()).importBytes(QJsonDocument(o).toJson(QJsonDocument::Compact), QStringLiteral("x.jsonl"));
}

QStringList TestResultsService::prizeHolders(const Results& r, const QString& prize) const
{
    QStringList keys;
    for (const IndividualResult& row : r.individual) {
        if (row.prize == prize)
            keys << row.contestant();
    }
    return keys;
}

void TestResultsService::boundaryTieIsReportedNotBroken()
{
    const Results r = ResultsService(m_t->db()).computeLive();
    QCOMPARE(r.contestants, 4);
    QCOMPARE(prizeHolders(r, "first"), QStringList{"0905000001"});
    QVERIFY(prizeHolders(r, "second").isEmpty());
    QCOMPARE(r.unresolvedTies.size(), 1);
    QCOMPARE(r.unresolvedTies.at(0).prize, QStringLiteral("second"));
    QStringList members = r.unresolvedTies.at(0).members;
    members.sort();
    QCOMPARE(members, QStringList({"0905000002", "0905000003"}));
}

void TestResultsService::judgesDecisionIsHonoured()
{
    TieDecision d;
    d.prize = QStringLiteral("second");
    d.members = {"0905000002", "0905000003"};
    d.order = {"0905000003", "0905000002"};
    d.reason = QStringLiteral("Bốc thăm công khai tại phiên họp Ban Giám khảo");
    QVERIFY_THROWS_EXCEPTION(UserError, TieDecisionRepository(m_t->db()).record(d, QString())); // judges named
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("Đinh Thị Trà, Phạm Văn Hòa"));
    const Results r = ResultsService(m_t->db()).computeLive();
    QVERIFY(r.unresolvedTies.isEmpty());
    QCOMPARE(prizeHolders(r, "second"), QStringList{"0905000003"});
}

void TestResultsService::decisionBecomesStaleWhenTheTieChanges()
{
    TieDecision d;
    d.prize = QStringLiteral("second");
    d.members = {"0905000002", "0905000003"};
    d.order = {"0905000003", "0905000002"};
    d.reason = QStringLiteral("Bốc thăm");
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("BGK"));
    // A late sync brings a third person equal on every key.
    submit("e", "0905000005", "2024-06-05T10:04:00.250+07:00");
    const Results r = ResultsService(m_t->db()).computeLive();
    QCOMPARE(r.staleDecisions.size(), 1);        // flagged for review...
    QVERIFY(prizeHolders(r, "second").isEmpty()); // ...never applied to a group it was not made for
    QCOMPARE(r.unresolvedTies.size(), 1);
    QCOMPARE(r.unresolvedTies.at(0).members.size(), 3);
    QVERIFY_THROWS_EXCEPTION(UserError, ResultsLock(m_t->db()).lock(r));
}

void TestResultsService::lockingFreezesTheResults()
{
    TieDecision d;
    d.prize = QStringLiteral("second");
    d.members = {"0905000002", "0905000003"};
    d.order = {"0905000002", "0905000003"};
    d.reason = QStringLiteral("Bốc thăm");
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("BGK"));
    ResultsLock lock(m_t->db());
    const ResultsSnapshot s = lock.lock(ResultsService(m_t->db()).computeLive());
    QVERIFY(s.contentIntact());
    QCOMPARE(ResultsLock::sha256(s.content), s.sha256);
    submit("f", "0905000006", "2024-06-06T10:00:00+07:00"); // a later sync
    const auto current = lock.current();
    QVERIFY(current);
    QCOMPARE(current->content, s.content); // the snapshot did not move
    QCOMPARE(current->json().value("contestants").toInt(), 4);
    QVERIFY_THROWS_EXCEPTION(UserError, lock.lock(ResultsService(m_t->db()).computeLive())); // already locked
    QVERIFY_THROWS_EXCEPTION(UserError, lock.unlock(QStringLiteral("  ")));               // needs a reason
    lock.unlock(QStringLiteral("Bổ sung bài dự thi đến muộn do lỗi máy chủ"));
    QVERIFY(!lock.current());
}

void TestResultsService::lockIsRefusedWhileATieIsOpen()
{
    try {
        ResultsLock(m_t->db()).lock(ResultsService(m_t->db()).computeLive());
        QFAIL("locked with an open tie");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("tie")), qPrintable(e.message()));
    }
}

void TestResultsService::auditRecordsEveryStep()
{
    TieDecision d;
    d.prize = QStringLiteral("second");
    d.members = {"0905000002", "0905000003"};
    d.order = {"0905000002", "0905000003"};
    d.reason = QStringLiteral("Bốc thăm");
    const qint64 id = TieDecisionRepository(m_t->db()).record(d, QStringLiteral("BGK"));
    ResultsLock(m_t->db()).lock(ResultsService(m_t->db()).computeLive());
    ResultsLock(m_t->db()).unlock(QStringLiteral("Sửa đáp án câu Q0001"));
    TieDecisionRepository(m_t->db()).withdraw(id, QStringLiteral("Quyết định lại"));
    QStringList actions;
    for (const AuditEntry& e : AuditLog(m_t->db()).entries()) {
        actions << e.action;
        QVERIFY(!e.user.isEmpty());
    }
    QVERIFY(actions.contains("tie.decide"));
    QVERIFY(actions.contains("results.lock"));
    QVERIFY(actions.contains("results.unlock"));
    QVERIFY(actions.contains("tie.withdraw"));
    QVERIFY(AuditLog(m_t->db()).verify().intact);
}

QTEST_GUILESS_MAIN(TestResultsService)
#include "TestResultsService.moc"
