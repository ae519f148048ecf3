#include "ContestSettingsJson.h"

#include "JsonLocation.h"
#include "core/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the text \"%1\"").arg(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

// Reads one JSON object's keys into settings, collecting a problem per bad key.
class Reader
{
public:
    Reader(const QString& fileName, Problems& problems) : m_file(fileName), m_problems(problems) {}

    void problem(const QString& key, const QString& message)
    {
        m_problems << Problem{QStringLiteral("%1: ").arg(m_file) + ContestSettings::tr("key '%1'").arg(key), message};
    }

    bool string(const QJsonValue& v, const QString& key, QString& out)
    {
        if (!v.isString()) {
            problem(key, ContestSettings::tr("expected text, got %1").arg(typeName(v)));
            return false;
        }
        out = v.toString();
        return true;
    }

    template <typename Int> bool integer(const QJsonValue& v, const QString& key, Int& out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 9.0e15 ||
            d > static_cast<double>(std::numeric_limits<Int>::max()) ||
            d < static_cast<double>(std::numeric_limits<Int>::min())) {
            problem(key, ContestSettings::tr("expected a whole number, got %1").arg(typeName(v)));
            return false;
        }
        out = static_cast<Int>(d);
        return true;
    }

    bool timestamp(const QJsonValue& v, const QString& key, Timestamp& out)
    {
        QString text;
        if (!string(v, key, text))
            return false;
        const auto t = Rfc3339::parse(text);
        if (!t) {
            problem(key, ContestSettings::tr("\"%1\" is not an RFC 3339 date and time with a time zone offset, "
                            "e.g. 2024-06-01T07:00:00+07:00")
                             .arg(text));
            return false;
        }
        out = *t;
        return true;
    }

    bool object(const QJsonValue& v, const QString& key, QJsonObject& out)
    {
        if (!v.isObject()) {
            problem(key, ContestSettings::tr("expected an object, got %1").arg(typeName(v)));
            return false;
        }
        out = v.toObject();
        return true;
    }

    bool array(const QJsonValue& v, const QString& key, QJsonArray& out)
    {
        if (!v.isArray()) {
            problem(key, ContestSettings::tr("expected a list, got %1").arg(typeName(v)));
            return false;
        }
        out = v.toArray();
        return true;
    }

    void unknownKeys(const QJsonObject& o, const QString& prefix, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                problem(prefix + it.key(), ContestSettings::tr("unknown key (known keys: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }

private:
    QString m_file;
    Problems& m_problems;
};

const QStringList kTopKeys = {
    QStringLiteral("code"),
    QStringLiteral("title"),
    QStringLiteral("organizer"),
    QStringLiteral("opens_at"),
    QStringLiteral("closes_at"),
    QStringLiteral("questions_per_attempt"),
    QStringLiteral("blueprint"),
    QStringLiteral("prediction_question"),
    QStringLiteral("prediction_target"),
    QStringLiteral("attempts"),
    QStringLiteral("certificate_min_correct"),
    QStringLiteral("individual_prizes"),
    QStringLiteral("collective_prizes"),
    QStringLiteral("ranking_order"),
    QStringLiteral("timezone"),
    QStringLiteral("site_url"),
    QStringLiteral("rules"),
    QStringLiteral("integrity"),
};

} // namespace

namespace ContestSettingsJson {

QJsonObject toJson(const ContestSettings& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), s.code);
    o.insert(QStringLiteral("title"), s.title);
    o.insert(QStringLiteral("organizer"), s.organizer);
    o.insert(QStringLiteral("opens_at"), s.opensAt.toString());
    o.insert(QStringLiteral("closes_at"), s.closesAt.toString());
    o.insert(QStringLiteral("questions_per_attempt"), s.questionsPerAttempt);
    QJsonArray blueprint;
    for (const BlueprintEntry& e : s.blueprint)
        blueprint.append(QJsonObject{{QStringLiteral("topic"), e.topic}, {QStringLiteral("count"), e.count}});
    o.insert(QStringLiteral("blueprint"), blueprint);
    o.insert(QStringLiteral("prediction_question"), s.predictionQuestion);
    switch (s.predictionTarget.kind) {
    case PredictionTarget::Kind::Contestants:
        o.insert(QStringLiteral("prediction_target"), QStringLiteral("contestants"));
        break;
    case PredictionTarget::Kind::Submissions:
        o.insert(QStringLiteral("prediction_target"), QStringLiteral("submissions"));
        break;
    case PredictionTarget::Kind::Fixed:
        o.insert(QStringLiteral("prediction_target"), static_cast<double>(s.predictionTarget.fixedValue));
        break;
    }
    o.insert(QStringLiteral("attempts"),
             QJsonObject{{QStringLiteral("max"), s.maxAttempts},
                         {QStringLiteral("counted"), SettingNames::countedAttempt(s.countedAttempt)}});
    o.insert(QStringLiteral("certificate_min_correct"), s.certificateMinCorrect);
    QJsonArray prizes;
    for (const PrizeTier& p : s.individualPrizes) {
        prizes.append(QJsonObject{{QStringLiteral("key"), p.key},
                                  {QStringLiteral("label"), p.label},
                                  {QStringLiteral("count"), p.count},
                                  {QStringLiteral("amount"), static_cast<double>(p.amount)}});
    }
    o.insert(QStringLiteral("individual_prizes"), prizes);
    o.insert(QStringLiteral("collective_prizes"),
             QJsonObject{{QStringLiteral("count"), s.collectivePrizeCount},
                         {QStringLiteral("amount"), static_cast<double>(s.collectivePrizeAmount)}});
    QJsonArray order;
    for (RankingKey k : s.rankingOrder)
        order.append(SettingNames::rankingKey(k));
    o.insert(QStringLiteral("ranking_order"), order);
    o.insert(QStringLiteral("timezone"), Rfc3339::formatOffset(s.timezoneOffsetMinutes));
    o.insert(
        QStringLiteral("integrity"),
        QJsonObject{{QStringLiteral("phone_identities"), s.integrity.phoneIdentities},
                    {QStringLiteral("min_seconds_per_question"), s.integrity.minSecondsPerQuestion},
                    {QStringLiteral("burst_minutes"), s.integrity.burstMinutes},
                    {QStringLiteral("burst_identities"), s.integrity.burstIdentities}});
    // Only when set, so settings files written before these keys existed read back equal.
    if (!s.siteUrl.isEmpty())
        o.insert(QStringLiteral("site_url"), s.siteUrl);
    if (!s.rules.isEmpty())
        o.insert(QStringLiteral("rules"), s.rules);
    return o;
}

