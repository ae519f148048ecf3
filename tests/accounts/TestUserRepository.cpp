#include "TestDatabase.h"
#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "core/Problem.h"

#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-2024");
}

class TestUserRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstAccountMustBeCommittee();
    void namesCompareWithoutCase();
    void badNameAndShortPasswordRefused();
    void authenticateChecksPasswordAndDisabled();
    void lastCommitteeAccountProtected();
    void onlyCommitteeManagesAccounts();
    void ownPasswordMayBeChanged();
    void changesAreAuditedUnderTheLoggedInName();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void TestUserRepository::init()
{
    Session::end();
    m_t = std::make_unique<TestDatabase>();
}

void TestUserRepository::cleanup()
{
    Session::end();
    m_t.reset();
}

void TestUserRepository::firstAccountMustBeCommittee()
{
    UserRepository users(m_t->db());
    QVERIFY(!users.hasAccounts());
    QVERIFY_THROWS_EXCEPTION(
        UserError, users.create(QStringLiteral("thuky"), QString(), Role::Secretary, kPassword));
    QVERIFY(!users.hasAccounts());
    const User admin = users.create(QStringLiteral("admin"), QStringLiteral("Quản trị"),
                                    Role::Committee, kPassword);
    QCOMPARE(admin.role, Role::Committee);
    QCOMPARE(admin.displayName, QStringLiteral("Quản trị"));
    QVERIFY(users.hasAccounts());
}

void TestUserRepository::namesCompareWithoutCase()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("Admin"), QString(), Role::Committee, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("ADMIN"), kPassword);
    QVERIFY(users.find(QStringLiteral("admin")));
    QCOMPARE(users.find(QStringLiteral("aDmIn"))->username, QStringLiteral("Admin"));
    QVERIFY_THROWS_EXCEPTION(
        UserError, users.create(QStringLiteral("ADMIN"), QString(), Role::Judge, kPassword));
    users.create(QStringLiteral("Lê.Văn.Đức"), QString(), Role::Judge, kPassword);
    QVERIFY(users.find(QStringLiteral("lê.văn.đức")));
    QVERIFY_THROWS_EXCEPTION(
        UserError, users.create(QStringLiteral("LÊ.VĂN.ĐỨC"), QString(), Role::Author, kPassword));
    QCOMPARE(users.list().size(), 2);
}

void TestUserRepository::badNameAndShortPasswordRefused()
{
    UserRepository users(m_t->db());
    QVERIFY_THROWS_EXCEPTION(UserError, users.create(QStringLiteral("has space"), QString(),
                                                     Role::Committee, kPassword));
    QVERIFY_THROWS_EXCEPTION(UserError,
                             users.create(QString(), QString(), Role::Committee, kPassword));
    try {
        users.create(QStringLiteral("admin"), QString(), Role::Committee, QStringLiteral("short"));
        QFAIL("a short password was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("8")), qPrintable(e.message()));
    }
    QVERIFY(!users.hasAccounts());
}

void TestUserRepository::authenticateChecksPasswordAndDisabled()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    QVERIFY(users.authenticate(QStringLiteral("admin"), kPassword));
    QVERIFY(!users.authenticate(QStringLiteral("admin"), kPassword + QLatin1Char('x')));
    QVERIFY(!users.authenticate(QStringLiteral("nobody"), kPassword));
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("thuky"), QString(), Role::Secretary, kPassword);
    users.setDisabled(QStringLiteral("thuky"), true);
    QVERIFY(!users.authenticate(QStringLiteral("thuky"), kPassword));
    QVERIFY_THROWS_EXCEPTION(UserError,
                             Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword));
    // The failed login left the session as it was.
    QCOMPARE(Session::current()->username, QStringLiteral("admin"));
    QVERIFY_THROWS_EXCEPTION(UserError, Login::logIn(m_t->db(), QStringLiteral("admin"),
                                                     QStringLiteral("wrong-password")));
}

void TestUserRepository::lastCommitteeAccountProtected()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    QVERIFY_THROWS_EXCEPTION(UserError, users.setDisabled(QStringLiteral("admin"), true));
    QVERIFY_THROWS_EXCEPTION(UserError, users.changeRole(QStringLiteral("admin"), Role::Judge));
    QCOMPARE(users.find(QStringLiteral("admin"))->role, Role::Committee);
    QVERIFY(!users.find(QStringLiteral("admin"))->disabled);

    users.create(QStringLiteral("admin2"), QString(), Role::Committee, kPassword);
    users.changeRole(QStringLiteral("admin"), Role::Judge); // another committee account remains
    QCOMPARE(users.find(QStringLiteral("admin"))->role, Role::Judge);
    // A disabled committee account does not count as the one who can still manage.
    users.changeRole(QStringLiteral("admin"), Role::Committee);
    users.setDisabled(QStringLiteral("admin2"), true);
    QVERIFY_THROWS_EXCEPTION(UserError, users.changeRole(QStringLiteral("admin"), Role::Author));
}

void TestUserRepository::onlyCommitteeManagesAccounts()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    // Accounts exist and nobody is logged in: nothing may be managed.
    QVERIFY_THROWS_EXCEPTION(
        UserError, users.create(QStringLiteral("x1"), QString(), Role::Committee, kPassword));
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("thuky"), QString(), Role::Secretary, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("thuky"), kPassword);
    try {
        users.create(QStringLiteral("x2"), QString(), Role::Committee, kPassword);
        QFAIL("a secretary created an account");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("thuky")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(UserError, users.changeRole(QStringLiteral("thuky"), Role::Committee));
    QVERIFY_THROWS_EXCEPTION(
        UserError, users.changePassword(QStringLiteral("admin"), QStringLiteral("taken-over-1")));
    QVERIFY(users.authenticate(QStringLiteral("admin"), kPassword));
    QCOMPARE(users.list().size(), 2);
}

void TestUserRepository::ownPasswordMayBeChanged()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("giamkhao"), QString(), Role::Judge, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("giamkhao"), kPassword);
    users.changePassword(QStringLiteral("GiamKhao"), QStringLiteral("mật khẩu mới"));
    QVERIFY(!users.authenticate(QStringLiteral("giamkhao"), kPassword));
    QVERIFY(users.authenticate(QStringLiteral("giamkhao"), QStringLiteral("mật khẩu mới")));
}

void TestUserRepository::changesAreAuditedUnderTheLoggedInName()
{
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    Login::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    QCOMPARE(AuditLog::currentUser(), QStringLiteral("admin"));
    users.create(QStringLiteral("thuky"), QString(), Role::Secretary, kPassword);
    const QList<AuditEntry> entries = AuditLog(m_t->db()).entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().action, QStringLiteral("user.create"));
    QCOMPARE(entries.last().user, QStringLiteral("admin"));
    QVERIFY2(!entries.last().afterJson.contains(QLatin1String("hash")),
             qPrintable(entries.last().afterJson));
    QVERIFY(AuditLog(m_t->db()).verify().intact);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
