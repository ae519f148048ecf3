#pragma once

#include <QWidget>

#include <functional>

class Database;
class QPushButton;
class QTableWidget;

// The committee's list of accounts: add, reset a password, change a role, disable or
// enable, unlock after failed logins. Every change goes through UserRepository, which checks the permission and
// protects the last committee account; a refusal is shown as the core words it.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Database& db, QWidget* parent = nullptr);
    // The page in a window of its own (Settings > User accounts).
    static void showDialog(Database& db, QWidget* parent);

    void reload();
    QTableWidget* table() const { return m_table; }
    void selectUser(const QString& username);

public Q_SLOTS:
    void addAccount();
    void resetPassword();
    void changeRole();
    void toggleDisabled();
    void unlockAccount(); // forgets the failed logins (LoginThrottle)

private:
    QString selectedUser() const;
    void updateButtons();
    void run(const QString& title, const std::function<void()>& change);

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QPushButton* m_roleButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
};
