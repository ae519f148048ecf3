#include "BlueprintEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

BlueprintEditor::BlueprintEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("blueprintTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Questions")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QSpinBox().sizeHint().height() + 2);
    layout->addWidget(m_table);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("blueprintTotalLabel"));
    layout->addWidget(m_totalLabel);
}

void BlueprintEditor::setBlueprint(const QList<Topic>& topics,
                                   const QList<BlueprintEntry>& blueprint)
{
    m_table->setRowCount(0);
    m_counts.clear();
    m_codes.clear();
    auto nameOf = [&](const QString& code) {
        for (const Topic& t : topics) {
            if (t.code == code)
                return t.name;
        }
        return tr("(unknown topic)");
    };
    for (const BlueprintEntry& e : blueprint)
        addRow(e.topic, nameOf(e.topic), e.count);
    for (const Topic& t : topics) {
        if (!m_codes.contains(t.code))
            addRow(t.code, t.name, 0);
    }
    // Every topic visible at once: the blueprint is read as a whole.
    const int rows = m_table->rowCount();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth() + 2);
    updateTotal();
}

void BlueprintEditor::addRow(const QString& code, const QString& name, int count)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* topicItem = new QTableWidgetItem(QStringLiteral("%1 — %2").arg(code, name));
    topicItem->setToolTip(name);
    m_table->setItem(row, 0, topicItem);
    auto* spin = new QSpinBox(m_table);
    spin->setObjectName(QStringLiteral("blueprintCountSpinBox_") + code);
    spin->setRange(0, 500);
    spin->setSpecialValueText(tr("not used"));
    spin->setValue(count);
    spin->setFrame(false);
    spin->setAccessibleName(tr("Questions from %1").arg(name));
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        updateTotal();
        Q_EMIT changed();
    });
    m_table->setCellWidget(row, 1, spin);
    m_counts << spin;
    m_codes << code;
}

QList<BlueprintEntry> BlueprintEditor::blueprint() const
{
    QList<BlueprintEntry> entries;
    for (int i = 0; i < m_counts.size(); ++i) {
        if (m_counts.at(i)->value() > 0)
            entries << BlueprintEntry{m_codes.at(i), m_counts.at(i)->value()};
    }
    return entries;
}

void BlueprintEditor::setExpectedTotal(int questionsPerAttempt)
{
    m_expectedTotal = questionsPerAttempt;
    updateTotal();
}

void BlueprintEditor::updateTotal()
{
    int total = 0;
    for (const QSpinBox* spin : qAsConst(m_counts))
        total += spin->value();
    m_totalLabel->setText(
        tr("Total %1 of %2 questions per attempt").arg(total).arg(m_expectedTotal));
    m_totalLabel->setStyleSheet(total == m_expectedTotal
                                    ? QString()
                                    : QStringLiteral("color: #b71c1c; font-weight: bold;"));
}
