#include "SignerNameDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignerNameDialog::SignerNameDialog(const QString& signerTitle, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signerNameDialog"));
    setWindowTitle(tr("Signer's name"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt =
        new QLabel(tr("The certificates have no signer's name. Who signs them, under \"%1\"?")
                       .arg(signerTitle.simplified()),
                   this);
    prompt->setObjectName(QStringLiteral("promptLabel"));
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signerNameLineEdit"));
    m_name->setPlaceholderText(tr("Full name, e.g. Nguyễn Văn An"));
    prompt->setBuddy(m_name);
    layout->addWidget(m_name);
    m_keep = new QCheckBox(tr("&Keep this name in the layout for later prints"), this);
    m_keep->setObjectName(QStringLiteral("keepInLayoutCheckBox"));
    m_keep->setChecked(true);
    layout->addWidget(m_keep);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(tr("&Print"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_okButton->setEnabled(!name().isEmpty()); });
}

QString SignerNameDialog::name() const
{
    return m_name->text().simplified().normalized(QString::NormalizationForm_C);
}

bool SignerNameDialog::keepInLayout() const
{
    return m_keep->isChecked();
}

std::optional<SignerNameDialog::Answer> SignerNameDialog::ask(QWidget* parent,
                                                              const QString& signerTitle)
{
    SignerNameDialog dialog(signerTitle, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{dialog.name(), dialog.keepInLayout()};
}
