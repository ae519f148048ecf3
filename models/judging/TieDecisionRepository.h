#pragma once

#include "results/TieDecision.h"

#include <QCoreApplication>
#include <QList>

class Database;

struct StoredTieDecision
{
    qint64 id = 0;
    TieDecision decision;
    QString judges; // the judges present, as they signed
};

// The judges' decisions on unresolved ties. Recording and withdrawing are audited; a
// decision is never edited, only withdrawn and replaced, so the record shows both.
class TieDecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(TieDecisionRepository)
public:
    explicit TieDecisionRepository(Database& db) : m_db(db) {}

    // Throws UserError when the order is not a permutation of the members, or the reason
    // or judges are empty. Returns the new decision's id.
    qint64 record(const TieDecision& decision, const QString& judges);
    void withdraw(qint64 id, const QString& reason);
    QList<StoredTieDecision> active() const;
    QList<TieDecision> activeDecisions() const;

private:
    Database& m_db;
};
