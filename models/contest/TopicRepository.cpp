#include "TopicRepository.h"

#include "StoredContestSettings.h"
#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {

QJsonObject toJson(const Topic& t)
{
    return QJsonObject{{QStringLiteral("code"), t.code},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("retired"), t.retired}};
}

} // namespace

QList<Topic> TopicRepository::list() const
{
    QList<Topic> topics;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT code, name, position, retired FROM topics ORDER BY position, code"));
    while (q.next())
        topics << Topic{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toInt() != 0};
    return topics;
}

QStringList TopicRepository::codes() const
{
    QStringList codes;
    for (const Topic& t : list())
        codes << t.code;
    return codes;
}

QStringList TopicRepository::activeCodes() const
{
    QStringList codes;
    for (const Topic& t : list()) {
        if (!t.retired)
            codes << t.code;
    }
    return codes;
}

bool TopicRepository::isValidCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{1,15}$"));
    return pattern.match(code).hasMatch();
}

Topic TopicRepository::require(const QString& code) const
{
    for (const Topic& t : list()) {
        if (t.code == code)
            return t;
    }
    throw UserError(
        tr("topic '%1': no such topic (topics: %2)").arg(code, codes().join(QStringLiteral(", "))));
}

QString TopicRepository::checkedName(const QString& name, const QString& exceptCode) const
{
    const QString n = name.trimmed().normalized(QString::NormalizationForm_C);
    if (n.isEmpty())
        throw UserError(tr("field 'name': a topic needs a name"));
    for (const Topic& t : list()) {
        if (t.code != exceptCode && t.name.compare(n, Qt::CaseInsensitive) == 0)
            throw UserError(tr("field 'name': topic %1 already has the name '%2'").arg(t.code, n));
    }
    return n;
}

Topic TopicRepository::add(const QString& code, const QString& name)
{
    Authorization::require(m_db, Permission::EditSettings);
    if (!isValidCode(code)) {
        throw UserError(tr("field 'code': '%1' is not a topic code (2 to 16 capital letters, "
                           "digits or '_', starting with a letter, e.g. TTHC)")
                            .arg(code));
    }
    Topic added;
    m_db.transaction([&] {
        if (codes().contains(code))
            throw UserError(tr("field 'code': topic %1 exists already").arg(code));
        QSqlQuery last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM topics"));
        added = Topic{code, checkedName(name, QString()),
                      last.next() ? last.value(0).toInt() + 1 : 1, false};
        last.finish();
        m_db.exec(QStringLiteral("INSERT INTO topics (code, name, position, retired) "
                                 "VALUES (?, ?, ?, 0)"),
                  {added.code, added.name, added.position});
        AuditLog(m_db).append(QStringLiteral("topic.add"), code, QJsonValue(), toJson(added));
    });
    return added;
}

Topic TopicRepository::rename(const QString& code, const QString& name)
{
    Authorization::require(m_db, Permission::EditSettings);
    Topic renamed;
    m_db.transaction([&] {
        const Topic before = require(code);
        renamed = before;
        renamed.name = checkedName(name, code);
        if (renamed.name == before.name)
            return;
        m_db.exec(QStringLiteral("UPDATE topics SET name = ? WHERE code = ?"),
                  {renamed.name, code});
        AuditLog(m_db).append(QStringLiteral("topic.rename"), code, toJson(before),
                              toJson(renamed));
    });
    return renamed;
}

Topic TopicRepository::retire(const QString& code)
{
    Authorization::require(m_db, Permission::EditSettings);
    Topic retired;
    m_db.transaction([&] {
        const Topic before = require(code);
        if (before.retired)
            throw UserError(tr("topic %1 is retired already").arg(code));
        for (const BlueprintEntry& e : StoredContestSettings::read(m_db).value_or(ContestSettings::defaults()).blueprint) {
            if (e.topic == code && e.count > 0) {
                throw UserError(tr("topic %1 (%2) is in the contest's blueprint (%n question(s) "
                                   "an attempt): take it out of the blueprint first",
                                   nullptr, e.count)
                                    .arg(code, before.name));
            }
        }
        retired = before;
        retired.retired = true;
        m_db.exec(QStringLiteral("UPDATE topics SET retired = 1 WHERE code = ?"), {code});
        AuditLog(m_db).append(QStringLiteral("topic.retire"), code, toJson(before),
                              toJson(retired));
    });
    return retired;
}
