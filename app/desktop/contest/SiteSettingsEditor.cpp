#include "SiteSettingsEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

SiteSettingsEditor::SiteSettingsEditor(QWidget* parent) : QGroupBox(tr("Contest site"), parent)
{
    auto* form = new QFormLayout(this);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("siteUrlLineEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://thi.sonha.gov.vn"));
    m_urlEdit->setToolTip(tr("The site's https:// address. Certificates printed with it carry a "
                             "QR code that opens their check page on the site; empty: no QR "
                             "code."));
    m_rulesEdit = new QPlainTextEdit(this);
    m_rulesEdit->setObjectName(QStringLiteral("rulesPlainTextEdit"));
    m_rulesEdit->setTabChangesFocus(true);
    m_rulesEdit->setToolTip(tr("The rules as the contest site shows them to contestants "
                               "(plain text; published with the package)."));
    m_rulesEdit->setMinimumHeight(80);
    form->addRow(tr("Site &address:"), m_urlEdit);
    form->addRow(tr("R&ules:"), m_rulesEdit);
    m_fields.insert(QStringLiteral("site_url"), m_urlEdit);
    m_fields.insert(QStringLiteral("rules"), m_rulesEdit);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &SiteSettingsEditor::changed);
    connect(m_rulesEdit, &QPlainTextEdit::textChanged, this, &SiteSettingsEditor::changed);
}

void SiteSettingsEditor::setValues(const QString& siteUrl, const QString& rules)
{
    m_urlEdit->setText(siteUrl);
    // Unchanged text is not set again: the cursor and the undo history stay.
    if (m_rulesEdit->toPlainText() != rules)
        m_rulesEdit->setPlainText(rules);
}

QString SiteSettingsEditor::siteUrl() const
{
    return m_urlEdit->text();
}

QString SiteSettingsEditor::rules() const
{
    return m_rulesEdit->toPlainText();
}
