#include "SyncEngine.h"

#include "accounts/Authorization.h"
#include "ServerClient.h"
#include "SyncState.h"
#include "contest/ContestRepository.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"

SyncEngine::SyncEngine(Database& db, ServerClient& client, QObject* parent)
    : QObject(parent), m_db(db), m_client(client)
{
}

StoreSummary SyncEngine::run()
{
    Authorization::require(m_db, Permission::PublishAndSync);
    m_cancel = false;
    m_cancelled = false;
    const QString code = ContestRepository(m_db).loadOrDefaults().code;
    if (code.isEmpty())
        throw UserError(tr("the contest has no code: set it first (contestctl contest set)"));
    const QString server = m_client.config().key();
    const QString source = QStringLiteral("sync:") + server;
    SyncState state(m_db);
    QString cursor = state.cursor(server, code);

    m_total = StoreSummary();
    m_fetchMs = 0;
    m_storeMs = 0;
    int pages = 0;
    qint64 items = 0;
    QElapsedTimer clock;
    clock.start();
    // Bounded: a server that says "more" without moving its cursor would loop forever.
    int stalled = 0;
    for (;;) {
        const qint64 fetchStart = clock.elapsed();
        const SubmissionPage page = m_client.submissions(code, cursor, m_limit);
        const qint64 storeStart = clock.elapsed();
        m_fetchMs += storeStart - fetchStart;
        StoreSummary stored;
        m_db.transaction([&] {
            if (!page.items.isEmpty())
                stored = SubmissionImporter(m_db).importItems(page.items, source);
            if (page.cursor != cursor || !page.items.isEmpty())
                state.save(server, code, page.cursor, page.items.size());
        });
        m_storeMs += clock.elapsed() - storeStart;
        stalled = (page.cursor == cursor && page.hasMore) ? stalled + 1 : 0;
        cursor = page.cursor;
        m_total += stored;
        ++pages;
        items += page.items.size();
        Q_EMIT pageStored(cursor, stored);
        const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
        Q_EMIT progress(pages, items, items / seconds);
        if (!page.hasMore)
            break;
        if (stalled >= 3) {
            throw EnvironmentError(tr("%1: the server keeps saying it has more submissions but its "
                                      "cursor does not move (%2)")
                                       .arg(server, cursor));
        }
        if (m_cancel || (m_maxPages > 0 && pages >= m_maxPages)) {
            m_cancelled = true;
            break;
        }
    }
    return m_total;
}
