#include "ContestArea.h"
#include "ContestSettingsPage.h"
#include "ExclusionTableModel.h"
#include "ExclusionsPage.h"
#include "FileDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "QuestionBankArea.h"
#include "RecentDatabases.h"
#include "ServerArea.h"
#include "SubmissionsArea.h"
#include "TestDatabase.h"
#include "UnitFilterProxyModel.h"
#include "UnitTableModel.h"
#include "UnitsPage.h"
#include "contest/ContestRepository.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {
QString dataFile(const QString& name)
{
    return QStringLiteral(CONTEST_TEST_DATA_DIR "/") + name;
}

// Runs `handler` on the modal dialog as soon as it is shown (the import preview runs its
// own event loop); polls instead of sleeping, and gives up after about five seconds.
void whenModalShown(const std::function<void(QDialog*)>& handler, int triesLeft = 500)
{
    QTimer::singleShot(triesLeft == 500 ? 0 : 10, [handler, triesLeft] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            handler(dialog);
            return;
        }
        if (triesLeft > 0)
            whenModalShown(handler, triesLeft - 1);
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryArea();
    void savesEditedSettings();
    void invalidBlueprintCannotBeSaved();
    void concurrentChangeIsRefused();
    void importsUnitsThroughPreview();
    void brokenUnitsFileChangesNothing();
    void importsExclusions();
    void pageModelsPassTester();
    void amountsAreWrittenVietnameseStyle();
    void everyEditorReachesTheSettings();
    void opensAnotherDatabase();
    void unopenableDatabaseKeepsCurrent();
    void unsavedEditsAreNotLostSilently();
    void switchingLanguageKeepsDatabase();
    void switchingLanguageKeepsPageSearchAndSyncStatus();

private:
    ContestSettingsPage* settingsPage() const { return m_window->contestArea()->settingsPage(); }
    UnitsPage* unitsPage() const { return m_window->contestArea()->unitsPage(); }

    std::unique_ptr<TestDatabase> m_testDb;
    QPointer<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Recent files and the window geometry go to a throw-away settings folder.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    ContestRepository(m_testDb->db()).save(ContestSettings::defaults());
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::Contest);
    QVERIFY(m_window->contestArea());
    MessageBox::clearLastText();
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_testDb.reset();
    FileDialog::clearNextFileName();
}

void TestMainWindow::showsEveryArea()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), MainWindow::areaCount);
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    // Statistics is a real area now, no longer the placeholder.
    navigation->setCurrentRow(int(MainWindow::Area::Statistics));
    QVERIFY(stack->currentWidget()->objectName() != QLatin1String("placeholderPage"));
    navigation->setCurrentRow(int(MainWindow::Area::Printing));
    QVERIFY(stack->currentWidget()->objectName() != QLatin1String("placeholderPage"));
    navigation->setCurrentRow(int(MainWindow::Area::Contest));
    QCOMPARE(stack->currentWidget(), m_window->contestArea());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sonha-2024")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("contest.sqlite")));
    QVERIFY(!QIcon(QStringLiteral(":/icons/contest-admin.svg")).pixmap(32).isNull());
}

void TestMainWindow::savesEditedSettings()
{
    auto* title = settingsPage()->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    auto* save = settingsPage()->findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* revert = settingsPage()->findChild<QPushButton*>(QStringLiteral("revertButton"));
    QVERIFY(title && save && revert);
    QVERIFY2(!save->isEnabled(), "nothing edited yet");

    // QTest types Latin-1 only; the Vietnamese part is set directly.
    title->setText(QStringLiteral("Cuộc thi tìm hiểu chuyển đổi số"));
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" 2025"));
    QVERIFY(save->isEnabled());
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const std::optional<ContestSettings> stored = ContestRepository(m_testDb->db()).load();
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Cuộc thi tìm hiểu chuyển đổi số 2025"));
    QCOMPARE(ContestRepository(m_testDb->db()).rowVersion(), 2);
    QVERIFY2(!save->isEnabled(), "saved: nothing left to save");
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Cuộc thi tìm hiểu")));
}

