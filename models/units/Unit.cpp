#include "Unit.h"

QStringList Unit::knownKinds()
{
    return {QStringLiteral("agency"),       QStringLiteral("commune"),    QStringLiteral("school"),
            QStringLiteral("organization"), QStringLiteral("enterprise"), QStringLiteral("armed_forces"),
            QStringLiteral("other")};
}

QString Unit::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("agency"))
        return tr("Agency");
    if (kind == QLatin1String("commune"))
        return tr("Commune / town");
    if (kind == QLatin1String("school"))
        return tr("School");
    if (kind == QLatin1String("organization"))
        return tr("Mass organisation");
    if (kind == QLatin1String("enterprise"))
        return tr("Enterprise");
    if (kind == QLatin1String("armed_forces"))
        return tr("Armed forces");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}
