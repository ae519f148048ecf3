// Issue 14, "Done when": the whole path through the real window, each role logged in as
// itself: the author reviews a question, the committee publishes and syncs against the
// real contest-server on loopback, the judge decides the tie, the committee locks, the
// secretary prints, and the award list and the Giấy khen follow the judges' order.
#include "AccountAccess.h"
#include "DemoCommittee.h"
#include "FileDialog.h"
#include "IndividualFilterProxyModel.h"
#include "IndividualRankingModel.h"
#include "IndividualRankingPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrintingArea.h"
#include "QuestionBankArea.h"
#include "ResultsArea.h"
#include "ServerArea.h"
#include "SyncFixture.h"
#include "TestDatabase.h"
#include "TieBreakDialog.h"
#include "WhenModalShown.h"
#include "contest/ContestRepository.h"
#include "demo/DemoContest.h"
#include "demo/SubmissionGenerator.h"
#include "printing/CertificateBatch.h"
#include "questions/QuestionRepository.h"
#include "storage/ContestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {
constexpr int kPeople = 300;
} // namespace

class TestWholePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authorReviewsAQuestion();
    void committeePublishesAndSyncs();
    void judgeDecidesTheTie();
    void committeeLocks();
    void secretaryPrintsWhatTheJudgesDecided();

private:
    void switchTo(const QString& user);
    template <typename T> T* in(QWidget* area, const char* name) const
    {
        T* w = area->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning() << "no" << name;
        return w;
    }
    // The site's part: contestants' submissions arrive in the server's store.
    void contestantsSubmit();

    SyncFixture m_fx;
    QString m_url;
    std::unique_ptr<TestDatabase> m_t;
    QPointer<MainWindow> m_window;
    QString m_draftId;
    QStringList m_decidedOrder; // contestant keys, best first, as the judge decided
    QStringList m_decidedNames;
    QTemporaryDir m_out;
};

void TestWholePath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestWholePath"));
    QSettings().clear();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the token goes to the owner-only file
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONTEST_SERVER"), "CONTEST_SERVER is not set");
    QVERIFY(m_fx.makeCertificates());
    m_url = m_fx.startServer(QStringLiteral("server.sqlite"), {});
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_fx.serverLog()));

    // The demo contest without submissions (they come through the server), its accounts,
    // and one question an author wrote that waits for review.
    m_t = std::make_unique<TestDatabase>();
    DemoCommittee::populate(m_t->db(), 0, false);
    QuestionRepository bank(m_t->db());
    Question draft = bank.list().first();
    draft.id = QStringLiteral("BOMAY-0999");
    draft.text = QStringLiteral("Câu hỏi mới soạn chờ rà soát: ") + draft.text;
    draft.status = Question::Status::Draft;
    draft.rowVersion = 0;
    bank.save(draft);
    m_draftId = draft.id;
    Session::end();

    LoginDialog::setNextCredentials(QStringLiteral("tacgia"), DemoCommittee::password());
    auto db = ContestDatabase::openAndMigrate(m_t->path());
    QVERIFY(AccountAccess::begin(*db, nullptr, AccountAccess::Start::FirstStart));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWholePath::cleanupTestCase()
{
    delete m_window;
    Session::end();
    m_t.reset();
    m_fx.stopServer();
    FileDialog::clearNextFileName();
}

void TestWholePath::switchTo(const QString& user)
{
    LoginDialog::setNextCredentials(user, DemoCommittee::password());
    m_window->findChild<QAction*>(QStringLiteral("switchUserAction"))->trigger();
    QTRY_COMPARE(Session::current()->username, user);
}

void TestWholePath::authorReviewsAQuestion()
{
    // The author lands in the question bank, where the draft waits.
    QCOMPARE(m_window->currentArea(), MainWindow::Area::QuestionBank);
    auto* area = m_window->findChild<QuestionBankArea*>();
    auto* table = in<QTableView>(area, "questionsTableView");
    QVERIFY(table);
    const QModelIndex row = [&] {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (i.data().toString() == m_draftId)
                return i;
        }
        return QModelIndex();
    }();
    QVERIFY(row.isValid());
    table->selectRow(row.row());
    in<QPushButton>(area, "approveButton")->click();
    QCOMPARE(QuestionRepository(*m_window->database()).find(m_draftId)->status,
             Question::Status::Approved);
}

void TestWholePath::contestantsSubmit()
{
    // What the contest site stores on the server: the demo's people, with the tie at the
    // third prize's boundary, drawn from the bank the committee published.
    const std::unique_ptr<SubmissionGenerator> generator =
        DemoContest::submissionGenerator(*m_window->database());
    const QList<QJsonObject> items = generator->generate(kPeople);
    const QString code = ContestRepository(*m_window->database()).loadOrDefaults().code;
    {
        QSqlDatabase server =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("site"));
        server.setDatabaseName(m_fx.serverData());
        QVERIFY(server.open());
        QVERIFY(server.transaction());
        QSqlQuery q(server);
        q.prepare(QStringLiteral("INSERT INTO submissions (contest_code, raw_json) VALUES (?, ?)"));
        for (const QJsonObject& item : items) {
            q.bindValue(0, code);
            q.bindValue(1, QJsonDocument(item).toJson(QJsonDocument::Compact));
            QVERIFY(q.exec());
        }
        QVERIFY(server.commit());
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("site"));
}

