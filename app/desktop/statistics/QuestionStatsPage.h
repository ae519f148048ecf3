#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Each drawn question with Moodle's figures, a likely wrong key first, the ones to look at
// highlighted; the committee corrects a key from here (KeyCorrectionDialog).
class QuestionStatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionStatsPage(Database& db, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void keyCorrected(); // the results and every statistic changed

private Q_SLOTS:
    void correctKey();
    void updateCorrectButton();

private:
    Database& m_db;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_correct = nullptr;
};
