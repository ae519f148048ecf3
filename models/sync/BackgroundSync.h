#pragma once

#include "ServerConfig.h"
#include "submissions/SubmissionStore.h"

#include <QMutex>
#include <QObject>

#include <exception>
#include <memory>

class Database;
class QThread;
class SyncEngine;

// A sync run off the caller's thread, so that a window never waits for the network or for
// a transaction: SyncEngine runs on a worker QThread with a connection of its own to the
// same database (cloned from the caller's) and its own QNetworkAccessManager. Progress
// and the end come back as signals in the caller's thread. The caller's Database must
// outlive the run: the destructor cancels it and waits.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        ServerConfig config; // with the token
        int pageLimit = 1000;
        qsizetype transactionItems = 200000;
        qint64 transactionMs = 2000;
    };
    // How the last run ended; read it after finished() (or wait()).
    struct Outcome
    {
        StoreSummary stored; // also when it failed: what was stored before stays
        bool cancelled = false;
        std::exception_ptr error; // UserError / EnvironmentError (CertificateError)
    };

    explicit BackgroundSync(const Database& db, QObject* parent = nullptr);
    ~BackgroundSync() override;

    // Starts a run; false (nothing done) while one is running.
    bool start(Job job);
    bool isRunning() const;
    // Thread-safe: the run stops after the page in hand is stored (SyncEngine::cancel()).
    void cancel();
    // Blocks until the worker has ended; finished() still follows through the event loop.
    void wait();
    Outcome outcome() const;

Q_SIGNALS:
    void progress(int pages, qint64 items, double itemsPerSecond);
    void retrying(int attempt, int waitMs, const QString& reason);
    void finished();

private:
    void work(const Job& job);

    const Database& m_db;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    SyncEngine* m_engine = nullptr; // the worker's, while it runs
    bool m_cancelRequested = false;
    Outcome m_outcome;
};
