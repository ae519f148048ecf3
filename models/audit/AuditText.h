#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

// The audit log as a person reads it (issue 14): each stored action code ("tie.decide")
// as a phrase in their language, and each subject with names instead of keys. The
// stored codes stay as they are: they are what the chain seals and what scripts read.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // Everything the subjects are named with; each lookup returns an empty string for
    // what it does not know, and the key is then shown as stored.
    struct Names
    {
        QHash<QString, QString> users;                 // user name -> display name
        QHash<QString, QString> prizes;                // prize key -> label ("Giải Ba")
        std::function<QString(const QString&)> person; // contestant key -> "Name (1990, unit)"
        std::function<QString(const QString&)> unit;   // unit code -> unit name
    };

    // Every code the suite writes, for tests and for the table below.
    static QStringList knownActions();
    // "Quyết định trường hợp bằng điểm"; a code this version does not know is said to be
    // one, rather than shown as a code.
    static QString action(const QString& code);
    static bool isKnown(const QString& code);
    static QString user(const QString& username, const Names& names);
    // The accounts' display names, for user().
    static QHash<QString, QString> userNames(Database& db);
    // One account by name, as user() says it (for "locked by ...").
    static QString user(Database& db, const QString& username);
    static QString subject(const AuditEntry& entry, const Names& names);
};
