#include "BackgroundSync.h"

#include "ServerClient.h"
#include "SyncEngine.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QThread>

BackgroundSync::BackgroundSync(const Database& db, QObject* parent) : QObject(parent), m_db(db)
{
}

BackgroundSync::~BackgroundSync()
{
    cancel();
    wait();
}

bool BackgroundSync::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool BackgroundSync::start(Job job)
{
    if (isRunning())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        m_cancelRequested = false;
        m_outcome = Outcome();
    }
    m_thread.reset(QThread::create([this, job = std::move(job)] { work(job); }));
    m_thread->setObjectName(QStringLiteral("sync"));
    // Queued: QThread::finished comes from the worker, this object lives in the caller's.
    connect(m_thread.get(), &QThread::finished, this, &BackgroundSync::finished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void BackgroundSync::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = true;
    if (m_engine)
        m_engine->cancel();
}

void BackgroundSync::wait()
{
    if (m_thread)
        m_thread->wait();
}

BackgroundSync::Outcome BackgroundSync::outcome() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcome;
}

void BackgroundSync::work(const Job& job)
{
    Outcome outcome;
    try {
        // Everything the run touches is made here, on the worker: a QSqlDatabase connection
        // and a QNetworkAccessManager belong to the thread that created them.
        const std::unique_ptr<Database> db = m_db.openCloneForThisThread();
        QNetworkAccessManager manager;
        ServerClient client(manager, job.config);
        SyncEngine engine(*db, client);
        engine.setPageLimit(job.pageLimit);
        engine.setTransactionLimits(job.transactionItems, job.transactionMs);
        // Received in this object's thread (queued), where the window's slots run.
        connect(&engine, &SyncEngine::progress, this, &BackgroundSync::progress);
        connect(&client, &ServerClient::retrying, this, &BackgroundSync::retrying);
        {
            QMutexLocker lock(&m_mutex);
            m_engine = &engine;
            if (m_cancelRequested)
                engine.cancel();
        }
        const auto forget = qScopeGuard([this] {
            QMutexLocker lock(&m_mutex);
            m_engine = nullptr;
        });
        try {
            engine.run();
        } catch (...) {
            outcome.error = std::current_exception();
        }
        outcome.stored = engine.stored();
        outcome.cancelled = engine.wasCancelled();
    } catch (...) { // the connection or the client could not be made
        outcome.error = std::current_exception();
    }
    QMutexLocker lock(&m_mutex);
    m_outcome = std::move(outcome);
}
