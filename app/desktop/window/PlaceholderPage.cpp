#include "PlaceholderPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* box = new QWidget(this);
    box->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(box);

    auto* titleLabel = new QLabel(title, box);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);
    layout->addWidget(titleLabel);

    auto* textLabel = new QLabel(text, box);
    textLabel->setObjectName(QStringLiteral("textLabel"));
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setWordWrap(true);
    textLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(textLabel);

    m_buttons = new QVBoxLayout;
    m_buttons->setAlignment(Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(m_buttons);

    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

void PlaceholderPage::addActionButton(QAction* action)
{
    auto* button = new QPushButton(action->icon(), action->text(), this);
    button->setMinimumWidth(220);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button);
}
