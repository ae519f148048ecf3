#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;     // RFC 3339 UTC
    QString user;   // who did it
    QString action; // "settings.update", "exclusions.import", "tie.decide", "results.lock"...
    QString subject; // what it is about: a key, a tie, a snapshot
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

// The committee's record of every decision that affects results: append-only, each entry
// hashing the one before, so that an edited or deleted entry is detected by verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends in the caller's transaction, so the entry and the change it records are
    // stored together or not at all.
    void append(const QString& action, const QString& subject, const QJsonValue& before, const QJsonValue& after);
    QList<AuditEntry> entries() const;

    struct Verification
    {
        bool intact = true;
        int checked = 0;
        QStringList problems; // each names the entry
    };
    Verification verify() const;

    // Who is acting: set by the app or contestctl at start (the login of a later
    // version); by default the operating system's user name.
    static void setCurrentUser(const QString& user);
    static QString currentUser();

    static QString hashOf(const AuditEntry& e);

private:
    Database& m_db;
};
