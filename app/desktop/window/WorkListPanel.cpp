#include "WorkListPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

WorkListPanel::WorkListPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("workListPanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("To do:")), this);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_title);
    m_items = new QVBoxLayout;
    m_items->setSpacing(0);
    layout->addLayout(m_items, 1);
    auto* hide = new QToolButton(this);
    hide->setObjectName(QStringLiteral("hideWorkListButton"));
    hide->setText(QStringLiteral("×"));
    hide->setToolTip(tr("Hide the to-do list (it comes back at the next login)"));
    hide->setAutoRaise(true);
    layout->addWidget(hide, 0, Qt::AlignTop);
    connect(hide, &QToolButton::clicked, this, &QWidget::hide);
}

void WorkListPanel::setItems(const QList<WorkList::Item>& items)
{
    while (QLayoutItem* old = m_items->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    for (const WorkList::Item& item : items) {
        auto* link = new QPushButton(QStringLiteral("→ ") + item.text, this);
        link->setObjectName(QStringLiteral("workItemButton"));
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align: left; padding: 2px;"));
        const WorkList::Area area = item.area;
        connect(link, &QPushButton::clicked, this, [this, area] { Q_EMIT areaRequested(area); });
        m_items->addWidget(link);
    }
}

QStringList WorkListPanel::texts() const
{
    QStringList out;
    for (int i = 0; i < m_items->count(); ++i) {
        if (auto* b = qobject_cast<QPushButton*>(m_items->itemAt(i)->widget()))
            out << b->text().mid(2);
    }
    return out;
}
