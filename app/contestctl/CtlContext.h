#pragma once

#include "CommandAccess.h"
#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

// What a contestctl command gets: its arguments, the --db location and the streams.
class CtlContext
{
public:
    CtlContext(QString dbLocation, QStringList args);

    QString dbLocation() const { return m_dbLocation; }
    // --user: who logs in once the database is open (needed once it has accounts).
    void setUser(const QString& user) { m_user = user; }
    QString user() const { return m_user; }
    // What the command needs (CommandTable.cpp): checked as soon as the login succeeds.
    void setAccess(const CtlAccess& access) { m_access = access; }
    const QStringList& args() const { return m_args; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    bool wantsHelp() const;
    // Takes "--name VALUE" out of the arguments; empty when absent.
    QString takeOption(const QString& name);
    bool takeFlag(const QString& name);
    // The remaining arguments must be exactly `count` positionals (UserError otherwise).
    QStringList positionals(int count, const QString& usage) const;

    // Both open, then log in: a database with accounts refuses every command without
    // --user and the account's password (CONTEST_PASSWORD or asked on the terminal), and
    // then whoever lacks the permission the command declares.
    Database& openExisting();   // schema must be current
    Database& openAndMigrate(); // init
    void closeDatabase() { m_db.reset(); } // restore replaces the file

private:
    void logIn(Database& db);

    QString m_dbLocation;
    QString m_user;
    CtlAccess m_access;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
};

struct CtlCommand
{
    QStringList words;   // {"units", "import"}
    QString usage;       // "units import FILE.csv"
    QString summary;     // one line for the command list
    QString help;        // the rest of --help
    std::function<int(CtlContext&)> run;
};
