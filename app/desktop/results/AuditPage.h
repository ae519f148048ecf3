#pragma once

#include <QWidget>

#include <memory>

class Database;
struct Results;
class QLabel;
class QTableWidget;

// The audit log as the committee reads it (time, user, action, subject) and a check that
// no entry was edited or deleted since it was written.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

    // The results the subjects' people and units are named from (null: keys as stored).
    void setResults(std::shared_ptr<const Results> results) { m_results = std::move(results); }

public Q_SLOTS:
    void reload();
    void verifyChain();

private:
    Database& m_db;
    std::shared_ptr<const Results> m_results;
    QTableWidget* m_table = nullptr;
    QLabel* m_verification = nullptr;
};
