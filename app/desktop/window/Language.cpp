#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {
const char languageKey[] = "ui/language";

std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}
} // namespace

namespace Language {

QString vietnamese()
{
    return QStringLiteral("vi");
}

QString english()
{
    return QStringLiteral("en");
}

QString stored()
{
    const QString code = QSettings().value(QLatin1String(languageKey), vietnamese()).toString();
    return code == english() ? english() : vietnamese();
}

void store(const QString& code)
{
    QSettings().setValue(QLatin1String(languageKey), code);
}

void apply(const QString& code)
{
    const bool vi = code == vietnamese();
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(
            QStringLiteral(":/i18n/contest-admin_%1.qm").arg(vi ? vietnamese() : english())))
        ours.reset();
    replace(appTranslator(), std::move(ours));

    // Qt's own texts (standard buttons, the file dialog) exist only for Vietnamese here.
    std::unique_ptr<QTranslator> qt;
    if (vi) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_vi"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    replace(qtTranslator(), std::move(qt));

    QLocale::setDefault(vi ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                           : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace Language
