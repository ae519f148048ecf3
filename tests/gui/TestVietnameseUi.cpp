#include "BackupBeforeSyncDialog.h"
#include "ConnectDatabaseDialog.h"
#include "DemoCommittee.h"
#include "EveryDialog.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProgressReportDialog.h"
#include "ResultsArea.h"
#include "SignerNameDialog.h"
#include "SyncProgressDialog.h"
#include "TemplateEditorDialog.h"
#include "TestDatabase.h"
#include "TieBreakDialog.h"
#include "UiLanguageCheck.h"
#include "UsersPage.h"
#include "VisibleTexts.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "printing/CertificateTemplate.h"
#include "questions/QuestionRepository.h"
#include "storage/ContestDatabase.h"
#include "submissions/SubmissionQuery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

namespace {
const QString kCatalogue =
    QStringLiteral(CONTEST_TEST_DATA_DIR "/../../translations/contest-admin_vi.ts");
} // namespace

// Issue 14, "Vietnamese all the way": the real window in Vietnamese on the demo contest,
// as the committee, every area and tab and every dialog that can be opened; no text a
// person reads may be English the catalogue translates, a raw code, an ISO timestamp or
// a number grouped the English way.
class TestVietnameseUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checkRecognisesWhatIsWrong();
    void everyAreaIsVietnamese();
    void everyDialogIsVietnamese();

private:
    void walk(QWidget* root, const QString& what);
    void selectFirstRow(const QString& viewName);
    std::unique_ptr<TestDatabase> m_t;
    QPointer<MainWindow> m_window;
    std::unique_ptr<UiLanguageCheck> m_check;
    QStringList m_problems;
};

void TestVietnameseUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestVietnameseUi"));
    QSettings().clear();
    Language::apply(Language::vietnamese());
    m_check = std::make_unique<UiLanguageCheck>(kCatalogue);
    QVERIFY2(m_check->sourceCount() > 500, qPrintable(kCatalogue));

    m_t = std::make_unique<TestDatabase>();
    // Revisions and reviewers name the session's user (issue 17): someone, not "unknown".
    AuditLog::setCurrentUser(QStringLiteral("bantochuc"));
    // Enough people for four-digit counts (2.490, not 2,490); a decided tie and a lock.
    DemoCommittee::populate(m_t->db(), 1500, true);
    // A question moved back and forth: its history holds "status: ..." entries.
    QuestionRepository questions(m_t->db());
    const QString first = questions.list().first().id;
    questions.setStatus(first, Question::Status::Retired);
    // An action a later version may write: shown as such, not as its code.
    m_t->db().transaction([&] {
        AuditLog(m_t->db()).append(QStringLiteral("future.action"), QString(), QJsonValue(),
                                   QJsonValue());
    });
}

void TestVietnameseUi::cleanupTestCase()
{
    delete m_window;
    Session::end();
    m_t.reset();
}

void TestVietnameseUi::walk(QWidget* root, const QString& what)
{
    VisibleTexts::forEachTab(root, [&] {
        QCoreApplication::processEvents();
        const QList<SeenText> seen = VisibleTexts::collect(root);
        // For reading by eye what the check cannot judge: CONTEST_DUMP_TEXTS=file.
        if (const QString dump = qEnvironmentVariable("CONTEST_DUMP_TEXTS"); !dump.isEmpty()) {
            QFile f(dump);
            if (f.open(QIODevice::Append | QIODevice::Text))
                for (const SeenText& s : seen)
                    f.write((s.where + QStringLiteral("\t") + s.text.simplified() +
                             QStringLiteral("\n"))
                                .toUtf8());
        }
        for (const SeenText& a : VisibleTexts::literalAmpersands(root)) {
            const QString p =
                QStringLiteral("'&' shown as text: \"%1\" in %2").arg(a.text, a.where);
            if (!m_problems.contains(what + QStringLiteral(": ") + p))
                m_problems << what + QStringLiteral(": ") + p;
        }
        for (const QString& p : m_check->problems(seen))
            if (!m_problems.contains(p))
                m_problems << what + QStringLiteral(": ") + p;
    });
}

void TestVietnameseUi::selectFirstRow(const QString& viewName)
{
    auto* view = m_window->findChild<QAbstractItemView*>(viewName);
    QVERIFY2(view, qPrintable(viewName));
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
}

