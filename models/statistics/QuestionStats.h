#pragma once

#include "ItemAnalysis.h"
#include "QuestionSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// How each question fared, as Moodle's quiz statistics say it (ItemAnalysis): how often
// the server drew it, its facility, discrimination index and discriminative efficiency,
// so that authors can retire a question everyone knows, rewrite one nobody gets, and
// check the key of one that the strongest contestants miss (a negative discrimination).
class QuestionStats
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStats)
public:
    // The flags' bounds (spec/integrity.md): facility in percent, discrimination index ×100.
    static constexpr double veryEasyFacility = 95;
    static constexpr double veryHardFacility = 5;
    static constexpr double lowDiscrimination = 30; // Moodle: "very likely needs checking"
    static constexpr int minDrawsForFlags = 5;      // fewer draws say nothing

    enum Flag
    {
        NoFlag = 0,
        VeryEasy = 1,
        VeryHard = 2,
        LowDiscrimination = 4,
        NegativeDiscrimination = 8 // most often a wrong key
    };

    struct Row
    {
        QString id;
        QString topic;
        QString text;
        qint64 drawn = 0;
        qint64 correct = 0;
        qint64 strongDrawn = 0; // by submissions in the top quartile by correct
        qint64 strongCorrect = 0;
        ItemAnalysis::Question analysis;
        int flags = NoFlag;
        double share() const { return drawn > 0 ? double(correct) / drawn : 0; }
        double strongShare() const
        {
            return strongDrawn > 0 ? double(strongCorrect) / strongDrawn : 0;
        }
    };

    // Over every counted submission (valid, with an identity), from the question summary
    // (refreshed first); problems first: by discrimination index, ascending (the
    // negative ones, likely wrong keys, at the top), then those with none, by facility.
    static QuestionStats compute(Database& db);
    // The same from counters given (QuestionSummary::compute: straight from the
    // submissions).
    static QuestionStats fromCounts(Database& db, const QuestionSummary::Counts& counts);

    const QList<Row>& rows() const { return m_rows; }
    const ItemAnalysis::Contest& contest() const { return m_contest; }
    int strongThreshold() const { return m_strongThreshold; }
    static QString flagText(int flags); // translated, "" when none
    static QStringList flagCodes(int flags); // very_easy, ... (contestctl's JSON)

private:
    QList<Row> m_rows;
    ItemAnalysis::Contest m_contest;
    int m_strongThreshold = 0; // a submission with at least this many correct is "strong"
};
