#pragma once

#include "QuestionSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// How each question fared: how often the server drew it and how often it was answered
// right, so that authors can retire a question everyone knows, rewrite one nobody gets,
// and check the key of one that the strongest contestants miss.
class QuestionStats
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStats)
public:
    static constexpr double tooEasyShare = 0.95;
    static constexpr double tooHardShare = 0.20;
    static constexpr int minDrawsForFlags = 5; // fewer draws say nothing

    enum Flag
    {
        NoFlag = 0,
        TooEasy = 1,
        TooHard = 2,
        PossiblyKeyedWrong = 4
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
        int flags = NoFlag;
        double share() const { return drawn > 0 ? double(correct) / drawn : 0; }
        double strongShare() const
        {
            return strongDrawn > 0 ? double(strongCorrect) / strongDrawn : 0;
        }
    };

    // Over every counted submission (valid, with an identity), from the question summary
    // (refreshed first); sorted by share correct, ascending (problems first).
    static QuestionStats compute(Database& db);
    // The same from counters given (QuestionSummary::compute: straight from the
    // submissions).
    static QuestionStats fromCounts(Database& db, const QuestionSummary::Counts& counts);

    const QList<Row>& rows() const { return m_rows; }
    int strongThreshold() const { return m_strongThreshold; }
    static QString flagText(int flags); // translated, "" when none

private:
    QList<Row> m_rows;
    int m_strongThreshold = 0; // a submission with at least this many correct is "strong"
};
