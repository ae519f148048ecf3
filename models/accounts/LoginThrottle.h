#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;

// Slows down password guessing (issue 13): the failed logins of each account name, as
// typed, are counted in the database (table login_failures). The first kFreeFailures cost
// nothing; from then on the next attempt is accepted only kFirstDelayMs after the last
// failure, doubling with each further one (1, 2, 4, 8, 16 s); after kLockAfter failures the
// name is locked for kLockMs after each failure. A successful login or the committee's
// unlock (UserRepository::unlock) clears the count. Names of accounts that do not exist
// are counted the same way, so the delay tells nothing about which accounts exist.
class LoginThrottle
{
    Q_DECLARE_TR_FUNCTIONS(LoginThrottle)
public:
    static constexpr int kFreeFailures = 5;
    static constexpr int kLockAfter = 10;
    static constexpr qint64 kFirstDelayMs = 1000;
    static constexpr qint64 kLockMs = 15 * 60 * 1000;
    static constexpr int kMaxStoredNameLength = 256; // a longer typed name is cut

    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        // When the next attempt is accepted; 0 when it is at once.
        qint64 nextAttemptMs() const;
        bool locked() const { return failures >= kLockAfter; }
    };

    explicit LoginThrottle(Database& db) : m_db(db) {}

    State state(const QString& username) const;
    // Counts one more failure at `nowMs`, in the caller's transaction; returns the new state.
    State recordFailure(const QString& username, qint64 nowMs);
    void clear(const QString& username);

    // Throws UserError when `username` may not try yet at `nowMs`; the message is the same
    // whether the account exists or not.
    void requireMayTry(const QString& username, qint64 nowMs) const;

    // The clock the throttle reads (milliseconds since the epoch); tests set their own so
    // that no test waits for a delay to pass. An empty function restores the real clock.
    static qint64 now();
    static void setClockForTests(std::function<qint64()> clock);

private:
    static QString keyOf(const QString& username);
    Database& m_db;
};
