#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTableWidget;

// Per topic of the contest's blueprint: approved questions in the bank against how many
// each attempt draws. A short topic is red: the server could not draw an attempt.
class BlueprintPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BlueprintPanel(Database& db, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* table() const { return m_table; }

private:
    Database& m_db;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_table = nullptr;
};
