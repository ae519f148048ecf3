#pragma once

#include <QObject>
#include <QSet>

class ChangeNotifier;
class Database;
class QStackedWidget;
class QWidget;

// Keeps the window current while others work on the same database: when the
// ChangeNotifier reports another connection's commit (or, on SQLite, when the window is
// activated and data_version says so), the visible area is read again and the others
// are read when next shown (AreaPage::readAgain). A page with unsaved edits is left alone: its save
// is checked against the row version and refused with who changed it, rather than losing the edits.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    // Must be destroyed before `db` (the window deletes it before switching databases).
    LiveRefresh(Database& db, QStackedWidget* pages, QObject* parent = nullptr);
    ~LiveRefresh() override;

    ChangeNotifier* notifier() const { return m_notifier; }

public Q_SLOTS:
    void onChanged();

Q_SIGNALS:
    // Something was read again: the window updates what it shows about the contest.
    void refreshed();

private:
    void refresh(QWidget* page);
    ChangeNotifier* m_notifier = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSet<QWidget*> m_stale;
};
