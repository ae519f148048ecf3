#include "QuestionImportDialog.h"

#include "ImportPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers, int rows)
{
    auto* table = new QTableWidget(rows, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* lineItem(int line)
{
    auto* item = new QTableWidgetItem(QString::number(line));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

QuestionImportDialog::QuestionImportDialog(const QuestionImportPlan& plan,
                                           const QStringList& warnings, QWidget* parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("questionImportDialog"));
    setWindowTitle(tr("Import questions from %1").arg(plan.fileName));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabWidget"));
    buildRows(plan);
    buildSkipped(plan);
    buildProblems(plan);
    m_warningsList = new QListWidget(this);
    m_warningsList->setObjectName(QStringLiteral("warningsListWidget"));
    m_warningsList->setWordWrap(true);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString& w : warnings)
        m_warningsList->addItem(new QListWidgetItem(warningIcon, w));
    m_tabs->addTab(m_rowsTable, tr("Questions (%1)").arg(plan.rows.size()));
    m_tabs->addTab(m_skippedTable, tr("Skipped (%1)").arg(plan.skipped.size()));
    m_tabs->addTab(m_problemsList, tr("Errors (%1)").arg(plan.problems.size()));
    m_tabs->addTab(m_warningsList, tr("Near-duplicates (%1)").arg(warnings.size()));
    // Open where the user has to look first.
    if (!plan.problems.isEmpty())
        m_tabs->setCurrentWidget(m_problemsList);
    else if (!warnings.isEmpty())
        m_tabs->setCurrentWidget(m_warningsList);
    layout->addWidget(m_tabs, 1);

    m_skipInvalidCheck =
        new QCheckBox(tr("Skip the invalid questions and import the %Ln valid one(s)", nullptr,
                         int(plan.rows.size())),
                      this);
    m_skipInvalidCheck->setObjectName(QStringLiteral("skipInvalidCheckBox"));
    m_skipInvalidCheck->setVisible(!plan.ok() && !plan.fatal);
    connect(m_skipInvalidCheck, &QCheckBox::toggled, this,
            &QuestionImportDialog::updateImportButton);
    layout->addWidget(m_skipInvalidCheck);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("confirmImportButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateImportButton();
    resize(900, 520);
}

bool QuestionImportDialog::skipInvalid() const
{
    // isHidden(), not isVisible(): asked after the dialog has closed.
    return !m_skipInvalidCheck->isHidden() && m_skipInvalidCheck->isChecked();
}

QString QuestionImportDialog::summary() const
{
    QString text = tr("%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.")
                       .arg(m_plan.fileName.toHtmlEscaped())
                       .arg(m_plan.count(ImportChange::Added))
                       .arg(m_plan.count(ImportChange::Updated))
                       .arg(m_plan.count(ImportChange::Unchanged))
                       .arg(m_plan.skipped.size());
    if (m_plan.fatal)
        text += QStringLiteral("<br><b>") +
                tr("The file cannot be read as a whole; nothing can be imported from it.") +
                QStringLiteral("</b>");
    else if (!m_plan.ok())
        text += QStringLiteral("<br><b>") +
                tr("%Ln question(s) have errors. Nothing is imported unless you choose to skip "
                   "them; correct the file (lines are given) and import it again.",
                   nullptr, int(m_plan.problems.size())) +
                QStringLiteral("</b>");
    return text;
}

void QuestionImportDialog::updateImportButton()
{
    const bool skip = skipInvalid();
    const bool something =
        m_plan.count(ImportChange::Added) + m_plan.count(ImportChange::Updated) > 0;
    const bool can = m_plan.canApply(skip) && something;
    m_importButton->setEnabled(can);
    m_importButton->setDefault(can);
    QString text = summary();
    if (!something && !m_plan.fatal)
        text += QLatin1Char(' ') + tr("There is nothing to import.");
    m_summaryLabel->setText(text);
}

void QuestionImportDialog::buildRows(const QuestionImportPlan& plan)
{
    m_rowsTable = makeTable(this, QStringLiteral("previewTableWidget"),
                            {tr("Line"), tr("ID"), tr("Topic"), tr("Question"), tr("Change")},
                            int(plan.rows.size()));
    for (int r = 0; r < plan.rows.size(); ++r) {
        const QuestionImportRow& row = plan.rows.at(r);
        m_rowsTable->setItem(r, 0, lineItem(row.line));
        m_rowsTable->setItem(r, 1, new QTableWidgetItem(row.question.id));
        m_rowsTable->setItem(r, 2, new QTableWidgetItem(row.question.topic));
        auto* text = new QTableWidgetItem(row.question.text);
        text->setToolTip(row.question.text);
        m_rowsTable->setItem(r, 3, text);
        auto* change = new QTableWidgetItem(ImportPreview::changeLabel(row.change));
        if (row.change == ImportChange::Unchanged)
            change->setForeground(palette().placeholderText());
        m_rowsTable->setItem(r, 4, change);
    }
    m_rowsTable->resizeColumnsToContents();
    m_rowsTable->setColumnWidth(3, qMin(m_rowsTable->columnWidth(3), 480));
    m_rowsTable->horizontalHeader()->setStretchLastSection(true);
}

void QuestionImportDialog::buildSkipped(const QuestionImportPlan& plan)
{
    m_skippedTable =
        makeTable(this, QStringLiteral("skippedTableWidget"),
                  {tr("Line"), tr("Name"), tr("Type"), tr("Why")}, int(plan.skipped.size()));
    for (int r = 0; r < plan.skipped.size(); ++r) {
        const SkippedItem& s = plan.skipped.at(r);
        m_skippedTable->setItem(r, 0, lineItem(s.line));
        m_skippedTable->setItem(r, 1, new QTableWidgetItem(s.name));
        m_skippedTable->setItem(r, 2, new QTableWidgetItem(s.type));
        m_skippedTable->setItem(r, 3, new QTableWidgetItem(s.reason));
    }
    m_skippedTable->resizeColumnsToContents();
    m_skippedTable->horizontalHeader()->setStretchLastSection(true);
}

void QuestionImportDialog::buildProblems(const QuestionImportPlan& plan)
{
    m_problemsList = new QListWidget(this);
    m_problemsList->setObjectName(QStringLiteral("problemsListWidget"));
    // Problems are sentences: wrap them rather than make the reader scroll sideways.
    m_problemsList->setWordWrap(true);
    m_problemsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemsList->setResizeMode(QListView::Adjust);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const Problem& problem : plan.problems)
        m_problemsList->addItem(new QListWidgetItem(icon, problem.toString()));
}
