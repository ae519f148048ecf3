// contestctl: the headless face of Contest Admin (spec/contestctl.md).
#include "CommandAccess.h"
#include "CtlCommands.h"

#include "core/AppIdentity.h"
#include "core/HugePageHeap.h"
#include "core/Problem.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: contestctl [--db LOCATION] [--user NAME] COMMAND ...\n\n"
        "Contest Admin's command-line tool. LOCATION is a SQLite file (created if missing);\n"
        "without --db, the desktop application's default database.\n"
        "Once a database has user accounts, every command needs --user NAME; the password\n"
        "comes from CONTEST_PASSWORD or is asked on the terminal without echo. A database\n"
        "without accounts is in setup mode: `users add NAME --role committee` creates the\n"
        "administrator.\n"
        "Exit status: 0 success, 1 user error (bad input), 2 environment error.\n\nCommands:\n");
    for (const CtlCommand& c : allCommands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.usage.leftJustified(34), c.summary);
    text += QStringLiteral("\n`contestctl COMMAND --help` describes one command.\n");
    return text;
}

void installTranslations(QCoreApplication& app)
{
    // One language per run: messages to people follow the locale (Vietnamese when the
    // user's language is); the lines scripts parse stay fixed English (docs/contestctl.md).
    if (QLocale().language() != QLocale::Vietnamese)
        return;
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/contest-admin_vi.qm")))
        QCoreApplication::installTranslator(translator);
}

// Printing lays out text, which needs a QGuiApplication (offscreen: contestctl never
// shows a window); every other command keeps the plain, quieter QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "print") == 0 || qstrcmp(argv[i], "report") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// The commands that move hundreds of megabytes through malloc, and gain by glibc's heap
// on huge pages (core/HugePageHeap.h, measured on `submissions import`).
bool movesBulkMemory(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "submissions") == 0 && qstrcmp(argv[i + 1], "import") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (movesBulkMemory(argc, argv))
        HugePageHeap::restartWithHugePages(argv);
    AppIdentity::quietMissingRuntimeDir();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    AppIdentity::apply();
    installTranslations(app);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QStringList args = app.arguments().mid(1);
    QString db;
    QString user;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("-"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--db") && !args.isEmpty()) {
            db = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            db = opt.mid(5);
        } else if (opt == QLatin1String("--user") && !args.isEmpty()) {
            user = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--user="))) {
            user = opt.mid(7);
        } else if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << generalHelp();
            return 0;
        } else if (opt == QLatin1String("--version")) {
            out << QStringLiteral("contestctl %1\n").arg(QStringLiteral(CONTEST_ADMIN_VERSION));
            return 0;
        } else {
            err << QCoreApplication::translate(
                       "contestctl", "contestctl: unknown option %1 (see contestctl --help)\n")
                       .arg(opt);
            return 1;
        }
    }
    if (args.isEmpty()) {
        err << generalHelp();
        return 1;
    }
    if (db.isEmpty())
        db = AppIdentity::defaultDatabasePath();

    const QList<CtlCommand> commands = allCommands();
    const CtlCommand* match = nullptr;
    for (const CtlCommand& c : commands) {
        if (args.mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        QStringList close;
        for (const CtlCommand& c : commands) {
            if (c.words.first() == args.first())
                close << c.usage;
        }
        err << (close.isEmpty() ? QCoreApplication::translate(
                                      "contestctl",
                                      "contestctl: unknown command '%1' (see contestctl --help)\n")
                                      .arg(args.first())
                                : QCoreApplication::translate(
                                      "contestctl", "contestctl: usage:\n  contestctl %1\n")
                                      .arg(close.join(QStringLiteral("\n  contestctl "))));
        return 1;
    }
    CtlContext ctx(db, args.mid(match->words.size()));
    ctx.setUser(user);
    if (ctx.wantsHelp()) {
        out << QStringLiteral("Usage: contestctl [--db LOCATION] %1\n\n%2\n\n%3\n")
                   .arg(match->usage, match->summary, match->help);
        return 0;
    }
    // Who may run it is declared in CommandTable.cpp; a command nobody declared is a bug,
    // and runs for nobody.
    const std::optional<CtlAccess> access = commandAccess(match->words);
    if (!access) {
        err << QCoreApplication::translate(
                   "contestctl",
                   "contestctl: internal error: '%1' declares no required permission\n")
                   .arg(match->words.join(QLatin1Char(' ')));
        return 2;
    }
    ctx.setAccess(*access);
    try {
        return match->run(ctx);
    } catch (const UserError& e) {
        ctx.out().flush();
        err << QStringLiteral("contestctl: %1\n").arg(e.message());
        return 1;
    } catch (const EnvironmentError& e) {
        ctx.out().flush();
        err << QStringLiteral("contestctl: %1\n").arg(e.message());
        return 2;
    }
}
