#include "ContestSettings.h"

#include "core/ContestTime.h"

#include <QUrl>

#include <QRegularExpression>
#include <QSet>

namespace {
QString keyWhere(const QString& key)
{
    return ContestSettings::tr("key '%1'").arg(key);
}
} // namespace

ContestSettings ContestSettings::defaults()
{
    ContestSettings s;
    s.code = QStringLiteral("sonha-2024");
    s.title = QStringLiteral("Cuộc thi trực tuyến tìm hiểu, tuyên truyền cải cách hành chính, "
                             "chuyển đổi số huyện Sơn Hà năm 2024");
    s.organizer = QStringLiteral("Ủy ban nhân dân huyện Sơn Hà");
    s.opensAt = *Rfc3339::parse(u"2024-06-01T07:00:00+07:00");
    s.closesAt = *Rfc3339::parse(u"2024-06-20T22:00:00+07:00");
    s.questionsPerAttempt = 30;
    s.blueprint = {{QStringLiteral("THECHE"), 4}, {QStringLiteral("TTHC"), 5},
                   {QStringLiteral("BOMAY"), 3},  {QStringLiteral("CONGVU"), 3},
                   {QStringLiteral("TAICHINH"), 3}, {QStringLiteral("CPS"), 4},
                   {QStringLiteral("CDS"), 4},    {QStringLiteral("DA06"), 4}};
    s.predictionQuestion = QStringLiteral("Dự đoán có bao nhiêu người tham gia Cuộc thi?");
    s.individualPrizes = {
        {QStringLiteral("first"), QStringLiteral("Giải Nhất"), 1, 1500000},
        {QStringLiteral("second"), QStringLiteral("Giải Nhì"), 2, 1000000},
        {QStringLiteral("third"), QStringLiteral("Giải Ba"), 3, 500000},
        {QStringLiteral("consolation"), QStringLiteral("Giải Khuyến khích"), 10, 300000},
    };
    s.rankingOrder = {RankingKey::Correct, RankingKey::PredictionError, RankingKey::Duration,
                      RankingKey::SubmittedAt};
    return s;
}

int ContestSettings::blueprintTotal() const
{
    int total = 0;
    for (const BlueprintEntry& e : blueprint)
        total += e.count;
    return total;
}

qint64 ContestSettings::individualPrizeTotal() const
{
    qint64 total = 0;
    for (const PrizeTier& p : individualPrizes)
        total += p.count * p.amount;
    return total;
}

Problems ContestSettings::validate() const
{
    Problems problems;
    auto add = [&](const QString& key, const QString& message) {
        problems << Problem{keyWhere(key), message};
    };

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (code.isEmpty())
        add(QStringLiteral("code"), tr("must not be empty"));
    else if (!codePattern.match(code).hasMatch())
        add(QStringLiteral("code"), tr("use only letters A-Z, digits, '.', '_' and '-' (it is part of the server's addresses), at most 64"));
    if (title.trimmed().isEmpty())
        add(QStringLiteral("title"), tr("must not be empty"));
    if (organizer.trimmed().isEmpty())
        add(QStringLiteral("organizer"), tr("must not be empty"));
    if (!siteUrl.isEmpty()) {
        const QUrl url(siteUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            url.hasQuery() || url.hasFragment())
            add(QStringLiteral("site_url"),
                tr("must be the site's https:// address without ?query or #fragment, e.g. "
                   "https://thi.sonha.gov.vn, but it is \"%1\"")
                    .arg(siteUrl));
    }
    if (closesAt.utcMs <= opensAt.utcMs) {
        add(QStringLiteral("closes_at"),
            tr("must be after the opening time (%1), but it is %2")
                .arg(ContestTime::format(opensAt.utcMs, timezoneOffsetMinutes),
                     ContestTime::format(closesAt.utcMs, timezoneOffsetMinutes)));
    }
    if (questionsPerAttempt < 1 || questionsPerAttempt > 500)
        add(QStringLiteral("questions_per_attempt"), tr("must be between 1 and 500"));

    if (blueprint.isEmpty())
        add(QStringLiteral("blueprint"), tr("must name at least one topic"));
    QSet<QString> topics;
    for (int i = 0; i < blueprint.size(); ++i) {
        const QString at = QStringLiteral("blueprint[%1]").arg(i);
        const BlueprintEntry& e = blueprint.at(i);
        if (e.topic.trimmed().isEmpty())
            add(at + QStringLiteral(".topic"), tr("must not be empty"));
        else if (topics.contains(e.topic))
            add(at + QStringLiteral(".topic"), tr("topic '%1' is listed twice").arg(e.topic));
        topics.insert(e.topic);
        if (e.count < 1)
            add(at + QStringLiteral(".count"), tr("must be at least 1"));
    }
    if (!blueprint.isEmpty() && blueprintTotal() != questionsPerAttempt) {
        add(QStringLiteral("blueprint"),
            tr("the counts add up to %1, but each attempt has %2 questions")
                .arg(blueprintTotal())
                .arg(questionsPerAttempt));
    }
    if (predictionQuestion.trimmed().isEmpty())
        add(QStringLiteral("prediction_question"), tr("must not be empty"));
    if (predictionTarget.kind == PredictionTarget::Kind::Fixed && predictionTarget.fixedValue < 0)
        add(QStringLiteral("prediction_target"), tr("must not be negative"));
    if (maxAttempts < 0)
        add(QStringLiteral("attempts.max"), tr("must not be negative (0 means unlimited)"));
    if (certificateMinCorrect < 0 || certificateMinCorrect > questionsPerAttempt) {
        add(QStringLiteral("certificate_min_correct"),
            tr("must be between 0 and the questions per attempt (%1)").arg(questionsPerAttempt));
    }
    // A threshold that would make every household or every office a case is refused.
    if (integrity.phoneIdentities < 2) {
        add(QStringLiteral("integrity.phone_identities"),
            tr("must be at least 2 (a couple may share one phone)"));
    }
    if (integrity.minSecondsPerQuestion < 0 || integrity.minSecondsPerQuestion > 60) {
        add(QStringLiteral("integrity.min_seconds_per_question"),
            tr("must be between 0 and 60 seconds"));
    }
    if (integrity.burstMinutes < 1 || integrity.burstMinutes > 24 * 60)
        add(QStringLiteral("integrity.burst_minutes"), tr("must be between 1 and 1440 minutes"));
    if (integrity.burstIdentities < 2) {
        add(QStringLiteral("integrity.burst_identities"),
            tr("must be at least 2 (one person may send again from the same device)"));
    }

    static const QRegularExpression prizeKeyPattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    QSet<QString> prizeKeys;
    for (int i = 0; i < individualPrizes.size(); ++i) {
        const QString at = QStringLiteral("individual_prizes[%1]").arg(i);
        const PrizeTier& p = individualPrizes.at(i);
        if (!prizeKeyPattern.match(p.key).hasMatch())
            add(at + QStringLiteral(".key"), tr("use 1 to 32 lower-case letters, digits or '_'"));
        else if (prizeKeys.contains(p.key))
            add(at + QStringLiteral(".key"), tr("prize key '%1' is used twice").arg(p.key));
        prizeKeys.insert(p.key);
        if (p.label.trimmed().isEmpty())
            add(at + QStringLiteral(".label"), tr("must not be empty"));
        if (p.count < 0)
            add(at + QStringLiteral(".count"), tr("must not be negative"));
        if (p.amount < 0)
            add(at + QStringLiteral(".amount"), tr("must not be negative"));
    }
    if (collectivePrizeCount < 0)
        add(QStringLiteral("collective_prizes.count"), tr("must not be negative"));
    if (collectivePrizeAmount < 0)
        add(QStringLiteral("collective_prizes.amount"), tr("must not be negative"));

    if (rankingOrder.isEmpty())
        add(QStringLiteral("ranking_order"), tr("must name at least one ranking key"));
    QSet<int> seen;
    for (RankingKey k : rankingOrder) {
        if (seen.contains(static_cast<int>(k)))
            add(QStringLiteral("ranking_order"), tr("'%1' is listed twice").arg(SettingNames::rankingKey(k)));
        seen.insert(static_cast<int>(k));
    }
    if (timezoneOffsetMinutes < -23 * 60 - 59 || timezoneOffsetMinutes > 23 * 60 + 59)
        add(QStringLiteral("timezone"), tr("must be an offset from -23:59 to +23:59"));
    return problems;
}

