#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/AppIdentity.h"
#include "core/Problem.h"
#include "storage/ContestDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setApplicationVersion(QStringLiteral(CONTEST_ADMIN_VERSION));
    Language::apply(Language::stored());
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("MainWindow", "Contest Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/contest-admin.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Administration of online quiz contests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The contest database to open (default: %1).")
            .arg(AppIdentity::defaultDatabasePath()),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
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

    auto* window = new MainWindow(std::move(db));
    window->show();
    if (!openError.isEmpty()) {
        MessageBox::critical(window, QCoreApplication::translate("main", "Open database"),
                             QCoreApplication::translate(
                                 "main", "%1 cannot be opened:\n\n%2\n\nCreate a new database "
                                         "or open another one from the File menu.")
                                 .arg(path, openError));
    }
    return app.exec();
}
