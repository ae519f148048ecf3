#include "BlueprintPanel.h"

#include "contest/BlueprintCheck.h"
#include "contest/ContestRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

BlueprintPanel::BlueprintPanel(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("blueprintPanelWidget"));
    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("blueprintSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("blueprintTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Approved"), tr("Drawn per attempt"), tr("Not retired")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    refresh();
}

void BlueprintPanel::refresh()
{
    QList<BlueprintLine> lines;
    try {
        lines = BlueprintCheck::check(m_db, ContestRepository(m_db).loadOrDefaults());
    } catch (const UserError& e) {
        m_summaryLabel->setText(e.message());
    } catch (const EnvironmentError& e) {
        m_summaryLabel->setText(e.message());
    }
    m_table->setRowCount(int(lines.size()));
    const QBrush shortBrush(QColor(0xfd, 0xe0, 0xe0));
    const QBrush shortText(QColor(0xb0, 0x00, 0x20));
    int shortTopics = 0;
    for (int r = 0; r < lines.size(); ++r) {
        const BlueprintLine& line = lines.at(r);
        auto* topic = new QTableWidgetItem(
            line.topicName.isEmpty() ? line.topic
                                     : QStringLiteral("%1 — %2").arg(line.topic, line.topicName));
        topic->setToolTip(line.topicName);
        m_table->setItem(r, 0, topic);
        const int values[] = {line.approved, line.drawn, line.inBank};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(QString::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c + 1, item);
        }
        if (!line.enough()) {
            ++shortTopics;
            for (int c = 0; c < 4; ++c) {
                m_table->item(r, c)->setBackground(shortBrush);
                m_table->item(r, c)->setForeground(shortText);
                m_table->item(r, c)->setToolTip(tr("%Ln more approved question(s) needed", nullptr,
                                                   line.drawn - line.approved));
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    if (!lines.isEmpty())
        m_summaryLabel->setText(
            shortTopics == 0
                ? tr("Every topic has enough approved questions for the blueprint.")
                : tr("%Ln topic(s) have fewer approved questions than an attempt draws: the "
                     "exam cannot be published yet.",
                     nullptr, shortTopics));
}