void TestMainWindow::invalidBlueprintCannotBeSaved()
{
    auto* count =
        settingsPage()->findChild<QSpinBox*>(QStringLiteral("blueprintCountSpinBox_TTHC"));
    auto* save = settingsPage()->findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* problems = settingsPage()->findChild<QLabel*>(QStringLiteral("problemsLabel"));
    auto* total = settingsPage()->findChild<QLabel*>(QStringLiteral("blueprintTotalLabel"));
    QVERIFY(count && save && problems && total);
    QVERIFY(!problems->isVisible());

    count->setValue(count->value() + 1);
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->isVisible());
    // The field as the form names it, not the JSON key (issue 14).
    QVERIFY2(problems->text().contains(QStringLiteral("Questions: the counts add up to 31")),
             qPrintable(problems->text()));
    QVERIFY2(!problems->text().contains(QStringLiteral("blueprint")), qPrintable(problems->text()));
    QVERIFY2(total->text().contains(QStringLiteral("31")), qPrintable(total->text()));

    count->setValue(count->value() - 1);
    QVERIFY(!problems->isVisible());
    QVERIFY2(!save->isEnabled(), "back to the stored settings: nothing to save");
}

void TestMainWindow::concurrentChangeIsRefused()
{
    auto* organizer = settingsPage()->findChild<QLineEdit*>(QStringLiteral("organizerLineEdit"));
    auto* save = settingsPage()->findChild<QPushButton*>(QStringLiteral("saveButton"));
    organizer->setText(QStringLiteral("UBND huyện Sơn Hà (sửa trong cửa sổ)"));
    QVERIFY(save->isEnabled());

    // Someone else saves (e.g. contestctl) while the form is open.
    ContestSettings other = ContestSettings::defaults();
    other.title = QStringLiteral("Đổi bởi người khác");
    ContestRepository(m_testDb->db()).save(other);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("someone else")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(ContestRepository(m_testDb->db()).load()->title, QStringLiteral("Đổi bởi người khác"));
}

void TestMainWindow::importsUnitsThroughPreview()
{
    m_window->contestArea()->setCurrentWidget(unitsPage());
    auto* importButton = unitsPage()->findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(importButton);

    int previewRows = -1;
    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        handled = true;
        if (auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("previewTableWidget")))
            previewRows = table->rowCount();
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"));
        if (confirm && confirm->isEnabled())
            QTest::mouseClick(confirm, Qt::LeftButton);
        else
            dialog->reject();
    });
    FileDialog::setNextFileName(dataFile(QStringLiteral("gui-units-good.csv")));
    QTest::mouseClick(importButton, Qt::LeftButton);

    QVERIFY(handled);
    QCOMPARE(previewRows, 3);
    QCOMPARE(UnitRepository(m_testDb->db()).count(), 3);
    QCOMPARE(unitsPage()->model()->rowCount(), 3);
    QVERIFY(unitsPage()->model()->units().at(0).code.size() > 0);
    QCOMPARE(unitsPage()->proxyModel()->rowCount(), 3);
    auto* unitsLabel = m_window->findChild<QLabel*>(QStringLiteral("unitsLabel"));
    QVERIFY2(unitsLabel->text().contains(QLatin1Char('3')), qPrintable(unitsLabel->text()));

    // The filter is case-insensitive and the kind filter narrows it further.
    auto* filter = unitsPage()->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    filter->setText(QStringLiteral("SƠN"));
    QCOMPARE(unitsPage()->proxyModel()->rowCount(), 2);
    filter->clear();
    QCOMPARE(unitsPage()->proxyModel()->rowCount(), 3);
}

void TestMainWindow::brokenUnitsFileChangesNothing()
{
    m_window->contestArea()->setCurrentWidget(unitsPage());
    auto* importButton = unitsPage()->findChild<QPushButton*>(QStringLiteral("importButton"));
    QStringList problems;
    bool importOffered = true;
    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        handled = true;
        if (auto* list = dialog->findChild<QListWidget*>(QStringLiteral("problemsListWidget"))) {
            for (int i = 0; i < list->count(); ++i)
                problems << list->item(i)->text();
        }
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"));
        importOffered = confirm && confirm->isVisible() && confirm->isEnabled();
        dialog->reject();
    });
    FileDialog::setNextFileName(dataFile(QStringLiteral("gui-units-broken.csv")));
    QTest::mouseClick(importButton, Qt::LeftButton);

    QVERIFY(handled);
    QVERIFY2(!importOffered, "a file with problems must not be importable");
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("gui-units-broken.csv:3")),
             qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("kind")), qPrintable(problems.first()));
    QCOMPARE(UnitRepository(m_testDb->db()).count(), 0);
    QCOMPARE(unitsPage()->model()->rowCount(), 0);
}

void TestMainWindow::importsExclusions()
{
    ExclusionsPage* page = m_window->contestArea()->exclusionsPage();
    m_window->contestArea()->setCurrentWidget(page);
    auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        handled = true;
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"));
        if (confirm && confirm->isEnabled())
            QTest::mouseClick(confirm, Qt::LeftButton);
        else
            dialog->reject();
    });
    FileDialog::setNextFileName(dataFile(QStringLiteral("gui-exclusions-good.csv")));
    QTest::mouseClick(importButton, Qt::LeftButton);

    QVERIFY(handled);
    QCOMPARE(ExclusionRepository(m_testDb->db()).count(), 2);
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->model()->exclusions().at(1).value == QStringLiteral("0905214886") ||
            page->model()->exclusions().at(0).value == QStringLiteral("0905214886"));
}

