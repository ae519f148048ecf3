#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SubmissionDetailPane.h"
#include "SubmissionTableModel.h"
#include "SubmissionsArea.h"
#include "TestDatabase.h"
#include "core/TextFold.h"
#include "demo/DemoContest.h"
#include "submissions/SubmissionStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

class TestSubmissionsArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEverySubmission();
    void invalidFilterShowsOnlyInvalid();
    void searchIgnoresMarksAndCase();
    void searchFindsPhoneWhateverSeparators();
    void sortingKeepsEveryRow();
    void detailShowsAnswersAgainstKey();
    void importAddsThenReportsDuplicates();
    void conflictShowsBothVersions();
    void modelPassesTester();

private:
    SubmissionsArea* area() const;
    int countWhere(const QString& condition) const;
    // Rows of the model after the view fetched all it can.
    int fetchedRows() const;
    // A .jsonl of `count` stored submissions under new ids, plus one stored id with other
    // content (a conflict).
    QString writeImportFile(int count);

    std::unique_ptr<TestDatabase> m_testDb;
    QPointer<MainWindow> m_window;
};

void TestSubmissionsArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSubmissionsArea"));
    QSettings().clear();
}

void TestSubmissionsArea::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    DemoContest::populate(m_testDb->db(), 300);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::Submissions);
    QVERIFY(area());
    QVERIFY(area()->isVisible());
    MessageBox::clearLastText();
}

void TestSubmissionsArea::cleanup()
{
    delete m_window;
    m_testDb.reset();
    FileDialog::clearNextFileName();
}

SubmissionsArea* TestSubmissionsArea::area() const
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    return stack ? qobject_cast<SubmissionsArea*>(stack->currentWidget()) : nullptr;
}

int TestSubmissionsArea::countWhere(const QString& condition) const
{
    QSqlQuery q =
        m_testDb->db().exec(QStringLiteral("SELECT count(*) FROM submissions WHERE ") + condition);
    return q.next() ? q.value(0).toInt() : -1;
}

int TestSubmissionsArea::fetchedRows() const
{
    SubmissionTableModel* model = area()->model();
    // Filtered and searched lists are worked out in the background; QTRY polls.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000); }();
    if (model->isLoading())
        return -1;
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    return model->rowCount();
}

QString TestSubmissionsArea::writeImportFile(int count)
{
    const QString path = m_testDb->dir() + QStringLiteral("/subm-import.jsonl");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QSqlQuery q = m_testDb->db().exec(
        QStringLiteral(
            "SELECT id, raw_json FROM submissions WHERE valid = 1 ORDER BY rowid LIMIT ?"),
        {count + 1});
    int written = 0;
    while (q.next()) {
        QJsonObject item = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (written < count) {
            item.insert(QStringLiteral("id"), QStringLiteral("imported-%1").arg(written));
        } else {
            // The same id again with another prediction: kept aside, never applied.
            item.insert(QStringLiteral("prediction"),
                        item.value(QStringLiteral("prediction")).toInt() + 7);
        }
        file.write(QJsonDocument(item).toJson(QJsonDocument::Compact) + '\n');
        ++written;
    }
    return path;
}

void TestSubmissionsArea::showsEverySubmission()
{
    const int stored = SubmissionStore(m_testDb->db()).count();
    QVERIFY(stored > 300);
    QCOMPARE(fetchedRows(), stored);
    QVERIFY(area()->model()->isLazy());
    // The last row is read on demand, like any other.
    const QModelIndex last = area()->model()->index(stored - 1, SubmissionTableModel::NameColumn);
    QVERIFY(!last.data().toString().isEmpty());
    QTRY_VERIFY(!area()->isCounting());
    QVERIFY2(area()->summaryLabel()->text().contains(QLocale().toString(stored)),
             qPrintable(area()->summaryLabel()->text()));
    // Submission time in the contest's zone (+07:00) as dd/MM/yyyy HH:mm:ss.
    const QString first =
        area()->model()->index(0, SubmissionTableModel::SubmittedAtColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d$"))
                 .match(first)
                 .hasMatch(),
             qPrintable(first));
}

