#include "TestBank.h"
#include "TestDatabase.h"
#include "accounts/Authorization.h"
#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "core/Rfc3339.h"
#include "judging/ResultsLock.h"
#include "judging/TieDecisionRepository.h"
#include "questions/CategoryMapping.h"
#include "questions/QuestionRepository.h"
#include "statistics/ProgressReport.h"
#include "statistics/UnitParticipationReport.h"

#include <QtTest>

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Permission)

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-2024");
}

class TestAuthorization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void matrix_data();
    void matrix();
    void setupModeAllowsEverything();
    void accountsWithoutLoginAllowNothing();
    void secretaryCannotLockResults();
    void secretaryReadsNoAnswerKeysBeforeClose();
    void secretaryReadsAnswerKeysAfterClose();
    void onlyJudgesRecordTieDecisions();
    void authorEditsQuestionsButNotSettings();
    void explanationHiddenWithTheAnswerKey();
    void explanationShownOnceTheContestCloses();
    void authorReadsNoReports();
    void categoryMappingNeedsEditQuestionsAndIsAudited();

private:
    void createAccounts();
    void setWindow(qint64 closesInDays);
    std::unique_ptr<TestDatabase> m_t;
};

void TestAuthorization::init()
{
    Session::end();
    m_t = std::make_unique<TestDatabase>();
    addTestQuestions(m_t->db(), 3, QStringLiteral("C"));
}

void TestAuthorization::cleanup()
{
    Session::end();
    m_t.reset();
}

void TestAuthorization::createAccounts()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("tacgia"), QString(), Role::Author, kPassword);
    users.create(QStringLiteral("giamkhao"), QString(), Role::Judge, kPassword);
    users.create(QStringLiteral("thuky"), QString(), Role::Secretary, kPassword);
}

void TestAuthorization::setWindow(qint64 closesInDays)
{
    ContestSettings s = ContestSettings::defaults();
    const QDateTime now = QDateTime::currentDateTime();
    s.opensAt = Timestamp::fromDateTime(now.addDays(closesInDays - 20));
    s.closesAt = Timestamp::fromDateTime(now.addDays(closesInDays));
    s.blueprint = {{QStringLiteral("TTHC"), 1}};
    s.questionsPerAttempt = 1;
    s.certificateMinCorrect = 1;
    ContestRepository(m_t->db()).save(s);
}

void TestAuthorization::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    using P = Permission;
    // The table of issue 5, written out once more by hand: every role against every permission.
    const QMap<P, QList<Role>> expected = {
        {P::ManageUsers, {Role::Committee}},
        {P::EditSettings, {Role::Committee}},
        {P::EditUnits, {Role::Committee}},
        {P::EditQuestions, {Role::Committee, Role::Author}},
        {P::TransferQuestions, {Role::Committee, Role::Author}},
        {P::ViewAnswerKeys, {Role::Committee, Role::Author}},
        {P::PublishAndSync, {Role::Committee}},
        {P::ViewResults, {Role::Committee, Role::Judge, Role::Secretary}},
        {P::RecordTieDecisions, {Role::Judge}},
        {P::LockResults, {Role::Committee}},
        {P::PrintCertificates, {Role::Committee, Role::Secretary}},
    };
    QCOMPARE(expected.size(), Authorization::allPermissions().size());
    for (Role role : Roles::all()) {
        for (P p : Authorization::allPermissions()) {
            QTest::addRow("%s %d", qPrintable(Roles::name(role)), static_cast<int>(p))
                << role << p << expected.value(p).contains(role);
        }
    }
}

void TestAuthorization::matrix()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Authorization::roleHas(role, permission), allowed);
    QVERIFY(!Authorization::actionText(permission).isEmpty());
}

void TestAuthorization::setupModeAllowsEverything()
{
    QVERIFY(Authorization::isSetupMode(m_t->db()));
    for (Permission p : Authorization::allPermissions())
        QVERIFY(Authorization::allows(m_t->db(), p));
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->correctKey,
             QStringLiteral("C"));
}