void TestMainWindow::pageModelsPassTester()
{
    UnitRepository(m_testDb->db())
        .upsert({{QStringLiteral("PTP"), QStringLiteral("Phòng Tư pháp"), QStringLiteral("agency"),
                  5, true}});
    QAbstractItemModelTester unitTester(unitsPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(unitsPage()->proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    unitsPage()->reload();
    QCOMPARE(unitsPage()->model()->rowCount(), 1);

    ExclusionsPage* page = m_window->contestArea()->exclusionsPage();
    QAbstractItemModelTester exclusionTester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->reload();
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestMainWindow::amountsAreWrittenVietnameseStyle()
{
    auto* amount = settingsPage()->findChild<QSpinBox*>(QStringLiteral("collectiveAmountSpinBox"));
    QVERIFY(amount);
    QCOMPARE(amount->text(), QStringLiteral("2.000.000 đồng"));
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("2500000"));
    QCOMPARE(amount->value(), 2500000);
    QVERIFY(settingsPage()->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TestMainWindow::everyEditorReachesTheSettings()
{
    ContestSettingsPage* page = settingsPage();
    auto* timezone = page->findChild<QComboBox*>(QStringLiteral("timezoneComboBox"));
    timezone->setCurrentIndex(timezone->findData(8 * 60));
    page->findChild<QSpinBox*>(QStringLiteral("maxAttemptsSpinBox"))->setValue(3);
    auto* counted = page->findChild<QComboBox*>(QStringLiteral("countedAttemptComboBox"));
    counted->setCurrentIndex(counted->findData(int(CountedAttempt::Last)));
    auto* target = page->findChild<QComboBox*>(QStringLiteral("predictionTargetComboBox"));
    target->setCurrentIndex(target->findData(int(PredictionTarget::Kind::Fixed)));
    page->findChild<QSpinBox*>(QStringLiteral("predictionFixedSpinBox"))->setValue(1234);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addPrizeButton")),
                      Qt::LeftButton);
    auto* ranking = page->findChild<QListWidget*>(QStringLiteral("rankingOrderListWidget"));
    ranking->setCurrentRow(1);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("moveUpButton")),
                      Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addRankingKeyButton")),
                      Qt::LeftButton);
    page->findChild<QSpinBox*>(QStringLiteral("burstIdentitiesSpinBox"))->setValue(1);
    QVERIFY2(joinProblems(page->problems()).contains(QLatin1String("integrity.burst_identities")),
             qPrintable(joinProblems(page->problems())));
    page->findChild<QSpinBox*>(QStringLiteral("burstIdentitiesSpinBox"))->setValue(6);
    page->findChild<QSpinBox*>(QStringLiteral("minSecondsPerQuestionSpinBox"))->setValue(3);
    QVERIFY2(page->problems().isEmpty(), qPrintable(joinProblems(page->problems())));
    QVERIFY(page->save());

    const ContestSettings stored = *ContestRepository(m_testDb->db()).load();
    QCOMPARE(stored.timezoneOffsetMinutes, 8 * 60);
    // The wall-clock time stays; it is now read in the new offset.
    QCOMPARE(stored.opensAt.toString(), QStringLiteral("2024-06-01T07:00:00+08:00"));
    QCOMPARE(stored.maxAttempts, 3);
    QCOMPARE(stored.countedAttempt, CountedAttempt::Last);
    QCOMPARE(stored.predictionTarget.kind, PredictionTarget::Kind::Fixed);
    QCOMPARE(stored.predictionTarget.fixedValue, 1234);
    QCOMPARE(stored.individualPrizes.size(), 5);
    QCOMPARE(stored.individualPrizes.last().count, 1);
    QCOMPARE(stored.rankingOrder.size(), 5);
    QCOMPARE(stored.rankingOrder.at(0), RankingKey::PredictionError);
    QCOMPARE(stored.rankingOrder.at(1), RankingKey::Correct);
    QCOMPARE(stored.integrity.burstIdentities, 6);
    QCOMPARE(stored.integrity.minSecondsPerQuestion, 3);
    QCOMPARE(stored.integrity.phoneIdentities, 3);
}

void TestMainWindow::opensAnotherDatabase()
{
    TestDatabase other;
    UnitRepository(other.db())
        .upsert({{QStringLiteral("PTP"), QStringLiteral("Phòng Tư pháp"), QStringLiteral("agency"),
                  5, true}});
    auto* open = m_window->findChild<QAction*>(QStringLiteral("openDatabaseAction"));
    QVERIFY(open);
    FileDialog::setNextFileName(other.path());
    open->trigger();

    QCOMPARE(m_window->database()->location(), other.path());
    QCOMPARE(QFileInfo(RecentDatabases::list().value(0)), QFileInfo(other.path()));
    QCOMPARE(m_window->contestArea()->unitsPage()->model()->rowCount(), 1);
    auto* databaseLabel = m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY2(databaseLabel->text().contains(QDir::toNativeSeparators(other.path())),
             qPrintable(databaseLabel->text()));
    // Nothing is stored in the other database yet: the form shows the defaults, unsaved.
    QVERIFY(settingsPage()->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    delete m_window; // before `other` removes its folder
}

void TestMainWindow::unopenableDatabaseKeepsCurrent()
{
    const QString notADatabase = m_testDb->dir() + QStringLiteral("/notes.sqlite");
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is a text file, not an SQLite database, padded to be long enough to fail.\n");
    file.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(notADatabase));
    QVERIFY2(MessageBox::lastText().contains(notADatabase), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database()->location(), m_testDb->path());
    QVERIFY(m_window->contestArea());
}

void TestMainWindow::unsavedEditsAreNotLostSilently()
{
    auto* title = settingsPage()->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    title->setText(QStringLiteral("Tiêu đề chưa lưu"));

    TestDatabase other;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openDatabase(other.path()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not saved")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database()->location(), m_testDb->path());
    QCOMPARE(title->text(), QStringLiteral("Tiêu đề chưa lưu"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_window->openDatabase(other.path()));
    QCOMPARE(ContestRepository(m_testDb->db()).load()->title, QStringLiteral("Tiêu đề chưa lưu"));
    delete m_window; // before `other` removes its folder
}

void TestMainWindow::switchingLanguageKeepsDatabase()
{
    m_window->contestArea()->setCurrentWidget(unitsPage());
    auto* english = m_window->findChild<QAction*>(QStringLiteral("language_enAction"));
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY(m_window.isNull());

    MainWindow* replacement = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget))
            replacement = window;
    }
    QVERIFY(replacement);
    m_window = replacement;
    QCOMPARE(Language::stored(), Language::english());
    QCOMPARE(m_window->database()->location(), m_testDb->path());
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Contest);
    QVERIFY(m_window->isVisible());
    Language::store(Language::vietnamese());
}