void TestSubmissionsArea::invalidFilterShowsOnlyInvalid()
{
    const int invalid = countWhere(QStringLiteral("valid = 0"));
    QVERIFY(invalid > 0);
    QComboBox* status = area()->statusCombo();
    status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Invalid)));
    QCOMPARE(fetchedRows(), invalid);
    QVERIFY(area()->reasonCombo()->isEnabled());
    SubmissionTableModel* model = area()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, SubmissionTableModel::StatusColumn);
        QVERIFY(!index.data(SubmissionTableModel::ValidRole).toBool());
        QVERIFY(index.data().toString().startsWith(QStringLiteral("Invalid")));
    }

    // One reason: only the invalid ones with that code.
    QSqlQuery q =
        m_testDb->db().exec(QStringLiteral("SELECT invalid_code, count(*) FROM submissions WHERE "
                                           "valid = 0 GROUP BY invalid_code LIMIT 1"));
    QVERIFY(q.next());
    QComboBox* reason = area()->reasonCombo();
    reason->setCurrentIndex(reason->findData(q.value(0).toString()));
    QVERIFY(reason->currentIndex() > 0);
    QCOMPARE(fetchedRows(), q.value(1).toInt());

    status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Valid)));
    QVERIFY(!area()->reasonCombo()->isEnabled());
    QCOMPARE(fetchedRows(), countWhere(QStringLiteral("valid = 1")));

    // A list read since the load is shown again without reading the table.
    reason->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Invalid)));
    QVERIFY(!area()->model()->isLoading());
    QCOMPARE(area()->model()->rowCount(), invalid);
}

void TestSubmissionsArea::searchIgnoresMarksAndCase()
{
    // How many stored names have "nguyen" once folded: the generator writes "Nguyễn".
    int expected = 0;
    QSqlQuery q = m_testDb->db().exec(QStringLiteral("SELECT name FROM submissions"));
    while (q.next()) {
        if (TextFold::fold(q.value(0).toString()).contains(QLatin1String("nguyen")))
            ++expected;
    }
    QVERIFY(expected > 0);

    area()->searchEdit()->setText(QStringLiteral("NGUYEN"));
    // The search runs after a typing pause; QTRY polls rather than sleeps.
    QTRY_COMPARE(area()->model()->searchText(), QStringLiteral("NGUYEN"));
    QCOMPARE(fetchedRows(), expected);
    SubmissionTableModel* model = area()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, SubmissionTableModel::NameColumn).data().toString();
        QVERIFY2(name.contains(QStringLiteral("Nguyễn")), qPrintable(name));
    }

    // A full name without marks finds its accented owner.
    const QString someone = model->index(0, SubmissionTableModel::NameColumn).data().toString();
    area()->searchEdit()->setText(TextFold::fold(someone));
    area()->applySearch();
    QVERIFY(fetchedRows() >= 1);
    QCOMPARE(model->index(0, SubmissionTableModel::NameColumn).data().toString(), someone);

    area()->searchEdit()->setText(QStringLiteral("zzqx nobody"));
    area()->applySearch();
    QCOMPARE(fetchedRows(), 0);
    area()->searchEdit()->clear();
    area()->applySearch();
    QVERIFY(model->isLazy());
    QCOMPARE(fetchedRows(), SubmissionStore(m_testDb->db()).count());
}

void TestSubmissionsArea::searchFindsPhoneWhateverSeparators()
{
    QSqlQuery q = m_testDb->db().exec(
        QStringLiteral("SELECT phone, id_number FROM submissions WHERE phone LIKE '%.%' LIMIT 1"));
    QVERIFY(q.next());
    QString digits = q.value(0).toString();
    digits.remove(QLatin1Char('.'));
    area()->searchEdit()->setText(digits);
    area()->applySearch();
    QVERIFY(fetchedRows() >= 1);
    QCOMPARE(area()->model()->index(0, SubmissionTableModel::PhoneColumn).data().toString(),
             q.value(0).toString());
}

void TestSubmissionsArea::sortingKeepsEveryRow()
{
    const int stored = SubmissionStore(m_testDb->db()).count();
    QTableView* view = area()->tableView();
    view->sortByColumn(SubmissionTableModel::CorrectColumn, Qt::DescendingOrder);
    QCOMPARE(fetchedRows(), stored);
    SubmissionTableModel* model = area()->model();
    QVERIFY(!model->isLazy());
    int previous = INT_MAX;
    for (int row = 0; row < 50; ++row) {
        const QModelIndex index = model->index(row, SubmissionTableModel::CorrectColumn);
        if (!index.data(SubmissionTableModel::ValidRole).toBool())
            continue;
        QVERIFY(index.data().toInt() <= previous);
        previous = index.data().toInt();
    }
    view->sortByColumn(SubmissionTableModel::SubmittedAtColumn, Qt::DescendingOrder);
    QCOMPARE(fetchedRows(), stored);
}

