#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks who is working and checks the password against the database's accounts (the core's
// Session::logIn); a wrong password keeps the dialog open with the reason. Tests answer it
// through setNextCredentials() without showing anything.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Database& db, QWidget* parent = nullptr);

    // True once someone logged in; false when the user gave up.
    static bool logIn(Database& db, QWidget* parent);

    // Test hook: the next logIn() tries these instead of showing the dialog (a null user
    // name: the user cancels). lastError() tells why a hooked login failed.
    static void setNextCredentials(const QString& user, const QString& password);
    static QString lastError();

    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_okButton = nullptr;
};
