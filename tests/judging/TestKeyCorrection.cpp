#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "judging/KeyCorrection.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "questions/QuestionRepository.h"
#include "statistics/QuestionStats.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

// Correcting a key after the contest: the dry run says what would move and changes
// nothing; applying it changes the key, judges everything again and is audited; locked
// results must be unlocked first.
class TestKeyCorrection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aDryRunSaysWhatMovesAndChangesNothing();
    void applyingItRejudgesAndIsAudited();
    void lockedResultsMustBeUnlockedFirst();
    void badRequestsAreRefusedByName_data();
    void badRequestsAreRefusedByName();

private:
    void submit(const QString& id, const QString& phone, const QString& time, const QString& a1);
    int storedCorrect(const QString& id);
    int auditEntries();
    std::unique_ptr<TestDatabase> m_t;
};

void TestKeyCorrection::init()
{
    m_t = std::make_unique<TestDatabase>();
    AuditLog::setCurrentUser(QStringLiteral("ban.to.chuc"));
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 2;
    s.blueprint = {{QStringLiteral("TTHC"), 2}};
    s.certificateMinCorrect = 1;
    s.predictionTarget = {PredictionTarget::Kind::Fixed, 100};
    s.individualPrizes = {{QStringLiteral("first"), QStringLiteral("Giải Nhất"), 1, 1500000},
                          {QStringLiteral("second"), QStringLiteral("Giải Nhì"), 1, 1000000}};
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 2); // Q0001 and Q0002, key B
    // Under key B: a first (2 right), b second, c third. Under key C for Q0001: b first,
    // a second (earlier than c), c third.
    submit("a", "0905000001", "2024-06-05T09:04:00+07:00", "B");
    submit("b", "0905000002", "2024-06-05T09:05:00+07:00", "C");
    submit("c", "0905000003", "2024-06-05T09:06:00+07:00", "A");
}

void TestKeyCorrection::cleanup()
{
    m_t.reset();
}

