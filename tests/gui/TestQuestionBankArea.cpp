#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "QuestionBankArea.h"
#include "QuestionEditor.h"
#include "QuestionFilterProxyModel.h"
#include "QuestionTableModel.h"
#include "TestDatabase.h"
#include "contest/BlueprintCheck.h"
#include "contest/ContestRepository.h"
#include "core/TextFold.h"
#include "demo/DemoContest.h"
#include "questions/QuestionRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>

namespace {
QString dataFile(const QString& name)
{
    return QStringLiteral(CONTEST_TEST_DATA_DIR "/") + name;
}

// Runs `handler` on the modal dialog as soon as it is shown; polls instead of sleeping and
// gives up after about five seconds.
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

class TestQuestionBankArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void replacesThePlaceholder();
    void modelPassesTester();
    void newQuestionIsValidatedLive();
    void createEditUndoRedoApprove();
    void bulkActionsAreOneUndoStep();
    void searchIgnoresMarks();
    void nearDuplicateAsksBeforeSaving();
    void importWithErrorsShowsLinesAndImportsNothing();
    void skippingInvalidImportsTheRest();
    void exportsTheBank();
    void importWarnsOfNearDuplicates();
    void undoAfterSomeoneElsesChangeIsRefused();
    void blueprintPanelShowsShortTopics();
    void bookletPdfHoldsVietnameseText();

private:
    template <typename T> T* child(const QString& name) const
    {
        T* found = m_area->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QuestionRepository repository() { return QuestionRepository(m_testDb->db()); }
    void click(const QString& buttonName);
    // Fills the editor's fields with a four-option question, B correct.
    void fillEditor(const QString& text);

    std::unique_ptr<TestDatabase> m_testDb;
    QPointer<MainWindow> m_window;
    QuestionBankArea* m_area = nullptr;
};

void TestQuestionBankArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestQuestionBankArea"));
    QSettings().clear();
}

void TestQuestionBankArea::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    DemoContest::populate(m_testDb->db(), 0);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::QuestionBank);
    m_area = m_window->findChild<QuestionBankArea*>();
    QVERIFY(m_area);
    QVERIFY(m_area->isVisible());
    MessageBox::clearLastText();
}

void TestQuestionBankArea::cleanup()
{
    delete m_window;
    m_testDb.reset();
    FileDialog::clearNextFileName();
}

