#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTableWidget;

// The audit log as the committee reads it (time, user, action, subject) and a check that
// no entry was edited or deleted since it was written.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void verifyChain();

private:
    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_verification = nullptr;
};
