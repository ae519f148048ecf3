#pragma once

#include "contest/ContestSettings.h"
#include "judging/ResultsLock.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// One contestant as the locked snapshot ranks them, with what printing adds: the birth
// year (from the counted submission) and the unit's name.
struct PrintedPerson
{
    int rank = 0;
    QString contestant; // identity key: ID number or phone
    QString name;
    QString submission;
    int birthYear = 0;
    QString unitCode;
    QString unitName;
    int correct = 0;
    qint64 durationMs = 0;
    bool eligible = true;
    QString prizeKey; // empty: none
    QString prizeLabel;
    qint64 amount = 0;
};

// One unit: its collective standing (when it had contestants) and its headcount.
struct PrintedUnit
{
    int rank = 0; // 0: no contestants
    QString code;
    QString name;
    int contestants = 0;
    int perfect = 0;
    qint64 avgDurationMs = 0;
    bool prize = false;
    std::optional<int> headcount;
};

// Everything printing reads, taken from the LOCKED results snapshot (never from live
// data: a certificate must match the results the committee froze) plus the names and
// birth years the snapshot does not carry.
struct PrintSource
{
    Q_DECLARE_TR_FUNCTIONS(PrintSource)
public:
    ResultsSnapshot snapshot;
    ContestSettings settings;
    QList<PrintedPerson> people; // rank order
    QList<PrintedUnit> units;    // collective rank order, then units without contestants

    // Throws UserError "lock the results first" when nothing is locked, or when the
    // snapshot no longer matches its SHA-256.
    static PrintSource load(Database& db);

    QList<PrintedPerson> certificateHolders() const; // eligible, correct >= minimum
    QList<PrintedPerson> individualWinners() const;  // rank order
    QList<PrintedUnit> collectiveWinners() const;
};
