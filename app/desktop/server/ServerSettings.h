#pragma once

#include "sync/ServerConfig.h"

#include <QString>

// The online server settings of one contest database, kept in QSettings under a group
// named after the database file, so two databases can talk to two servers. The token is
// NOT here: it lives in TokenStore (keychain or a 0600 file).
struct ServerSettings
{
    QString url;             // "https://127.0.0.1:8443"
    QString caFile;          // extra PEM CA; empty: system CAs only
    QByteArray pinnedSha256; // confirmed by an administrator; empty: none
    int autoSyncMinutes = 0; // 0: no automatic sync

    static ServerSettings load(const QString& databaseLocation);
    void save(const QString& databaseLocation) const;

    // The server's identity as TokenStore and SyncState key it (empty when the URL is bad).
    QString serverKey() const;
    // Without the token: the caller reads it from TokenStore.
    ServerConfig config() const;

private:
    static QString group(const QString& databaseLocation);
};
