#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// Name, ID number and phone of every submission, folded (no marks, lower case, phone as
// digits), so that "nguyen thi anh" finds "Nguyễn Thị Ánh". SQLite cannot fold Vietnamese
// and the schema has no folded column, so the folding happens here, once per load: one
// byte array of records (about 40 bytes each) scanned with a substring matcher.
class SubmissionSearchIndex
{
public:
    void clear();
    void reserve(int count);
    void add(qint64 rowid, QStringView name, QStringView idNumber, QStringView phone);
    // Every stored submission, in rowid order. Throws EnvironmentError.
    void build(Database& db);

    int size() const { return static_cast<int>(m_rowids.size()); }
    bool isEmpty() const { return m_rowids.isEmpty(); }
    qint64 memoryBytes() const;

    // Rowids (in the order added) whose folded record holds every word of `query`.
    QVector<qint64> search(const QString& query) const;
    // The words of a query as they are looked for; empty when there is nothing to find.
    static QList<QByteArray> queryWords(const QString& query);

private:
    QByteArray m_text;         // "name\tid\tphone\n" for each record
    QVector<quint32> m_starts; // where each record starts in m_text
    QVector<qint64> m_rowids;
};
