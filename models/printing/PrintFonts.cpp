#include "PrintFonts.h"

#include "core/Problem.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>

namespace PrintFonts {

QString family()
{
    static const QString loaded = [] {
        QString name;
        for (const char* style : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            QFile f(QStringLiteral(":/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(style)));
            if (!f.open(QIODevice::ReadOnly))
                throw EnvironmentError(
                    QStringLiteral("embedded font %1 is missing").arg(f.fileName()));
            const int id = QFontDatabase::addApplicationFontFromData(f.readAll());
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || families.isEmpty())
                throw EnvironmentError(
                    QStringLiteral("cannot load the embedded font %1").arg(f.fileName()));
            name = families.first();
        }
        return name;
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