void TestMainWindow::switchingLanguageKeepsPageSearchAndSyncStatus()
{
    // Issue 14: the page, the search text and the sync status survive a language switch.
    m_window->showArea(MainWindow::Area::OnlineServer);
    auto* server = m_window->findChild<ServerArea*>();
    QVERIFY(server);
    ServerArea::SyncStatus status;
    status.at = QDateTime::currentDateTime();
    status.stored.added = 2490;
    server->restoreSyncStatus(status);
    m_window->showArea(MainWindow::Area::Submissions);
    m_window->findChild<SubmissionsArea*>()
        ->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))
        ->setText(QStringLiteral("Nguyễn"));
    m_window->showArea(MainWindow::Area::QuestionBank);
    auto* bankTabs = m_window->findChild<QTabWidget*>(QStringLiteral("bankTabWidget"));
    QVERIFY(bankTabs && bankTabs->count() > 1);
    bankTabs->setCurrentIndex(bankTabs->count() - 1);
    auto* search = m_window->findChild<QuestionBankArea*>()->findChild<QLineEdit*>(
        QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("luật"));

    m_window->findChild<QAction*>(QStringLiteral("language_enAction"))->trigger();
    QTRY_VERIFY(m_window.isNull());
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget))
            m_window = window;
    }
    QVERIFY(m_window);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::QuestionBank);
    auto* bankArea = m_window->findChild<QuestionBankArea*>();
    QCOMPARE(bankArea->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->text(),
             QStringLiteral("luật"));
    bankTabs = m_window->findChild<QTabWidget*>(QStringLiteral("bankTabWidget"));
    QCOMPARE(bankTabs->currentIndex(), bankTabs->count() - 1);
    QCOMPARE(m_window->findChild<SubmissionsArea*>()
                 ->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))
                 ->text(),
             QStringLiteral("Nguyễn"));
    // The status is said again in the new language, with its figures.
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().startsWith(QLatin1String("Last sync at")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("2,490 new")), qPrintable(label->text()));
    Language::store(Language::vietnamese());
    Language::apply(Language::vietnamese());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