void TestQuestionBankArea::click(const QString& buttonName)
{
    auto* button = m_area->findChild<QAbstractButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestQuestionBankArea::fillEditor(const QString& text)
{
    child<QPlainTextEdit>(QStringLiteral("textPlainTextEdit"))->setPlainText(text);
    const QStringList options = {QStringLiteral("Ủy ban nhân dân xã"),
                                 QStringLiteral("Bộ phận Một cửa"), QStringLiteral("Công an huyện"),
                                 QStringLiteral("Tòa án nhân dân")};
    for (int i = 0; i < options.size(); ++i)
        child<QLineEdit>(QStringLiteral("optionLineEdit_") + Question::keyAt(i))
            ->setText(options.at(i));
    child<QRadioButton>(QStringLiteral("correctRadioButton_B"))->click();
}

void TestQuestionBankArea::replacesThePlaceholder()
{
    QCOMPARE(m_area->model()->rowCount(), repository().count());
    QVERIFY(m_area->model()->rowCount() >= 320); // the demo bank
    QVERIFY(child<QPushButton>(QStringLiteral("importButton")));
    QVERIFY(child<QToolButton>(QStringLiteral("undoButton")));
    QVERIFY(child<QToolButton>(QStringLiteral("redoButton")));
    QVERIFY(!child<QToolButton>(QStringLiteral("undoButton"))->isEnabled());
}

void TestQuestionBankArea::modelPassesTester()
{
    QuestionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QuestionFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Question> questions = repository().list();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuestions(questions);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), questions.size());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Question edited = questions.first();
    edited.text = QStringLiteral("Câu Zzyzx đã sửa");
    model.putQuestion(edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, QuestionTableModel::TextColumn)).toString(), edited.text);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Question added = questions.first();
    added.id = QStringLiteral("NEW-0001");
    model.putQuestion(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("NEW-0001")), int(questions.size()));

    proxy.setQuery({QString(), {}, {}, QStringLiteral("zzyzx da sua")});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.sort(QuestionTableModel::TextColumn);
    proxy.setQuery({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestQuestionBankArea::newQuestionIsValidatedLive()
{
    click(QStringLiteral("newButton"));
    auto* save = child<QPushButton>(QStringLiteral("saveButton"));
    auto* textProblem = child<QLabel>(QStringLiteral("textProblemLabel"));
    auto* optionsProblem = child<QLabel>(QStringLiteral("optionsProblemLabel"));
    QVERIFY(!save->isEnabled());
    QVERIFY(textProblem->isVisible());
    QVERIFY(optionsProblem->isVisible());

    fillEditor(QStringLiteral("Câu hỏi mới về một cửa liên thông ở cấp xã?"));
    QVERIFY(!textProblem->isVisible());
    QVERIFY2(!optionsProblem->isVisible(), qPrintable(optionsProblem->text()));
    QVERIFY(save->isEnabled());

    // Two options with the same text: shown under the options, Save off again.
    child<QLineEdit>(QStringLiteral("optionLineEdit_C"))
        ->setText(QStringLiteral("Bộ phận Một cửa"));
    QVERIFY(optionsProblem->isVisible());
    QVERIFY2(optionsProblem->text().contains(QStringLiteral("option C")),
             qPrintable(optionsProblem->text()));
    QVERIFY(!save->isEnabled());

    // An ID already used is refused before saving.
    child<QLineEdit>(QStringLiteral("optionLineEdit_C"))->setText(QStringLiteral("Công an huyện"));
    auto* id = child<QLineEdit>(QStringLiteral("idLineEdit"));
    const QString taken = m_area->model()->question(0).id;
    id->setText(taken);
    QVERIFY(child<QLabel>(QStringLiteral("idProblemLabel"))->isVisible());
    QVERIFY(!save->isEnabled());
}

void TestQuestionBankArea::createEditUndoRedoApprove()
{
    const int before = repository().count();
    click(QStringLiteral("newButton"));
    const QString id = child<QLineEdit>(QStringLiteral("idLineEdit"))->text();
    QVERIFY2(!id.isEmpty() && !repository().find(id), qPrintable(id));
    const QString original = QStringLiteral("Hồ sơ thủ tục hành chính được tiếp nhận tại đâu?");
    fillEditor(original);
    click(QStringLiteral("saveButton"));
    QCOMPARE(repository().count(), before + 1);
    QCOMPARE(repository().find(id)->text, original);
    QCOMPARE(repository().find(id)->correctKey, QStringLiteral("B"));
    QCOMPARE(repository().find(id)->status, Question::Status::Draft);
    QVERIFY(m_area->model()->rowOf(id) >= 0);

    // Edit: the editor now shows the stored question.
    QVERIFY(child<QLineEdit>(QStringLiteral("idLineEdit"))->isReadOnly());
    const QString edited =
        QStringLiteral("Hồ sơ thủ tục hành chính cấp xã được tiếp nhận ở bộ phận nào?");
    child<QPlainTextEdit>(QStringLiteral("textPlainTextEdit"))->setPlainText(edited);
    click(QStringLiteral("saveButton"));
    QCOMPARE(repository().find(id)->text, edited);
    QCOMPARE(m_area->undoStack()->count(), 2);

    click(QStringLiteral("undoButton"));
    QCOMPARE(repository().find(id)->text, original);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("textPlainTextEdit"))->toPlainText(), original);
    click(QStringLiteral("redoButton"));
    QCOMPARE(repository().find(id)->text, edited);

    // The history lists create, update, undo and redo.
    auto* history = child<QTreeWidget>(QStringLiteral("revisionsTreeWidget"));
    QCOMPARE(history->topLevelItemCount(), 4);

    // Approve the selected question; undo puts it back to draft.
    m_area->selectQuestion(id);
    click(QStringLiteral("approveButton"));
    QCOMPARE(repository().find(id)->status, Question::Status::Approved);
    click(QStringLiteral("undoButton"));
    QCOMPARE(repository().find(id)->status, Question::Status::Draft);
    click(QStringLiteral("redoButton"));
    QCOMPARE(repository().find(id)->status, Question::Status::Approved);
    QCOMPARE(m_area->model()->question(m_area->model()->rowOf(id)).status,
             Question::Status::Approved);
}