bool operator==(const ContestSettings& a, const ContestSettings& b)
{
    return a.code == b.code && a.title == b.title && a.organizer == b.organizer &&
           a.siteUrl == b.siteUrl && a.rules == b.rules && a.opensAt == b.opensAt &&
           a.closesAt == b.closesAt && a.questionsPerAttempt == b.questionsPerAttempt &&
           a.blueprint == b.blueprint && a.predictionQuestion == b.predictionQuestion &&
           a.predictionTarget == b.predictionTarget && a.maxAttempts == b.maxAttempts &&
           a.countedAttempt == b.countedAttempt &&
           a.certificateMinCorrect == b.certificateMinCorrect &&
           a.individualPrizes == b.individualPrizes &&
           a.collectivePrizeCount == b.collectivePrizeCount &&
           a.collectivePrizeAmount == b.collectivePrizeAmount && a.rankingOrder == b.rankingOrder &&
           a.timezoneOffsetMinutes == b.timezoneOffsetMinutes && a.integrity == b.integrity;
}

namespace SettingNames {

QString countedAttempt(CountedAttempt c)
{
    switch (c) {
    case CountedAttempt::Best:
        return QStringLiteral("best");
    case CountedAttempt::First:
        return QStringLiteral("first");
    case CountedAttempt::Last:
        return QStringLiteral("last");
    }
    return {};
}

std::optional<CountedAttempt> parseCountedAttempt(const QString& s)
{
    for (CountedAttempt c : {CountedAttempt::Best, CountedAttempt::First, CountedAttempt::Last}) {
        if (countedAttempt(c) == s)
            return c;
    }
    return std::nullopt;
}

QList<RankingKey> allRankingKeys()
{
    return {RankingKey::Correct,     RankingKey::PredictionError, RankingKey::Duration,
            RankingKey::SubmittedAt, RankingKey::Attempts,        RankingKey::StartedAt};
}

QString rankingKey(RankingKey k)
{
    switch (k) {
    case RankingKey::Correct:
        return QStringLiteral("correct");
    case RankingKey::PredictionError:
        return QStringLiteral("prediction_error");
    case RankingKey::Duration:
        return QStringLiteral("duration");
    case RankingKey::SubmittedAt:
        return QStringLiteral("submitted_at");
    case RankingKey::Attempts:
        return QStringLiteral("attempts");
    case RankingKey::StartedAt:
        return QStringLiteral("started_at");
    }
    return {};
}

std::optional<RankingKey> parseRankingKey(const QString& s)
{
    for (RankingKey k : allRankingKeys()) {
        if (rankingKey(k) == s)
            return k;
    }
    return std::nullopt;
}

} // namespace SettingNames
