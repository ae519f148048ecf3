#include "SubmissionParser.h"

#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <string_view>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionParser)
};

// NUL and lone surrogates become U+FFFD: no column keeps them faithfully (PostgreSQL
// refuses a NUL in text; SQLite, converting UTF-16, pairs a lone high surrogate with the
// character after it and so eats it). Returns what was wrong, empty when nothing was.
QString cleanText(QString& text)
{
    bool nul = false;
    bool surrogate = false;
    const qsizetype n = text.size();
    const QChar* d = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c == 0)
            nul = true;
        else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                 QChar::isLowSurrogate(d[i + 1].unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            surrogate = true;
    }
    if (!nul && !surrogate)
        return QString();
    QString clean;
    clean.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(d[i + 1].unicode())) {
            clean += d[i];
            clean += d[++i];
        } else {
            clean += (c == 0 || QChar::isSurrogate(c)) ? QChar(QChar::ReplacementCharacter) : d[i];
        }
    }
    text = clean;
    return nul && surrogate ? Tr::tr("a NUL character and a lone surrogate")
           : nul            ? Tr::tr("a NUL character (\\u0000)")
                            : Tr::tr("a lone surrogate (\\ud800-\\udfff without its pair)");
}

// What no rule of rules.md catches but the storage or the reader must: text that is not
// clean Unicode, U+FFFD standing for bytes that were not UTF-8. Flaws, never dropped items.
// `mayHoldNul`: false when the fields were read from canonical JSON without escapes: the
// reader refused control characters and any byte that was not UTF-8 (a surrogate
// included), so no field can hold what cleanText() looks for.
void inspectText(SubmissionRecord& r, bool mayHoldNul = true)
{
    auto check = [&](QString& text, const QString& field) {
        const QString problem = cleanText(text);
        if (!problem.isEmpty()) {
            r.flaws.append({QStringLiteral("bad_encoding"),
                            Tr::tr("%1 holds %2; kept as U+FFFD").arg(field, problem)});
        }
    };
    if (mayHoldNul) {
        check(r.id, QStringLiteral("id"));
        check(r.name, QStringLiteral("contestant.name"));
        check(r.gender, QStringLiteral("contestant.gender"));
        check(r.idNumberRaw, QStringLiteral("contestant.id_number"));
        check(r.phoneRaw, QStringLiteral("contestant.phone"));
        check(r.unit, QStringLiteral("contestant.unit"));
        check(r.address, QStringLiteral("contestant.address"));
        check(r.startedAtText, QStringLiteral("started_at"));
        check(r.submittedAtText, QStringLiteral("submitted_at"));
        for (SubmissionRecord::Answer& a : r.answers) {
            check(a.question, QStringLiteral("answers[].q"));
            check(a.option, QStringLiteral("answers[].a"));
        }
    }
    // std::string_view's find looks for the first byte with memchr; QByteArray::contains
    // hashed every byte of the item, a sixth of the judging time of an import.
    if (std::string_view(r.rawJson.constData(), size_t(r.rawJson.size())).find("\xEF\xBF\xBD") !=
        std::string_view::npos) {
        r.flaws.append({QStringLiteral("bad_encoding"),
                        Tr::tr("the item holds U+FFFD, the mark of bytes that were not UTF-8 "
                               "(replaced when it was received, or before)")});
    }
}

void badBirthYear(SubmissionRecord& r, const QString& given)
{
    r.birthYear = 0;
    r.birthYearPresent = false; // the flaw says it; the validator's range check need not

    r.flaws.append({QStringLiteral("bad_birth_year"),
                    Tr::tr("contestant.birth_year %1 is not a whole year").arg(given)});
}

// A birth year as a number: a whole one that fits, else a flaw (1.5, 1e20).
void readBirthYear(SubmissionRecord& r, double d, const QString& given)
{
    r.birthYearPresent = true;
    if (std::floor(d) == d && d >= -1e9 && d <= 1e9)
        r.birthYear = int(d);
    else
        badBirthYear(r, given);
}

void readBirthYearText(SubmissionRecord& r, const QString& text)
{
    if (text.trimmed().isEmpty())
        return; // a form's empty field: not given
    r.birthYearPresent = true;
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (ok)
        r.birthYear = year;
    else
        badBirthYear(r, QLatin1Char('"') + text + QLatin1Char('"'));
}

} // namespace

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
    if (by.isDouble()) {
        readBirthYear(r, by.toDouble(), QString::number(by.toDouble(), 'g', 17));
    } else if (by.isString()) {
        readBirthYearText(r, by.toString());
    } else if (!by.isUndefined() && !by.isNull()) {
        badBirthYear(r, Tr::tr("(not a number)"));
    }

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
    inspectText(r);
    return r;
}

SubmissionRecord unreadable(QByteArrayView raw, const QString& id, const QString& why)
{
    SubmissionRecord r;
    r.rawJson = raw.toByteArray();
    r.id = id;
    r.answersWellFormed = false;
    r.flaws.append({QStringLiteral("unreadable"),
                    Tr::tr("the item cannot be read (%1); its raw JSON is kept as sent").arg(why)});
    inspectText(r);
    return r;
}

} // namespace SubmissionParser

namespace {

// fromJson() for canonical bytes, field by field the same decisions; false for the rare
// shapes it leaves to fromJson() (numbers where text is expected).
bool fromCanonical(CanonicalJson& json, QByteArrayView raw, const QByteArray* shared,
                   SubmissionRecord& r)
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
        const qint64 n = json.node(by).integer;
        readBirthYear(r, double(n), QString::number(n));
    } else if (by != -1 && typeOf(by) == Type::String) {
        readBirthYearText(r, json.text(by));
    } else if (by != -1 && typeOf(by) != Type::Null) {
        return false; // true, false, an object...: as fromJson() says it
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
    r.rawJson = shared ? *shared : raw.toByteArray();
    inspectText(r, json.anyEscaped());
    return true;
}

bool readRaw(QByteArrayView raw, const QByteArray* shared, SubmissionRecord& record, QString* why)
{
    thread_local CanonicalJson json; // keeps its node buffer from item to item
    if (json.read(raw) && fromCanonical(json, raw, shared, record))
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (why) {
            *why = error.error != QJsonParseError::NoError
                       ? Tr::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset)
                       : Tr::tr("not a JSON object");
        }
        return false;
    }
    record = SubmissionParser::fromJson(doc.object());
    return true;
}

} // namespace

bool SubmissionParser::fromRawJson(QByteArrayView raw, SubmissionRecord& record, QString* why)
{
    return readRaw(raw, nullptr, record, why);
}

bool SubmissionParser::fromRawJson(const QByteArray& raw, SubmissionRecord& record, QString* why)
{
    return readRaw(raw, &raw, record, why);
}
