#include "RankingOrderEditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

RankingOrderEditor::RankingOrderEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rankingOrderListWidget"));
    m_list->setMinimumHeight(110);
    layout->addWidget(m_list, 0, 0, 4, 1);

    m_upButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &up"), this);
    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    m_downButton =
        new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move &down"), this);
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRankingKeyButton"));
    layout->addWidget(m_upButton, 0, 1);
    layout->addWidget(m_downButton, 1, 1);
    layout->addWidget(m_removeButton, 2, 1);

    m_unusedCombo = new QComboBox(this);
    m_unusedCombo->setObjectName(QStringLiteral("unusedRankingKeyComboBox"));
    m_addButton = new QPushButton(tr("&Add key"), this);
    m_addButton->setObjectName(QStringLiteral("addRankingKeyButton"));
    layout->addWidget(m_unusedCombo, 4, 0);
    layout->addWidget(m_addButton, 4, 1);
    layout->setRowStretch(3, 1);

    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_removeButton, &QPushButton::clicked, this, &RankingOrderEditor::removeCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &RankingOrderEditor::addSelectedKey);
    connect(m_list, &QListWidget::currentRowChanged, this, &RankingOrderEditor::updateControls);
}

QString RankingOrderEditor::keyLabel(RankingKey key)
{
    switch (key) {
    case RankingKey::Correct:
        return tr("Correct answers (more ranks higher)");
    case RankingKey::PredictionError:
        return tr("Prediction error (smaller ranks higher)");
    case RankingKey::Duration:
        return tr("Time taken (shorter ranks higher)");
    case RankingKey::SubmittedAt:
        return tr("Submission time (earlier ranks higher)");
    case RankingKey::Attempts:
        return tr("Number of attempts (fewer ranks higher)");
    case RankingKey::StartedAt:
        return tr("Start time (earlier ranks higher)");
    }
    return SettingNames::rankingKey(key);
}

void RankingOrderEditor::setOrder(const QList<RankingKey>& order)
{
    m_list->clear();
    for (RankingKey key : order)
        addKey(key);
    updateControls();
}

void RankingOrderEditor::addKey(RankingKey key)
{
    auto* item = new QListWidgetItem(keyLabel(key), m_list);
    item->setData(Qt::UserRole, static_cast<int>(key));
    // The code is what contest.json and contestctl call it; the label is what people read.
    item->setToolTip(tr("In the settings file: %1").arg(SettingNames::rankingKey(key)));
}

QList<RankingKey> RankingOrderEditor::order() const
{
    QList<RankingKey> keys;
    for (int i = 0; i < m_list->count(); ++i)
        keys << static_cast<RankingKey>(m_list->item(i)->data(Qt::UserRole).toInt());
    return keys;
}

void RankingOrderEditor::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    Q_EMIT changed();
}

void RankingOrderEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateControls();
    Q_EMIT changed();
}

void RankingOrderEditor::addSelectedKey()
{
    if (m_unusedCombo->currentIndex() < 0)
        return;
    addKey(static_cast<RankingKey>(m_unusedCombo->currentData().toInt()));
    m_list->setCurrentRow(m_list->count() - 1);
    updateControls();
    Q_EMIT changed();
}

void RankingOrderEditor::updateControls()
{
    const QList<RankingKey> used = order();
    m_unusedCombo->clear();
    for (RankingKey key : SettingNames::allRankingKeys()) {
        if (!used.contains(key))
            m_unusedCombo->addItem(keyLabel(key), static_cast<int>(key));
    }
    const int row = m_list->currentRow();
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_removeButton->setEnabled(row >= 0);
    m_unusedCombo->setEnabled(m_unusedCombo->count() > 0);
    m_addButton->setEnabled(m_unusedCombo->count() > 0);
}
