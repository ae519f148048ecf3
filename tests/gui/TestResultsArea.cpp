#include "IndividualFilterProxyModel.h"
#include "IndividualRankingModel.h"
#include "IndividualRankingPage.h"
#include "IntegrityCaseModel.h"
#include "IntegrityCasesPage.h"
#include "IntegrityDecisionDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReasonDialog.h"
#include "ResultsArea.h"
#include "TestDatabase.h"
#include "TieBreakDialog.h"
#include "audit/AuditLog.h"
#include "core/TextFold.h"
#include "demo/DemoContest.h"
#include "integrity/IntegrityDecisions.h"
#include "submissions/SubmissionImporter.h"
#include "judging/ResultsLock.h"
#include "judging/TieDecisionRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {
// Runs `handler` on the modal dialog as soon as it is shown (it runs its own event
// loop); polls instead of sleeping, and gives up after about five seconds.
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

QStringList auditActions(Database& db)
{
    QStringList actions;
    for (const AuditEntry& e : AuditLog(db).entries())
        actions << e.action;
    return actions;
}
} // namespace

class TestResultsArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void flagsTheBoundaryTie();
    void filterIgnoresMarksAndCase();
    void lockIsRefusedWhileTied();
    void judgesDecideLockAndUnlock();
    void staleDecisionIsWithdrawnForReview();
    void judgesExcludeAnIntegrityCase();

private:
    // Records the judges' decision through the dialog, reversing the listed order;
    // returns the key now first.
    QString decideTieReversed();
    QString m_confirmation; // what the last decision asked before it was saved
    int rowOf(const QString& contestant) const;

    std::unique_ptr<TestDatabase> m_testDb;
    QPointer<MainWindow> m_window;
    ResultsArea* m_area = nullptr;
};

void TestResultsArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestResultsArea"));
    QSettings().clear();
    AuditLog::setCurrentUser(QStringLiteral("thu-ky"));
}

void TestResultsArea::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    // 300 people keep it fast; the demo plants an unresolved tie for "third".
    DemoContest::populate(m_testDb->db(), 300);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::Results);
    m_area = m_window->findChild<ResultsArea*>(QStringLiteral("resultsArea"));
    QVERIFY(m_area);
    QTRY_VERIFY(m_area->results());
    MessageBox::clearLastText();
}

void TestResultsArea::cleanup()
{
    delete m_window;
    m_testDb.reset();
}

int TestResultsArea::rowOf(const QString& contestant) const
{
    return m_area->results()->findContestant(contestant);
}

void TestResultsArea::flagsTheBoundaryTie()
{
    const Results* results = m_area->results();
    QCOMPARE(results->unresolvedTies.size(), 1);
    const UnresolvedTie tie = results->unresolvedTies.first();
    QCOMPARE(tie.prize, QStringLiteral("third"));
    QCOMPARE(tie.members.size(), 2);

    IndividualRankingModel* model = m_area->individualModel();
    for (const QString& key : tie.members) {
        const int row = rowOf(key);
        QVERIFY(row >= 0);
        const QModelIndex prize = model->index(row, IndividualRankingModel::PrizeColumn);
        QCOMPARE(prize.data().toString(), QStringLiteral("Unresolved tie — judges decide"));
        QVERIFY(!prize.data(Qt::DecorationRole).isNull());
        QVERIFY(prize.data(Qt::BackgroundRole).isValid());
    }
    auto* summary = m_area->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("Unresolved ties: 1")));

    // "Show: unresolved ties" leaves exactly the tied people.
    auto* show = m_area->findChild<QComboBox*>(QStringLiteral("showComboBox"));
    show->setCurrentIndex(show->findData(int(IndividualFilterProxyModel::Show::UnresolvedTies)));
    QCOMPARE(m_area->individualPage()->proxyModel()->rowCount(), 2);
    // Prize winners are highlighted: the first prize is given in the demo.
    show->setCurrentIndex(show->findData(int(IndividualFilterProxyModel::Show::Winners)));
    QVERIFY(m_area->individualPage()->proxyModel()->rowCount() > 0);
    const QModelIndex winner = m_area->individualPage()->proxyModel()->index(0, 0);
    QVERIFY(winner.data(Qt::BackgroundRole).isValid());
}

