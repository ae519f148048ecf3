#include "Role.h"

namespace Roles {

QList<Role> all()
{
    return {Role::Committee, Role::Author, Role::Judge, Role::Secretary};
}

QString name(Role role)
{
    switch (role) {
    case Role::Committee:
        return QStringLiteral("committee");
    case Role::Author:
        return QStringLiteral("author");
    case Role::Judge:
        return QStringLiteral("judge");
    case Role::Secretary:
        return QStringLiteral("secretary");
    }
    return {};
}

std::optional<Role> fromName(const QString& text)
{
    for (Role r : all()) {
        if (name(r) == text.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Committee:
        return QCoreApplication::translate("Roles", "committee");
    case Role::Author:
        return QCoreApplication::translate("Roles", "question author");
    case Role::Judge:
        return QCoreApplication::translate("Roles", "judge");
    case Role::Secretary:
        return QCoreApplication::translate("Roles", "secretary");
    }
    return {};
}

} // namespace Roles
