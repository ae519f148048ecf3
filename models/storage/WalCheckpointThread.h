#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies a SQLite database's write-ahead log into the database file on a thread (and a
// connection) of its own, so that a long run of writes (a sync of a million submissions)
// does not stop every few transactions to do it on the writing thread. Measured: the
// checkpoints done by the writer took about half of the sync's time at a million.
//
// SQLite allows this: a PASSIVE checkpoint from another connection never blocks the writer
// and copies only committed frames. The writer keeps a (large) automatic checkpoint of its
// own, because SQLite restarts the log only when a transaction begins after everything was
// copied, which a writer that never pauses would not see: its own checkpoint, when the log
// has grown that large, finds almost nothing left to copy and lets the log start over.
class WalCheckpointThread
{
public:
    // Null when `connection` is not a file database in WAL mode (nothing to copy).
    static std::unique_ptr<WalCheckpointThread> start(sqlite3* connection);
    ~WalCheckpointThread(); // stops the thread; a checkpoint under way completes first
    WalCheckpointThread(const WalCheckpointThread&) = delete;
    WalCheckpointThread& operator=(const WalCheckpointThread&) = delete;

private:
    explicit WalCheckpointThread(sqlite3* own);
    void run();

    sqlite3* m_own;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};
