#include "PrizeTableEditor.h"

#include "MoneySpinBox.h"
#include "core/Money.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    KeyColumn,
    LabelColumn,
    CountColumn,
    AmountColumn
};
}

PrizeTableEditor::PrizeTableEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("prizesTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Prize"), tr("People"), tr("Amount each")});
    // The code is what results files and scripts name the prize by; people read the label.
    m_table->horizontalHeaderItem(KeyColumn)->setToolTip(
        tr("A short code (letters a-z, digits, _) that result files use for this "
           "prize; the certificates and lists print the prize's name."));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QSpinBox().sizeHint().height() + 2);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("&Add prize"), this);
    addButton->setObjectName(QStringLiteral("addPrizeButton"));
    m_removeButton = new QPushButton(tr("&Remove prize"), this);
    m_removeButton->setObjectName(QStringLiteral("removePrizeButton"));
    m_removeButton->setEnabled(false);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("prizeTotalLabel"));
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_totalLabel);
    layout->addLayout(buttons);

    connect(addButton, &QPushButton::clicked, this, &PrizeTableEditor::addNewRow);
    connect(m_removeButton, &QPushButton::clicked, this, &PrizeTableEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
    connect(this, &PrizeTableEditor::changed, this, &PrizeTableEditor::updateTotal);
}

void PrizeTableEditor::setPrizes(const QList<PrizeTier>& prizes)
{
    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    for (const PrizeTier& tier : prizes)
        addRow(tier);
    updateTotal();
}

void PrizeTableEditor::addRow(const PrizeTier& tier)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* key = new QLineEdit(tier.key, m_table);
    key->setObjectName(QStringLiteral("prizeKeyLineEdit"));
    key->setFrame(false);
    auto* label = new QLineEdit(tier.label, m_table);
    label->setObjectName(QStringLiteral("prizeLabelLineEdit"));
    label->setFrame(false);
    auto* count = new QSpinBox(m_table);
    count->setObjectName(QStringLiteral("prizeCountSpinBox"));
    count->setRange(0, 10000);
    count->setValue(tier.count);
    count->setFrame(false);
    auto* amount = new MoneySpinBox(m_table);
    amount->setObjectName(QStringLiteral("prizeAmountSpinBox"));
    amount->setValue(int(tier.amount));
    amount->setFrame(false);
    m_table->setCellWidget(row, KeyColumn, key);
    m_table->setCellWidget(row, LabelColumn, label);
    m_table->setCellWidget(row, CountColumn, count);
    m_table->setCellWidget(row, AmountColumn, amount);
    connect(key, &QLineEdit::textChanged, this, &PrizeTableEditor::changed);
    connect(label, &QLineEdit::textChanged, this, &PrizeTableEditor::changed);
    connect(count, &QSpinBox::valueChanged, this, &PrizeTableEditor::changed);
    connect(amount, &QSpinBox::valueChanged, this, &PrizeTableEditor::changed);
    // Focusing a cell widget makes its row current, so Remove acts on what the user sees.
    for (QWidget* w : {static_cast<QWidget*>(key), static_cast<QWidget*>(label),
                       static_cast<QWidget*>(count), static_cast<QWidget*>(amount)}) {
        connect(qApp, &QApplication::focusChanged, w, [this, w](QWidget*, QWidget* now) {
            if (now && (now == w || w->isAncestorOf(now))) {
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    for (int c = 0; c < m_table->columnCount(); ++c) {
                        if (m_table->cellWidget(r, c) == w)
                            m_table->setCurrentCell(r, c);
                    }
                }
            }
        });
    }
}

void PrizeTableEditor::addNewRow()
{
    PrizeTier tier;
    tier.key = QStringLiteral("prize_%1").arg(m_table->rowCount() + 1);
    tier.label = tr("New prize");
    tier.count = 1;
    addRow(tier);
    m_table->setCurrentCell(m_table->rowCount() - 1, LabelColumn);
    Q_EMIT changed();
}

void PrizeTableEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_removeButton->setEnabled(m_table->currentRow() >= 0);
    Q_EMIT changed();
}

QList<PrizeTier> PrizeTableEditor::prizes() const
{
    QList<PrizeTier> prizes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        PrizeTier tier;
        tier.key = static_cast<QLineEdit*>(m_table->cellWidget(row, KeyColumn))->text().trimmed();
        tier.label = static_cast<QLineEdit*>(m_table->cellWidget(row, LabelColumn))->text();
        tier.count = static_cast<QSpinBox*>(m_table->cellWidget(row, CountColumn))->value();
        tier.amount = static_cast<QSpinBox*>(m_table->cellWidget(row, AmountColumn))->value();
        prizes << tier;
    }
    return prizes;
}

void PrizeTableEditor::updateTotal()
{
    qint64 total = 0;
    int people = 0;
    for (const PrizeTier& tier : prizes()) {
        total += tier.count * tier.amount;
        people += tier.count;
    }
    m_totalLabel->setText(tr("%Ln prize(s), %1 in all", nullptr, people).arg(Money::format(total)));
}
