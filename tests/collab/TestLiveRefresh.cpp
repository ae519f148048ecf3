#include "AreaPage.h"
#include "ContestArea.h"
#include "ContestSettingsPage.h"
#include "FileDialog.h"
#include "LiveRefresh.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "audit/AuditedDataCheck.h"
#include "backup/BackupBeforeSync.h"
#include "backup/SqliteBackup.h"
#include "collab/ChangeNotifier.h"
#include "contest/ContestRepository.h"
#include "judging/ResultsLock.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

namespace {
// An area LiveRefresh has never heard of: it is read again through AreaPage alone.
class CountingArea : public QWidget, public AreaPage
{
public:
    explicit CountingArea(bool editing) : m_editing(editing) {}
    bool readAgain() override
    {
        ++reads;
        return !m_editing;
    }
    int reads = 0;
    bool m_editing;
};
} // namespace

// The window and another program on one database: the window shows the other's change
// when told (or when activated), keeps its own unsaved edits, and refuses to save them
// over the other's change. Also the File menu's backup and restore.
class TestLiveRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anotherProgramsChangeShows();
    void anyAreaIsReadAgainThroughItsInterface();
    void unsavedEditsStayAndTheirSaveIsRefused();
    void backUpAndRestoreFromTheFileMenu();
    void aBadBackupLeavesTheWindowOnItsDatabase();
    void anAlteredBackupIsRestoredOnlyWhenAccepted();

private:
    QLineEdit* title() const
    {
        return m_window->contestArea()->settingsPage()->findChild<QLineEdit*>(
            QStringLiteral("titleLineEdit"));
    }
    void notice()
    {
        // On SQLite the window polls; asking now is what activating the window does.
        ChangeNotifier* n = m_window->liveRefresh()->notifier();
        if (!n->pushed())
            n->check();
    }
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    // The report after a restore is a second message box: the hook answers only the first
    // (the confirmation), so whatever modal box opens next is accepted as the user would.
    void triggerAcceptingReports(const QString& name)
    {
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        closer.start(10);
        action(name)->trigger();
    }
    // Answers the question "Restore it anyway?" (the second modal box) with `answer`, and
    // accepts whatever box opens after it.
    void triggerAnsweringTheSecondQuestion(const QString& name, QMessageBox::StandardButton answer)
    {
        QTimer closer;
        connect(&closer, &QTimer::timeout, [answer] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* box = qobject_cast<QMessageBox*>(modal);
                box && box->standardButtons().testFlag(answer)) {
                box->button(answer)->click();
            } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                dialog->accept();
            }
        });
        closer.start(10);
        action(name)->trigger();
    }
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<Database> m_other;
    MainWindow* m_window = nullptr;
};

void TestLiveRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestLiveRefresh"));
}

void TestLiveRefresh::init()
{
    m_t = std::make_unique<TestDatabase>();
    ContestRepository(m_t->db()).save(ContestSettings::defaults());
    m_t->close(); // restore needs the file closed everywhere but in the window
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_t->location()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::Contest);
    QVERIFY(m_window->liveRefresh());
    m_other = Database::open(m_t->location());
    MessageBox::clearLastText();
}

void TestLiveRefresh::cleanup()
{
    m_other.reset();
    delete m_window;
    m_window = nullptr;
    m_t.reset();
}

