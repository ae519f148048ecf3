#pragma once

#include <QGroupBox>

class Database;
class TokenStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Where the online server is and how to trust it: URL, extra CA file, the pinned
// fingerprint, the automatic sync interval (QSettings per database) and the API token
// (TokenStore; typed once, never shown again).
class ServerSettingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    ServerSettingsPanel(Database& db, TokenStore& tokens, QWidget* parent = nullptr);

public Q_SLOTS:
    void load(); // from the stored settings (after a pin was confirmed, too)
    bool save();

Q_SIGNALS:
    void saved();

private:
    void browseCaFile();
    void forgetPin();
    void showTokenState(const QString& serverKey);

    Database& m_db;
    TokenStore& m_tokens;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_caFileEdit = nullptr;
    QLabel* m_pinLabel = nullptr;
    QPushButton* m_forgetPinButton = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLabel* m_tokenLabel = nullptr;
    QSpinBox* m_autoSyncSpin = nullptr;
};
