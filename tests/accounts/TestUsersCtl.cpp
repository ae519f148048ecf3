#include "TestBank.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "storage/ContestDatabase.h"

#include <QProcess>
#include <QtTest>

namespace {
const QString kAdminPassword = QStringLiteral("quan-tri-2024");
const QString kSecretaryPassword = QStringLiteral("thu-ky-2024");
} // namespace

// contestctl obeys the same accounts and permissions as the app (issue 5, "Done when").
class TestUsersCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setupModeCreatesTheAdministrator();
    void commandsNeedALoginOnceAccountsExist();
    void wrongPasswordRefused();
    void secretaryCannotLockResults();
    void secretaryCannotExportTheKeys();
    void committeeWorks();
    void usersListRoleAndDisable();
    void failedLoginsWaitAuditedAndUnlocked();
    void judgeCannotChangeTheCategoryMapping();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList& args, const QString& password = QString(),
            const QString& newPassword = QString());
    void createAdminAndSecretary();
    QString m_ctl;
    std::unique_ptr<TestDatabase> m_t;
};

void TestUsersCtl::initTestCase()
{
    m_ctl = qEnvironmentVariable("CONTESTCTL");
    if (m_ctl.isEmpty())
        QSKIP("CONTESTCTL must name the binary (ctest sets it)");
}

void TestUsersCtl::init()
{
    m_t = std::make_unique<TestDatabase>();
    addTestQuestions(m_t->db(), 2);
    m_t->close(); // contestctl opens it itself
}

void TestUsersCtl::cleanup()
{
    m_t.reset();
}

TestUsersCtl::Run TestUsersCtl::ctl(const QStringList& args, const QString& password,
                                    const QString& newPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONTEST_PASSWORD"));
    env.remove(QStringLiteral("CONTEST_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CONTEST_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("CONTEST_NEW_PASSWORD"), newPassword);
    p.setProcessEnvironment(env);
    // stdin is not a terminal: a missing password is an error, never a hanging prompt.
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_ctl, QStringList{QStringLiteral("--db"), m_t->path()} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestUsersCtl::createAdminAndSecretary()
{
    Run r = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                 QStringLiteral("--role"), QStringLiteral("committee")},
                kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("users"),
             QStringLiteral("add"), QStringLiteral("thuky"), QStringLiteral("--role"),
             QStringLiteral("secretary"), QStringLiteral("--name"),
             QStringLiteral("Nguyễn Thư Ký")},
            kAdminPassword, kSecretaryPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestUsersCtl::setupModeCreatesTheAdministrator()
{
    Run r = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("thuky"),
                 QStringLiteral("--role"), QStringLiteral("secretary")},
                kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("committee")), qPrintable(r.err));
    // Without a password and without a terminal: a clear error, not a hang.
    r = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
             QStringLiteral("--role"), QStringLiteral("committee")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("CONTEST_PASSWORD")), qPrintable(r.err));
    r = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
             QStringLiteral("--role"), QStringLiteral("committee")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("admin (committee)")), qPrintable(r.out));
}

void TestUsersCtl::commandsNeedALoginOnceAccountsExist()
{
    createAdminAndSecretary();
    const Run r = ctl({QStringLiteral("results"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--user")), qPrintable(r.err));
}

void TestUsersCtl::wrongPasswordRefused()
{
    createAdminAndSecretary();
    const Run r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("contest"),
                       QStringLiteral("show")},
                      QStringLiteral("not-the-password"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("wrong user name or password")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestUsersCtl::secretaryCannotLockResults()
{
    createAdminAndSecretary();
    const Run r = ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("results"),
                       QStringLiteral("lock")},
                      kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String(
                 "Account thuky (secretary) is not allowed to lock or unlock the results")),
             qPrintable(r.err));
    // Results are readable for a secretary.
    const Run json = ctl({QStringLiteral("--user"), QStringLiteral("THUKY"),
                          QStringLiteral("results"), QStringLiteral("--json")},
                         kSecretaryPassword);
    QVERIFY2(json.code == 0, qPrintable(json.err));
}

void TestUsersCtl::secretaryCannotExportTheKeys()
{
    createAdminAndSecretary();
    // The contest window is still open, so the keys are secret.
    QTemporaryDir dir;
    QFile settings(dir.filePath(QStringLiteral("contest.json")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(QStringLiteral(R"({"code": "test", "opens_at": "%1", "closes_at": "%2",
        "questions_per_attempt": 1, "certificate_min_correct": 1, "blueprint": [{"topic": "TTHC", "count": 1}]})")
                       .arg(QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate),
                            QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate))
                       .toUtf8());
    settings.close();
    Run r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("contest"),
                 QStringLiteral("set"), settings.fileName()},
                kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString out = dir.filePath(QStringLiteral("bank.csv"));
    r = ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("questions"),
             QStringLiteral("export"), out},
            kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("thuky (secretary)")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("questions"),
             QStringLiteral("export"), out},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("Q0001"));
}