void TestAuthorization::accountsWithoutLoginAllowNothing()
{
    createAccounts();
    Session::end();
    QVERIFY(!Authorization::isSetupMode(m_t->db()));
    for (Permission p : Authorization::allPermissions())
        QVERIFY(!Authorization::allows(m_t->db(), p));
    try {
        ResultsLock(m_t->db()).lock(Results());
        QFAIL("locked without a login");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("--user")), qPrintable(e.message()));
    }
}

void TestAuthorization::secretaryCannotLockResults()
{
    createAccounts();
    Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword);
    try {
        ResultsLock(m_t->db()).lock(Results());
        QFAIL("a secretary locked the results");
    } catch (const UserError& e) {
        QCOMPARE(e.message(),
                 QStringLiteral(
                     "Account thuky (secretary) is not allowed to lock or unlock the results"));
    }
    QVERIFY(!ResultsLock(m_t->db()).current());
    QVERIFY_THROWS_EXCEPTION(UserError, ResultsLock(m_t->db()).unlock(QStringLiteral("lý do")));

    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    const ResultsSnapshot s = ResultsLock(m_t->db()).lock(Results());
    QCOMPARE(s.lockedBy, QStringLiteral("admin"));
}

void TestAuthorization::secretaryReadsNoAnswerKeysBeforeClose()
{
    createAccounts();
    setWindow(+5);
    Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword);
    QuestionRepository bank(m_t->db());
    QVERIFY(!Authorization::canSeeAnswerKeys(m_t->db()));
    const QList<Question> questions = bank.list();
    QCOMPARE(questions.size(), 3);
    for (const Question& q : questions) {
        QVERIFY(q.correctKey.isEmpty());
        QCOMPARE(q.options.size(), 4); // the rest of the bank stays readable
    }
    QVERIFY(bank.find(QStringLiteral("Q0002"))->correctKey.isEmpty());
    try {
        bank.listWithAnswerKeys();
        QFAIL("a secretary got the answer keys");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("thuky")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(UserError, bank.save(questions.first()));

    Login::logIn(m_t->db(), QStringLiteral("tacgia"), kPassword);
    QCOMPARE(bank.find(QStringLiteral("Q0002"))->correctKey, QStringLiteral("C"));
    QCOMPARE(bank.listWithAnswerKeys().size(), 3);
}

void TestAuthorization::secretaryReadsAnswerKeysAfterClose()
{
    createAccounts();
    setWindow(-1);
    Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword);
    QVERIFY(Authorization::canSeeAnswerKeys(m_t->db()));
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->correctKey,
             QStringLiteral("C"));
}

void TestAuthorization::onlyJudgesRecordTieDecisions()
{
    createAccounts();
    TieDecision d;
    d.prize = QStringLiteral("first");
    d.members = {QStringLiteral("a"), QStringLiteral("b")};
    d.order = {QStringLiteral("b"), QStringLiteral("a")};
    d.reason = QStringLiteral("bốc thăm");
    for (const char* who : {"admin", "thuky", "tacgia"}) {
        Login::logIn(m_t->db(), QString::fromLatin1(who), kPassword);
        QVERIFY_THROWS_EXCEPTION(
            UserError, TieDecisionRepository(m_t->db()).record(d, QStringLiteral("Hội đồng")));
    }
    Login::logIn(m_t->db(), QStringLiteral("giamkhao"), kPassword);
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("Hội đồng"));
    QCOMPARE(TieDecisionRepository(m_t->db()).active().size(), 1);
    QCOMPARE(TieDecisionRepository(m_t->db()).active().first().decision.decidedBy,
             QStringLiteral("giamkhao"));
}

void TestAuthorization::authorEditsQuestionsButNotSettings()
{
    createAccounts();
    Login::logIn(m_t->db(), QStringLiteral("tacgia"), kPassword);
    QVERIFY_THROWS_EXCEPTION(UserError,
                             ContestRepository(m_t->db()).save(ContestSettings::defaults()));
    Question q = *QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"));
    q.text = QStringLiteral("Câu hỏi đã sửa");
    QuestionRepository(m_t->db()).save(q);
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->text,
             QStringLiteral("Câu hỏi đã sửa"));
}

