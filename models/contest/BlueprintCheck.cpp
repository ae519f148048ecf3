#include "BlueprintCheck.h"

#include "TopicRepository.h"
#include "storage/Database.h"

#include <QHash>

QList<BlueprintLine> BlueprintCheck::check(Database& db, const ContestSettings& settings)
{
    QHash<QString, int> approved;
    QHash<QString, int> inBank;
    QSqlQuery q = db.exec(QStringLiteral("SELECT topic, status, count(*) FROM questions WHERE status <> 'retired' "
                                         "GROUP BY topic, status"));
    while (q.next()) {
        const QString topic = q.value(0).toString();
        const int n = q.value(2).toInt();
        inBank[topic] += n;
        if (q.value(1).toString() == QLatin1String("approved"))
            approved[topic] += n;
    }
    QHash<QString, QString> names;
    for (const Topic& t : TopicRepository(db).list())
        names.insert(t.code, t.name);
    QList<BlueprintLine> lines;
    for (const BlueprintEntry& e : settings.blueprint)
        lines << BlueprintLine{e.topic, names.value(e.topic, e.topic), e.count, approved.value(e.topic), inBank.value(e.topic)};
    return lines;
}

bool BlueprintCheck::covers(const QList<BlueprintLine>& lines)
{
    return std::all_of(lines.begin(), lines.end(), [](const BlueprintLine& l) { return l.enough(); });
}

Problems BlueprintCheck::problems(const QList<BlueprintLine>& lines)
{
    Problems problems;
    for (const BlueprintLine& l : lines) {
        if (!l.enough()) {
            problems << Problem{tr("topic %1").arg(l.topic),
                                tr("an attempt draws %1 questions but only %2 are approved (%3 in the bank)")
                                    .arg(l.drawn)
                                    .arg(l.approved)
                                    .arg(l.inBank)};
        }
    }
    return problems;
}