void TestUsersCtl::committeeWorks()
{
    createAdminAndSecretary();
    Run r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("results"),
                 QStringLiteral("lock")},
                kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"),
             QStringLiteral("list")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Every audit entry names the logged-in account.
    QVERIFY2(r.out.contains(QLatin1String("admin  results.lock")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("admin  user.create  thuky")), qPrintable(r.out));
}

void TestUsersCtl::usersListRoleAndDisable()
{
    createAdminAndSecretary();
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    Run r =
        ctl(asAdmin + QStringList{QStringLiteral("users"), QStringLiteral("list")}, kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("thuky")) &&
                 r.out.contains(QStringLiteral("Nguyễn Thư Ký")),
             qPrintable(r.out));
    r = ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("users"),
             QStringLiteral("list")},
            kSecretaryPassword);
    QCOMPARE(r.code, 1);
    r = ctl(asAdmin + QStringList{QStringLiteral("users"), QStringLiteral("disable"),
                                  QStringLiteral("admin")},
            kAdminPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("last active committee")), qPrintable(r.err));
    r = ctl(asAdmin + QStringList{QStringLiteral("users"), QStringLiteral("role"),
                                  QStringLiteral("thuky"), QStringLiteral("judge")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl(asAdmin + QStringList{QStringLiteral("users"), QStringLiteral("disable"),
                                  QStringLiteral("thuky")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("results"),
             QStringLiteral("--json")},
            kSecretaryPassword);
    QCOMPARE(r.code, 1);
}

// Issue 13: 20 wrong passwords in 4 s, no delay, nothing audited. Now the sixth try in a
// row waits (even with the right password), each failure is in the audit log, and the
// committee lifts the wait at once.
void TestUsersCtl::failedLoginsWaitAuditedAndUnlocked()
{
    createAdminAndSecretary();
    const QStringList show = {QStringLiteral("--user"), QStringLiteral("thuky"),
                              QStringLiteral("contest"), QStringLiteral("show")};
    for (int i = 0; i < 5; ++i) {
        const Run r = ctl(show, QStringLiteral("not-the-password"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong user name or password")), qPrintable(r.err));
    }
    Run r = ctl(show, kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("try again in")), qPrintable(r.err));

    // Unlocking is the committee's: the secretary cannot lift another's wait.
    r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("users"),
             QStringLiteral("unlock"), QStringLiteral("thuky")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("thuky unlocked (5 failed login(s) forgotten)")),
             qPrintable(r.out));
    r = ctl(show, kSecretaryPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("users"),
             QStringLiteral("unlock"), QStringLiteral("admin")},
            kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not allowed")), qPrintable(r.err));

    auto db = ContestDatabase::openExisting(m_t->path());
    QStringList actions;
    for (const AuditEntry& e : AuditLog(*db).entries()) {
        actions << e.action;
        QVERIFY(!e.afterJson.contains(QLatin1String("not-the-password")));
    }
    QCOMPARE(actions.count(QStringLiteral("user.login_failed")), 5);
    QCOMPARE(actions.count(QStringLiteral("user.unlock")), 1);
}

// Issue 13: any account changed the Moodle category mapping, unaudited.
void TestUsersCtl::judgeCannotChangeTheCategoryMapping()
{
    createAdminAndSecretary();
    Run r =
        ctl({QStringLiteral("--user"), QStringLiteral("thuky"), QStringLiteral("questions"),
             QStringLiteral("map"), QStringLiteral("$course$/top/Khác"), QStringLiteral("TTHC")},
            kSecretaryPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not allowed")), qPrintable(r.err));
    r = ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("questions"),
             QStringLiteral("map"), QStringLiteral("$course$/top/Khác"), QStringLiteral("TTHC")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto db = ContestDatabase::openExisting(m_t->path());
    QCOMPARE(AuditLog(*db).entries().last().action, QStringLiteral("questions.category_map"));
}

QTEST_GUILESS_MAIN(TestUsersCtl)
#include "TestUsersCtl.moc"
