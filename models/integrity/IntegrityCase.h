#pragma once

#include <QString>
#include <QStringList>

// One case put before the judges (spec/integrity.md): evidence, never a verdict.
struct IntegrityCase
{
    QString id;          // "c-" + a hash of the kind and the evidence's keys: stable across runs
    QString kind;        // identity, speed, burst, copying
    double strength = 0; // 0..1: how strongly the evidence points away from chance
    QStringList contestants; // identity keys, as results --json
    QStringList names;       // the same people as the judges read them: "Name (year, unit)"
    QStringList submissions; // the submissions the evidence rests on
    QString evidence;        // in words a judge understands (translated)
    QString prizeAtStake;    // the best prize any of them would get now; "" for none
    int prizeOrder = 0;      // its place in the prize list (1: first), 0 for none
};
