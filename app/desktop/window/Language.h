#pragma once

#include <QString>

// The interface language: Vietnamese by default, English as the alternative. Stored in
// QSettings so both a restart and a switch at run time use it.
namespace Language {
QString vietnamese(); // "vi"
QString english();    // "en"
QString stored();     // from QSettings, Vietnamese when unset
void store(const QString& code);
// Replaces the installed translators (ours and Qt's) and the default QLocale.
void apply(const QString& code);
} // namespace Language
