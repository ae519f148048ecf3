#pragma once

#include <QString>

// How an account's name is compared: "Admin", " admin" and "ADMIN" are one account, in
// the users table, the login throttle and the audit check alike.
namespace AccountName {
QString normalized(const QString& typed); // trimmed, NFC
QString key(const QString& typed);        // normalized and case-folded: the lookup key
} // namespace AccountName
