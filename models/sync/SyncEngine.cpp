#include "SyncEngine.h"

#include "PageFetcher.h"
#include "ServerClient.h"
#include "SyncState.h"
#include "accounts/Authorization.h"
#include "contest/ContestRepository.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"
#include "submissions/SqliteSubmissionWriter.h"
#include "submissions/SubmissionImporter.h"
#include "submissions/SubmissionValidator.h"

#include <QScopeGuard>

SyncEngine::SyncEngine(Database& db, ServerClient& client, QObject* parent)
    : QObject(parent), m_db(db), m_client(client)
{
}

void SyncEngine::cancel()
{
    m_cancel = true;
    QMutexLocker lock(&m_fetcherMutex);
    if (m_fetcher)
        m_fetcher->stop();
}

StoreSummary SyncEngine::run()
{
    // Pulling submissions is the committee's (accounts, issue 5); checked before any request.
    Authorization::require(m_db, Permission::PublishAndSync);
    m_cancelled = false;
    // A cancel() is used up by the run it reaches, also one from another thread that came
    // before run() began (BackgroundSync); the next run starts afresh.
    const auto consumeCancel = qScopeGuard([this] { m_cancel = false; });
    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    const QString code = settings.code;
    if (code.isEmpty())
        throw UserError(tr("the contest has no code: set it first (contestctl contest set)"));
    const QString server = m_client.config().key();
    const QString source = QStringLiteral("sync:") + server;
    SyncState state(m_db);
    QString cursor = state.cursor(server, code);
    const AnswerKey key = AnswerKey::load(m_db);
    const SubmissionValidator validator(settings, key);
    const std::unique_ptr<SqliteSubmissionWriter> writer = SqliteSubmissionWriter::open(m_db);

    m_total = StoreSummary();
    m_fetchMs = 0;
    m_storeMs = 0;
    m_transactions = 0;
    int pages = 0;
    qint64 items = 0;
    QElapsedTimer clock;
    clock.start();
    PageFetcher fetcher({m_client.config(), code, cursor, m_limit, writer != nullptr}, validator,
                        m_client);
    {
        QMutexLocker lock(&m_fetcherMutex);
        m_fetcher = &fetcher;
    }
    // Before the fetcher goes, however the run ends.
    const auto forget = qScopeGuard([this] {
        QMutexLocker lock(&m_fetcherMutex);
        m_fetcher = nullptr;
    });
    fetcher.start();
    if (m_cancel) // cancelled before the fetcher was known to cancel()
        fetcher.stop();
    for (;;) {
        const qint64 waitStart = clock.elapsed();
        PreparedPage first = fetcher.next();
        const qint64 storeStart = clock.elapsed();
        m_fetchMs += storeStart - waitStart;
        if (first.stopped) {
            m_cancelled = true;
            break;
        }
        if (first.error)
            std::rethrow_exception(first.error); // the fetcher stops as it goes out of scope
        if (m_beforeStore)
            m_beforeStore();

        // What the transaction stored, page by page; taken into account once it committed.
        struct StoredPage
        {
            QString cursor;
            qsizetype items = 0;
            StoreSummary summary;
        };
        QList<StoredPage> group;
        std::exception_ptr endedBy; // a page that failed after the group's first
        bool more = first.hasMore;
        if (first.cursor == cursor && first.records.isEmpty()) {
            group.append({first.cursor, first.items, {}}); // nothing new: no transaction
            fetcher.recycle(std::move(first));
        } else {
            m_db.transaction([&] {
                // First, and a write: it takes the write lock before anything is read.
                if (!state.claim(server, code, cursor)) {
                    throw EnvironmentError(
                        tr("%1: another sync of contest %2 is running or has advanced since "
                           "this one started (its cursor is no longer '%3'); nothing of this "
                           "page was stored. Run the sync again to continue from where it is.")
                            .arg(server, code, cursor));
                }
                SubmissionStore store(m_db);
                store.ensureJudged(settings, key);
                QElapsedTimer age;
                age.start();
                qsizetype groupItems = 0;
                PreparedPage page = std::move(first);
                for (;;) {
                    if (!page.records.isEmpty() && key.isEmpty()) {
                        throw UserError(SubmissionImporter::tr(
                            "the question bank is empty, so no answer can be graded: import "
                            "the questions first (contestctl questions import)"));
                    }
                    StoreSummary stored;
                    if (!page.records.isEmpty()) {
                        stored = writer ? writer->store(page.records, source)
                                        : store.store(page.records, source);
                    }
                    state.save(server, code, page.cursor, page.items);
                    group.append({page.cursor, page.items, stored});
                    groupItems += page.items;
                    more = page.hasMore;
                    fetcher.recycle(std::move(page));
                    const int pagesSoFar = pages + int(group.size());
                    if (!more || m_cancel || (m_maxPages > 0 && pagesSoFar >= m_maxPages) ||
                        groupItems >= m_groupItems || age.elapsed() >= m_groupMs ||
                        !fetcher.waitReady(int(m_groupMs - age.elapsed())))
                        break;
                    page = fetcher.next();
                    if (page.stopped)
                        break; // cancelled: the group so far is committed
                    if (page.error) {
                        endedBy = page.error; // after this group is committed
                        more = false;
                        break;
                    }
                }
            });
            ++m_transactions;
        }
        m_storeMs += clock.elapsed() - storeStart;
        for (const StoredPage& stored : std::as_const(group)) {
            cursor = stored.cursor;
            m_total += stored.summary;
            ++pages;
            items += stored.items;
            Q_EMIT pageStored(cursor, stored.summary);
            const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
            Q_EMIT progress(pages, items, items / seconds);
        }
        if (endedBy)
            std::rethrow_exception(endedBy);
        if (!more)
            break;
        if (m_cancel || (m_maxPages > 0 && pages >= m_maxPages)) {
            m_cancelled = true;
            break;
        }
    }
    return m_total;
}
