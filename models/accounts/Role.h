#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The four kinds of people who work on a contest (issue 5): the committee administers,
// authors write questions, judges decide ties, secretaries print.
enum class Role
{
    Committee,
    Author,
    Judge,
    Secretary
};

namespace Roles {
QList<Role> all();
QString name(Role role); // as stored and typed: "committee", "author", "judge", "secretary"
std::optional<Role> fromName(const QString& name);
QString label(Role role); // translated, for messages and the UI
} // namespace Roles
