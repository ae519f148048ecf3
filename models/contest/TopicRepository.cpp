#include "TopicRepository.h"

#include "storage/Database.h"

QList<Topic> TopicRepository::list() const
{
    QList<Topic> topics;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT code, name, position FROM topics ORDER BY position, code"));
    while (q.next())
        topics << Topic{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return topics;
}

QStringList TopicRepository::codes() const
{
    QStringList codes;
    for (const Topic& t : list())
        codes << t.code;
    return codes;
}
