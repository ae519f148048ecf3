#pragma once

#include "workflow/WorkList.h"

#include <QMainWindow>

#include <memory>

class BackupActions;
class ContestArea;
class Database;
class QActionGroup;
class LiveRefresh;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class WorkListPanel;

// The application window: the areas of the suite on the left, the chosen one on the right,
// the open database and contest in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In the order of the navigation list; the core's list of what waits names them too.
    using Area = WorkList::Area;
    static constexpr int areaCount = 7;

    // `db` may be null: the window then offers to create or open a database.
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_db.get(); }
    ContestArea* contestArea() const { return m_contestArea; }
    Area currentArea() const;
    void showArea(Area area);
    // Closes the database (restore replaces its file); false when the user keeps unsaved edits.
    bool closeDatabase();
    LiveRefresh* liveRefresh() const { return m_liveRefresh; }

public Q_SLOTS:
    // Opens (creating or upgrading if needed) and shows `path`; on failure says why and
    // keeps the current database.
    bool openDatabase(const QString& path);
    void newDatabase();
    void openDatabaseDialog();
    void connectSharedDatabase();
    void switchLanguage(const QString& code);
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Asks what to do with unsaved contest settings; false when the user cancels.
    bool confirmDiscardEdits();
    // Before the pages and the database go: a running sync is stopped when the user agrees
    // (the page in hand is stored or not at all); a print job is waited for. False: keep
    // everything as it is.
    bool confirmStopJobs();
    // Both questions above, in that order.
    bool mayLeaveDatabase() { return confirmDiscardEdits() && confirmStopJobs(); }
    void createActions();
    void createNavigation();
    void createStatusBar();
    void applyRole();
    void updateWorkList();
    void switchUser();
    void rebuildPages();
    void updateRecentMenu();
    void updateContestInfo();
    QWidget* createAreaPage(Area area);
    // Submissions were stored by `from` (a sync, a file import): the other areas hear it.
    void submissionsChanged(QWidget* from);

    void stopLiveRefresh();

    std::unique_ptr<Database> m_db;
    LiveRefresh* m_liveRefresh = nullptr; // reads pages again when others change the database
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    WorkListPanel* m_workList = nullptr;
    QString m_landedUser; // who the window last landed for: a new login lands anew
    ContestArea* m_contestArea = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_contestLabel = nullptr;
    QLabel* m_unitsLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_switchUserAction = nullptr;
};
