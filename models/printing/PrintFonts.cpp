#include "PrintFonts.h"

#include "core/Problem.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>

namespace PrintFonts {

namespace {

// The family name of the embedded files, and the one they are loaded under. Debian's
// fonts-liberation (version 1, installed beside wine, chromium or a desktop) has the same
// family name with no Vietnamese letters in bold: under the same name Qt may take the
// system's files, and a bold "ả" would vanish from a certificate. Renamed in the loaded
// copy, the embedded files are the only ones of their family. Same length, so that no
// offset of the font file moves.
constexpr char16_t kFileFamily[] = u"Liberation Serif";
constexpr char16_t kLoadedFamily[] = u"LiberationSerif2";
static_assert(sizeof(kFileFamily) == sizeof(kLoadedFamily));

void replaceAll(QByteArray& data, const QByteArray& from, const QByteArray& to)
{
    for (qsizetype at = data.indexOf(from); at >= 0; at = data.indexOf(from, at + to.size()))
        data.replace(at, to.size(), to);
}

QByteArray utf16be(const char16_t* text)
{
    QByteArray out;
    for (; *text; ++text)
        out.append(char(*text >> 8)).append(char(*text & 0xff));
    return out;
}

// The name table holds the family in UTF-16BE (Windows records) and in ASCII (Macintosh).
void renameFamily(QByteArray& font)
{
    replaceAll(font, utf16be(kFileFamily), utf16be(kLoadedFamily));
    replaceAll(font, QString::fromUtf16(kFileFamily).toLatin1(),
               QString::fromUtf16(kLoadedFamily).toLatin1());
}

} // namespace

QString family()
{
    static const QString loaded = [] {
        const QString wanted = QString::fromUtf16(kLoadedFamily);
        for (const char* style : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            QFile f(QStringLiteral(":/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(style)));
            if (!f.open(QIODevice::ReadOnly))
                throw EnvironmentError(
                    QStringLiteral("embedded font %1 is missing").arg(f.fileName()));
            QByteArray data = f.readAll();
            renameFamily(data);
            const int id = QFontDatabase::addApplicationFontFromData(data);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || !families.contains(wanted))
                throw EnvironmentError(
                    QStringLiteral("cannot load the embedded font %1 as %2 (families: %3)")
                        .arg(f.fileName(), wanted, families.join(QStringLiteral(", "))));
        }
        return wanted;
    }();
    return loaded;
}

QFont font(double pointSize, bool bold, bool italic)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Printed pages must not depend on screen hinting.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QString text(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C);
}

} // namespace PrintFonts
