#include "BackupBeforeSyncDialog.h"

#include "FileDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

BackupBeforeSyncDialog::BackupBeforeSyncDialog(bool enabled, const QString& folder, int keep,
                                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Backup before each sync"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Before every sync (here and in scheduled contestctl runs) a copy of the "
                      "database is written into the folder, and only the newest are kept. If "
                      "the copy cannot be written, the sync does not run."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_enabledCheck = new QCheckBox(tr("&Back up before each sync"), this);
    m_enabledCheck->setObjectName(QStringLiteral("enabledCheckBox"));
    m_enabledCheck->setChecked(enabled);
    layout->addWidget(m_enabledCheck);

    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folderEdit = new QLineEdit(QDir::toNativeSeparators(folder), this);
    m_folderEdit->setObjectName(QStringLiteral("folderLineEdit"));
    auto* browseButton = new QPushButton(tr("B&rowse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browseButton);
    // A layout row gets no buddy from addRow: the label would show its '&' as text.
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    form->addRow(folderLabel, folderRow);
    m_keepSpin = new QSpinBox(this);
    m_keepSpin->setObjectName(QStringLiteral("keepSpinBox"));
    m_keepSpin->setRange(1, 1000);
    m_keepSpin->setValue(keep);
    m_keepSpin->setSuffix(tr(" backups"));
    form->addRow(tr("&Keep the newest:"), m_keepSpin);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &BackupBeforeSyncDialog::browse);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &BackupBeforeSyncDialog::updateState);
    updateState();
}

bool BackupBeforeSyncDialog::isEnabled() const
{
    return m_enabledCheck->isChecked();
}

QString BackupBeforeSyncDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

int BackupBeforeSyncDialog::keep() const
{
    return m_keepSpin->value();
}

void BackupBeforeSyncDialog::browse()
{
    const QString dir = FileDialog::getExistingDirectory(
        this, tr("Folder for the backups"), folder().isEmpty() ? QDir::homePath() : folder());
    if (!dir.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(dir));
}

void BackupBeforeSyncDialog::updateState()
{
    m_folderEdit->setEnabled(m_enabledCheck->isChecked());
    m_keepSpin->setEnabled(m_enabledCheck->isChecked());
}
