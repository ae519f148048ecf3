#include "UnitReportPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "units/Unit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <exception>

namespace {

// Sorts by the number, not by the text ("9" before "10"); blanks sort first.
class NumberItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem* sortable(const QVariant& value, const QString& text)
{
    auto* item = new NumberItem;
    item->setData(Qt::DisplayRole, text);
    item->setData(Qt::UserRole, value.isValid() ? value : QVariant(-1.0));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

UnitReportPage::UnitReportPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : Unit::knownKinds())
        m_kind->addItem(Unit::kindLabel(kind), kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnitReportPage::refresh);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    exportButton->setToolTip(tr("Save the report as CSV, Excel workbook or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &UnitReportPage::exportReport);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("unitReportTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Kind of unit:"), this));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void UnitReportPage::refresh()
{
    m_report = UnitParticipationReport::compute(m_db, m_kind->currentData().toString());
    fillTable();
}

void UnitReportPage::fillTable()
{
    const ReportTable t = m_report.table();
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(int(t.columns.size()));
    QStringList headers;
    for (const ReportColumn& c : t.columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto& row = m_report.rows().at(r);
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant v = t.rows.at(r).at(c);
            const QString text =
                v.isValid() ? ReportTable::display(v, t.columns.at(c).type) : QString();
            QTableWidgetItem* item = nullptr;
            if (c == 1 || c == 2)
                item = new QTableWidgetItem(text);
            else
                item = sortable(c == 6 ? QVariant(row.averageCorrect) : v, text);
            if (c == 1)
                item->setToolTip(row.code);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void UnitReportPage::exportReport()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the per-unit report"), QStringLiteral("tham-gia-theo-don-vi.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        m_report.write(path);
        SavedNotice::show(this, path);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Export the per-unit report"), QString::fromUtf8(e.what()));
    }
}
