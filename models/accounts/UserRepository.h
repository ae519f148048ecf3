#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct User
{
    qint64 id = 0;
    QString username; // as typed at creation; compared without regard to case
    QString displayName;
    Role role = Role::Secretary;
    bool disabled = false;
    QString createdAt;
    int rowVersion = 0;
};

// The accounts of one contest database. Every change is audited and needs the
// ManageUsers permission, except the very first account (setup mode), which must be the
// committee's, and a user changing their own password. The last active committee account
// can be neither disabled nor demoted: someone must always be able to manage accounts.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    static constexpr int kMinPasswordLength = 8;

    explicit UserRepository(Database& db) : m_db(db) {}

    bool hasAccounts() const;
    QList<User> list() const; // by name
    std::optional<User> find(const QString& username) const;

    User create(const QString& username, const QString& displayName, Role role,
                const QString& password);
    void changePassword(const QString& username, const QString& newPassword);
    void changeRole(const QString& username, Role role);
    void setDisabled(const QString& username, bool disabled);
    // Lifts the delay or lockout of repeated failed logins (LoginThrottle): needs
    // ManageUsers, audited. Returns how many failures were forgotten (0: nothing to lift).
    int unlock(const QString& username);

    // The account if the name exists, is enabled and the password matches. An unknown name
    // costs the same PBKDF2 work as a known one (PasswordHasher::dummyHash).
    std::optional<User> authenticate(const QString& username, const QString& password) const;

    // Problems with a proposed name or password, empty when fine.
    static QString usernameProblem(const QString& username);
    static QString passwordProblem(const QString& password);

private:
    User require(const QString& username) const;
    int activeCommitteeCount() const;
    Database& m_db;
};
