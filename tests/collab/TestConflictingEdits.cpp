#include "TestBank.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "judging/TieDecisionRepository.h"
#include "questions/QuestionRepository.h"

#include <QDeadlineTimer>

#include <array>
#include <atomic>
#include <thread>

// Two office PCs on one database: two connections to the same file or server database.
// The second save over a change it has not seen is refused with who changed it, and the
// first change stays.
class TestConflictingEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secondSettingsSaveIsRefused();
    void secondQuestionSaveIsRefused();
    void aSaveAfterReloadingGoesThrough();
    void secondDecisionOnTheSameTieIsRefused();
    void tiesDecidedAtTheSameMomentKeepOneDecisionEach();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<Database> m_other;
};

void TestConflictingEdits::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_other = Database::open(m_t->location());
}

void TestConflictingEdits::cleanup()
{
    AuditLog::setCurrentUser(QString());
    m_other.reset();
    m_t.reset();
}

void TestConflictingEdits::secondSettingsSaveIsRefused()
{
    ContestRepository(m_t->db()).save(ContestSettings::defaults());
    // Both PCs open the settings at the same version.
    const int opened = ContestRepository(m_t->db()).rowVersion();
    QCOMPARE(ContestRepository(*m_other).rowVersion(), opened);

    AuditLog::setCurrentUser(QStringLiteral("Trần Thị Bình"));
    ContestSettings first = ContestSettings::defaults();
    first.title = QStringLiteral("Tiêu đề của chị Bình");
    ContestRepository(m_t->db()).save(first, opened);

    AuditLog::setCurrentUser(QStringLiteral("Lê Văn Cường"));
    ContestSettings second = ContestSettings::defaults();
    second.title = QStringLiteral("Tiêu đề của anh Cường");
    try {
        ContestRepository(*m_other).save(second, opened);
        QFAIL("the second save overwrote the first");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("Trần Thị Bình")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("reload")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(
                     QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"))),
                 qPrintable(e.message()));
    }
    QCOMPARE(ContestRepository(*m_other).load()->title, QStringLiteral("Tiêu đề của chị Bình"));
    QCOMPARE(ContestRepository(*m_other).rowVersion(), opened + 1);
}

void TestConflictingEdits::secondQuestionSaveIsRefused()
{
    addTestQuestions(m_t->db(), 1);
    const Question opened = *QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"));
    const Question openedThere = *QuestionRepository(*m_other).find(QStringLiteral("Q0001"));
    QCOMPARE(openedThere.rowVersion, opened.rowVersion);

    Question mine = opened;
    mine.text = QStringLiteral("Câu hỏi đã sửa ở máy 1");
    // Each revision names the session's user: the two desks' people.
    AuditLog::setCurrentUser(QStringLiteral("Phạm Thu Hà"));
    QuestionRepository(m_t->db()).save(mine, QString(), opened.rowVersion);

    Question theirs = openedThere;
    theirs.text = QStringLiteral("Câu hỏi sửa ở máy 2");
    try {
        AuditLog::setCurrentUser(QStringLiteral("Đỗ Minh"));
        QuestionRepository(*m_other).save(theirs, QString(), openedThere.rowVersion);
        QFAIL("the second question save overwrote the first");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("Phạm Thu Hà")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("Q0001")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("reload")), qPrintable(e.message()));
    }
    QCOMPARE(QuestionRepository(*m_other).find(QStringLiteral("Q0001"))->text,
             QStringLiteral("Câu hỏi đã sửa ở máy 1"));
    QCOMPARE(QuestionRepository(*m_other).revisions(QStringLiteral("Q0001")).size(), 1);
}

void TestConflictingEdits::aSaveAfterReloadingGoesThrough()
{
    addTestQuestions(m_t->db(), 1);
    Question q = *QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"));
    q.text = QStringLiteral("Lần một");
    QuestionRepository(m_t->db()).save(q, QString(), q.rowVersion);
    Question reloaded = *QuestionRepository(*m_other).find(QStringLiteral("Q0001"));
    reloaded.text = QStringLiteral("Lần hai");
    const Question saved = QuestionRepository(*m_other).save(reloaded, QString(),
                                                             reloaded.rowVersion);
    QCOMPARE(saved.rowVersion, reloaded.rowVersion + 1);
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->text,
             QStringLiteral("Lần hai"));
}

