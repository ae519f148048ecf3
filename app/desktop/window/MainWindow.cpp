#include "MainWindow.h"

#include "AccountAccess.h"
#include "AreaPage.h"
#include "BackupActions.h"
#include "ConnectDatabaseDialog.h"
#include "ContestArea.h"
#include "ContestSettingsPage.h"
#include "FileDialog.h"
#include "Language.h"
#include "LiveRefresh.h"
#include "LoginDialog.h"
#include "MessageBox.h"
#include "PageStack.h"
#include "PlaceholderPage.h"
#include "PrintingArea.h"
#include "QuestionBankArea.h"
#include "RecentDatabases.h"
#include "ResultsArea.h"
#include "ServerArea.h"
#include "StatisticsArea.h"
#include "SubmissionsArea.h"
#include "UsersPage.h"
#include "WindowState.h"
#include "WorkListPanel.h"
#include "accounts/Authorization.h"
#include "accounts/Session.h"
#include "contest/ContestRepository.h"
#include "storage/ContestDatabase.h"
#include "units/UnitRepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const char geometryKey[] = "mainWindow/geometry";
const char databaseFilter[] =
    QT_TRANSLATE_NOOP("MainWindow", "Contest databases (*.sqlite *.db);;All files (*)");

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // A shared database opened without password (recent list, connect dialog) gets it from
    // this session, the keychain, or by asking.
    Database::setPasswordProvider([](const QUrl& location) {
        return DatabasePasswordPrompt::provide(location, QApplication::activeWindow());
    });
    createActions();
    createNavigation();
    createStatusBar();
    rebuildPages();
    if (!restoreGeometry(QSettings().value(QLatin1String(geometryKey)).toByteArray())) {
        const QSize available = screen()->availableSize();
        resize(qMin(1280, available.width()), qMin(800, available.height()));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_newAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon),
                                      tr("&New database…"), this, &MainWindow::newDatabase);
    m_newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction =
        fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                            tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    QAction* connectAction = fileMenu->addAction(tr("&Connect to shared database…"), this,
                                                 &MainWindow::connectSharedDatabase);
    connectAction->setObjectName(QStringLiteral("connectDatabaseAction"));
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    fileMenu->addSeparator();
    new BackupActions(this, fileMenu);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_usersAction = settingsMenu->addAction(tr("&User accounts…"), this, [this] {
        if (!m_db)
            return;
        UsersPage::showDialog(*m_db, this);
        applyRole(); // the first account may have been created and logged in
    });
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_switchUserAction =
        settingsMenu->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    settingsMenu->addSeparator();
    QMenu* languageMenu = settingsMenu->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Each language is named in itself, so that someone who cannot read the current one
    // still finds theirs.
    const QList<QPair<QString, QString>> languages = {
        {Language::vietnamese(), QStringLiteral("Tiếng Việt")},
        {Language::english(), QStringLiteral("English")}};
    const QString current = Language::stored();
    for (const auto& [code, name] : languages) {
        QAction* action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code + QStringLiteral("Action"));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { switchLanguage(action->data().toString()); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Contest Admin…"), this, &MainWindow::about);
}