void TestQuestionBankArea::bulkActionsAreOneUndoStep()
{
    QTableView* table = m_area->tableView();
    table->selectRow(0);
    table->selectionModel()->select(m_area->proxy()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString first = m_area->proxy()->index(0, 0).data().toString();
    const QString second = m_area->proxy()->index(1, 0).data().toString();
    const QString oldTopic = repository().find(first)->topic;
    m_area->moveSelectionToTopic(QStringLiteral("DA06"));
    QCOMPARE(repository().find(first)->topic, QStringLiteral("DA06"));
    QCOMPARE(repository().find(second)->topic, QStringLiteral("DA06"));
    QCOMPARE(m_area->undoStack()->count(), 1);
    m_area->undoStack()->undo();
    QCOMPARE(repository().find(first)->topic, oldTopic);

    table->selectRow(0);
    click(QStringLiteral("retireButton"));
    QCOMPARE(repository().find(first)->status, Question::Status::Retired);
    m_area->undoStack()->undo();
    QCOMPARE(repository().find(first)->status, Question::Status::Approved);
}

void TestQuestionBankArea::searchIgnoresMarks()
{
    int expected = 0;
    for (const Question& q : repository().list()) {
        if (q.text.contains(QStringLiteral("cải cách"), Qt::CaseInsensitive))
            ++expected;
    }
    QVERIFY(expected > 0);
    auto* search = child<QLineEdit>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("cai cach"));
    const int shown = m_area->proxy()->rowCount();
    QVERIFY2(shown >= expected, qPrintable(QStringLiteral("%1 < %2").arg(shown).arg(expected)));
    QVERIFY(shown < m_area->model()->rowCount());
    for (int r = 0; r < shown; ++r) {
        const int row = m_area->proxy()->mapToSource(m_area->proxy()->index(r, 0)).row();
        QVERIFY(QuestionSearch::foldedText(m_area->model()->question(row))
                    .contains(QStringLiteral("cai cach")));
    }
    QVERIFY(child<QLabel>(QStringLiteral("countLabel"))->text().contains(QString::number(shown)));
    search->clear();
    QCOMPARE(m_area->proxy()->rowCount(), m_area->model()->rowCount());
}

void TestQuestionBankArea::nearDuplicateAsksBeforeSaving()
{
    const Question existing = m_area->model()->question(0);
    const int before = repository().count();
    click(QStringLiteral("newButton"));
    fillEditor(existing.text);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    click(QStringLiteral("saveButton"));
    QVERIFY2(MessageBox::lastText().contains(existing.id), qPrintable(MessageBox::lastText()));
    QCOMPARE(repository().count(), before);

    MessageBox::setNextAnswer(QMessageBox::Save);
    click(QStringLiteral("saveButton"));
    QCOMPARE(repository().count(), before + 1);
}

void TestQuestionBankArea::importWithErrorsShowsLinesAndImportsNothing()
{
    const int before = repository().count();
    FileDialog::setNextFileName(dataFile(QStringLiteral("qbank-errors.gift")));
    QStringList problems;
    int skippedRows = -1;
    bool importEnabled = true;
    bool skipOffered = false;
    whenModalShown([&](QDialog* dialog) {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("problemsListWidget"));
        for (int i = 0; list && i < list->count(); ++i)
            problems << list->item(i)->text();
        if (auto* skipped = dialog->findChild<QTableWidget*>(QStringLiteral("skippedTableWidget")))
            skippedRows = skipped->rowCount();
        importEnabled =
            dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"))->isEnabled();
        skipOffered =
            dialog->findChild<QCheckBox*>(QStringLiteral("skipInvalidCheckBox"))->isVisible();
        dialog->reject();
    });
    click(QStringLiteral("importButton"));
    QTRY_VERIFY(!problems.isEmpty());
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QStringLiteral("qbank-errors.gift:12")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("qbank-errors.gift:23")),
             qPrintable(problems.at(1)));
    QCOMPARE(skippedRows, 2);
    QVERIFY(!importEnabled);
    QVERIFY(skipOffered);
    QCOMPARE(repository().count(), before);
    QVERIFY(!repository().find(QStringLiteral("TTHC-0901")));
}

void TestQuestionBankArea::skippingInvalidImportsTheRest()
{
    const int before = repository().count();
    FileDialog::setNextFileName(dataFile(QStringLiteral("qbank-errors.gift")));
    bool enabledBefore = true;
    whenModalShown([&](QDialog* dialog) {
        auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"));
        enabledBefore = importButton->isEnabled();
        dialog->findChild<QCheckBox*>(QStringLiteral("skipInvalidCheckBox"))->setChecked(true);
        if (importButton->isEnabled())
            QTest::mouseClick(importButton, Qt::LeftButton);
        else
            dialog->reject();
    });
    // A refused import would say why in a message box; it must not block the test.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(QStringLiteral("importButton"));
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(repository().count(), before + 1);
    QVERIFY(!enabledBefore);
    QVERIFY(repository().find(QStringLiteral("TTHC-0901")));
    // The table reloads after the import.
    QVERIFY(m_area->model()->rowOf(QStringLiteral("TTHC-0901")) >= 0);
}

