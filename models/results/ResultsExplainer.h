#pragma once

#include "Results.h"

#include <QCoreApplication>
#include <QString>

// Explains in plain words why one contestant has their rank and prize: their attempts,
// which one counted and why, each ranking key, the neighbours that decided the rank,
// exclusions, the prize and the certificate. This is what the committee reads out
// when someone asks "why not me?".
class ResultsExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ResultsExplainer)
public:
    // contestantKey may be raw ("+84 905 123 456"): it is normalised first.
    static QString explain(const Results& results, const QString& contestantKey);

    static QString keyName(RankingKey key);

private:
    static QString keyText(const Results& results, RankingKey key, const IndividualResult& row);
    static QString attemptLine(const Results& results, const IndividualResult& row, int position);
    static QString rankLines(const Results& results, int at);
    static QString prizeLines(const Results& results, const IndividualResult& row);
};
