#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTableWidget;

// Each drawn question with how often it was answered right, hardest first, the ones to
// look at (too easy, too hard, possibly keyed wrong) highlighted.
class QuestionStatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionStatsPage(Database& db, QWidget* parent = nullptr);
    void refresh();

private:
    Database& m_db;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
