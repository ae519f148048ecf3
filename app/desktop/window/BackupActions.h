#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// File menu: Back up…, Restore…, Backup before each sync…. A SQLite database is copied
// online (models/backup); a PostgreSQL one is backed up on the server, and these say the
// pg_dump / pg_restore commands to use.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(MainWindow* window, QMenu* fileMenu);

public Q_SLOTS:
    void backUp();
    void restore();
    void configureBeforeSync();

private:
    bool allowed(const QString& title);
    MainWindow* m_window;
};
