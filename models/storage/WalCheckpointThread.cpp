#include "WalCheckpointThread.h"

#include <sqlite3.h>

#include <chrono>

namespace {

// Often enough that the log stays short, seldom enough to cost nothing when idle.
constexpr auto kInterval = std::chrono::milliseconds(100);

bool inWalMode(sqlite3* connection)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(connection, "PRAGMA journal_mode", -1, &s, nullptr) != SQLITE_OK)
        return false;
    const bool wal =
        sqlite3_step(s) == SQLITE_ROW &&
        sqlite3_stricmp(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal") == 0;
    sqlite3_finalize(s);
    return wal;
}

} // namespace

std::unique_ptr<WalCheckpointThread> WalCheckpointThread::start(sqlite3* connection)
{
    if (!connection || !inWalMode(connection))
        return nullptr;
    const char* file = sqlite3_db_filename(connection, "main");
    if (!file || !*file)
        return nullptr; // in memory or temporary
    sqlite3* own = nullptr;
    if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(own);
        return nullptr; // the writer then checkpoints as usual: slower, never wrong
    }
    // A connection opens the log only when it first reads: until then it would take the
    // database for one without a log, and its checkpoints would do nothing.
    if (sqlite3_exec(own, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(own);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointThread>(new WalCheckpointThread(own));
}

WalCheckpointThread::WalCheckpointThread(sqlite3* own) : m_own(own)
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointThread::~WalCheckpointThread()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sqlite3_close(m_own);
}

void WalCheckpointThread::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        // SQLITE_BUSY (another checkpoint is running) and the rest: try again next time.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_wake.wait_for(lock, kInterval, [this] { return m_stop; });
    }
}
