#pragma once

#include "ServerConfig.h"
#include "submissions/SubmissionRecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <deque>
#include <exception>
#include <memory>
#include <vector>

class QThread;
class ServerClient;
class SubmissionValidator;

// A page fetched, read, judged and hashed by the worker: ready to be stored.
struct PreparedPage
{
    QString cursor;
    bool hasMore = false;
    qsizetype items = 0;
    QList<SubmissionRecord> records;
    std::exception_ptr error; // set: the run ends here, after the pages before it
    bool stopped = false;     // set: stop() was called; nothing more comes
};

// The network half of a sync, on a thread of its own so that both cores work: fetches
// pages one after the other from the starting cursor, reads, judges and hashes their items,
// and queues them for the caller, which stores earlier pages meanwhile. At most four
// pages wait in the queue, so memory does not grow with the number of submissions. The
// worker has its own QNetworkAccessManager and ServerClient (made from the caller's
// config); the caller's client relays its `retrying` signal. The caller blocks while it
// waits for a page: it runs on a thread of its own too (the app's sync) or in a process
// with no window (contestctl).
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        ServerConfig config;
        QString contestCode;
        QString cursor; // where the run starts; empty: from the beginning
        int limit = 1000;
        // Each record's row encoded for SqliteSubmissionWriter (EncodedRow); other stores
        // would not read it.
        bool encodeRows = false;
    };
    PageFetcher(Job job, const SubmissionValidator& validator, ServerClient& relay);
    ~PageFetcher() override; // stops the worker and waits for it

    void start();
    // The next page in order, the error that ends the run, or a page marked `stopped`
    // after stop(). Blocks until one of them is there.
    PreparedPage next();
    // Whether next() would return without waiting, after waiting up to `ms` for it without
    // an event loop: the storing side calls it inside a transaction, where nothing else
    // (a click, a timer) may run on its connection. The worker ending counts as ready.
    bool waitReady(int ms);
    // Hands a stored page back: its thousands of strings are freed on the worker thread,
    // off the storing thread's path.
    void recycle(PreparedPage page);
    // The worker ends at once (its request in flight is aborted); pages queued are dropped.
    // Thread-safe: a cancel from another thread ends a next() that waits.
    void stop();

private:
    void work();
    bool push(PreparedPage page);

    Job m_job;
    const SubmissionValidator& m_validator;
    ServerClient& m_relay;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_space;
    QWaitCondition m_ready;
    std::deque<PreparedPage> m_queue;
    std::vector<PreparedPage> m_recycled;
    bool m_stopping = false;
    bool m_workerDone = false;        // work() returned: no page will come any more
    ServerClient* m_worker = nullptr; // the worker's client while it runs, to abort it
};
