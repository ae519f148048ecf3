#include "UserRepository.h"

#include "AccountName.h"
#include "Authorization.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Session.h"
#include "audit/AuditLog.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const char* const kColumns =
    "SELECT id, username, display_name, role, disabled, created_at, row_version FROM users";

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromName(q.value(3).toString()).value_or(Role::Secretary);
    u.disabled = q.value(4).toInt() != 0;
    u.createdAt = q.value(5).toString();
    u.rowVersion = q.value(6).toInt();
    return u;
}

using AccountName::normalized;

} // namespace

QString UserRepository::usernameProblem(const QString& username)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    if (!allowed.match(normalized(username)).hasMatch())
        return tr("a user name is 1 to 64 letters, digits or . _ @ - (no spaces): '%1'")
            .arg(username);
    return {};
}

QString UserRepository::passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return tr("a password needs at least %1 characters").arg(kMinPasswordLength);
    return {};
}

bool UserRepository::hasAccounts() const
{
    return !Authorization::isSetupMode(m_db);
}

QList<User> UserRepository::list() const
{
    QList<User> users;
    QSqlQuery q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" ORDER BY username_key"));
    while (q.next())
        users << userFrom(q);
    return users;
}

std::optional<User> UserRepository::find(const QString& username) const
{
    QSqlQuery q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE username_key = ?"),
                            {AccountName::key(username)});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

User UserRepository::require(const QString& username) const
{
    const std::optional<User> user = find(username);
    if (!user)
        throw UserError(tr("there is no account named %1").arg(username));
    return *user;
}

int UserRepository::activeCommitteeCount() const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"),
                  {Roles::name(Role::Committee)});
    return q.next() ? q.value(0).toInt() : 0;
}

User UserRepository::create(const QString& username, const QString& displayName, Role role,
                            const QString& password)
{
    User created;
    m_db.transaction([&] {
        if (Authorization::isSetupMode(m_db)) {
            if (role != Role::Committee)
                throw UserError(
                    tr("the first account must be the committee's (the administrator)"));
        } else {
            Authorization::require(m_db, Permission::ManageUsers);
        }
        Problems problems;
        if (const QString p = usernameProblem(username); !p.isEmpty())
            problems << Problem{QStringLiteral("username"), p};
        if (const QString p = passwordProblem(password); !p.isEmpty())
            problems << Problem{QStringLiteral("password"), p};
        if (!problems.isEmpty())
            throw UserError(problems);
        if (find(username))
            throw UserError(
                tr("an account named %1 exists already (names are compared without regard to case)")
                    .arg(username));
        const PasswordHash h = PasswordHasher::hash(password);
        const QString name = normalized(username);
        const QString display = normalized(displayName).isEmpty() ? name : normalized(displayName);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_db.exec(QStringLiteral("INSERT INTO users (username, username_key, display_name, role, "
                                 "password_hash, salt, "
                                 "iterations, algorithm, created_at, disabled, row_version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"),
                  {name, AccountName::key(name), display, Roles::name(role),
                   QString::fromLatin1(h.hash.toBase64()), QString::fromLatin1(h.salt.toBase64()),
                   h.iterations, h.algorithm, now});
        AuditLog(m_db).append(QStringLiteral("user.create"), name, QJsonValue(),
                              QJsonObject{{QStringLiteral("username"), name},
                                          {QStringLiteral("display_name"), display},
                                          {QStringLiteral("role"), Roles::name(role)}});
        created = require(name);
    });
    return created;
}

