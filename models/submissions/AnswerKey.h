#pragma once

#include <QHash>
#include <QString>

class Database;

// What grading needs of the bank: for each question ID, its option keys and the correct
// one. Built once per import or sync, looked up per answer.
class AnswerKey
{
public:
    struct Entry
    {
        QString optionKeys; // "ABCD": the options the question has
        QChar correct;      // 'B'
    };

    void add(const QString& questionId, const QString& optionKeys, QChar correct);
    const Entry* find(const QString& questionId) const;
    int size() const { return static_cast<int>(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Changes whenever a question, option or correct key changes: grades depend on it.
    QString fingerprint() const;

    // Every question in the bank (any status: a retired question may still have been
    // drawn by the server before it was retired).
    static AnswerKey load(Database& db);

private:
    QHash<QString, Entry> m_entries;
};