void TestKeyCorrection::submit(const QString& id, const QString& phone, const QString& time,
                               const QString& a1)
{
    const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
    const QJsonObject o{
        {"id", id},
        {"contestant", QJsonObject{{"name", QString(QStringLiteral("Người ") + id)},
                                   {"birth_year", 1990},
                                   {"phone", phone},
                                   {"unit", "UBND-SONKY"}}},
        {"started_at", at.addSecs(-240).toString(Qt::ISODateWithMs)},
        {"submitted_at", time},
        {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", a1}},
                               QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
        {"prediction", 100},
    };
    SubmissionImporter(m_t->db()).importBytes(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                              QStringLiteral("x.jsonl"));
}

int TestKeyCorrection::storedCorrect(const QString& id)
{
    QSqlQuery q =
        m_t->db().exec(QStringLiteral("SELECT correct FROM submissions WHERE id = ?"), {id});
    return q.next() ? q.value(0).toInt() : -1;
}

int TestKeyCorrection::auditEntries()
{
    QSqlQuery q = m_t->db().exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestKeyCorrection::aDryRunSaysWhatMovesAndChangesNothing()
{
    const int audited = auditEntries();
    const KeyCorrection::Plan plan =
        KeyCorrection(m_t->db()).dryRun(QStringLiteral("Q0001"), QStringLiteral("c"));
    QCOMPARE(plan.oldKey, QStringLiteral("B"));
    QCOMPARE(plan.newKey, QStringLiteral("C"));
    QCOMPARE(plan.gained, 1);         // b
    QCOMPARE(plan.lost, 1);           // a
    QCOMPARE(plan.changes.size(), 2); // c keeps rank 3 and no prize: not listed
    const KeyCorrection::Change& first = plan.changes.at(0);
    QCOMPARE(first.contestant, QStringLiteral("0905000002"));
    QCOMPARE(first.label, QStringLiteral("Người b (1990, UBND-SONKY)"));
    QCOMPARE(first.oldRank, 2);
    QCOMPARE(first.newRank, 1);
    QCOMPARE(first.oldPrize, QStringLiteral("second"));
    QCOMPARE(first.newPrize, QStringLiteral("first"));
    QCOMPARE(plan.prizeLabel(first.newPrize), QStringLiteral("Giải Nhất"));
    const KeyCorrection::Change& second = plan.changes.at(1);
    QCOMPARE(second.contestant, QStringLiteral("0905000001"));
    QCOMPARE(second.oldRank, 1);
    QCOMPARE(second.newRank, 2);
    QCOMPARE(second.newPrize, QStringLiteral("second"));

    // Nothing changed: the key, the grades, the audit chain.
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->correctKey,
             QStringLiteral("B"));
    QCOMPARE(storedCorrect(QStringLiteral("a")), 2);
    QCOMPARE(storedCorrect(QStringLiteral("b")), 1);
    QCOMPARE(auditEntries(), audited);
}

void TestKeyCorrection::applyingItRejudgesAndIsAudited()
{
    const int audited = auditEntries();
    const KeyCorrection::Plan plan =
        KeyCorrection(m_t->db()).apply(QStringLiteral("Q0001"), QStringLiteral("C"));
    QCOMPARE(plan.changes.size(), 2);
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->correctKey,
             QStringLiteral("C"));
    // All three judged again, on both engines (PostgreSQL judged only the first before:
    // its driver dropped the rest of the reading query at the first UPDATE).
    QCOMPARE(storedCorrect(QStringLiteral("a")), 1);
    QCOMPARE(storedCorrect(QStringLiteral("b")), 2);
    QCOMPARE(storedCorrect(QStringLiteral("c")), 1);
    // The results are what the dry run said.
    const Results r = ResultsService(m_t->db()).computeLive();
    QCOMPARE(r.individual.at(0).contestant(), QStringLiteral("0905000002"));
    QCOMPARE(r.individual.at(0).prize, QStringLiteral("first"));
    QCOMPARE(r.individual.at(1).contestant(), QStringLiteral("0905000001"));
    QCOMPARE(auditEntries(), audited + 1);
    const QList<AuditEntry> log = AuditLog(m_t->db()).entries();
    QCOMPARE(log.last().action, QStringLiteral("question.rekey"));
    QCOMPARE(log.last().subject, QStringLiteral("Q0001"));
    QVERIFY(AuditLog(m_t->db()).verify().intact);
    // The question's history names the correction; its statistics follow the new key.
    QCOMPARE(QuestionRepository(m_t->db()).revisions(QStringLiteral("Q0001")).last().action,
             QStringLiteral("rekey"));
    const QuestionStats stats = QuestionStats::compute(m_t->db());
    for (const QuestionStats::Row& row : stats.rows()) {
        if (row.id == QLatin1String("Q0001"))
            QCOMPARE(row.correct, 1);
    }
}

void TestKeyCorrection::lockedResultsMustBeUnlockedFirst()
{
    ResultsLock(m_t->db()).lock(ResultsService(m_t->db()).computeLive());
    // Looking is allowed; changing is not.
    QCOMPARE(KeyCorrection(m_t->db()).dryRun(QStringLiteral("Q0001"), QStringLiteral("C")).gained,
             1);
    try {
        KeyCorrection(m_t->db()).apply(QStringLiteral("Q0001"), QStringLiteral("C"));
        QFAIL("a key changed under locked results");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("unlock")), qPrintable(e.message()));
    }
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->correctKey,
             QStringLiteral("B"));
    QCOMPARE(storedCorrect(QStringLiteral("a")), 2);
}

void TestKeyCorrection::badRequestsAreRefusedByName_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown question") << "Q0404"
                                      << "C"
                                      << "there is no question Q0404";
    QTest::newRow("no such option") << "Q0001"
                                    << "F"
                                    << "question Q0001 has no option F";
    QTest::newRow("already the key") << "Q0001"
                                     << "B"
                                     << "B is already the key of question Q0001";
}

void TestKeyCorrection::badRequestsAreRefusedByName()
{
    QFETCH(QString, question);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const int audited = auditEntries();
    for (const bool dryRun : {true, false}) {
        try {
            KeyCorrection c(m_t->db());
            dryRun ? c.dryRun(question, key) : c.apply(question, key);
            QFAIL("a bad correction was accepted");
        } catch (const UserError& e) {
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
    }
    QCOMPARE(auditEntries(), audited);
    QCOMPARE(storedCorrect(QStringLiteral("a")), 2);
}

QTEST_GUILESS_MAIN(TestKeyCorrection)
#include "TestKeyCorrection.moc"