void UserRepository::changePassword(const QString& username, const QString& newPassword)
{
    m_db.transaction([&] {
        const User user = require(username);
        const auto me = Session::current();
        const bool own = me && AccountName::key(me->username) == AccountName::key(user.username);
        if (!own)
            Authorization::require(m_db, Permission::ManageUsers);
        if (const QString p = passwordProblem(newPassword); !p.isEmpty())
            throw UserError(p);
        const PasswordHash h = PasswordHasher::hash(newPassword);
        m_db.exec(
            QStringLiteral(
                "UPDATE users SET password_hash = ?, salt = ?, iterations = ?, algorithm = ?, "
                "row_version = row_version + 1 WHERE id = ?"),
            {QString::fromLatin1(h.hash.toBase64()), QString::fromLatin1(h.salt.toBase64()),
             h.iterations, h.algorithm, user.id});
        AuditLog(m_db).append(QStringLiteral("user.password"), user.username, QJsonValue(),
                              QJsonObject{{QStringLiteral("username"), user.username}});
    });
}

void UserRepository::changeRole(const QString& username, Role role)
{
    m_db.transaction([&] {
        Authorization::require(m_db, Permission::ManageUsers);
        const User user = require(username);
        if (user.role == role)
            return;
        if (user.role == Role::Committee && !user.disabled && activeCommitteeCount() <= 1)
            throw UserError(
                tr("%1 is the last active committee account: give another account the committee "
                   "role first")
                    .arg(user.username));
        m_db.exec(
            QStringLiteral("UPDATE users SET role = ?, row_version = row_version + 1 WHERE id = ?"),
            {Roles::name(role), user.id});
        AuditLog(m_db).append(QStringLiteral("user.role"), user.username,
                              QJsonObject{{QStringLiteral("role"), Roles::name(user.role)}},
                              QJsonObject{{QStringLiteral("role"), Roles::name(role)}});
    });
}

void UserRepository::setDisabled(const QString& username, bool disabled)
{
    m_db.transaction([&] {
        Authorization::require(m_db, Permission::ManageUsers);
        const User user = require(username);
        if (user.disabled == disabled)
            return;
        if (disabled && user.role == Role::Committee && activeCommitteeCount() <= 1)
            throw UserError(tr("%1 is the last active committee account and cannot be disabled")
                                .arg(user.username));
        m_db.exec(QStringLiteral(
                      "UPDATE users SET disabled = ?, row_version = row_version + 1 WHERE id = ?"),
                  {disabled ? 1 : 0, user.id});
        AuditLog(m_db).append(
            disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
            user.username, QJsonObject{{QStringLiteral("disabled"), user.disabled}},
            QJsonObject{{QStringLiteral("disabled"), disabled}});
    });
}

std::optional<User> UserRepository::authenticate(const QString& username,
                                                 const QString& password) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT id, username, display_name, role, disabled, created_at, row_version, "
            "password_hash, salt, iterations, algorithm FROM users WHERE username_key = ?"),
        {AccountName::key(username)});
    if (!q.next()) {
        // The same PBKDF2 work as for a real account, so that the time taken does not tell
        // which names exist (issue 13: 0.04 s against 0.2 s). The result is thrown away.
        PasswordHasher::verify(password, PasswordHasher::dummyHash());
        return std::nullopt;
    }
    User user = userFrom(q);
    PasswordHash stored;
    stored.hash = QByteArray::fromBase64(q.value(7).toString().toLatin1());
    stored.salt = QByteArray::fromBase64(q.value(8).toString().toLatin1());
    stored.iterations = q.value(9).toInt();
    stored.algorithm = q.value(10).toString();
    if (!PasswordHasher::verify(password, stored) || user.disabled)
        return std::nullopt;
    return user;
}

int UserRepository::unlock(const QString& username)
{
    int cleared = 0;
    m_db.transaction([&] {
        Authorization::require(m_db, Permission::ManageUsers);
        const User user = require(username);
        LoginThrottle throttle(m_db);
        cleared = throttle.state(user.username).failures;
        if (cleared == 0)
            return;
        throttle.clear(user.username);
        AuditLog(m_db).append(QStringLiteral("user.unlock"), user.username,
                              QJsonObject{{QStringLiteral("failed_logins"), cleared}},
                              QJsonObject{{QStringLiteral("failed_logins"), 0}});
    });
    return cleared;
}
