#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// An office, commune or school whose people take part (a "tập thể").
struct Unit
{
    Q_DECLARE_TR_FUNCTIONS(Unit)
public:
    QString code; // "UBND-SONKY"
    QString name; // "UBND xã Sơn Kỳ"
    QString kind; // one of knownKinds()
    std::optional<int> headcount; // unknown when absent
    bool collectiveEligible = true;

    static QStringList knownKinds(); // agency, commune, school, ...
    static QString kindLabel(const QString& kind); // translated, for display

    friend bool operator==(const Unit& a, const Unit& b)
    {
        return a.code == b.code && a.name == b.name && a.kind == b.kind && a.headcount == b.headcount &&
               a.collectiveEligible == b.collectiveEligible;
    }
    friend bool operator!=(const Unit& a, const Unit& b) { return !(a == b); }
};
