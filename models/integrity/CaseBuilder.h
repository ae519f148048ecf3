#pragma once

#include "IntegrityCase.h"

#include <QHash>

struct Results;

// Makes a case of the scans' findings: its people sorted and named as the judges read
// them, the prize at stake, and the stable id of IntegrityScan::caseId.
class CaseBuilder
{
public:
    explicit CaseBuilder(const Results& results);

    // `idKeys`: what the case rests on, for its id (the same evidence, the same id).
    IntegrityCase make(const QString& kind, double strength, QStringList contestants,
                       QStringList submissions, const QString& evidence,
                       const QStringList& idKeys) const;
    // "c-" + 12 hex digits of a SHA-256 of the kind and the keys.
    static QString caseId(const QString& kind, const QStringList& keys);

private:
    const Results& m_results;
    QHash<QString, int> m_prizeOrder;
    QHash<QString, QString> m_prizeOf; // contestant key -> prize key
};
