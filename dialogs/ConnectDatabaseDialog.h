#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Asks where a shared PostgreSQL contest database is and who connects to it. The URL it
// gives never holds the password: the password reaches the storage through
// Database::setPasswordProvider (see DatabasePasswords), and is kept in the keychain (or
// a file only the user can read) when the user asks for it.
class ConnectDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        QString url; // postgresql://user@host:port/dbname, no password
        QString password;
        bool remember = false;
    };

    explicit ConnectDatabaseDialog(QWidget* parent = nullptr);

    // Shows the dialog; nothing when the user cancels. With a test hook set, the hook gets
    // the dialog instead (to fill it and call accept() or reject()) and nothing is shown.
    static std::optional<Answer> ask(QWidget* parent);
    using TestHook = std::function<void(ConnectDatabaseDialog&)>;
    static void setNextHook(TestHook hook); // one dialog only

    QString url() const;
    Answer answer() const;
    // Opens the database as the fields say and shows what was found, or why it failed.
    void testConnection();
    QString testResult() const;

    void accept() override;

private:
    void updateOk();
    QString urlWithPassword(const QString& password) const; // for Test connection only

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_okButton = nullptr;
};

// What Database's password provider does in the app: a password known for the database
// (DatabasePasswords), else the user is asked; `parent` for the prompt.
namespace DatabasePasswordPrompt {
QString provide(const QUrl& location, QWidget* parent);
}