void TestVietnameseUi::checkRecognisesWhatIsWrong()
{
    QVERIFY(!m_check->problem(QStringLiteral("Contest")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("&Quit")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("tie.decide")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("third #1")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("prediction_error")).isEmpty());
    QVERIFY(m_check->problem(QStringLiteral("units.csv")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("status: approved")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("2026-12-07T00:28:33.137Z")).isEmpty());
    QVERIFY(!m_check->problem(QStringLiteral("2,490 bài")).isEmpty());
    QVERIFY(m_check->problem(QStringLiteral("2.490 bài")).isEmpty());
    QVERIFY(m_check->problem(QStringLiteral("128,6 %")).isEmpty());
    QVERIFY(m_check->problem(QStringLiteral("Cuộc thi")).isEmpty());
    QVERIFY(m_check->problem(QStringLiteral("07/12/2026 07:28")).isEmpty());
}

void TestVietnameseUi::everyAreaIsVietnamese()
{
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_t->path()));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    for (int i = 0; i < MainWindow::areaCount; ++i) {
        const auto area = static_cast<MainWindow::Area>(i);
        m_window->showArea(area);
        if (area == MainWindow::Area::Results) {
            auto* results = m_window->findChild<ResultsArea*>(QStringLiteral("resultsArea"));
            QVERIFY(results);
            QTRY_VERIFY(results->results());
        }
        walk(m_window, navigation->item(i)->text());
        if (area == MainWindow::Area::Contest) {
            // Settings that cannot be saved: each problem names the field as the form does.
            auto* title = m_window->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
            QVERIFY(title);
            const QString was = title->text();
            title->clear();
            auto* problems = m_window->findChild<QLabel*>(QStringLiteral("problemsLabel"));
            QVERIFY(problems);
            QTRY_VERIFY(problems->isVisible());
            walk(m_window, navigation->item(i)->text() + QStringLiteral(" (invalid settings)"));
            title->setText(was);
        }
        // What shows only for a selected row: a question's history, a submission's reasons.
        if (area == MainWindow::Area::QuestionBank)
            selectFirstRow(QStringLiteral("questionsTableView"));
        if (area == MainWindow::Area::Submissions) {
            auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
            QVERIFY(status);
            status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Invalid)));
            QVERIFY(status->currentIndex() >= 0);
            selectFirstRow(QStringLiteral("submissionsTableView"));
        }
        if (area == MainWindow::Area::QuestionBank || area == MainWindow::Area::Submissions) {
            for (QTreeView* tree : m_window->findChildren<QTreeView*>())
                tree->expandAll();
            walk(m_window, navigation->item(i)->text() + QStringLiteral(" (row selected)"));
        }
    }
    for (const QString& p : std::as_const(m_problems))
        qWarning().noquote() << p;
    QVERIFY2(m_problems.isEmpty(), "texts above are not Vietnamese");
}

void TestVietnameseUi::everyDialogIsVietnamese()
{
    m_problems.clear();
    Database& db = m_t->db();
    // The tie as the judges saw it before their decision.
    TieDecisionRepository decisions(db);
    if (ResultsService(db).computeLive().unresolvedTies.isEmpty() &&
        !decisions.active().isEmpty()) {
        ResultsLock(db).unlock(QStringLiteral("Mở lại để kiểm tra"));
        DemoCommittee::logInAs(db, QStringLiteral("giamkhao"));
        decisions.withdraw(decisions.active().first().id, QStringLiteral("Xem lại"));
        DemoCommittee::logInAs(db, QStringLiteral("bantochuc"));
    }
    const Results withTie = ResultsService(db).computeLive();
    QVERIFY(!withTie.unresolvedTies.isEmpty());
    for (const auto& [name, make] : EveryDialog::list(db, withTie)) {
        QDialog* dialog = make();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        walk(dialog, name);
        dialog->reject();
        delete dialog;
    }
    for (const QString& p : std::as_const(m_problems))
        qWarning().noquote() << p;
    QVERIFY2(m_problems.isEmpty(), "texts above are not Vietnamese");
}

QTEST_MAIN(TestVietnameseUi)
#include "TestVietnameseUi.moc"
