#include "QuestionTags.h"

#include <QRegularExpression>

namespace QuestionTags {

void read(const QString& commentLine, QString& id, QString& topic)
{
    static const QRegularExpression tag(
        QStringLiteral("\\[(id|topic)\\s*:\\s*([^\\]\\s]*)\\s*\\]"));
    auto it = tag.globalMatch(commentLine);
    while (it.hasNext()) {
        const auto m = it.next();
        (m.captured(1) == QLatin1String("id") ? id : topic) = m.captured(2);
    }
}

QString write(const QString& id, const QString& topic)
{
    return QStringLiteral("// [id:%1] [topic:%2]").arg(id, topic);
}

} // namespace QuestionTags
