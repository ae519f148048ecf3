#pragma once

#include "IntegrityCase.h"

#include <QCoreApplication>
#include <QList>

class Database;
struct Results;

// Finds the cases of spec/integrity.md among the stored valid submissions, with the
// thresholds of the contest's settings (defaults: that spec's). Offices and families
// share a phone, people type a name with or without its marks: the thresholds and the folding of
// names are there so that honest contestants stay out of the cases.
//   identity: one ID number under different names (folded: "Nguyen Van An" is "Nguyễn
//             Văn An") or birth years; one phone under `phoneIdentities` ID numbers or more;
//   speed:    a valid submission faster than `minSecondsPerQuestion` × its questions;
//   burst:    `burstIdentities` people or more sent from one device (meta.client, kept by
//             the contest site) within `burstMinutes`, unless they are colleagues at their
//             office's computer (BurstScan says how that is told);
//   copying:  answers alike far beyond chance (CopyingScan); people joined by alike pairs
//             make one case, each pair and its chance in the evidence.
// Prize winners' cases come first (best prize first), then the strongest.
class IntegrityScan
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityScan)
public:
    // `results`: the live results of the same database (names and prizes at stake, and
    // the thresholds of its settings).
    static QList<IntegrityCase> scan(Database& db, const Results& results);
    static QString caseId(const QString& kind, QStringList keys);
};
