#include "PlaceholderPage.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const int textWidth = 520;
}

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    // A fixed-width middle column lets the wrapped text take the height it needs.
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnMinimumWidth(1, textWidth);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(4, 2);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);
    grid->addWidget(titleLabel, 1, 1);

    auto* textLabel = new QLabel(text, this);
    textLabel->setObjectName(QStringLiteral("textLabel"));
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setWordWrap(true);
    textLabel->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(textLabel, 2, 1);

    m_buttons = new QVBoxLayout;
    m_buttons->setContentsMargins(0, 12, 0, 0);
    grid->addLayout(m_buttons, 3, 1, Qt::AlignHCenter | Qt::AlignTop);
}

void PlaceholderPage::addActionButton(QAction* action)
{
    auto* button = new QPushButton(action->icon(), action->text(), this);
    button->setMinimumWidth(240);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button);
}
