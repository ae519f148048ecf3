#include "ImportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const ImportPreview& preview, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1 from %2").arg(preview.what, preview.fileName));
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_buttons = new QDialogButtonBox(this);
    QPushButton* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("confirmImportButton"));
    QPushButton* cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!preview.problems.isEmpty()) {
        m_summaryLabel->setText(
            tr("<b>%1 cannot be imported.</b> Nothing has been changed. Correct these %Ln "
               "problem(s) in the file and import it again:",
               nullptr, preview.problems.size())
                .arg(preview.fileName.toHtmlEscaped()));
        buildProblemsList(preview);
        layout->addWidget(m_problemsList, 1);
        importButton->hide();
        cancelButton->setText(tr("Close"));
    } else {
        const int added = preview.count(ImportChange::Added);
        const int updated = preview.count(ImportChange::Updated);
        const int unchanged = preview.count(ImportChange::Unchanged);
        QString summary =
            tr("%1 holds %Ln row(s): ", nullptr, preview.rows.size()).arg(preview.fileName) +
            tr("%1 to add, %2 to update, %3 unchanged.").arg(added).arg(updated).arg(unchanged);
        if (!preview.canImport())
            summary += QLatin1Char(' ') + tr("There is nothing to import.");
        m_summaryLabel->setText(summary);
        buildRowsTable(preview);
        layout->addWidget(m_rowsTable, 1);
        importButton->setEnabled(preview.canImport());
        importButton->setDefault(preview.canImport());
    }
    layout->addWidget(m_buttons);
    resize(860, 480);
}

void ImportPreviewDialog::buildRowsTable(const ImportPreview& preview)
{
    m_rowsTable = new QTableWidget(int(preview.rows.size()), int(preview.columns.size()) + 2, this);
    m_rowsTable->setObjectName(QStringLiteral("previewTableWidget"));
    QStringList headers;
    headers << tr("Line") << preview.columns << tr("Change");
    m_rowsTable->setHorizontalHeaderLabels(headers);
    m_rowsTable->verticalHeader()->hide();
    m_rowsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsTable->setAlternatingRowColors(true);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ImportPreview::Row& row = preview.rows.at(r);
        auto* lineItem = new QTableWidgetItem(QString::number(row.line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rowsTable->setItem(r, 0, lineItem);
        for (int c = 0; c < row.values.size(); ++c)
            m_rowsTable->setItem(r, c + 1, new QTableWidgetItem(row.values.at(c)));
        auto* changeItem = new QTableWidgetItem(ImportPreview::changeLabel(row.change));
        if (row.change == ImportChange::Unchanged)
            changeItem->setForeground(palette().placeholderText());
        else
            changeItem->setFont([&] {
                QFont f = font();
                f.setBold(true);
                return f;
            }());
        m_rowsTable->setItem(r, int(preview.columns.size()) + 1, changeItem);
    }
    m_rowsTable->resizeColumnsToContents();
    m_rowsTable->horizontalHeader()->setStretchLastSection(true);
}

void ImportPreviewDialog::buildProblemsList(const ImportPreview& preview)
{
    m_problemsList = new QListWidget(this);
    m_problemsList->setObjectName(QStringLiteral("problemsListWidget"));
    // Problems are sentences: wrap them rather than make the reader scroll sideways.
    m_problemsList->setWordWrap(true);
    m_problemsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemsList->setResizeMode(QListView::Adjust);
    m_problemsList->setSpacing(2);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const Problem& problem : preview.problems)
        m_problemsList->addItem(new QListWidgetItem(icon, problem.toString()));
}

bool ImportPreviewDialog::confirm(const ImportPreview& preview, QWidget* parent)
{
    ImportPreviewDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted && preview.canImport();
}