QByteArray toBytes(const ContestSettings& settings)
{
    return QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented);
}

ContestSettings fromBytes(const QByteArray& data, const QString& fileName, const ContestSettings& base)
{
    const QString text = Utf8::decodeStrict(data, fileName);
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        throw UserError(JsonLocation::describeParseError(utf8, error, fileName));
    if (!doc.isObject()) {
        throw UserError(ContestSettings::tr("%1: the settings must be one JSON object { ... }").arg(fileName));
    }
    return fromJson(doc.object(), fileName, base);
}

ContestSettings fromJson(const QJsonObject& o, const QString& fileName, const ContestSettings& base)
{
    ContestSettings s = base;
    Problems problems;
    Reader r(fileName, problems);
    r.unknownKeys(o, QString(), kTopKeys);

    auto has = [&](const char* key) { return o.contains(QLatin1String(key)); };
    auto at = [&](const char* key) { return o.value(QLatin1String(key)); };

    if (has("code"))
        r.string(at("code"), QStringLiteral("code"), s.code);
    if (has("title"))
        r.string(at("title"), QStringLiteral("title"), s.title);
    if (has("organizer"))
        r.string(at("organizer"), QStringLiteral("organizer"), s.organizer);
    if (has("site_url"))
        r.string(at("site_url"), QStringLiteral("site_url"), s.siteUrl);
    if (has("rules"))
        r.string(at("rules"), QStringLiteral("rules"), s.rules);
    if (has("opens_at"))
        r.timestamp(at("opens_at"), QStringLiteral("opens_at"), s.opensAt);
    if (has("closes_at"))
        r.timestamp(at("closes_at"), QStringLiteral("closes_at"), s.closesAt);
    if (has("questions_per_attempt"))
        r.integer(at("questions_per_attempt"), QStringLiteral("questions_per_attempt"), s.questionsPerAttempt);
    if (has("blueprint")) {
        QJsonArray list;
        if (r.array(at("blueprint"), QStringLiteral("blueprint"), list)) {
            s.blueprint.clear();
            for (int i = 0; i < list.size(); ++i) {
                const QString key = QStringLiteral("blueprint[%1]").arg(i);
                QJsonObject item;
                if (!r.object(list.at(i), key, item))
                    continue;
                r.unknownKeys(item, key + QLatin1Char('.'), {QStringLiteral("topic"), QStringLiteral("count")});
                BlueprintEntry e;
                r.string(item.value(QLatin1String("topic")), key + QStringLiteral(".topic"), e.topic);
                r.integer(item.value(QLatin1String("count")), key + QStringLiteral(".count"), e.count);
                s.blueprint << e;
            }
        }
    }
    if (has("prediction_question"))
        r.string(at("prediction_question"), QStringLiteral("prediction_question"), s.predictionQuestion);
    if (has("prediction_target")) {
        const QJsonValue v = at("prediction_target");
        if (v.isString() && v.toString() == QLatin1String("contestants")) {
            s.predictionTarget = {PredictionTarget::Kind::Contestants, 0};
        } else if (v.isString() && v.toString() == QLatin1String("submissions")) {
            s.predictionTarget = {PredictionTarget::Kind::Submissions, 0};
        } else if (v.isDouble()) {
            qint64 n = 0;
            if (r.integer(v, QStringLiteral("prediction_target"), n))
                s.predictionTarget = {PredictionTarget::Kind::Fixed, n};
        } else {
            r.problem(QStringLiteral("prediction_target"),
                      ContestSettings::tr("expected \"contestants\", \"submissions\" or a whole number, got %1").arg(typeName(v)));
        }
    }
    if (has("attempts")) {
        QJsonObject a;
        if (r.object(at("attempts"), QStringLiteral("attempts"), a)) {
            r.unknownKeys(a, QStringLiteral("attempts."), {QStringLiteral("max"), QStringLiteral("counted")});
            if (a.contains(QLatin1String("max")))
                r.integer(a.value(QLatin1String("max")), QStringLiteral("attempts.max"), s.maxAttempts);
            if (a.contains(QLatin1String("counted"))) {
                QString counted;
                if (r.string(a.value(QLatin1String("counted")), QStringLiteral("attempts.counted"), counted)) {
                    if (const auto c = SettingNames::parseCountedAttempt(counted))
                        s.countedAttempt = *c;
                    else
                        r.problem(QStringLiteral("attempts.counted"),
                                  ContestSettings::tr("\"%1\" is not one of best, first, last").arg(counted));
                }
            }
        }
    }
    if (has("integrity")) {
        QJsonObject g;
        if (r.object(at("integrity"), QStringLiteral("integrity"), g)) {
            const QList<std::pair<QString, int*>> fields = {
                {QStringLiteral("phone_identities"), &s.integrity.phoneIdentities},
                {QStringLiteral("min_seconds_per_question"), &s.integrity.minSecondsPerQuestion},
                {QStringLiteral("burst_minutes"), &s.integrity.burstMinutes},
                {QStringLiteral("burst_identities"), &s.integrity.burstIdentities}};
            QStringList names;
            for (const auto& f : fields)
                names << f.first;
            r.unknownKeys(g, QStringLiteral("integrity."), names);
            for (const auto& [name, value] : fields) {
                if (g.contains(name))
                    r.integer(g.value(name), QStringLiteral("integrity.") + name, *value);
            }
        }
    }
    if (has("certificate_min_correct"))
        r.integer(at("certificate_min_correct"), QStringLiteral("certificate_min_correct"), s.certificateMinCorrect);
    if (has("individual_prizes")) {
        QJsonArray list;
        if (r.array(at("individual_prizes"), QStringLiteral("individual_prizes"), list)) {
            s.individualPrizes.clear();
            for (int i = 0; i < list.size(); ++i) {
                const QString key = QStringLiteral("individual_prizes[%1]").arg(i);
                QJsonObject item;
                if (!r.object(list.at(i), key, item))
                    continue;
                r.unknownKeys(item, key + QLatin1Char('.'),
                              {QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count"),
                               QStringLiteral("amount")});
                PrizeTier p;
                r.string(item.value(QLatin1String("key")), key + QStringLiteral(".key"), p.key);
                r.string(item.value(QLatin1String("label")), key + QStringLiteral(".label"), p.label);
                r.integer(item.value(QLatin1String("count")), key + QStringLiteral(".count"), p.count);
                r.integer(item.value(QLatin1String("amount")), key + QStringLiteral(".amount"), p.amount);
                s.individualPrizes << p;
            }
        }
    }
    if (has("collective_prizes")) {
        QJsonObject c;
        if (r.object(at("collective_prizes"), QStringLiteral("collective_prizes"), c)) {
            r.unknownKeys(c, QStringLiteral("collective_prizes."), {QStringLiteral("count"), QStringLiteral("amount")});
            if (c.contains(QLatin1String("count")))
                r.integer(c.value(QLatin1String("count")), QStringLiteral("collective_prizes.count"), s.collectivePrizeCount);
            if (c.contains(QLatin1String("amount")))
                r.integer(c.value(QLatin1String("amount")), QStringLiteral("collective_prizes.amount"), s.collectivePrizeAmount);
        }
    }
    if (has("ranking_order")) {
        QJsonArray list;
        if (r.array(at("ranking_order"), QStringLiteral("ranking_order"), list)) {
            s.rankingOrder.clear();
            QStringList names;
            for (RankingKey k : SettingNames::allRankingKeys())
                names << SettingNames::rankingKey(k);
            for (int i = 0; i < list.size(); ++i) {
                const QString key = QStringLiteral("ranking_order[%1]").arg(i);
                QString name;
                if (!r.string(list.at(i), key, name))
                    continue;
                if (const auto k = SettingNames::parseRankingKey(name))
                    s.rankingOrder << *k;
                else
                    r.problem(key, ContestSettings::tr("\"%1\" is not a ranking key (%2)").arg(name, names.join(QStringLiteral(", "))));
            }
        }
    }
    if (has("timezone")) {
        QString text;
        if (r.string(at("timezone"), QStringLiteral("timezone"), text)) {
            if (const auto offset = Rfc3339::parseOffset(text))
                s.timezoneOffsetMinutes = *offset;
            else
                r.problem(QStringLiteral("timezone"),
                          ContestSettings::tr("\"%1\" is not a time zone offset such as +07:00").arg(text));
        }
    }

    if (problems.isEmpty()) {
        for (Problem p : s.validate()) {
            p.location = fileName + QStringLiteral(": ") + p.location;
            problems << p;
        }
    }
    if (!problems.isEmpty())
        throw UserError(problems);
    return s;
}

} // namespace ContestSettingsJson
