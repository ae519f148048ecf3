#include "SubmissionParser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace SubmissionParser {

QString syntheticId(const QByteArray& rawJson)
{
    return QStringLiteral("no-id-") +
           QString::fromLatin1(QCryptographicHash::hash(rawJson, QCryptographicHash::Sha256).toHex().left(32));
}

SubmissionRecord fromJson(const QJsonObject& item)
{
    SubmissionRecord r;
    r.rawJson = QJsonDocument(item).toJson(QJsonDocument::Compact);
    const QJsonValue id = item.value(QLatin1String("id"));
    if (id.isString() && !id.toString().trimmed().isEmpty())
        r.id = id.toString();
    else if (id.isDouble())
        r.id = QString::number(id.toDouble(), 'f', 0);

    const QJsonObject c = item.value(QLatin1String("contestant")).toObject();
    auto text = [&](const char* key) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (v.isString())
            return v.toString().normalized(QString::NormalizationForm_C);
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', 0); // an ID or phone sent as a number
        return QString();
    };
    r.name = text("name").trimmed();
    r.gender = text("gender");
    r.idNumberRaw = text("id_number");
    r.phoneRaw = text("phone");
    r.unit = text("unit").trimmed();
    r.address = text("address");
    const QJsonValue by = c.value(QLatin1String("birth_year"));
    if (by.isDouble())
        r.birthYear = by.toInt();
    else if (by.isString())
        r.birthYear = by.toString().trimmed().toInt();

    const QJsonValue started = item.value(QLatin1String("started_at"));
    const QJsonValue submitted = item.value(QLatin1String("submitted_at"));
    if (started.isString()) {
        r.startedAtText = started.toString();
        r.startedAt = Rfc3339::parse(r.startedAtText);
    }
    if (submitted.isString()) {
        r.submittedAtText = submitted.toString();
        r.submittedAt = Rfc3339::parse(r.submittedAtText);
    }

    const QJsonValue answers = item.value(QLatin1String("answers"));
    if (!answers.isArray()) {
        r.answersWellFormed = false;
    } else {
        for (const QJsonValue& a : answers.toArray()) {
            const QJsonObject o = a.toObject();
            const QJsonValue q = o.value(QLatin1String("q"));
            const QJsonValue opt = o.value(QLatin1String("a"));
            if (!a.isObject() || !q.isString() || !(opt.isString() || opt.isNull())) {
                r.answersWellFormed = false;
                continue;
            }
            r.answers.append({q.toString(), opt.isNull() ? QString() : opt.toString()});
        }
    }

    const QJsonValue prediction = item.value(QLatin1String("prediction"));
    r.predictionPresent = !prediction.isUndefined() && !prediction.isNull();
    if (prediction.isDouble()) {
        const double d = prediction.toDouble();
        if (std::floor(d) == d && d >= 0 && d <= 9.0e15)
            r.prediction = static_cast<qint64>(d);
    }
    return r;
}

} // namespace SubmissionParser
