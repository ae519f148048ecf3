#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The reference server's own SQLite file: contests with their published package, and
// submissions in order of arrival. The arrival number (seq) is the cursor.
class ServerStore
{
public:
    struct Contest
    {
        QString code;
        QString title;
        QString opensAt;
        QString closesAt;
        int packageVersion = 0;
        QByteArray packageJson; // empty: never published
        QByteArray packageSha;
        QByteArray questionsSha;
    };
    struct Page
    {
        QByteArray itemsJson; // "[...]" built from the stored raw items
        qint64 lastSeq = 0;
        int count = 0;
        bool hasMore = false;
    };

    explicit ServerStore(const QString& path); // throws std::runtime_error
    ~ServerStore();

    std::optional<Contest> contest(const QString& code) const;
    std::optional<Contest> anyPublished() const;
    QStringList publishedCodes() const;
    void saveContest(const Contest& c);
    qint64 submissionCount(const QString& code) const;
    Page page(const QString& code, qint64 after, int limit) const;
    // Appends in arrival order, in one transaction.
    void append(const QString& code, const QList<QByteArray>& rawItems);
    // The fingerprint of the published package alone (cheap: tells a cache it is stale).
    QByteArray packageSha(const QString& code) const;
    // A random secret kept in the data file, made on first use: the same after a restart,
    // never sent anywhere (the client fingerprint's and the CSRF tokens' HMAC key).
    QByteArray secret(const QString& name);
    QString connectionName() const { return m_connection; }

private:
    void exec(const QString& sql) const;
    QString m_connection;
};