void TestQuestionBankArea::importWarnsOfNearDuplicates()
{
    FileDialog::setNextFileName(dataFile(QStringLiteral("qbank-duplicate.csv")));
    QStringList warnings;
    bool importEnabled = false;
    whenModalShown([&](QDialog* dialog) {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("warningsListWidget"));
        for (int i = 0; list && i < list->count(); ++i)
            warnings << list->item(i)->text();
        importEnabled =
            dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"))->isEnabled();
        dialog->reject();
    });
    click(QStringLiteral("importButton"));
    QTRY_VERIFY(importEnabled);
    // Only the first row is a near-duplicate (of THECHE-0003); a warning, not an error.
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("THECHE-0901")) &&
                 warnings.first().contains(QStringLiteral("THECHE-0003")),
             qPrintable(warnings.first()));
    QVERIFY(!repository().find(QStringLiteral("THECHE-0901")));
}

void TestQuestionBankArea::undoAfterSomeoneElsesChangeIsRefused()
{
    const Question q = m_area->model()->question(0);
    m_area->selectQuestion(q.id);
    child<QPlainTextEdit>(QStringLiteral("textPlainTextEdit"))
        ->setPlainText(q.text + QStringLiteral(" (sửa)"));
    click(QStringLiteral("saveButton"));
    // contestctl or another desk changes the same question meanwhile.
    Question other = *repository().find(q.id);
    other.explanation = QStringLiteral("Giải thích của người khác");
    repository().save(other);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(QStringLiteral("undoButton"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not be undone")),
             qPrintable(MessageBox::lastText()));
    // Nothing of theirs is lost, and the refused step is gone from the stack.
    QCOMPARE(repository().find(q.id)->explanation, other.explanation);
    QCOMPARE(m_area->undoStack()->count(), 0);
}

void TestQuestionBankArea::exportsTheBank()
{
    const QString path = m_testDb->dir() + QStringLiteral("/bank.gift");
    FileDialog::setNextFileName(path);
    click(QStringLiteral("exportButton"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const Question q = repository().list().first();
    QVERIFY(text.contains(q.id));
    QVERIFY(
        child<QLabel>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("bank.gift")));

    // An extension that names no format is refused with a message, nothing written.
    FileDialog::setNextFileName(m_testDb->dir() + QStringLiteral("/bank.doc"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(QStringLiteral("exportButton"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(".gift")));
    QVERIFY(!QFile::exists(m_testDb->dir() + QStringLiteral("/bank.doc")));
}

void TestQuestionBankArea::blueprintPanelShowsShortTopics()
{
    auto* table = child<QTableWidget>(QStringLiteral("blueprintTableWidget"));
    const QList<BlueprintLine> lines =
        BlueprintCheck::check(m_testDb->db(), ContestRepository(m_testDb->db()).loadOrDefaults());
    QCOMPARE(table->rowCount(), lines.size());
    for (int r = 0; r < lines.size(); ++r) {
        QCOMPARE(table->item(r, 1)->text().toInt(), lines.at(r).approved);
        QCOMPARE(table->item(r, 2)->text().toInt(), lines.at(r).drawn);
    }
    // Retiring an approved question of a topic lowers its count at once.
    const QString topic = lines.first().topic;
    QuestionQuery query;
    query.topic = topic;
    query.status = Question::Status::Approved;
    m_area->proxy()->setQuery(query);
    m_area->tableView()->selectAll();
    click(QStringLiteral("retireButton"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
    if (lines.first().drawn > 0)
        QCOMPARE(table->item(0, 1)->background().color(), QColor(0xfd, 0xe0, 0xe0));
}

void TestQuestionBankArea::bookletPdfHoldsVietnameseText()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_testDb->dir() + QStringLiteral("/booklet.pdf");
    FileDialog::setNextFileName(pdf);
    click(QStringLiteral("savePdfButton"));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Lines may break anywhere: compare with the blanks taken out.
    auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const Question q = repository().list().first();
    QVERIFY2(squeeze(text).contains(squeeze(q.text)),
             qPrintable(q.text + QStringLiteral("\n---\n") + text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Đề án 06")) || text.contains(QStringLiteral("Cải cách")));
}

QTEST_MAIN(TestQuestionBankArea)
#include "TestQuestionBankArea.moc"
