#pragma once

#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class TestLocation;

// What the sync tests share: a CA and a server certificate made with openssl in a
// temporary folder, the real contest-server started on 127.0.0.1 with --port 0, and
// contestctl run as a process.
class SyncFixture
{
public:
    SyncFixture();
    ~SyncFixture();

    bool makeCertificates(); // ca.pem, server.pem, server.key
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString tokenFile() const { return path(QStringLiteral("token")); }
    QString serverCertSha256() const; // "AB:CD:..."

    // Starts contest-server with `extra` options and a fresh data file; the URL, or empty.
    QString startServer(const QString& dataName, const QStringList& extra);
    // One more contest-server process on the same data (a PostgreSQL database: several
    // processes serve one contest); the URL, or empty. stopServer() stops them all.
    QString startAnotherServer(const QStringList& extra);
    void stopServer();
    // From now on the server's data follows the test's engine: on a -postgresql run a fresh
    // database on the test cluster (dropped afterwards) instead of a SQLite file.
    void setServerOnTestEngine(bool on) { m_serverOnTestEngine = on; }
    QString serverLog() const { return m_serverLog; }
    QString serverData() const { return m_serverData; }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList& args, int timeoutMs = 60000,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    static QString contestctl();
    // `contestctl demo --people 0` into `db`, its window moved to an hour either side of
    // now (the demo's is in 2024), and `maxAttempts` when given: a contest the site serves.
    bool makeOpenDemo(const QString& db, int maxAttempts = -1) const;
    // Decides every tie at a prize boundary of `db` (as the judges would), then locks the
    // results; the lock's run.
    Run lockResults(const QString& db) const;

    // Ids as stored: the server's file in arrival order, the client's submissions table.
    QStringList serverIds() const;
    static QSet<QString> clientIds(const QString& dbFile);
    static qint64 scalar(const QString& dbFile, const QString& sql);
    static QString text(const QString& dbFile, const QString& sql); // first column, first row

private:
    std::unique_ptr<QProcess> launch(const QStringList& extra, QString* url) const;

    QTemporaryDir m_dir;
    bool m_serverOnTestEngine = false;
    std::unique_ptr<TestLocation> m_serverDb;
    std::unique_ptr<QProcess> m_server;
    std::vector<std::unique_ptr<QProcess>> m_otherServers;
    QString m_serverData;
    QString m_serverLog;
};