void MainWindow::createNavigation()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    const QStyle* s = style();
    const QList<QPair<QIcon, QString>> entries = {
        {themeIcon("document-properties", QStyle::SP_FileDialogDetailedView, s), tr("Contest")},
        {themeIcon("accessories-dictionary", QStyle::SP_FileDialogContentsView, s),
         tr("Question bank")},
        {themeIcon("mail-receive", QStyle::SP_ArrowDown, s), tr("Submissions")},
        {themeIcon("view-sort-descending", QStyle::SP_DialogApplyButton, s), tr("Results")},
        {themeIcon("document-print", QStyle::SP_DriveFDIcon, s), tr("Printing")},
        {themeIcon("x-office-spreadsheet", QStyle::SP_FileDialogListView, s), tr("Statistics")},
        {themeIcon("network-server", QStyle::SP_DriveNetIcon, s), tr("Online server")}};
    for (const auto& [icon, text] : entries) {
        auto* item = new QListWidgetItem(icon, text, m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    layout->addWidget(m_navigation);

    auto* pages = new QVBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->setSpacing(0);
    m_workList = new WorkListPanel(central);
    pages->addWidget(m_workList);
    connect(m_workList, &WorkListPanel::areaRequested, this, [this](Area area) { showArea(area); });
    m_stack = new PageStack;
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    // On a small screen (1024×600) a page that needs more room scrolls as a whole rather
    // than pushing the window, and its buttons, off the screen (issue 14).
    auto* scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("pagesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    pages->addWidget(scroll, 1);
    layout->addLayout(pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    // A long path must not widen the window past a small screen: it is cut, not the window.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contestLabel = new QLabel(this);
    m_contestLabel->setObjectName(QStringLiteral("contestLabel"));
    m_unitsLabel = new QLabel(this);
    m_unitsLabel->setObjectName(QStringLiteral("unitsLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_contestLabel);
    statusBar()->addPermanentWidget(m_unitsLabel);
}

QWidget* MainWindow::createAreaPage(Area area)
{
    switch (area) {
    case Area::Contest: {
        m_contestArea = new ContestArea(*m_db);
        connect(m_contestArea, &ContestArea::contestChanged, this, &MainWindow::updateContestInfo);
        return m_contestArea;
    }
    case Area::QuestionBank:
        return new QuestionBankArea(*m_db);
    case Area::Submissions: {
        auto* submissions = new SubmissionsArea(*m_db);
        // A file import changed the counts: the other areas (the charts) count again.
        connect(submissions, &SubmissionsArea::countsChanged, this,
                [this, submissions] { submissionsChanged(submissions); });
        return submissions;
    }
    case Area::Results:
        return new ResultsArea(*m_db);
    case Area::Printing:
        return new PrintingArea(*m_db);
    case Area::Statistics:
        return new StatisticsArea(*m_db);
    case Area::OnlineServer: {
        auto* server = new ServerArea(*m_db);
        connect(server, &ServerArea::submissionsStored, this,
                [this, server] { submissionsChanged(server); });
        return server;
    }
    }
    return nullptr;
}

void MainWindow::submissionsChanged(QWidget* from)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* page = m_stack->widget(i);
        if (auto* area = dynamic_cast<AreaPage*>(page); area && page != from)
            area->submissionsChanged();
    }
}

void MainWindow::rebuildPages()
{
    int current = qMax(0, m_navigation->currentRow());
    // After a login each role lands where its work is (issue 14).
    const std::optional<CurrentUser> user = Session::current();
    if (m_db && user && user->username != m_landedUser) {
        current = int(WorkList::landing(user->role));
        m_landedUser = user->username;
        m_workList->show();
    }
    stopLiveRefresh();
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_contestArea = nullptr;
    for (int i = 0; i < areaCount; ++i) {
        const auto area = static_cast<Area>(i);
        if (!m_db) {
            auto* page = new PlaceholderPage(
                tr("No database is open"),
                tr("Create a new contest database, or open the one your committee already uses."));
            page->addActionButton(m_newAction);
            page->addActionButton(m_openAction);
            m_stack->addWidget(page);
        } else {
            m_stack->addWidget(createAreaPage(area));
        }
    }
    m_navigation->setCurrentRow(current);
    m_stack->setCurrentIndex(current);
    if (m_db) {
        m_liveRefresh = new LiveRefresh(*m_db, m_stack, this);
        connect(m_liveRefresh, &LiveRefresh::refreshed, this, &MainWindow::updateContestInfo);
        connect(m_liveRefresh, &LiveRefresh::refreshed, this, &MainWindow::updateWorkList);
    }
    updateContestInfo();
    applyRole();
    updateWorkList();
}

void MainWindow::updateWorkList()
{
    if (!m_db) {
        m_workList->hide();
        return;
    }
    const std::optional<CurrentUser> user = Session::current();
    try {
        m_workList->setItems(WorkList::forRole(*m_db, user ? user->role : Role::Committee));
    } catch (const UserError&) { // not the place to show an error: the pages do
        m_workList->hide();
    } catch (const EnvironmentError&) {
        m_workList->hide();
    }
}

// The areas a role has nothing to do in are greyed out (the core would refuse their
// work anyway), and the status bar says who is logged in.
void MainWindow::applyRole()
{
    const auto allowed = [this](Area area) {
        if (!m_db)
            return true;
        const auto may = [this](Permission p) { return Authorization::allows(*m_db, p); };
        switch (area) {
        case Area::Contest:
        case Area::QuestionBank:
            return true;
        case Area::Submissions:
            return may(Permission::ViewResults) || may(Permission::PublishAndSync);
        case Area::Results:
        case Area::Statistics:
            return may(Permission::ViewResults);
        case Area::Printing:
            return may(Permission::PrintCertificates);
        case Area::OnlineServer:
            return may(Permission::PublishAndSync);
        }
        return true;
    };
    for (int i = 0; i < areaCount && i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        const bool enabled = allowed(static_cast<Area>(i));
        item->setFlags(enabled ? item->flags() | Qt::ItemIsEnabled
                               : item->flags() & ~Qt::ItemIsEnabled);
        // A greyed area says why (issue 14).
        const std::optional<CurrentUser> user = Session::current();
        item->setToolTip(enabled || !user ? QString()
                                          : tr("Not for the %1 role: this area's work belongs "
                                               "to other members of the committee.")
                                                .arg(Roles::label(user->role)));
        if (!enabled && m_navigation->currentRow() == i)
            showArea(Area::Contest);
    }
    m_usersAction->setEnabled(m_db && (Authorization::isSetupMode(*m_db) ||
                                       Authorization::allows(*m_db, Permission::ManageUsers)));
    m_switchUserAction->setEnabled(m_db && !Authorization::isSetupMode(*m_db));
    m_userLabel->setText(m_db ? AccountAccess::statusText(*m_db) : QString());
}

void MainWindow::switchUser()
{
    if (!m_db || !mayLeaveDatabase())
        return;
    if (LoginDialog::logIn(*m_db, this))
        rebuildPages();
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(static_cast<int>(area));
}

void MainWindow::updateContestInfo()
{
    const QString appName = tr("Contest Admin");
    if (!m_db) {
        setWindowTitle(appName);
        m_databaseLabel->setText(tr("No database open"));
        m_contestLabel->clear();
        m_unitsLabel->clear();
        return;
    }
    const QString fileName = QFileInfo(m_db->location()).fileName();
    // displayName: a PostgreSQL URL without its password.
    m_databaseLabel->setText(tr("Database: %1").arg(m_db->displayName()));
    m_databaseLabel->setToolTip(m_db->displayName());
    try {
        const std::optional<ContestSettings> settings = ContestRepository(*m_db).load();
        const int units = UnitRepository(*m_db).count();
        m_unitsLabel->setText(tr("%Ln unit(s)", nullptr, units));
        if (settings) {
            m_contestLabel->setText(tr("Contest: %1").arg(settings->code));
            const QString title = fontMetrics().elidedText(settings->title, Qt::ElideRight, 420);
            setWindowTitle(
                QStringLiteral("%1 [%2] — %3 — %4").arg(title, settings->code, fileName, appName));
        } else {
            m_contestLabel->setText(tr("No contest settings saved yet"));
            setWindowTitle(QStringLiteral("%1 — %2").arg(fileName, appName));
        }
    } catch (const UserError&) {
        m_contestLabel->setText(tr("Contest settings unreadable"));
        setWindowTitle(QStringLiteral("%1 — %2").arg(fileName, appName));
    } catch (const EnvironmentError& e) {
        m_contestLabel->setText(e.message());
    }
}

bool MainWindow::confirmDiscardEdits()
{
    if (!m_contestArea || !m_contestArea->settingsPage()->hasUnsavedEdits())
        return true;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Unsaved contest settings"),
        tr("The contest settings have changes that are not saved. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save && m_contestArea->settingsPage()->save())
        return true;
    // Cancelled, or the settings cannot be saved: show them so the user sees why.
    showArea(Area::Contest);
    m_contestArea->setCurrentWidget(m_contestArea->settingsPage());
    return false;
}

bool MainWindow::confirmStopJobs()
{
    if (!m_stack)
        return true;
    for (int i = 0; i < m_stack->count(); ++i) {
        // Writing certificates runs in its progress dialog's event loop: the pages cannot go
        // under it. Its dialog has a Cancel button; the user waits or cancels there.
        if (const auto* printing = qobject_cast<const PrintingArea*>(m_stack->widget(i));
            printing && printing->isPrinting()) {
            MessageBox::information(this, tr("Print job running"),
                                    tr("Certificates are being printed. Wait until the print "
                                       "job ends, or cancel it in its progress window, then "
                                       "try again."));
            return false;
        }
    }
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* server = qobject_cast<ServerArea*>(m_stack->widget(i));
        if (!server || !server->isSyncing())
            continue;
        if (MessageBox::question(this, tr("Sync running"),
                                 tr("Submissions are being pulled from the server. Stop the "
                                    "sync now? Every page stored so far stays, with the place "
                                    "the next sync continues from."),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
            return false;
        server->stopSync();
    }
    return true;
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!mayLeaveDatabase())
        return false;
    std::unique_ptr<Database> db;
    try {
        db = ContestDatabase::openAndMigrate(path);
    } catch (const UserError& e) {
        MessageBox::critical(this, tr("Open database"),
                             tr("%1 cannot be opened:\n\n%2").arg(path, e.message()));
        return false;
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Open database"),
                             tr("%1 cannot be opened:\n\n%2").arg(path, e.message()));
        return false;
    }
    // Nobody works in a database with accounts without logging in to it.
    if (!AccountAccess::begin(*db, this, AccountAccess::Start::OpenDatabase))
        return false;
    RecentDatabases::add(path);
    stopLiveRefresh();
    // The pages hold references into the old database: they go first.
    m_contestArea = nullptr;
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_db = std::move(db);
    rebuildPages();
    return true;
}

void MainWindow::stopLiveRefresh()
{
    delete m_liveRefresh;
    m_liveRefresh = nullptr;
}

bool MainWindow::closeDatabase()
{
    if (!mayLeaveDatabase())
        return false;
    stopLiveRefresh();
    m_contestArea = nullptr;
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_db.reset();
    rebuildPages();
    return true;
}

void MainWindow::newDatabase()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialog::getSaveFileName(this, tr("New contest database"),
                                    dir + QStringLiteral("/contest.sqlite"), tr(databaseFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // A save dialog already asked to replace it; opening keeps its data, which is safer
        // than deleting a contest by mistake.
        MessageBox::information(this, tr("New contest database"),
                                tr("%1 already exists; it is opened as it is.").arg(path));
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open contest database"), dir, tr(databaseFilter));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::connectSharedDatabase()
{
    // The URL holds no password: the provider above finds it (given in the dialog, or
    // remembered), so neither the recent list nor any message can show it.
    if (const std::optional<ConnectDatabaseDialog::Answer> answer =
            ConnectDatabaseDialog::ask(this))
        openDatabase(answer->url);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [] { RecentDatabases::clear(); });
}

void MainWindow::switchLanguage(const QString& code)
{
    if (!mayLeaveDatabase()) {
        for (QAction* action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == Language::stored());
        return;
    }
    Language::store(code);
    Language::apply(code);
    stopLiveRefresh();
    // What the person was looking at goes along: the page, the search, the sync status.
    const WindowState state = WindowState::capture(m_stack);
    // Every tr() ran when the widgets were built; a new window on the same database
    // shows the new language at once without retranslating each page by hand.
    auto* next = new MainWindow(std::move(m_db));
    next->restoreGeometry(saveGeometry());
    next->showArea(currentArea());
    state.restore(next->m_stack);
    next->setWindowIcon(windowIcon());
    next->show();
    m_contestArea = nullptr;
    close();
}

void MainWindow::about()
{
    const QString database = m_db ? m_db->displayName() : tr("none open");
    MessageBox::information(
        this, tr("About Contest Admin"),
        tr("Contest Admin %1\n\nAdministration of online quiz contests for public offices: "
           "contest settings, units, question bank, submissions, results and certificates.\n\n"
           "Qt %2 (built with %3)\nDatabase: %4")
            .arg(QStringLiteral(CONTEST_ADMIN_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), database));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayLeaveDatabase()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QLatin1String(geometryKey), saveGeometry());
    QMainWindow::closeEvent(event);
}
