#pragma once

#include "core/Problem.h"
#include "core/Rfc3339.h"

#include <QList>
#include <QString>

struct BlueprintEntry
{
    QString topic;
    int count = 0;
    friend bool operator==(const BlueprintEntry& a, const BlueprintEntry& b)
    {
        return a.topic == b.topic && a.count == b.count;
    }
};

struct PrizeTier
{
    QString key;   // "first", "second"... as results --json names it
    QString label; // "Giải Nhất"
    int count = 0;
    qint64 amount = 0; // đồng
    friend bool operator==(const PrizeTier& a, const PrizeTier& b)
    {
        return a.key == b.key && a.label == b.label && a.count == b.count && a.amount == b.amount;
    }
};

// What the prediction question is compared with (rules.md, "Individual ranking").
struct PredictionTarget
{
    enum class Kind { Contestants, Submissions, Fixed };
    Kind kind = Kind::Contestants;
    qint64 fixedValue = 0; // when kind == Fixed
    // The number the predictions are compared with, for the ranking and the statistics.
    qint64 valueFor(qint64 contestants, qint64 validSubmissions) const
    {
        switch (kind) {
        case Kind::Contestants:
            return contestants;
        case Kind::Submissions:
            return validSubmissions;
        case Kind::Fixed:
            return fixedValue;
        }
        return 0;
    }
    friend bool operator==(const PredictionTarget& a, const PredictionTarget& b)
    {
        return a.kind == b.kind && (a.kind != Kind::Fixed || a.fixedValue == b.fixedValue);
    }
};

// When the judges are shown an integrity case (spec/integrity.md, "integrity.*").
struct IntegrityThresholds
{
    int phoneIdentities = 3;       // one phone under this many ID numbers (a couple: 2)
    int minSecondsPerQuestion = 2; // faster than this × the questions drawn
    int burstMinutes = 10;         // this many people or more from one device...
    int burstIdentities = 4;       // ...within this many minutes
    friend bool operator==(const IntegrityThresholds& a, const IntegrityThresholds& b)
    {
        return a.phoneIdentities == b.phoneIdentities &&
               a.minSecondsPerQuestion == b.minSecondsPerQuestion &&
               a.burstMinutes == b.burstMinutes && a.burstIdentities == b.burstIdentities;
    }
};

enum class CountedAttempt { Best, First, Last };

// Keys the individual ranking can sort by, in the order the settings give.
enum class RankingKey { Correct, PredictionError, Duration, SubmittedAt, Attempts, StartedAt };

// Every setting of `contestctl contest set`, with the defaults of rules.md (the Sơn Hà
// 2024 plan). Plain data: validation is a pure function of it.
struct ContestSettings
{
    Q_DECLARE_TR_FUNCTIONS(ContestSettings)
public:
    QString code;
    QString title;
    QString organizer;
    Timestamp opensAt;
    Timestamp closesAt;
    int questionsPerAttempt = 30;
    QList<BlueprintEntry> blueprint;
    QString predictionQuestion;
    PredictionTarget predictionTarget;
    int maxAttempts = 0; // 0: unlimited
    CountedAttempt countedAttempt = CountedAttempt::Best;
    int certificateMinCorrect = 15;
    QList<PrizeTier> individualPrizes;
    int collectivePrizeCount = 5;
    qint64 collectivePrizeAmount = 2000000;
    QList<RankingKey> rankingOrder;
    int timezoneOffsetMinutes = 7 * 60; // how dates are shown and printed
    IntegrityThresholds integrity;
    // The contest site's public address (https://…): a certificate's QR code then opens
    // {site_url}/xac-minh/{code}. Empty: the QR holds the code for `contestctl verify`.
    QString siteUrl;
    QString rules; // thể lệ, plain text, shown on the contest site

    static ContestSettings defaults();

    // Problems with the values themselves (each naming its JSON key); empty when valid.
    Problems validate() const;

    int blueprintTotal() const;
    qint64 individualPrizeTotal() const;

    friend bool operator==(const ContestSettings& a, const ContestSettings& b);
    friend bool operator!=(const ContestSettings& a, const ContestSettings& b) { return !(a == b); }
};

namespace SettingNames {
QString countedAttempt(CountedAttempt c);                       // "best"
std::optional<CountedAttempt> parseCountedAttempt(const QString& s);
QString rankingKey(RankingKey k);                               // "prediction_error"
std::optional<RankingKey> parseRankingKey(const QString& s);
QList<RankingKey> allRankingKeys();
} // namespace SettingNames
