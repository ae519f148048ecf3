#include "BulkInsert.h"

#include "storage/Database.h"

#include <QStringList>

BulkInsert::BulkInsert(Database& db, const QString& table, const QString& columns, int width)
    : m_db(db), m_table(table), m_columns(columns), m_width(width)
{
}

void BulkInsert::add(const QVariantList& row)
{
    m_values += row;
    if (m_values.size() >= kRows * m_width)
        flush();
}

void BulkInsert::flush()
{
    if (m_values.isEmpty())
        return;
    const qsizetype rows = m_values.size() / m_width;
    if (rows != m_preparedRows) {
        const QStringList tuple(m_width, QStringLiteral("?"));
        const QString one = QLatin1Char('(') + tuple.join(QLatin1Char(',')) + QLatin1Char(')');
        const QStringList all(rows, one);
        m_insert = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(m_table, m_columns, all.join(QLatin1Char(','))));
        m_preparedRows = rows;
    }
    for (const QVariant& v : std::as_const(m_values))
        m_insert.addBindValue(v);
    m_db.execPrepared(m_insert);
    m_values.clear();
}