void TestSubmissionsArea::detailShowsAnswersAgainstKey()
{
    QTableView* view = area()->tableView();
    SubmissionTableModel* model = area()->model();
    int row = 0;
    while (row < model->rowCount() &&
           !model->index(row, 0).data(SubmissionTableModel::ValidRole).toBool())
        ++row;
    view->setCurrentIndex(model->index(row, SubmissionTableModel::NameColumn));
    SubmissionDetailPane* pane = area()->detailPane();
    QCOMPARE(pane->rowid(), model->rowidAt(row));
    QTableWidget* answers = pane->answersTable();
    QCOMPARE(answers->rowCount(), 30); // questions_per_attempt of the demo
    int right = 0;
    for (int i = 0; i < answers->rowCount(); ++i) {
        QVERIFY(!answers->item(i, SubmissionDetailPane::QuestionTextColumn)->text().isEmpty());
        QVERIFY(!answers->item(i, SubmissionDetailPane::CorrectColumn)->text().isEmpty());
        const QString result = answers->item(i, SubmissionDetailPane::ResultColumn)->text();
        QVERIFY2(QStringList({QStringLiteral("right"), QStringLiteral("wrong"),
                              QStringLiteral("unanswered")})
                     .contains(result),
                 qPrintable(result));
        if (result == QLatin1String("right")) {
            QCOMPARE(answers->item(i, SubmissionDetailPane::ChosenColumn)->text(),
                     answers->item(i, SubmissionDetailPane::CorrectColumn)->text());
            ++right;
        }
    }
    QCOMPARE(right, model->index(row, SubmissionTableModel::CorrectColumn).data().toInt());
    auto* raw = pane->findChild<QPlainTextEdit*>(QStringLiteral("rawJsonPlainTextEdit"));
    QVERIFY(raw &&
            raw->toPlainText().contains(
                model->index(row, 0).data(SubmissionTableModel::SubmissionIdRole).toString()));
    QVERIFY(!pane->conflictsGroup()->isVisibleTo(pane));
}

void TestSubmissionsArea::importAddsThenReportsDuplicates()
{
    const int before = SubmissionStore(m_testDb->db()).count();
    const QString file = writeImportFile(5);
    QVERIFY(!file.isEmpty());

    FileDialog::setNextFileName(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(area()->importButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("5 new, 0 duplicate, 1 conflicting")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(fetchedRows(), before + 5);

    FileDialog::setNextFileName(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(area()->importButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("0 new, 6 duplicate")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(fetchedRows(), before + 5);

    // A broken file stores nothing and says why.
    const QString broken = m_testDb->dir() + QStringLiteral("/subm-broken.jsonl");
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"id\": \"x\"\nnot json\n");
    out.close();
    FileDialog::setNextFileName(broken);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(area()->importButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not imported")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(SubmissionStore(m_testDb->db()).count(), before + 5);
}

void TestSubmissionsArea::conflictShowsBothVersions()
{
    FileDialog::setNextFileName(writeImportFile(0));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(area()->importButton(), Qt::LeftButton);
    QComboBox* status = area()->statusCombo();
    status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Conflicts)));
    QCOMPARE(fetchedRows(), 1);
    SubmissionTableModel* model = area()->model();
    QVERIFY(model->index(0, SubmissionTableModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("conflict")));
    area()->tableView()->setCurrentIndex(model->index(0, 0));
    QGroupBox* conflicts = area()->detailPane()->conflictsGroup();
    QVERIFY(conflicts->isVisibleTo(area()->detailPane()));
    const auto versions =
        conflicts->findChildren<QPlainTextEdit*>(QStringLiteral("versionPlainTextEdit"));
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(0)->toPlainText() != versions.at(1)->toPlainText());
    // What differs is named, so nobody has to compare the two texts line by line.
    bool named = false;
    for (const QLabel* label : conflicts->findChildren<QLabel*>())
        named = named || label->text().contains(QStringLiteral("Differs in: prediction"));
    QVERIFY(named);
    QTRY_VERIFY(!area()->isCounting());
    QVERIFY2(area()->summaryLabel()->text().contains(QStringLiteral("1 with conflicts")),
             qPrintable(area()->summaryLabel()->text()));
}

void TestSubmissionsArea::modelPassesTester()
{
    SubmissionTableModel model(m_testDb->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.setFilter({SubmissionFilter::Status::Invalid, QString()});
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0);
    model.sort(SubmissionTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isLoading());
    model.setSearchText(QStringLiteral("nguyen"));
    QTRY_VERIFY(!model.isLoading());
    model.setFilter({});
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0);
    model.sort(SubmissionTableModel::SubmittedAtColumn, Qt::DescendingOrder);
    model.setSearchText(QString());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), SubmissionStore(m_testDb->db()).count());
    // Two quick changes: only the last one's result is shown.
    model.setFilter({SubmissionFilter::Status::Invalid, QString()});
    model.setFilter({SubmissionFilter::Status::Valid, QString()});
    QTRY_VERIFY(!model.isLoading());
    QSqlQuery q =
        m_testDb->db().exec(QStringLiteral("SELECT count(*) FROM submissions WHERE valid = 1"));
    QVERIFY(q.next());
    QCOMPARE(model.rowCount(), q.value(0).toInt());
}

QTEST_MAIN(TestSubmissionsArea)
#include "TestSubmissionsArea.moc"
