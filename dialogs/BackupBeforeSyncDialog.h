#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

// "Back up before each sync": on or off, the folder, how many backups to keep. The caller
// stores the choice (BackupBeforeSync::setPolicy), which checks the folder.
class BackupBeforeSyncDialog : public QDialog
{
    Q_OBJECT
public:
    BackupBeforeSyncDialog(bool enabled, const QString& folder, int keep,
                           QWidget* parent = nullptr);

    bool isEnabled() const;
    QString folder() const;
    int keep() const;

private:
    void browse();
    void updateState();
    QCheckBox* m_enabledCheck = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QSpinBox* m_keepSpin = nullptr;
};
