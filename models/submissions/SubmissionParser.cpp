#include "SubmissionParser.h"

#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace SubmissionParser {

QString syntheticId(const QByteArray& rawJson)
{
    return QStringLiteral("no-id-") +
           QString::fromLatin1(
               QCryptographicHash::hash(rawJson, QCryptographicHash::Sha256).toHex().left(32));
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

namespace {

// fromJson() for canonical bytes, field by field the same decisions; false for the rare
// shapes it leaves to fromJson() (numbers where text is expected).
bool fromCanonical(CanonicalJson& json, QByteArrayView raw, SubmissionRecord& r)
{
    using Type = CanonicalJson::Type;
    const int root = CanonicalJson::root;
    auto typeOf = [&](int node) { return json.node(node).type; };
    r = SubmissionRecord();

    const int id = json.member(root, "id");
    if (id != -1 && typeOf(id) == Type::Integer)
        return false;
    if (id != -1 && typeOf(id) == Type::String) {
        const QString text = json.text(id);
        if (!text.trimmed().isEmpty())
            r.id = text;
    }

    int contestant = json.member(root, "contestant");
    if (contestant != -1 && typeOf(contestant) != Type::Object)
        contestant = -1;
    bool numericText = false;
    auto text = [&](const char* key) {
        const int v = contestant == -1 ? -1 : json.member(contestant, key);
        if (v == -1)
            return QString();
        if (typeOf(v) == Type::String)
            return json.text(v).normalized(QString::NormalizationForm_C);
        if (typeOf(v) == Type::Integer)
            numericText = true;
        return QString();
    };
    r.name = text("name").trimmed();
    r.gender = text("gender");
    r.idNumberRaw = text("id_number");
    r.phoneRaw = text("phone");
    r.unit = text("unit").trimmed();
    r.address = text("address");
    if (numericText)
        return false;
    const int by = contestant == -1 ? -1 : json.member(contestant, "birth_year");
    if (by != -1 && typeOf(by) == Type::Integer) {
        const qint64 n = json.node(by).integer; // QJsonValue::toInt: 0 unless it fits
        r.birthYear = qint64(int(n)) == n ? int(n) : 0;
    } else if (by != -1 && typeOf(by) == Type::String) {
        r.birthYear = json.text(by).trimmed().toInt();
    }

    const int started = json.member(root, "started_at");
    const int submitted = json.member(root, "submitted_at");
    if (started != -1 && typeOf(started) == Type::String) {
        r.startedAtText = json.text(started);
        r.startedAt = Rfc3339::parse(r.startedAtText);
    }
    if (submitted != -1 && typeOf(submitted) == Type::String) {
        r.submittedAtText = json.text(submitted);
        r.submittedAt = Rfc3339::parse(r.submittedAtText);
    }

    const int answers = json.member(root, "answers");
    if (answers == -1 || typeOf(answers) != Type::Array) {
        r.answersWellFormed = false;
    } else {
        qsizetype count = 0;
        for (int a = json.node(answers).firstChild; a != -1; a = json.node(a).next)
            ++count;
        r.answers.reserve(count);
        for (int a = json.node(answers).firstChild; a != -1; a = json.node(a).next) {
            const int q = typeOf(a) == Type::Object ? json.member(a, "q") : -1;
            const int opt = typeOf(a) == Type::Object ? json.member(a, "a") : -1;
            if (q == -1 || typeOf(q) != Type::String || opt == -1 ||
                !(typeOf(opt) == Type::String || typeOf(opt) == Type::Null)) {
                r.answersWellFormed = false;
                continue;
            }
            r.answers.append(
                {json.sharedText(q), typeOf(opt) == Type::Null ? QString() : json.sharedText(opt)});
        }
    }

    const int prediction = json.member(root, "prediction");
    r.predictionPresent = prediction != -1 && typeOf(prediction) != Type::Null;
    if (prediction != -1 && typeOf(prediction) == Type::Integer) {
        const double d = double(json.node(prediction).integer);
        if (std::floor(d) == d && d >= 0 && d <= 9.0e15)
            r.prediction = static_cast<qint64>(d);
    }
    r.rawJson = raw.toByteArray();
    return true;
}

} // namespace

bool SubmissionParser::fromRawJson(QByteArrayView raw, SubmissionRecord& record)
{
    thread_local CanonicalJson json; // keeps its node buffer from item to item
    if (json.read(raw) && fromCanonical(json, raw, record))
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    record = fromJson(doc.object());
    return true;
}
