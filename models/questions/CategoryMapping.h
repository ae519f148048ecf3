#pragma once

#include "core/Problem.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Database;

// Which topic a Moodle category ("$course$/top/A/B", GIFT "$CATEGORY:") goes to. Rules, in
// order: an exact category path in the map; a path whose last part is a topic code
// ("$course$/top/TTHC", as QuestionExporter writes); the default topic. Stored in the
// question_category_map table, the empty category being the default, so the committee edits
// it as data.
class CategoryMapping
{
    Q_DECLARE_TR_FUNCTIONS(CategoryMapping)
public:
    CategoryMapping() = default;
    CategoryMapping(QHash<QString, QString> map, QString defaultTopic, QStringList knownTopics)
        : m_map(std::move(map)), m_defaultTopic(std::move(defaultTopic)),
          m_knownTopics(std::move(knownTopics))
    {
    }
    static CategoryMapping load(Database& db);
    // Replaces the stored mapping; needs Permission::EditQuestions and records the change
    // (before and after) in the audit log.
    void save(Database& db) const;

    void set(const QString& category, const QString& topic)
    {
        m_map.insert(normalizedPath(category), topic);
    }
    void remove(const QString& category) { m_map.remove(normalizedPath(category)); }
    void setDefaultTopic(const QString& topic) { m_defaultTopic = topic; }
    QString defaultTopic() const { return m_defaultTopic; }
    const QHash<QString, QString>& entries() const { return m_map; }
    const QStringList& knownTopics() const { return m_knownTopics; }
    void setKnownTopics(const QStringList& topics) { m_knownTopics = topics; }

    // The topic for a category (empty category: the default). Empty when nothing applies.
    QString topicFor(const QString& category) const;
    // Blanks around the parts and around the '/' removed: "$course$/ A /B " -> "$course$/A/B".
    static QString normalizedPath(const QString& category);

private:
    QHash<QString, QString> m_map;
    QString m_defaultTopic;
    QStringList m_knownTopics;
};
