#include "AccountAccess.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/AppIdentity.h"
#include "core/Problem.h"
#include "storage/ContestDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The contest database to open (default: %1).")
            .arg(AppIdentity::defaultDatabasePath()),
        QCoreApplication::translate("main", "FILE"));
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Administration of online quiz contests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption());
}

// --help and --version must answer on a machine without a display (a package check, SSH).
bool onlyAsksForInformation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    AppIdentity::quietMissingRuntimeDir();
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        QCoreApplication::setApplicationVersion(QStringLiteral(CONTEST_ADMIN_VERSION));
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setApplicationVersion(QStringLiteral(CONTEST_ADMIN_VERSION));
    Language::apply(Language::stored());
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("MainWindow", "Contest Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/contest-admin.svg")));

    QCommandLineParser parser;
    describe(parser);
    const QCommandLineOption dbOption = databaseOption();
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : AppIdentity::defaultDatabasePath();
    std::unique_ptr<Database> db;
    QString openError;
    try {
        db = ContestDatabase::openAndMigrate(path);
    } catch (const UserError& e) {
        openError = e.message();
    } catch (const EnvironmentError& e) {
        openError = e.message();
    }

    // After choosing the database, before any page reads it: the login, or on a database
    // without accounts the administrator's account (setup mode). Giving up quits.
    if (db && !AccountAccess::begin(*db, nullptr, AccountAccess::Start::FirstStart))
        return 0;

    auto* window = new MainWindow(std::move(db));
    window->show();
    if (!openError.isEmpty()) {
        MessageBox::critical(window, QCoreApplication::translate("main", "Open database"),
                             QCoreApplication::translate(
                                 "main", "%1 cannot be opened:\n\n%2\n\nCreate a new database "
                                         "or open another one from the File menu.")
                                 .arg(Database::displayNameOf(path), openError));
    }
    return app.exec();
}