void TestResultsArea::filterIgnoresMarksAndCase()
{
    const Results* results = m_area->results();
    // Someone whose name has marks, searched for without them and in capitals.
    QString name;
    for (const IndividualResult& row : results->individual) {
        if (results->nameOf(row) != TextFold::fold(results->nameOf(row))) {
            name = results->nameOf(row);
            break;
        }
    }
    QVERIFY(!name.isEmpty());
    const QString typed = TextFold::fold(name).toUpper();
    auto* filter = m_area->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    filter->setText(typed);
    IndividualFilterProxyModel* proxy = m_area->individualPage()->proxyModel();
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < results->individual.size());
    bool found = false;
    for (int i = 0; i < proxy->rowCount(); ++i)
        found = found || proxy->index(i, IndividualRankingModel::NameColumn).data() == name;
    QVERIFY2(found, qPrintable(typed));

    // By identity key (ID number or phone).
    const QString key = results->individual.at(5).contestant();
    filter->setText(key);
    QVERIFY(proxy->rowCount() >= 1);
    QCOMPARE(proxy->index(0, 0).data(IndividualRankingModel::ContestantRole).toString(), key);
}

void TestResultsArea::lockIsRefusedWhileTied()
{
    auto* lock = m_area->findChild<QPushButton*>(QStringLiteral("lockButton"));
    QVERIFY(lock->isEnabled());
    // No "Lock the results?" while a tie is open: the refusal comes at once.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(lock, Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Lock results"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not decided")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!ResultsLock(m_testDb->db()).current());
    QVERIFY(!m_area->isLocked());
}

QString TestResultsArea::decideTieReversed()
{
    const UnresolvedTie tie = m_area->results()->unresolvedTies.first();
    QString first;
    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        auto* tieDialog = qobject_cast<TieBreakDialog*>(dialog);
        QVERIFY(tieDialog);
        auto* order = dialog->findChild<QListWidget*>(QStringLiteral("orderListWidget"));
        auto* up = dialog->findChild<QPushButton*>(QStringLiteral("moveUpButton"));
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"));
        auto* judges = dialog->findChild<QLineEdit*>(QStringLiteral("judgesLineEdit"));
        auto* record = dialog->findChild<QPushButton*>(QStringLiteral("recordButton"));
        QVERIFY(order && up && reason && judges && record);
        QCOMPARE(order->count(), 2);
        QVERIFY2(!record->isEnabled(), "reason and judges are required");
        // The second listed moves up: the judges decide against the listing order.
        order->setCurrentRow(1);
        QTest::mouseClick(up, Qt::LeftButton);
        first = tieDialog->order().first();
        reason->setPlainText(QStringLiteral("Bốc thăm công khai trước Ban Giám khảo"));
        QVERIFY(!record->isEnabled());
        judges->setText(QStringLiteral("Trần Văn A, Lê Thị B"));
        QVERIFY(record->isEnabled());
        handled = true;
        QTest::mouseClick(record, Qt::LeftButton);
    });
    // Opened by a double-click on a tied row, as a judge would.
    auto* show = m_area->findChild<QComboBox*>(QStringLiteral("showComboBox"));
    show->setCurrentIndex(show->findData(int(IndividualFilterProxyModel::Show::UnresolvedTies)));
    QTableView* table = m_area->individualPage()->tableView();
    const QModelIndex cell = table->model()->index(0, IndividualRankingModel::NameColumn);
    const QPoint centre = table->visualRect(cell).center();
    // A view acts on a double-click only over the row it saw pressed, as a real one is.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation, once the dialog closes
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    if (!handled)
        return QString();
    m_confirmation = MessageBox::lastText();
    show->setCurrentIndex(0);
    return first;
}

