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

// The passwords of shared databases, by URL without password: those given in this session,
// then those remembered in the TokenStore (keychain, or a 0600 file), then the user is asked.
namespace DatabasePasswords {
// `fallbackDir` of the TokenStore; empty: <AppConfigLocation>/database-passwords.
void setStoreDirectory(const QString& dir);
QString storeDescription();
void rememberForSession(const QString& url, const QString& password);
// Throws EnvironmentError when the keychain refuses.
void store(const QString& url, const QString& password);
void forget(const QString& url);
std::optional<QString> stored(const QString& url);
// What Database's password provider does in the app; `parent` for the prompt.
QString provide(const QUrl& location, QWidget* parent);
} // namespace DatabasePasswords
