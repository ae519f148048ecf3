#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& actionText,
                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(QStringLiteral("promptLabel"));
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_okButton->setEnabled(!reason().isEmpty()); });
    resize(460, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ReasonDialog::ask(QWidget* parent, const QString& title, const QString& prompt,
                          const QString& actionText)
{
    ReasonDialog dialog(title, prompt, actionText, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}
