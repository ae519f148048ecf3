#pragma once

#include <QWidget>

#include <functional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The question topics (rules.md: topics are data): the list, and for the committee adding,
// renaming and retiring one. Every rule (code format, duplicates, a topic of the blueprint
// is not retired, the audit entry) is TopicRepository's; the page shows its refusals.
class TopicsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TopicsPage(Database& db, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    void topicsChanged();

private:
    void add();
    void rename();
    void retire();
    QString selectedCode() const;
    void showSelected();
    // Runs one change; a refusal is shown with the repository's message.
    void change(const std::function<QString()>& action);

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    QLabel* m_result = nullptr;
};
