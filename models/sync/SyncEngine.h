#pragma once

#include "submissions/SubmissionStore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <algorithm>
#include <atomic>
#include <functional>

class Database;
class PageFetcher;
class ServerClient;

// Pulls a contest's submissions page by page from where the last run stopped. Each page
// gets the same validation, dedup and grading as a file import, and is stored whole in one
// transaction together with the cursor that ends it: killed at any moment, a sync loses
// nothing and stores nothing twice, and the next run resumes. The transaction is a
// compare-and-swap on the stored cursor: when another sync has moved it since this run
// read it, the page is rolled back and the run stops, so two syncs at once never store a
// page twice.
//
// A transaction may hold several whole pages (and the cursor after the last), up to a
// size and an age (by default 200,000 items or 2 s; the app uses less so that its window
// stays responsive). Committing once per 1,000 items made SQLite write the same index
// pages again and again (random ids and contestant keys touch a different leaf per row); a
// larger transaction writes each of them once. It waits for the next page at most until
// its age runs out, and cancel() still stops after the page in hand.
//
// Two threads: a PageFetcher fetches, reads and judges the next pages while this thread
// stores (on SQLite through SqliteSubmissionWriter, otherwise through SubmissionStore).
// run() blocks its thread: contestctl calls it directly, the app through BackgroundSync
// on a thread of its own (with its own connection), never on the window's thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Database& db, ServerClient& client, QObject* parent = nullptr);

    void setPageLimit(int limit) { m_limit = std::clamp(limit, 1, 1000); } // the API's limit
    // Stop after this many pages (0: none); tests and benchmarks use it.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // A transaction takes no further page once it holds this many items or is this old
    // (the window cannot repaint while a transaction stores). 1 item: a transaction per
    // page.
    void setTransactionLimits(qsizetype items, qint64 ms)
    {
        m_groupItems = std::max<qsizetype>(1, items);
        m_groupMs = std::max<qint64>(0, ms);
    }

    // Until the server says it has no more, or cancel(). Throws UserError /
    // EnvironmentError; what was stored before the failure stays stored.
    StoreSummary run();

    // Thread-safe: the run stops cleanly after the page in hand is stored; a page still
    // on its way is not waited for (its request is aborted, and nothing of it is stored).
    // Also before run() starts: the next run then stops at once. Used up by that run.
    void cancel();
    bool wasCancelled() const { return m_cancelled; }
    // What the current (or last) run stored so far, also after it failed.
    const StoreSummary& stored() const { return m_total; }
    // Test hook: runs after a page arrived and before the transaction that stores it
    // begins (a page that joins a transaction already open does not run it).
    void setBeforeStoreHook(std::function<void()> hook) { m_beforeStore = std::move(hook); }

    // Where the last run's time went: waiting for pages (fetched, read and judged by the
    // worker meanwhile), storing them.
    qint64 fetchMs() const { return m_fetchMs; }
    qint64 storeMs() const { return m_storeMs; }
    int transactions() const { return m_transactions; }

Q_SIGNALS:
    void progress(int pages, qint64 items, double itemsPerSecond);
    void pageStored(const QString& cursor, const StoreSummary& page);

private:
    Database& m_db;
    ServerClient& m_client;
    int m_limit = 1000;
    int m_maxPages = 0;
    std::atomic<bool> m_cancel{false};
    QMutex m_fetcherMutex;
    PageFetcher* m_fetcher = nullptr; // the run's, while it runs: cancel() stops it
    bool m_cancelled = false;
    StoreSummary m_total;
    qint64 m_fetchMs = 0;
    qint64 m_storeMs = 0;
    std::function<void()> m_beforeStore;
    qsizetype m_groupItems = 200000;
    qint64 m_groupMs = 2000;
    int m_transactions = 0;
};