void TestLiveRefresh::anotherProgramsChangeShows()
{
    ContestSettings changed = ContestSettings::defaults();
    changed.title = QStringLiteral("Cuộc thi do máy khác sửa");
    ContestRepository(*m_other).save(changed);
    notice();
    QTRY_COMPARE(title()->text(), QStringLiteral("Cuộc thi do máy khác sửa"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Cuộc thi do máy khác sửa")));
}

void TestLiveRefresh::anyAreaIsReadAgainThroughItsInterface()
{
    QStackedWidget pages;
    auto* visible = new CountingArea(false);
    auto* hidden = new CountingArea(false);
    auto* editing = new CountingArea(true);
    pages.addWidget(visible);
    pages.addWidget(hidden);
    pages.addWidget(editing);
    pages.addWidget(new QWidget); // not an area: left alone
    LiveRefresh refresh(*m_other, &pages);

    refresh.onChanged();
    QCOMPARE(visible->reads, 1); // on screen: at once
    QCOMPARE(hidden->reads, 0);  // the others when next shown
    pages.setCurrentWidget(hidden);
    QCOMPARE(hidden->reads, 1);
    pages.setCurrentWidget(hidden);
    QCOMPARE(hidden->reads, 1); // once

    // An area that keeps unsaved edits refuses; it is read again each time it is shown.
    pages.setCurrentWidget(editing);
    QCOMPARE(editing->reads, 1);
    pages.setCurrentIndex(3);
    pages.setCurrentWidget(editing);
    QCOMPARE(editing->reads, 2);
    QCOMPARE(visible->reads, 1);
}

void TestLiveRefresh::unsavedEditsStayAndTheirSaveIsRefused()
{
    title()->setText(QStringLiteral("Tiêu đề đang sửa trong cửa sổ"));
    ContestSettings changed = ContestSettings::defaults();
    changed.title = QStringLiteral("Tiêu đề của máy khác");
    ContestRepository(*m_other).save(changed);
    notice();
    QCoreApplication::processEvents();
    QCOMPARE(title()->text(), QStringLiteral("Tiêu đề đang sửa trong cửa sổ"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->contestArea()->settingsPage()->findChild<QPushButton*>(
                          QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("reload")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ContestRepository(*m_other).load()->title, QStringLiteral("Tiêu đề của máy khác"));
}

void TestLiveRefresh::backUpAndRestoreFromTheFileMenu()
{
    if (TestEngine::onPostgres())
        QSKIP("a PostgreSQL database is backed up with pg_dump (the menu says so)");
    m_other.reset();
    const QString backup = m_t->dir() + QStringLiteral("/menu-backup.sqlite");
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(QStringLiteral("backupAction"))->trigger();
    QVERIFY2(QFileInfo::exists(backup), qPrintable(MessageBox::lastText()));

    // A change after the backup, then the backup restored: the change is gone from the
    // window and kept in the replaced file.
    title()->setText(QStringLiteral("Sửa sau khi sao lưu"));
    QVERIFY(m_window->contestArea()->settingsPage()->save());
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    triggerAcceptingReports(QStringLiteral("restoreAction"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("before-restore-")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->database());
    QCOMPARE(title()->text(), ContestSettings::defaults().title);
    QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).size(),
             1);
}

void TestLiveRefresh::aBadBackupLeavesTheWindowOnItsDatabase()
{
    if (TestEngine::onPostgres())
        QSKIP("a PostgreSQL database is restored with pg_restore (the menu says so)");
    m_other.reset();
    const QString bad = m_t->dir() + QStringLiteral("/not-a-backup.sqlite");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("không phải cơ sở dữ liệu");
    f.close();
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    triggerAcceptingReports(QStringLiteral("restoreAction"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("unchanged")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->database());
    QCOMPARE(title()->text(), ContestSettings::defaults().title);
    QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).size(),
             0);
}

void TestLiveRefresh::anAlteredBackupIsRestoredOnlyWhenAccepted()
{
    if (TestEngine::onPostgres())
        QSKIP("a PostgreSQL database is restored with pg_restore (the menu says so)");
    m_other.reset();
    const QString backup = m_t->dir() + QStringLiteral("/altered.sqlite");
    SqliteBackup::write(*m_window->database(), backup);
    qint64 snapshot = 0;
    {
        // Locked results in the backup, changed after the lock.
        auto db = Database::open(backup);
        snapshot = ResultsLock(*db).lock(Results{}).id;
        db->exec(QStringLiteral("UPDATE results_snapshots SET content_json = '{}' WHERE id = ?"),
                 {snapshot});
    }
    const QString lock = QStringLiteral("snapshot %1").arg(snapshot);

    // Not accepted: nothing restored, the window stays on its database.
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace the open database?"
    triggerAnsweringTheSecondQuestion(QStringLiteral("restoreAction"), QMessageBox::Cancel);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("unchanged")) &&
                 MessageBox::lastText().contains(lock),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->database());
    QVERIFY(!ResultsLock(*m_window->database()).current());
    QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).size(),
             0);

    // Accepted: restored, and the acceptance is the last audit entry.
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    triggerAnsweringTheSecondQuestion(QStringLiteral("restoreAction"), QMessageBox::Yes);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("you accepted")) &&
                 MessageBox::lastText().contains(lock),
             qPrintable(MessageBox::lastText()));
    Database& db = *m_window->database();
    QVERIFY(ResultsLock(db).current());
    QCOMPARE(AuditLog(db).entries().last().action, QStringLiteral("backup.restore"));
    QVERIFY(AuditedDataCheck(db).findings().isEmpty());
}

QTEST_MAIN(TestLiveRefresh)
#include "TestLiveRefresh.moc"
