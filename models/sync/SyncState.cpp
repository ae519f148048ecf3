#include "SyncState.h"

#include "storage/Database.h"

#include <QDateTime>

QString SyncState::cursor(const QString& serverUrl, const QString& contestCode) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT cursor FROM sync_state WHERE server_url = ? AND contest_code = ?"),
        {serverUrl, contestCode});
    return q.next() ? q.value(0).toString() : QString();
}

void SyncState::save(const QString& serverUrl, const QString& contestCode, const QString& cursor,
                     qint64 items)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.exec(
        QStringLiteral(
            "INSERT INTO sync_state (server_url, contest_code, cursor, pages, items, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?) "
            "ON CONFLICT (server_url, contest_code) DO UPDATE SET cursor = excluded.cursor, "
            "pages = sync_state.pages + 1, items = sync_state.items + excluded.items, "
            "updated_at = excluded.updated_at"),
        {serverUrl, contestCode, cursor, items, now});
}

bool SyncState::claim(const QString& serverUrl, const QString& contestCode, const QString& expected)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery update =
        m_db.exec(QStringLiteral("UPDATE sync_state SET updated_at = ? WHERE "
                                 "server_url = ? AND contest_code = ? AND cursor = ?"),
                  {now, serverUrl, contestCode, expected});
    if (update.numRowsAffected() == 1)
        return true;
    if (!expected.isEmpty())
        return false;
    QSqlQuery insert = m_db.exec(
        QStringLiteral("INSERT INTO sync_state (server_url, contest_code, cursor, pages, items, "
                       "updated_at) VALUES (?, ?, ?, 0, 0, ?) "
                       "ON CONFLICT (server_url, contest_code) DO NOTHING"),
        {serverUrl, contestCode, QStringLiteral(""), now});
    return insert.numRowsAffected() == 1;
}

void SyncState::forget(const QString& serverUrl, const QString& contestCode)
{
    m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE server_url = ? AND contest_code = ?"),
              {serverUrl, contestCode});
}