void TestConflictingEdits::secondDecisionOnTheSameTieIsRefused()
{
    TieDecision d;
    d.scope = TieDecision::Scope::Individual;
    d.prize = QStringLiteral("third");
    d.members = {QStringLiteral("051190001234"), QStringLiteral("0905123456")};
    d.order = d.members;
    d.reason = QStringLiteral("Bốc thăm công khai");
    AuditLog::setCurrentUser(QStringLiteral("Giám khảo 1"));
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("BGK máy 1"));

    TieDecision other = d;
    other.order = {d.members.at(1), d.members.at(0)};
    other.decidedBy = QStringLiteral("Giám khảo 2");
    try {
        TieDecisionRepository(*m_other).record(other, QStringLiteral("BGK máy 2"));
        QFAIL("two decisions were recorded for one tie");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("Giám khảo 1")), qPrintable(e.message()));
    }
    QCOMPARE(TieDecisionRepository(*m_other).active().size(), 1);
    QCOMPARE(TieDecisionRepository(*m_other).active().first().decision.order, d.order);
}

// Two judges' PCs pressing "Record" on the same tie in the same instant, tie after tie,
// each on its own connection and thread: every tie ends with one decision, the other
// judge is told, and the audit chain stays whole (on PostgreSQL both used to read "no
// decision yet" and both insert).
void TestConflictingEdits::tiesDecidedAtTheSameMomentKeepOneDecisionEach()
{
    constexpr int kTies = 12;
    const QString location = m_t->location();
    std::atomic<int> arrived{0};
    std::array<std::atomic<int>, kTies> refused{};
    std::array<QString, 2> unexpected;
    auto judge = [&](int machine) {
        try {
            const auto db = Database::open(location); // this thread's own connection
            for (int i = 0; i < kTies; ++i) {
                TieDecision d;
                d.scope = TieDecision::Scope::Individual;
                d.prize = QStringLiteral("prize-%1").arg(i);
                d.members = {QStringLiteral("0511900012%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("09051234%1").arg(i, 2, 10, QLatin1Char('0'))};
                d.order = machine == 0 ? d.members : QStringList{d.members.at(1), d.members.at(0)};
                d.reason = QStringLiteral("Bốc thăm công khai");
                d.decidedBy = QStringLiteral("Giám khảo %1").arg(machine + 1);
                // Both start each tie together (not waiting for a judge whose PC failed).
                arrived.fetch_add(1);
                QDeadlineTimer together(10000);
                while (arrived.load() < 2 * (i + 1) && !together.hasExpired())
                    std::this_thread::yield();
                try {
                    TieDecisionRepository(*db).record(
                        d, QStringLiteral("BGK máy %1").arg(machine + 1));
                } catch (const UserError& e) {
                    if (e.message().contains(QLatin1String("already decided")))
                        ++refused.at(i);
                    else
                        unexpected.at(machine) = e.message();
                }
            }
        } catch (const EnvironmentError& e) {
            unexpected.at(machine) = e.message();
        } catch (const std::exception& e) {
            unexpected.at(machine) = QString::fromUtf8(e.what());
        } catch (...) {
            unexpected.at(machine) = QStringLiteral("an error that is not a refusal");
        }
        arrived.fetch_add(2 * kTies); // a judge who stopped early holds nobody up
    };
    std::thread first(judge, 0);
    std::thread second(judge, 1);
    first.join();
    second.join();
    QVERIFY2(unexpected.at(0).isEmpty(), qPrintable(unexpected.at(0)));
    QVERIFY2(unexpected.at(1).isEmpty(), qPrintable(unexpected.at(1)));
    for (int i = 0; i < kTies; ++i)
        QCOMPARE(refused.at(i).load(), 1);
    QCOMPARE(TieDecisionRepository(m_t->db()).active().size(), kTies);
    QVERIFY(AuditLog(m_t->db()).verify().intact);
}

QTEST_GUILESS_MAIN(TestConflictingEdits)
#include "TestConflictingEdits.moc"
