#include "PackageCheck.h"

#include "core/Rfc3339.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "sync/PackageBuilder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace PackageCheck {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QStringList problems(const QJsonObject& p, const QString& pathCode)
{
    QStringList out;
    if (str(p, "code") != pathCode)
        out << QStringLiteral("\"code\" is \"%1\" but the URL names \"%2\"")
                   .arg(str(p, "code"), pathCode);
    if (str(p, "title").trimmed().isEmpty())
        out << QStringLiteral("\"title\" is missing");
    const auto opens = Rfc3339::parse(str(p, "opens_at"));
    const auto closes = Rfc3339::parse(str(p, "closes_at"));
    if (!opens)
        out << QStringLiteral("\"opens_at\" is not an RFC 3339 date-time");
    if (!closes)
        out << QStringLiteral("\"closes_at\" is not an RFC 3339 date-time");
    if (opens && closes && closes->utcMs <= opens->utcMs)
        out << QStringLiteral("\"closes_at\" must be after \"opens_at\"");
    if (p.value(QLatin1String("questions_per_attempt")).toInt() <= 0)
        out << QStringLiteral("\"questions_per_attempt\" must be a positive integer");
    if (str(p, "prediction_question").trimmed().isEmpty())
        out << QStringLiteral("\"prediction_question\" is missing");
    const QJsonArray blueprint = p.value(QLatin1String("blueprint")).toArray();
    for (qsizetype i = 0; i < blueprint.size(); ++i) {
        const QJsonObject e = blueprint.at(i).toObject();
        if (str(e, "topic").isEmpty() || e.value(QLatin1String("count")).toInt() <= 0)
            out << QStringLiteral("blueprint[%1]: needs \"topic\" and a positive \"count\"").arg(i);
    }
    const QJsonArray units = p.value(QLatin1String("units")).toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (str(units.at(i).toObject(), "code").isEmpty())
            out << QStringLiteral("units[%1]: \"code\" is missing").arg(i);
    }
    const QJsonArray questions = p.value(QLatin1String("questions")).toArray();
    if (questions.isEmpty())
        out << QStringLiteral("\"questions\" is missing or empty");
    QSet<QString> ids;
    for (qsizetype i = 0; i < questions.size() && out.size() < 20; ++i) {
        const QJsonObject q = questions.at(i).toObject();
        const QString where = QStringLiteral("questions[%1]").arg(i);
        if (str(q, "id").isEmpty() || ids.contains(str(q, "id")))
            out << where + QStringLiteral(": \"id\" is missing or repeated");
        ids.insert(str(q, "id"));
        QSet<QString> keys;
        for (const QJsonValue& o : q.value(QLatin1String("options")).toArray())
            keys.insert(str(o.toObject(), "key"));
        if (keys.size() < 2)
            out << where + QStringLiteral(": needs at least 2 options with a \"key\"");
        if (!keys.contains(str(q, "answer")))
            out << where + QStringLiteral(": \"answer\" is not one of its option keys");
    }
    return out;
}

QByteArray questionsSha(const QJsonObject& package)
{
    const QByteArray json = QJsonDocument(package.value(QLatin1String("questions")).toArray())
                                .toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
}

QByteArray packageSha(const QJsonObject& package)
{
    return QCryptographicHash::hash(QJsonDocument(package).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

GeneratorInputs generatorInputs(const QJsonObject& p)
{
    GeneratorInputs in;
    in.settings = ContestSettings::defaults();
    in.settings.code = str(p, "code");
    in.settings.title = str(p, "title");
    in.settings.opensAt = Rfc3339::parse(str(p, "opens_at")).value_or(in.settings.opensAt);
    in.settings.closesAt = Rfc3339::parse(str(p, "closes_at")).value_or(in.settings.closesAt);
    in.settings.questionsPerAttempt = p.value(QLatin1String("questions_per_attempt")).toInt(30);
    in.settings.predictionQuestion = str(p, "prediction_question");
    in.settings.blueprint.clear();
    for (const QJsonValue& v : p.value(QLatin1String("blueprint")).toArray())
        in.settings.blueprint << BlueprintEntry{str(v.toObject(), "topic"),
                                                v.toObject().value(QLatin1String("count")).toInt()};
    for (const QJsonValue& v : p.value(QLatin1String("units")).toArray()) {
        Unit u;
        u.code = str(v.toObject(), "code");
        u.name = str(v.toObject(), "name");
        in.units << u;
    }
    for (const QJsonValue& v : p.value(QLatin1String("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        const QString id = str(q, "id");
        in.bank.approvedByTopic[str(q, "topic")] << id;
        in.bank.correct.insert(id, str(q, "answer"));
        QString keys;
        for (const QJsonValue& o : q.value(QLatin1String("options")).toArray())
            keys += str(o.toObject(), "key");
        in.bank.options.insert(id, keys);
    }
    return in;
}

QJsonObject demoPackage()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder for the demo package");
    std::unique_ptr<Database> db =
        ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("demo.sqlite")));
    DemoContest::populate(*db, 0);
    const QJsonObject package = PackageBuilder(*db).build();
    db.reset();
    return package;
}

} // namespace PackageCheck
