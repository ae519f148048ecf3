#pragma once

#include <QFont>
#include <QString>

// The one font of printed documents: Liberation Serif (Times New Roman metrics), embedded
// in the program (resources/fonts) so a certificate looks the same on every machine and
// a missing system font can never drop Vietnamese marks. Needs a QGuiApplication.
namespace PrintFonts {
// Loads the four styles once, under a family name no system font has
// ("LiberationSerif2"); returns it. Throws EnvironmentError when the
// embedded fonts cannot be loaded.
QString family();
QFont font(double pointSize, bool bold = false, bool italic = false);
// Text as it is drawn: NFC, so "ệ" typed as e + two combining marks becomes the single
// code point the font maps (and pdftotext gives back what was stored).
QString text(const QString& s);
} // namespace PrintFonts
