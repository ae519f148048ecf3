#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One entry of the exclusion list (rules.md, "Eligibility"): a person by ID number or
// phone, or a whole unit, with the reason a committee can defend in public.
struct Exclusion
{
    Q_DECLARE_TR_FUNCTIONS(Exclusion)
public:
    QString type;  // id_number, phone, unit
    QString value; // normalised: 12/9-digit ID, 0xxxxxxxxx phone, or a unit code
    QString reason;
    bool byJudges = false; // an integrity case's exclusion (IntegrityDecisions), not the list's

    static QStringList knownTypes();
    static QString typeLabel(const QString& type);

    friend bool operator==(const Exclusion& a, const Exclusion& b)
    {
        return a.type == b.type && a.value == b.value && a.reason == b.reason &&
               a.byJudges == b.byJudges;
    }
};
