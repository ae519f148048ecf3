#include "ContestRepository.h"

#include "ContestSettingsJson.h"
#include "StoredContestSettings.h"
#include "TopicRepository.h"
#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "collab/LastChange.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

std::optional<ContestSettings> ContestRepository::load() const
{
    return StoredContestSettings::read(m_db);
}

ContestSettings ContestRepository::loadOrDefaults() const
{
    return load().value_or(ContestSettings::defaults());
}

int ContestRepository::rowVersion() const
{
    return StoredContestSettings::rowVersion(m_db);
}

Problems ContestRepository::checkAgainstDatabase(const ContestSettings& settings) const
{
    Problems problems;
    const TopicRepository repository(m_db);
    const QStringList topics = repository.activeCodes();
    const QStringList all = repository.codes();
    for (int i = 0; i < settings.blueprint.size(); ++i) {
        const QString topic = settings.blueprint.at(i).topic;
        if (!topic.isEmpty() && all.contains(topic) && !topics.contains(topic)) {
            problems << Problem{ContestSettings::tr("key '%1'").arg(QStringLiteral("blueprint[%1].topic").arg(i)),
                                ContestSettings::tr("topic '%1' is retired").arg(topic)};
        } else if (!topic.isEmpty() && !topics.contains(topic)) {
            problems << Problem{ContestSettings::tr("key '%1'").arg(QStringLiteral("blueprint[%1].topic").arg(i)),
                                ContestSettings::tr("unknown topic '%1' (topics: %2)")
                                    .arg(topic, topics.join(QStringLiteral(", ")))};
        }
    }
    return problems;
}

void ContestRepository::save(const ContestSettings& settings, int expectedRowVersion)
{
    Authorization::require(m_db, Permission::EditSettings);
    Problems problems = settings.validate();
    problems << checkAgainstDatabase(settings);
    if (!problems.isEmpty())
        throw UserError(problems);
    const QString json = QString::fromUtf8(
        QJsonDocument(ContestSettingsJson::toJson(settings)).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.transaction([&] {
        const std::optional<ContestSettings> before = load();
        const int current = rowVersion();
        const auto refuse = [&] {
            throw UserError(LastChange::refusal(ContestSettings::tr("The contest settings"),
                                                LastChange::ofSettings(m_db)));
        };
        if (expectedRowVersion >= 0 && current != expectedRowVersion)
            refuse();
        if (current == 0) {
            m_db.exec(QStringLiteral("INSERT INTO contest (id, code, settings_json, row_version, updated_at) "
                                     "VALUES (1, ?, ?, 1, ?)"),
                      {settings.code, json, now});
        } else {
            // Conditional on the version read above: on PostgreSQL a save racing this one
            // commits between our read and our write, and must make this one fail.
            QSqlQuery update = m_db.exec(QStringLiteral("UPDATE contest SET code = ?, settings_json = ?, "
                                                        "row_version = row_version + 1, updated_at = ? "
                                                        "WHERE id = 1 AND row_version = ?"),
                                         {settings.code, json, now, current});
            if (update.numRowsAffected() != 1)
                refuse();
        }
        if (!before || *before != settings) {
            AuditLog(m_db).append(QStringLiteral("settings.update"), settings.code,
                                  before ? QJsonValue(ContestSettingsJson::toJson(*before)) : QJsonValue(),
                                  ContestSettingsJson::toJson(settings));
        }
    });
}

ContestSettings ContestRepository::setFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(ContestSettings::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QString name = QFileInfo(path).fileName();
    const ContestSettings settings = ContestSettingsJson::fromBytes(file.readAll(), name, loadOrDefaults());
    Problems problems = checkAgainstDatabase(settings);
    for (Problem& p : problems)
        p.location = name + QStringLiteral(": ") + p.location;
    if (!problems.isEmpty())
        throw UserError(problems);
    save(settings);
    return settings;
}
