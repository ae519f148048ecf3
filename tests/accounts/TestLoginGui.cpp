#include "AccountAccess.h"
#include "AccountDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "QuestionTableModel.h"
#include "ResultsArea.h"
#include "TestDatabase.h"
#include "WorkListPanel.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "contest/ContestRepository.h"
#include "contest/DemoContest.h"
#include "core/Rfc3339.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-2024");
}

// The app with accounts: the login after choosing the database, the first administrator,
// and what a secretary sees while the contest is open (issue 5, "Done when").
class TestLoginGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartCreatesTheAdministrator();
    void wrongPasswordIsRefused();
    void secretarySeesNoKeysAndCannotLock();
    void authorSeesKeysButNoResults();
    void committeeMayLock();

private:
    MainWindow* openAs(const QString& user);
    std::unique_ptr<TestDatabase> m_t;
    MainWindow* m_window = nullptr;
};

void TestLoginGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestLoginGui"));
    QSettings().clear();
}

void TestLoginGui::init()
{
    Session::end();
    m_t = std::make_unique<TestDatabase>();
    DemoContest::populate(m_t->db(), 200); // setup mode: everything allowed
    UserRepository users(m_t->db());
    users.create(QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Committee, kPassword);
    Session::logIn(m_t->db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("thuky"), QStringLiteral("Nguyễn Thư Ký"), Role::Secretary,
                 kPassword);
    users.create(QStringLiteral("tacgia"), QStringLiteral("Trần Tác Giả"), Role::Author, kPassword);
    // The contest is still open: the answer keys are secret.
    ContestSettings s = ContestRepository(m_t->db()).loadOrDefaults();
    s.opensAt = Timestamp::fromDateTime(QDateTime::currentDateTime().addDays(-3));
    s.closesAt = Timestamp::fromDateTime(QDateTime::currentDateTime().addDays(7));
    ContestRepository(m_t->db()).save(s);
    Session::end();
}

void TestLoginGui::cleanup()
{
    delete m_window;
    m_window = nullptr;
    Session::end();
    m_t.reset();
}

MainWindow* TestLoginGui::openAs(const QString& user)
{
    auto db = ContestDatabase::openAndMigrate(m_t->path());
    LoginDialog::setNextCredentials(user, kPassword);
    if (!AccountAccess::begin(*db, nullptr, AccountAccess::Start::FirstStart))
        return nullptr;
    m_window = new MainWindow(std::move(db));
    m_window->show();
    return m_window;
}

void TestLoginGui::firstStartCreatesTheAdministrator()
{
    TestDatabase fresh;
    AccountDialog::Answer a;
    a.username = QStringLiteral("quantri");
    a.displayName = QStringLiteral("Lê Quản Trị");
    a.role = Role::Secretary; // ignored: the first account is the committee's
    a.password = kPassword;
    AccountDialog::setNextAnswer(a);
    QVERIFY(AccountAccess::begin(fresh.db(), nullptr, AccountAccess::Start::FirstStart));
    QCOMPARE(Session::current()->username, QStringLiteral("quantri"));
    QCOMPARE(UserRepository(fresh.db()).find(QStringLiteral("quantri"))->role, Role::Committee);

    // Giving up is explained and asked (issue 14), then leaves the database in setup mode
    // (the app then quits).
    TestDatabase other;
    AccountDialog::setNextAnswer(AccountDialog::Answer{});
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!AccountAccess::begin(other.db(), nullptr, AccountAccess::Start::FirstStart));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Quit without creating it?")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!UserRepository(other.db()).hasAccounts());
}

void TestLoginGui::wrongPasswordIsRefused()
{
    LoginDialog::setNextCredentials(QStringLiteral("thuky"), QStringLiteral("sai-mật-khẩu"));
    QVERIFY(!AccountAccess::begin(m_t->db(), nullptr, AccountAccess::Start::FirstStart));
    QVERIFY(!Session::current());
    QVERIFY2(LoginDialog::lastError().contains(QLatin1String("wrong user name or password")),
             qPrintable(LoginDialog::lastError()));
}

void TestLoginGui::secretarySeesNoKeysAndCannotLock()
{
    QVERIFY(openAs(QStringLiteral("thuky")));
    auto* userLabel = m_window->findChild<QLabel*>(QStringLiteral("userLabel"));
    QVERIFY(userLabel->text().contains(QStringLiteral("Nguyễn Thư Ký")));
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("usersAction"))->isEnabled());
    // Landed where the secretary's work is, told what waits and who acts first (issue 14).
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Printing);
    auto* work = m_window->findChild<WorkListPanel*>(QStringLiteral("workListPanel"));
    QVERIFY(work && work->isVisible());
    QVERIFY2(work->texts().join(QLatin1Char('\n')).contains(QLatin1String("still open")),
             qPrintable(work->texts().join(QLatin1Char('\n'))));

    m_window->showArea(MainWindow::Area::QuestionBank);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("questionsTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->isColumnHidden(QuestionTableModel::AnswerColumn));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()
                    ->index(row, QuestionTableModel::AnswerColumn)
                    .data()
                    .toString()
                    .isEmpty());
    auto* withAnswers = m_window->findChild<QCheckBox*>(QStringLiteral("withAnswersCheckBox"));
    QVERIFY(!withAnswers->isChecked() && !withAnswers->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("newButton"))->isEnabled());

    m_window->showArea(MainWindow::Area::Results);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Results);
    auto* area = m_window->findChild<ResultsArea*>(QStringLiteral("resultsArea"));
    QTRY_VERIFY(area->results());
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("lockButton"))->isEnabled());
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("decideTieButton"))->isEnabled());
    // The online server is the committee's: greyed out.
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(!(nav->item(int(MainWindow::Area::OnlineServer))->flags() & Qt::ItemIsEnabled));
    QVERIFY(nav->item(int(MainWindow::Area::Printing))->flags() & Qt::ItemIsEnabled);
}

void TestLoginGui::authorSeesKeysButNoResults()
{
    QVERIFY(openAs(QStringLiteral("tacgia")));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::QuestionBank); // where authors work
    auto* nav0 = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(!nav0->item(int(MainWindow::Area::Results))->toolTip().isEmpty()); // says why
    m_window->showArea(MainWindow::Area::QuestionBank);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("questionsTableView"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(!table->isColumnHidden(QuestionTableModel::AnswerColumn));
    QVERIFY(
        !table->model()->index(0, QuestionTableModel::AnswerColumn).data().toString().isEmpty());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("newButton"))->isEnabled());
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(!(nav->item(int(MainWindow::Area::Results))->flags() & Qt::ItemIsEnabled));
}

void TestLoginGui::committeeMayLock()
{
    QVERIFY(openAs(QStringLiteral("admin")));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("usersAction"))->isEnabled());
    m_window->showArea(MainWindow::Area::Results);
    auto* area = m_window->findChild<ResultsArea*>(QStringLiteral("resultsArea"));
    QTRY_VERIFY(area->results());
    QTRY_VERIFY(area->findChild<QPushButton*>(QStringLiteral("lockButton"))->isEnabled());
}

QTEST_MAIN(TestLoginGui)
#include "TestLoginGui.moc"
