#include "AccountName.h"

namespace AccountName {

QString normalized(const QString& typed)
{
    return typed.trimmed().normalized(QString::NormalizationForm_C);
}

QString key(const QString& typed)
{
    return normalized(typed).toCaseFolded();
}

} // namespace AccountName
