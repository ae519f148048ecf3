#include "Exclusion.h"

QStringList Exclusion::knownTypes()
{
    return {QStringLiteral("id_number"), QStringLiteral("phone"), QStringLiteral("unit")};
}

QString Exclusion::typeLabel(const QString& type)
{
    if (type == QLatin1String("id_number"))
        return tr("ID number");
    if (type == QLatin1String("phone"))
        return tr("Phone");
    if (type == QLatin1String("unit"))
        return tr("Unit");
    return type;
}
