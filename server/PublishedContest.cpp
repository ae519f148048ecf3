#include "PublishedContest.h"

#include <QDateTime>

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

PublishedContest PublishedContest::fromPackage(const QJsonObject& p)
{
    PublishedContest c;
    c.code = str(p, "code");
    c.title = str(p, "title");
    c.organizer = str(p, "organizer");
    c.rules = str(p, "rules");
    c.predictionQuestion = str(p, "prediction_question");
    c.opensAt = Rfc3339::parse(str(p, "opens_at")).value_or(Timestamp{});
    c.closesAt = Rfc3339::parse(str(p, "closes_at")).value_or(Timestamp{});
    c.questionsPerAttempt = p.value(QLatin1String("questions_per_attempt")).toInt(30);
    c.attemptsMax = std::max(0, p.value(QLatin1String("attempts_max")).toInt(0));
    c.showScore = p.value(QLatin1String("show_score")).toBool(false);
    for (const QJsonValue& v : p.value(QLatin1String("blueprint")).toArray())
        c.blueprint.append(
            {str(v.toObject(), "topic"), v.toObject().value(QLatin1String("count")).toInt()});
    for (const QJsonValue& v : p.value(QLatin1String("units")).toArray())
        c.units.append({str(v.toObject(), "code"), str(v.toObject(), "name")});
    for (const QJsonValue& v : p.value(QLatin1String("questions")).toArray()) {
        const QJsonObject o = v.toObject();
        Question q{str(o, "id"), str(o, "topic"), str(o, "text"), {}, str(o, "answer")};
        for (const QJsonValue& opt : o.value(QLatin1String("options")).toArray())
            q.options.append({str(opt.toObject(), "key"), str(opt.toObject(), "text")});
        c.questionIndex.insert(q.id, c.questions.size());
        c.questions.append(q);
    }
    return c;
}

PublishedContest::State PublishedContest::state(qint64 nowMs) const
{
    if (nowMs < opensAt.utcMs)
        return State::Upcoming;
    if (nowMs > closesAt.utcMs) // both ends inclusive, as rules.md says
        return State::Closed;
    return State::Open;
}

QString PublishedContest::stateName(State s)
{
    switch (s) {
    case State::Upcoming:
        return QStringLiteral("upcoming");
    case State::Open:
        return QStringLiteral("open");
    case State::Closed:
        break;
    }
    return QStringLiteral("closed");
}

const PublishedContest::Question* PublishedContest::question(const QString& id) const
{
    const auto it = questionIndex.constFind(id);
    return it == questionIndex.constEnd() ? nullptr : &questions.at(*it);
}

bool PublishedContest::hasUnit(const QString& unitCode) const
{
    return std::any_of(units.cbegin(), units.cend(),
                       [&](const Unit& u) { return u.code == unitCode; });
}

QString PublishedContest::unitName(const QString& unitCode) const
{
    for (const Unit& u : units)
        if (u.code == unitCode)
            return u.name;
    return unitCode;
}

QJsonObject PublishedContest::publicJson(qint64 nowMs) const
{
    QJsonArray unitList;
    for (const Unit& u : units)
        unitList << QJsonObject{{QStringLiteral("code"), u.code}, {QStringLiteral("name"), u.name}};
    Timestamp now{nowMs, opensAt.offsetMinutes, true};
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("organizer"), organizer},
                       {QStringLiteral("opens_at"), opensAt.toString()},
                       {QStringLiteral("closes_at"), closesAt.toString()},
                       {QStringLiteral("state"), stateName(state(nowMs))},
                       {QStringLiteral("server_time"), now.toString()},
                       {QStringLiteral("questions_per_attempt"), questionsPerAttempt},
                       {QStringLiteral("prediction_question"), predictionQuestion},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("units"), unitList},
                       {QStringLiteral("attempts_max"), attemptsMax}};
}

QJsonArray PublishedContest::questionsJson(const QStringList& ids) const
{
    QJsonArray out;
    for (const QString& id : ids) {
        const Question* q = question(id);
        if (!q)
            continue;
        QJsonArray options;
        for (const Option& o : q->options)
            options << QJsonObject{{QStringLiteral("key"), o.key},
                                   {QStringLiteral("text"), o.text}};
        out << QJsonObject{{QStringLiteral("q"), q->id},
                           {QStringLiteral("text"), q->text},
                           {QStringLiteral("options"), options}};
    }
    return out;
}
