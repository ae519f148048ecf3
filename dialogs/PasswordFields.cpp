#include "PasswordFields.h"

#include "accounts/PasswordStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordFields::PasswordFields(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_second->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("strengthLabel"));
    m_hint->setWordWrap(true);
    form->addRow(tr("&Password:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(QString(), m_hint);
    for (QLineEdit* edit : {m_first, m_second}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateHint();
            Q_EMIT changed();
        });
    }
    updateHint();
}

QString PasswordFields::password() const
{
    return m_first->text();
}

QString PasswordFields::problem() const
{
    const auto level = PasswordStrength::assess(m_first->text());
    if (level == PasswordStrength::Level::TooShort)
        return PasswordStrength::describe(level);
    if (m_first->text() != m_second->text())
        return tr("The two passwords differ.");
    return {};
}

bool PasswordFields::isAcceptable() const
{
    return problem().isEmpty();
}

void PasswordFields::updateHint()
{
    const auto level = PasswordStrength::assess(m_first->text());
    QString text = PasswordStrength::describe(level);
    if (level != PasswordStrength::Level::TooShort && !m_second->text().isEmpty() &&
        m_first->text() != m_second->text())
        text += QLatin1Char(' ') + tr("The two passwords differ.");
    m_hint->setText(text);
}
