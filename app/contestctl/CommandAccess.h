#pragma once

#include "accounts/Authorization.h"

#include <QString>
#include <QStringList>

#include <optional>

// What a contestctl command needs before it may run, declared once per command in
// CommandTable.cpp. The roles behind each permission are Authorization's alone; this only
// says which permission a command is about, so that no command can be added without
// saying who may run it (main refuses an undeclared one, TestCommandAccess walks them all).
struct CtlAccess
{
    enum class Kind
    {
        Permission, // checked right after the login, before the command touches anything
        AnyAccount, // any logged-in account; the service hides or refuses what needs more
        NoDatabase  // the command does not use the contest database at all
    };
    Kind kind = Kind::AnyAccount;
    Permission permission = Permission::ManageUsers; // for Kind::Permission
    QString why; // for the other kinds: what protects the data instead

    static CtlAccess needs(Permission p) { return {Kind::Permission, p, QString()}; }
    static CtlAccess anyAccount(const char* why)
    {
        return {Kind::AnyAccount, Permission::ManageUsers, QString::fromUtf8(why)};
    }
    static CtlAccess noDatabase(const char* why)
    {
        return {Kind::NoDatabase, Permission::ManageUsers, QString::fromUtf8(why)};
    }
};

// The declared access of the command named by `words` ({"results", "lock"}); nullopt for a
// command nobody declared.
std::optional<CtlAccess> commandAccess(const QStringList& words);