void TestWholePath::committeePublishesAndSyncs()
{
    switchTo(QStringLiteral("bantochuc"));
    m_window->showArea(MainWindow::Area::OnlineServer);
    auto* area = m_window->findChild<ServerArea*>();
    QVERIFY(area);
    in<QLineEdit>(area, "serverUrlLineEdit")->setText(m_url);
    in<QLineEdit>(area, "caFileLineEdit")->setText(m_fx.caFile());
    in<QLineEdit>(area, "tokenLineEdit")->setText(QStringLiteral("s3cret-token"));
    in<QPushButton>(area, "saveServerPushButton")->click();
    in<QPushButton>(area, "publishPushButton")->click();
    const QString published = in<QLabel>(area, "publishResultLabel")->text();
    QVERIFY2(published.contains(QLatin1String("1")), qPrintable(published));

    contestantsSubmit();
    QSignalSpy stored(area, &ServerArea::submissionsStored);
    in<QPushButton>(area, "syncPushButton")->click();
    QTRY_VERIFY(!area->isSyncing());
    QVERIFY2(area->syncStatus() && area->syncStatus()->error.isEmpty(),
             qPrintable(in<QLabel>(area, "syncStatusLabel")->text()));
    QVERIFY(area->syncStatus()->stored.total() >= kPeople);
    QCOMPARE(stored.count(), 1);
}

void TestWholePath::judgeDecidesTheTie()
{
    switchTo(QStringLiteral("giamkhao"));
    // The judge lands on the results, with the tie waiting.
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Results);
    auto* area = m_window->findChild<ResultsArea*>();
    QTRY_VERIFY(area->results());
    QCOMPARE(area->results()->unresolvedTies.size(), 1);
    bool handled = false;
    whenModalShown([&](QDialog* dialog) {
        auto* tie = qobject_cast<TieBreakDialog*>(dialog);
        QVERIFY(tie);
        auto* order = dialog->findChild<QListWidget*>(QStringLiteral("orderListWidget"));
        QCOMPARE(order->count(), 2);
        // Against the listing: the second listed goes first.
        order->setCurrentRow(1);
        dialog->findChild<QPushButton*>(QStringLiteral("moveUpButton"))->click();
        m_decidedOrder = tie->order();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"))
            ->setPlainText(QStringLiteral("Bốc thăm công khai trước Ban Giám khảo"));
        dialog->findChild<QLineEdit*>(QStringLiteral("judgesLineEdit"))
            ->setText(QStringLiteral("Trần Văn A, Lê Thị B"));
        handled = true;
        dialog->findChild<QPushButton*>(QStringLiteral("recordButton"))->click();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes); // "record this decision?"
    in<QPushButton>(area, "decideTieButton")->click();
    QVERIFY(handled);
    QTRY_VERIFY(area->results() && area->results()->unresolvedTies.isEmpty());
    const Results* r = area->results();
    for (const QString& key : m_decidedOrder)
        m_decidedNames << r->nameOf(r->individual.at(r->findContestant(key)));
    const int ahead = r->findContestant(m_decidedOrder.at(0));
    const int behind = r->findContestant(m_decidedOrder.at(1));
    QCOMPARE(r->individual.at(behind).rank, r->individual.at(ahead).rank + 1);
}

void TestWholePath::committeeLocks()
{
    switchTo(QStringLiteral("bantochuc"));
    m_window->showArea(MainWindow::Area::Results);
    auto* area = m_window->findChild<ResultsArea*>();
    QTRY_VERIFY(area->results());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    in<QPushButton>(area, "lockButton")->click();
    QTRY_VERIFY(area->isLocked());
}

void TestWholePath::secretaryPrintsWhatTheJudgesDecided()
{
    switchTo(QStringLiteral("thuky"));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Printing);
    auto* area = m_window->findChild<PrintingArea*>();
    QVERIFY(area);

    // The award list: the one the judges put ahead is listed first, with the third prize.
    area->setDocument(PrintingArea::Document::AwardList);
    const QString csv = m_out.filePath(QStringLiteral("danh-sach.csv"));
    FileDialog::setNextFileName(csv);
    QVERIFY(area->exportCsv());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    auto lineOf = [&](const QString& name) {
        for (int i = 0; i < lines.size(); ++i)
            if (lines.at(i).contains(name))
                return i;
        return -1;
    };
    const int ahead = lineOf(m_decidedNames.at(0));
    const int behind = lineOf(m_decidedNames.at(1));
    QVERIFY(ahead > 0 && behind > 0);
    QCOMPARE(behind, ahead + 1);
    QVERIFY2(lines.at(ahead).contains(QStringLiteral("Giải Ba")), qPrintable(lines.at(ahead)));
    QVERIFY2(lines.at(behind).contains(QStringLiteral("Khuyến khích")),
             qPrintable(lines.at(behind)));

    // The Giấy khen: asked for the signer first, then numbered in the judges' order.
    area->setDocument(PrintingArea::Document::AwardCertificates);
    const QString pdf = m_out.filePath(QStringLiteral("giay-khen.pdf"));
    FileDialog::setNextFileName(pdf);
    whenModalShown([](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("signerNameDialog"));
        dialog->findChild<QLineEdit*>(QStringLiteral("signerNameLineEdit"))
            ->setText(QStringLiteral("Nguyễn Văn Bình"));
        dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
    });
    QVERIFY(area->exportPdf());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const CertificateBatch awards =
        CertificateBatch::prepare(*m_window->database(), QStringLiteral("award"));
    auto numberOf = [&](const QString& key) {
        for (const CertificateEntry& e : awards.entries)
            if (e.recipient == key)
                return e.number.section(QLatin1Char('/'), 0, 0).toInt();
        return -1;
    };
    QVERIFY(numberOf(m_decidedOrder.at(0)) > 0);
    QCOMPARE(numberOf(m_decidedOrder.at(1)), numberOf(m_decidedOrder.at(0)) + 1);
}

QTEST_MAIN(TestWholePath)
#include "TestWholePath.moc"
