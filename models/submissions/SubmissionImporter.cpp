#include "SubmissionImporter.h"

#include "accounts/Authorization.h"
#include "AnswerKey.h"
#include "SubmissionParser.h"
#include "SubmissionValidator.h"
#include "contest/ContestRepository.h"
#include "contest/JsonLocation.h"
#include "core/Utf8.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QList<QJsonObject> readJsonLines(const QByteArray& data, const QString& fileName)
{
    QList<QJsonObject> items;
    int line = 0;
    for (const QByteArray& raw : data.split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            throw UserError(SubmissionImporter::tr("%1:%2: not JSON (%3); nothing was imported")
                                .arg(fileName)
                                .arg(line)
                                .arg(error.errorString()));
        }
        if (!doc.isObject()) {
            throw UserError(SubmissionImporter::tr("%1:%2: a line must hold one submission object { ... }; "
                                                   "nothing was imported")
                                .arg(fileName)
                                .arg(line));
        }
        items << doc.object();
    }
    return items;
}

QList<QJsonObject> readJsonDocument(const QByteArray& data, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        throw UserError(JsonLocation::describeParseError(data, error, fileName) + SubmissionImporter::tr("; nothing was imported"));
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("items")).isArray()) {
        array = doc.object().value(QLatin1String("items")).toArray();
    } else {
        throw UserError(SubmissionImporter::tr("%1: expected an array of submissions or an object with \"items\"")
                            .arg(fileName));
    }
    QList<QJsonObject> items;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            throw UserError(SubmissionImporter::tr("%1: item %2 is not a submission object; nothing was imported")
                                .arg(fileName)
                                .arg(i + 1));
        }
        items << array.at(i).toObject();
    }
    return items;
}

} // namespace

StoreSummary SubmissionImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return importBytes(file.readAll(), QFileInfo(path).fileName());
}

StoreSummary SubmissionImporter::importBytes(const QByteArray& data, const QString& fileName)
{
    const QByteArray utf8 = Utf8::decodeStrict(data, fileName).toUtf8();
    const QList<QJsonObject> items = fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
                                         ? readJsonLines(utf8, fileName)
                                         : readJsonDocument(utf8, fileName);
    return importItems(items, QStringLiteral("file:") + fileName);
}

StoreSummary SubmissionImporter::importItems(const QList<QJsonObject>& items, const QString& source)
{
    Authorization::require(m_db, Permission::PublishAndSync);
    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    const AnswerKey key = AnswerKey::load(m_db);
    if (key.isEmpty()) {
        throw UserError(tr("the question bank is empty, so no answer can be graded: import the questions "
                           "first (contestctl questions import)"));
    }
    const SubmissionValidator validator(settings, key);
    QList<SubmissionRecord> records;
    records.reserve(items.size());
    for (const QJsonObject& item : items) {
        SubmissionRecord r = SubmissionParser::fromJson(item);
        validator.judge(r);
        records << r;
    }
    StoreSummary summary;
    m_db.transaction([&] {
        SubmissionStore store(m_db);
        store.ensureJudged(settings, key);
        summary = store.store(records, source);
    });
    return summary;
}
