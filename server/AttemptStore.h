#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The site's attempts in the server's data file (beside contests and submissions, on the
// same connection): who started what and when, the drawn questions, the answers saved
// so far, and once submitted the answer given (so a resubmit returns it unchanged).
// attempts_max is kept by a UNIQUE (contest, identity, slot) row: two tabs starting at
// once, or two requests to two server processes on one PostgreSQL database, cannot both
// take the last slot.
class AttemptStore
{
public:
    struct Attempt
    {
        QString id;
        QString contestCode;
        QString identity;
        QByteArray secretSha; // SHA-256 of the secret: the secret itself is never stored
        QString client;       // meta.client
        QJsonObject contestant;
        QStringList questions; // drawn ids, in order
        QJsonObject answers;   // q -> key (absent: unanswered)
        std::optional<qint64> prediction;
        qint64 startedMs = 0;
        QString startedAt;   // RFC 3339 as stamped
        QByteArray response; // the submit answer; empty until submitted
        bool submitted() const { return !response.isEmpty(); }
    };

    explicit AttemptStore(Database& db); // throws std::runtime_error

    // Stores a new attempt unless its identity already has `attemptsMax` (0: no limit).
    // false: the limit is reached.
    bool start(const Attempt& attempt, int attemptsMax);
    std::optional<Attempt> find(const QString& id) const;
    // false when the attempt was submitted meanwhile (nothing changed).
    bool saveAnswers(const QString& id, const QJsonObject& answers,
                     std::optional<qint64> prediction);
    // Marks the attempt submitted and appends the SUBMISSION, in one transaction.
    // false when it was already submitted (nothing changed).
    bool submit(const Attempt& attempt, const QByteArray& response, const QByteArray& submission);
    int attemptsOf(const QString& contestCode, const QString& identity) const;

private:
    enum class Start
    {
        Stored,
        LimitReached,
        SlotTaken
    };
    Start tryStart(const Attempt& attempt, int attemptsMax);
    Database& m_db;
};
