#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;

// The history of the selected question, newest first: when, who, what was done, and which
// fields changed (the before and after values in the row's tooltip and children).
class RevisionHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionHistoryView(Database& db, QWidget* parent = nullptr);
    void showQuestion(const QString& id); // empty: nothing selected
    void setTimezoneOffset(int minutes) { m_offsetMinutes = minutes; }
    QTreeWidget* tree() const { return m_tree; }

private:
    Database& m_db;
    QString m_id;
    int m_offsetMinutes = 7 * 60;
    QLabel* m_headingLabel = nullptr;
    QTreeWidget* m_tree = nullptr;
};
