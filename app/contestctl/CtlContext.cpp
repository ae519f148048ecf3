#include "CtlContext.h"

#include "PasswordPrompt.h"
#include "accounts/Authorization.h"
#include "accounts/Login.h"
#include "accounts/Session.h"
#include "core/Problem.h"
#include "storage/ContestDatabase.h"
#include "storage/OwnerOnlyFile.h"
#include "storage/PostgresLocation.h"

#include <cstdio>

namespace {
// Database::open tightens the file too, silently; here the person running contestctl learns
// that it was exposed until now.
void tightenDatabaseFile(const QString& location, QTextStream& err)
{
    if (PostgresLocation::isUrl(location) || !OwnerOnlyFile::tighten(location))
        return;
    err << QCoreApplication::translate("CtlContext",
                                       "note: %1 was readable by other users of this computer; "
                                       "it is now readable by you only (0600)")
               .arg(location)
        << '\n';
}
} // namespace

CtlContext::CtlContext(QString dbLocation, QStringList args)
    : m_dbLocation(std::move(dbLocation)), m_args(std::move(args)), m_out(stdout), m_err(stderr)
{
}

bool CtlContext::wantsHelp() const
{
    return m_args.contains(QLatin1String("--help")) || m_args.contains(QLatin1String("-h"));
}

QString CtlContext::takeOption(const QString& name)
{
    const int i = m_args.indexOf(name);
    if (i < 0)
        return {};
    if (i + 1 >= m_args.size())
        throw UserError(QCoreApplication::translate("CtlContext", "%1 needs a value").arg(name));
    const QString value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return value;
}

bool CtlContext::takeFlag(const QString& name)
{
    return m_args.removeAll(name) > 0;
}

QStringList CtlContext::positionals(int count, const QString& usage) const
{
    for (const QString& a : m_args) {
        if (a.startsWith(QLatin1String("--")))
            throw UserError(QCoreApplication::translate("CtlContext", "unknown option %1 (usage: contestctl %2)").arg(a, usage));
    }
    if (m_args.size() != count)
        throw UserError(QCoreApplication::translate("CtlContext", "usage: contestctl %1").arg(usage));
    return m_args;
}

Database& CtlContext::openExisting()
{
    if (!m_db) {
        tightenDatabaseFile(m_dbLocation, err());
        m_db = ContestDatabase::openExisting(m_dbLocation);
        logIn(*m_db);
    }
    return *m_db;
}

Database& CtlContext::openAndMigrate()
{
    if (!m_db) {
        tightenDatabaseFile(m_dbLocation, err());
        m_db = ContestDatabase::openAndMigrate(m_dbLocation);
        logIn(*m_db);
    }
    return *m_db;
}

void CtlContext::logIn(Database& db)
{
    if (Authorization::isSetupMode(db)) {
        // Setup mode: no account yet, so nobody to log in as; a --user here is a mistake
        // (wrong database?) worth saying rather than ignoring.
        if (!m_user.isEmpty()) {
            throw UserError(QCoreApplication::translate("CtlContext", "%1 has no accounts yet, so --user %2 cannot log in; create the "
                                           "administrator first: contestctl users add NAME --role committee")
                                .arg(db.displayName(), m_user));
        }
        return;
    }
    if (m_user.isEmpty()) {
        throw UserError(QCoreApplication::translate("CtlContext", "%1 has user accounts: log in with --user NAME (the password from "
                                       "CONTEST_PASSWORD, or asked on the terminal)")
                            .arg(db.displayName()));
    }
    const QString password =
        PasswordPrompt::obtain("CONTEST_PASSWORD", QStringLiteral("Password for %1: ").arg(m_user), false);
    Login::logIn(db, m_user, password);
    if (m_access.kind == CtlAccess::Kind::Permission)
        Authorization::require(db, m_access.permission);
}