// The explanation gives the answer away ("C is right because..."): whoever may not see the
// key does not see it either, in the bank, in one question, or in its history.
void TestAuthorization::explanationHiddenWithTheAnswerKey()
{
    createAccounts();
    setWindow(+5);
    Login::logIn(m_t->db(), QStringLiteral("tacgia"), kPassword);
    Question q = *QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"));
    q.explanation = QStringLiteral("Phương án C đúng vì luật quy định");
    QuestionRepository(m_t->db()).save(q);
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->explanation,
             q.explanation);

    for (const QString& who : {QStringLiteral("giamkhao"), QStringLiteral("thuky")}) {
        Login::logIn(m_t->db(), who, kPassword);
        QuestionRepository bank(m_t->db());
        QVERIFY(bank.find(QStringLiteral("Q0001"))->explanation.isEmpty());
        for (const Question& listed : bank.list())
            QVERIFY2(listed.explanation.isEmpty(), qPrintable(who));
        for (const QuestionRevision& r : bank.revisions(QStringLiteral("Q0001"))) {
            QVERIFY2(r.after.value(QStringLiteral("explanation")).toString().isEmpty(),
                     qPrintable(who));
            QVERIFY(r.before.value(QStringLiteral("explanation")).toString().isEmpty());
        }
    }
}

void TestAuthorization::explanationShownOnceTheContestCloses()
{
    createAccounts();
    m_t->db().exec(QStringLiteral("UPDATE questions SET explanation = 'Vì C đúng'"));
    setWindow(-1);
    Login::logIn(m_t->db(), QStringLiteral("giamkhao"), kPassword);
    QCOMPARE(QuestionRepository(m_t->db()).find(QStringLiteral("Q0001"))->explanation,
             QStringLiteral("Vì C đúng"));
}

// The reports name units and count results: they need ViewResults like the ranking.
void TestAuthorization::authorReadsNoReports()
{
    createAccounts();
    setWindow(+5);
    Login::logIn(m_t->db(), QStringLiteral("tacgia"), kPassword);
    QVERIFY_THROWS_EXCEPTION(UserError, UnitParticipationReport::compute(m_t->db()));
    QVERIFY_THROWS_EXCEPTION(UserError, ProgressReport::build(m_t->db(), QDate::currentDate()));
    Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword);
    UnitParticipationReport::compute(m_t->db()); // allowed: no exception
}

// The mapping decides which topic imported questions land in: it is part of the bank.
void TestAuthorization::categoryMappingNeedsEditQuestionsAndIsAudited()
{
    createAccounts();
    const int entriesBefore = AuditLog(m_t->db()).entries().size();
    Login::logIn(m_t->db(), QStringLiteral("giamkhao"), kPassword);
    CategoryMapping mapping = CategoryMapping::load(m_t->db());
    mapping.set(QStringLiteral("$course$/top/Thủ tục"), QStringLiteral("TTHC"));
    try {
        mapping.save(m_t->db());
        QFAIL("a judge changed the category mapping");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("giamkhao")), qPrintable(e.message()));
    }
    QVERIFY(CategoryMapping::load(m_t->db()).entries().isEmpty());
    QCOMPARE(AuditLog(m_t->db()).entries().size(), entriesBefore);

    Login::logIn(m_t->db(), QStringLiteral("tacgia"), kPassword);
    mapping.save(m_t->db());
    QCOMPARE(
        CategoryMapping::load(m_t->db()).entries().value(QStringLiteral("$course$/top/Thủ tục")),
        QStringLiteral("TTHC"));
    const QList<AuditEntry> entries = AuditLog(m_t->db()).entries();
    QCOMPARE(entries.size(), entriesBefore + 1);
    QCOMPARE(entries.last().action, QStringLiteral("questions.category_map"));
    QCOMPARE(entries.last().user, QStringLiteral("tacgia"));
    QVERIFY(entries.last().afterJson.contains(QStringLiteral("TTHC")));
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "TestAuthorization.moc"
