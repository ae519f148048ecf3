#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class Database;

// Rows into a table, many to a statement: a summary rebuild writes half a million rows,
// and one statement each took 1.5 s. add() the rows, flush() at the end.
class BulkInsert
{
public:
    BulkInsert(Database& db, const QString& table, const QString& columns, int width);
    void add(const QVariantList& row);
    void flush();

private:
    static constexpr int kRows = 500; // well under SQLite's limit of bound values
    Database& m_db;
    QString m_table;
    QString m_columns;
    int m_width;
    QVariantList m_values;
    QSqlQuery m_insert;
    qsizetype m_preparedRows = -1;
};
