#include "CategoryMapping.h"

#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "contest/TopicRepository.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace {

// The mapping as the audit log records it: {"": default topic, category: topic, ...}.
QJsonObject toJson(const QHash<QString, QString>& map, const QString& defaultTopic)
{
    QJsonObject o;
    if (!defaultTopic.isEmpty())
        o.insert(QString(), defaultTopic);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

CategoryMapping CategoryMapping::load(Database& db)
{
    CategoryMapping m;
    m.m_knownTopics = TopicRepository(db).codes();
    QSqlQuery q = db.exec(QStringLiteral("SELECT category, topic FROM question_category_map"));
    while (q.next()) {
        const QString category = q.value(0).toString();
        if (category.isEmpty())
            m.m_defaultTopic = q.value(1).toString();
        else
            m.m_map.insert(category, q.value(1).toString());
    }
    return m;
}

void CategoryMapping::save(Database& db) const
{
    // Where imported questions land is part of the bank: the bank's editors decide it.
    Authorization::require(db, Permission::EditQuestions);
    const QStringList topics = TopicRepository(db).codes();
    Problems problems;
    auto check = [&](const QString& category, const QString& topic) {
        if (!topics.contains(topic)) {
            problems << Problem{category.isEmpty() ? tr("default topic")
                                                   : tr("category '%1'").arg(category),
                                tr("unknown topic '%1' (topics: %2)")
                                    .arg(topic, topics.join(QStringLiteral(", ")))};
        }
    };
    if (!m_defaultTopic.isEmpty())
        check(QString(), m_defaultTopic);
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
        check(it.key(), it.value());
    if (!problems.isEmpty())
        throw UserError(problems);
    db.transaction([&] {
        const CategoryMapping before = load(db);
        const QJsonObject beforeJson = toJson(before.m_map, before.m_defaultTopic);
        const QJsonObject afterJson = toJson(m_map, m_defaultTopic);
        if (beforeJson == afterJson)
            return;
        db.exec(QStringLiteral("DELETE FROM question_category_map"));
        if (!m_defaultTopic.isEmpty())
            db.exec(QStringLiteral(
                        "INSERT INTO question_category_map (category, topic) VALUES ('', ?)"),
                    {m_defaultTopic});
        for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
            db.exec(
                QStringLiteral("INSERT INTO question_category_map (category, topic) VALUES (?, ?)"),
                {it.key(), it.value()});
        }
        AuditLog(db).append(QStringLiteral("questions.category_map"), QString(), beforeJson,
                            afterJson);
    });
}

QString CategoryMapping::topicFor(const QString& category) const
{
    const QString path = normalizedPath(category);
    if (path.isEmpty())
        return m_defaultTopic;
    if (const auto it = m_map.constFind(path); it != m_map.cend())
        return *it;
    const QString last = path.section(QLatin1Char('/'), -1);
    if (m_knownTopics.contains(last))
        return last;
    return m_defaultTopic;
}

QString CategoryMapping::normalizedPath(const QString& category)
{
    QStringList parts = category.split(QLatin1Char('/'));
    for (QString& p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}
