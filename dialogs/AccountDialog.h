#pragma once

#include "accounts/Role.h"

#include <QDialog>

#include <optional>

class PasswordFields;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A new account: user name, display name, role (unless fixed) and the password twice.
// The OK button stays disabled until the name and password are acceptable. Tests answer
// it through setNextAnswer() without showing anything.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        QString username;
        QString displayName;
        Role role = Role::Secretary;
        QString password;
    };

    // `fixedRole`: the role is not offered (the administrator is the committee's).
    AccountDialog(const QString& title, const QString& intro, std::optional<Role> fixedRole,
                  QWidget* parent = nullptr);
    Answer answer() const;

    // The answer, or nothing when the user cancelled.
    static std::optional<Answer> ask(QWidget* parent, const QString& title, const QString& intro,
                                     std::optional<Role> fixedRole = std::nullopt);
    // Test hook for the next ask(); an answer with a null username cancels.
    static void setNextAnswer(const Answer& answer);

private:
    void updateState();
    std::optional<Role> m_fixedRole;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    PasswordFields* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_okButton = nullptr;
};
