#pragma once

#include "IntegrityCase.h"
#include "units/Exclusion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;
struct Results;

// The judges' decisions on integrity cases: clear (looked at and dismissed) or exclude
// (the case's contestants, or the ones named, become ineligible with the reason "excluded
// by the judges: …"). Recorded by the judges only, each an audit entry; refused while the
// results are locked. An exclusion reaches the ranking as an entry of the exclusion list
// (exclusions()), so every output (results, award list, certificates) follows it.
class IntegrityDecisions
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityDecisions)
public:
    struct Decision
    {
        QString caseId;
        QString kind;
        bool exclude = false;
        QStringList excluded; // contestant keys
        QString reason;
        QString judges;
        QString decidedAt;
        QString decidedBy;
    };

    explicit IntegrityDecisions(Database& db) : m_db(db) {}

    // `c` as found now; `only`: the contestants to exclude among its own (empty: all).
    // UserError when `only` names someone outside the case, the reason or the judges are
    // missing, or the results are locked.
    Decision decide(const IntegrityCase& c, bool exclude, const QString& reason,
                    const QString& judges, const QStringList& only = {});
    QHash<QString, Decision> all() const; // by case id
    // The exclusions the decisions make, for the ranking.
    QList<Exclusion> exclusions() const;
    // Cases found in `results` that touch a prize winner and have no decision: locking
    // waits for them, as it waits for an undecided tie.
    static int undecidedPrizeCases(Database& db, const Results& results);

private:
    Database& m_db;
};
