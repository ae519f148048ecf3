#pragma once

#include "units/Exclusion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

// The exclusion list prepared for lookups by identity code and unit code, so that
// checking a million submissions costs integer comparisons, not string work.
class ExclusionIndex
{
    Q_DECLARE_TR_FUNCTIONS(ExclusionIndex)
public:
    explicit ExclusionIndex(const QList<Exclusion>& exclusions);

    bool hasPersons() const { return !m_persons.empty(); }
    bool hasPerson(quint64 code) const;
    // Appends the indices of entries naming this ID number or phone code.
    void matchPerson(quint64 code, QList<int>& hits) const;
    // Appends the indices of entries naming this unit.
    void matchUnit(const QString& unitCode, QList<int>& hits) const;

    // "Phone 0905123456 is on the exclusion list (jury member)"; translated.
    static QString describe(const Exclusion& e);

private:
    std::vector<std::pair<quint64, int>> m_persons; // sorted by code
    QHash<QString, QList<int>> m_units;
};
