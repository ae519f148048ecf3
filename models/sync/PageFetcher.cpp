#include "PageFetcher.h"

#include "ServerClient.h"
#include "submissions/ContentHash.h"
#include "submissions/EncodedRow.h"
#include "submissions/StoreDecision.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionValidator.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace {
constexpr size_t kQueueDepth = 4;
constexpr int kMaxStalledPages = 3;
} // namespace

PageFetcher::PageFetcher(Job job, const SubmissionValidator& validator, ServerClient& relay)
    : m_job(std::move(job)), m_validator(validator), m_relay(relay)
{
}

PageFetcher::~PageFetcher()
{
    stop();
    if (m_thread)
        m_thread->wait();
}

void PageFetcher::start()
{
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->setObjectName(QStringLiteral("sync pages"));
    m_thread->start();
}

void PageFetcher::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        if (m_worker)
            m_worker->abort();
    }
    m_space.wakeAll();
    m_ready.wakeAll();
}

bool PageFetcher::push(PreparedPage page)
{
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= kQueueDepth && !m_stopping)
            m_space.wait(&m_mutex);
        if (m_stopping)
            return false;
        m_queue.push_back(std::move(page));
        m_ready.wakeAll();
    }
    return true;
}

void PageFetcher::recycle(PreparedPage page)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stopping && m_thread && !m_workerDone)
        m_recycled.push_back(std::move(page));
}

bool PageFetcher::waitReady(int ms)
{
    QDeadlineTimer deadline(std::max(0, ms));
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_stopping && m_thread && !m_workerDone) {
        if (!m_ready.wait(&m_mutex, deadline))
            break;
    }
    return !m_queue.empty();
}

PreparedPage PageFetcher::next()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (!m_queue.empty()) {
            PreparedPage page = std::move(m_queue.front());
            m_queue.pop_front();
            m_space.wakeAll();
            return page;
        }
        if (m_stopping) {
            PreparedPage end;
            end.stopped = true;
            return end;
        }
        if (!m_thread || m_workerDone) {
            PreparedPage end; // cannot happen: the worker queues its error before ending
            end.error = std::make_exception_ptr(
                EnvironmentError(PageFetcher::tr("the sync's network thread ended early")));
            return end;
        }
        m_ready.wait(&m_mutex);
    }
}

void PageFetcher::work()
{
    QNetworkAccessManager manager;
    std::unique_ptr<ServerClient> client;
    // Runs before the client goes (stop() must not abort a client that is gone). However
    // it ends, a next() waiting for a page learns that none will come.
    const auto done = qScopeGuard([this] {
        QMutexLocker lock(&m_mutex);
        m_workerDone = true;
        m_worker = nullptr;
        m_recycled.clear();
        m_ready.wakeAll();
    });
    try {
        client = std::make_unique<ServerClient>(manager, m_job.config);
    } catch (...) {
        PreparedPage failed;
        failed.error = std::current_exception();
        push(std::move(failed));
        return;
    }
    connect(
        client.get(), &ServerClient::retrying, client.get(),
        [this](int attempt, int waitMs, const QString& reason) {
            Q_EMIT m_relay.retrying(attempt, waitMs, reason);
        },
        Qt::DirectConnection);
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        m_worker = client.get();
    }
    QString cursor = m_job.cursor;
    int stalled = 0;
    // Every cursor of this run: a server that sends one again (10 -> 5 -> 10) would have the
    // run loop forever. One that does not move is the spec's "nothing new yet" (an empty
    // page answers with `after`), tolerated a few times below.
    QSet<QString> seen{cursor};
    for (bool more = true; more;) {
        {
            std::vector<PreparedPage> stored;
            {
                QMutexLocker lock(&m_mutex);
                stored.swap(m_recycled);
            }
        } // freed here, on this thread
        PreparedPage page;
        try {
            const SubmissionPage raw = client->submissions(m_job.contestCode, cursor, m_job.limit);
            if (raw.cursor != cursor && raw.hasMore && seen.contains(raw.cursor)) {
                throw EnvironmentError(
                    PageFetcher::tr("%1: the server's cursor went back to '%2', already seen in "
                                    "this run (after '%3'), and it still says it has more: it "
                                    "would loop forever. Nothing of this page was stored.")
                        .arg(m_job.config.key(), raw.cursor, cursor));
            }
            seen.insert(raw.cursor);
            page.cursor = raw.cursor;
            page.hasMore = raw.hasMore;
            page.items = raw.size();
            page.records.reserve(raw.size());
            for (qsizetype i = 0; i < raw.size(); ++i) {
                // One bad item is stored invalid with its reason; the page goes on.
                SubmissionRecord r;
                QString unreadable;
                if (!SubmissionParser::fromRawJson(raw.item(i), r, &unreadable))
                    r = SubmissionParser::unreadable(raw.item(i), raw.itemId(i), unreadable);
                // What the page reader mended, unless the parser already named it (U+FFFD,
                // a NUL in a field): one reason, the most precise.
                const QString repaired = raw.repaired(i);
                if (!repaired.isEmpty() &&
                    std::none_of(r.flaws.cbegin(), r.flaws.cend(), [](const auto& f) {
                        return f.code == QLatin1String("bad_encoding");
                    }))
                    r.flaws.prepend({QStringLiteral("bad_encoding"), repaired});
                m_validator.judge(r);
                r.rawSha256 = ContentHash::sha256Hex(r.rawJson);
                if (m_job.encodeRows)
                    r.encodedRow = EncodedRow::encode(r, StoreDecision::idOf(r), r.rawSha256);
                page.records.append(std::move(r));
            }
            // Bounded: a server that says "more" without moving its cursor would loop forever.
            stalled = (page.cursor == cursor && page.hasMore) ? stalled + 1 : 0;
            cursor = page.cursor;
            more = page.hasMore;
        } catch (...) {
            page.error = std::current_exception();
            more = false;
        }
        if (!push(std::move(page)))
            break;
        if (more && stalled >= kMaxStalledPages) {
            PreparedPage stall;
            stall.error = std::make_exception_ptr(EnvironmentError(
                PageFetcher::tr("%1: the server keeps saying it has more submissions but its "
                                "cursor does not move (%2)")
                    .arg(m_job.config.key(), cursor)));
            push(std::move(stall));
            more = false;
        }
    }
}