void TestResultsArea::judgesDecideLockAndUnlock()
{
    const UnresolvedTie tie = m_area->results()->unresolvedTies.first();
    const QString first = decideTieReversed();
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, tie.members.at(1));
    // Confirmed before it was saved, with the people by name in the decided order.
    {
        const Results& r = *m_area->results();
        const QString firstName = r.nameOf(r.individual.at(r.findContestant(first)));
        const QString secondName = r.nameOf(r.individual.at(r.findContestant(tie.members.at(0))));
        const qsizetype firstAt = m_confirmation.indexOf(QStringLiteral("1. ") + firstName);
        QVERIFY2(firstAt >= 0 &&
                     m_confirmation.indexOf(QStringLiteral("2. ") + secondName) > firstAt,
                 qPrintable(m_confirmation));
        QVERIFY2(!m_confirmation.contains(first), "people are named by name, not by ID number");
    }

    // Recomputed: the tie is gone and the first of the order has the third prize.
    QVERIFY(m_area->results()->unresolvedTies.isEmpty());
    const int row = rowOf(first);
    QVERIFY(row >= 0);
    QCOMPARE(m_area->individualModel()
                 ->index(row, IndividualRankingModel::PrizeColumn)
                 .data()
                 .toString(),
             QStringLiteral("Giải Ba"));
    QVERIFY(m_area->results()->individual.at(row).decidedByJudges);
    // Listed in the judges' order with successive ranks (issue 14).
    const int other = rowOf(tie.members.at(0));
    QCOMPARE(other, row + 1);
    QCOMPARE(m_area->results()->individual.at(other).rank,
             m_area->results()->individual.at(row).rank + 1);
    auto* summary = m_area->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("Unresolved ties: 0")),
             qPrintable(summary->text()));

    // Lock: the snapshot is stored and announced, and still shows the decided prize.
    auto* lock = m_area->findChild<QPushButton*>(QStringLiteral("lockButton"));
    auto* unlock = m_area->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* banner = m_area->findChild<QLabel*>(QStringLiteral("lockBannerLabel"));
    QVERIFY(!banner->isVisible());
    QVERIFY(!unlock->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(lock, Qt::LeftButton);
    const std::optional<ResultsSnapshot> snapshot = ResultsLock(m_testDb->db()).current();
    QVERIFY2(snapshot, qPrintable(MessageBox::lastText()));
    QVERIFY(m_area->isLocked());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Results locked on")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(snapshot->sha256));
    QVERIFY(banner->text().contains(QStringLiteral("thu-ky")));
    QVERIFY(!lock->isEnabled());
    QVERIFY(unlock->isEnabled());
    const int lockedRow = rowOf(first);
    QCOMPARE(m_area->individualModel()
                 ->index(lockedRow, IndividualRankingModel::PrizeColumn)
                 .data()
                 .toString(),
             QStringLiteral("Giải Ba"));
    QCOMPARE(m_area->results()->individual.size(),
             snapshot->json().value(QStringLiteral("individual")).toArray().size());

    // The audit log holds both, and its chain is intact, also as the page shows it.
    const AuditLog::Verification verification = AuditLog(m_testDb->db()).verify();
    QVERIFY2(verification.intact, qPrintable(verification.problems.join(QLatin1Char('\n'))));
    const QStringList actions = auditActions(m_testDb->db());
    QVERIFY(actions.contains(QStringLiteral("tie.decide")));
    QVERIFY(actions.contains(QStringLiteral("results.lock")));
    auto* verify = m_area->findChild<QPushButton*>(QStringLiteral("verifyButton"));
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(m_area->findChild<QLabel*>(QStringLiteral("verificationLabel"))
                ->text()
                .contains(QStringLiteral("intact")));

    // Unlock needs a reason, written in the dialog.
    bool asked = false;
    whenModalShown([&](QDialog* dialog) {
        QVERIFY(qobject_cast<ReasonDialog*>(dialog));
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(reason && ok);
        QVERIFY(!ok->isEnabled());
        reason->setPlainText(QStringLiteral("Bổ sung bài thi bị sót khi đồng bộ"));
        QVERIFY(ok->isEnabled());
        asked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!ResultsLock(m_testDb->db()).current());
    QVERIFY(!m_area->isLocked());
    QVERIFY(!banner->isVisible());
    QVERIFY(auditActions(m_testDb->db()).contains(QStringLiteral("results.unlock")));
    QVERIFY(AuditLog(m_testDb->db()).verify().intact);
}

void TestResultsArea::staleDecisionIsWithdrawnForReview()
{
    // A decision about two people who are not tied (as after a late sync reordered the
    // ranking): the engine does not apply it and the area lists it for review.
    const Results* results = m_area->results();
    TieDecision decision;
    decision.prize = QStringLiteral("consolation");
    decision.members = QStringList{results->individual.at(40).contestant(),
                                   results->individual.at(41).contestant()};
    decision.order = decision.members;
    decision.reason = QStringLiteral("Quyết định trước khi đồng bộ lại");
    const qint64 id =
        TieDecisionRepository(m_testDb->db()).record(decision, QStringLiteral("Ban Giám khảo"));
    QTest::mouseClick(m_area->findChild<QPushButton*>(QStringLiteral("refreshButton")),
                      Qt::LeftButton);
    QCOMPARE(m_area->results()->staleDecisions.size(), 1);
    auto* stale = m_area->findChild<QListWidget*>(QStringLiteral("staleDecisionsListWidget"));
    auto* review = m_area->findChild<QPushButton*>(QStringLiteral("reviewButton"));
    QVERIFY(stale && review);
    QCOMPARE(stale->count(), 1);
    QVERIFY(review->isEnabled());
    auto* summary = m_area->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("Decisions to review: 1")),
             qPrintable(summary->text()));

    bool asked = false;
    whenModalShown([&](QDialog* dialog) {
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(reason && ok);
        reason->setPlainText(QStringLiteral("Không còn khớp với thứ hạng hiện tại"));
        asked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(m_area->results()->staleDecisions.isEmpty());
    QCOMPARE(stale->count(), 0);
    for (const StoredTieDecision& s : TieDecisionRepository(m_testDb->db()).active())
        QVERIFY(s.id != id);
    QVERIFY(auditActions(m_testDb->db()).contains(QStringLiteral("tie.withdraw")));
    QVERIFY(AuditLog(m_testDb->db()).verify().intact);
}

void TestResultsArea::judgesExcludeAnIntegrityCase()
{
    // Someone who sent the 30 answers of a stored submission in 20 seconds: a speed case.
    {
        QSqlQuery q = m_testDb->db().exec(
            QStringLiteral("SELECT raw_json FROM submissions WHERE valid = 1 ORDER BY id LIMIT 1"));
        QVERIFY(q.next());
        QJsonObject fast = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        fast.insert(QStringLiteral("id"), QStringLiteral("fast-1"));
        fast.insert(QStringLiteral("contestant"),
                    QJsonObject{{"name", "Nhanh Như Gió"},
                                {"birth_year", 1999},
                                {"unit", "UBND-SONHA"},
                                {"id_number", "051199012345"}});
        const QDateTime submitted =
            QDateTime::fromString(fast.value(QStringLiteral("submitted_at")).toString(), Qt::ISODate);
        fast.insert(QStringLiteral("started_at"), submitted.addSecs(-20).toString(Qt::ISODate));
        SubmissionImporter(m_testDb->db()).importItems({fast}, QStringLiteral("test"));
        m_area->refresh();
    }
    IntegrityCaseModel* model = m_area->integrityCaseModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The cases are found when their page is looked at, not with every refresh.
    QCOMPARE(model->rowCount(), 0);
    auto* tabs = m_area->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"));
    tabs->setCurrentWidget(m_area->integrityCasesPage());
    QTRY_VERIFY(model->rowCount() > 0);
    const IntegrityCase first = model->caseAt(0);
    const int open = model->undecided();
    QCOMPARE(open, model->rowCount());
    QVERIFY2(tabs->tabText(tabs->currentIndex()).contains(QString::number(open)),
             qPrintable(tabs->tabText(tabs->currentIndex())));
    // People by name, the evidence in words, nothing decided yet.
    const QString people = model->index(0, IntegrityCaseModel::PeopleColumn).data().toString();
    QVERIFY2(people.contains(QLatin1Char('(')) && !people.contains(first.contestants.first()),
             qPrintable(people));
    QCOMPARE(model->index(0, IntegrityCaseModel::EvidenceColumn).data().toString(), first.evidence);
    QCOMPARE(model->index(0, IntegrityCaseModel::DecisionColumn).data().toString(),
             QStringLiteral("Not decided"));

    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        QVERIFY(qobject_cast<IntegrityDecisionDialog*>(dialog));
        auto* evidence = dialog->findChild<QPlainTextEdit*>(QStringLiteral("evidenceTextEdit"));
        auto* exclude = dialog->findChild<QRadioButton*>(QStringLiteral("excludeRadioButton"));
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"));
        auto* judges = dialog->findChild<QLineEdit*>(QStringLiteral("judgesLineEdit"));
        auto* record = dialog->findChild<QPushButton*>(QStringLiteral("recordButton"));
        QVERIFY(evidence && exclude && reason && judges && record);
        QCOMPARE(evidence->toPlainText(), first.evidence);
        QVERIFY2(!record->isEnabled(), "a decision, its reason and the judges are required");
        exclude->click();
        reason->setPlainText(QStringLiteral("Không thể làm 30 câu trong thời gian đó"));
        QVERIFY(!record->isEnabled());
        judges->setText(QStringLiteral("Trần Văn A, Lê Thị B"));
        QVERIFY(record->isEnabled());
        // CONTEST_SCREENSHOT_DIR=... keeps pictures of the page and the dialog.
        if (qEnvironmentVariableIsSet("CONTEST_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("CONTEST_SCREENSHOT_DIR");
            m_window->resize(1366, 768);
            m_window->grab().save(dir + QStringLiteral("/integrity-cases.png"));
            dialog->grab().save(dir + QStringLiteral("/integrity-decision.png"));
        }
        handled = true;
        QTest::mouseClick(record, Qt::LeftButton);
    });
    m_area->integrityCasesPage()->tableView()->selectRow(0);
    QTest::mouseClick(m_area->findChild<QPushButton*>(QStringLiteral("decideCaseButton")),
                      Qt::LeftButton);
    QVERIFY(handled);

    // Recorded through the core as `integrity decide` records it: audited, and the
    // contestants are out of the ranking with the judges' reason.
    const auto decided = IntegrityDecisions(m_testDb->db()).all();
    QVERIFY(decided.contains(first.id));
    QVERIFY(decided.value(first.id).exclude);
    QCOMPARE(decided.value(first.id).judges, QStringLiteral("Trần Văn A, Lê Thị B"));
    QVERIFY(auditActions(m_testDb->db()).contains(QStringLiteral("integrity.decide")));
    const Results& r = *m_area->results();
    const IndividualResult& row = r.individual.at(r.findContestant(first.contestants.first()));
    QVERIFY2(row.reason.contains(QStringLiteral("excluded by the judges: Không thể làm 30 câu")),
             qPrintable(row.reason));
    QTRY_COMPARE(model->undecided(), open - 1);
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->caseAt(i).id == first.id) {
            QVERIFY(model->index(i, IntegrityCaseModel::DecisionColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Excluded by the judges")));
        }
    }
}

QTEST_MAIN(TestResultsArea)
#include "TestResultsArea.moc"
