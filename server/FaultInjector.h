#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// Makes the reference server misbehave the ways a real one does, for the client's tests:
// with probability `rate` a page request gets the next fault of the list, in turn, so
// every listed fault happens in a long enough run. Deterministic for a seed.
class FaultInjector
{
public:
    enum class Fault
    {
        None,
        Busy503,
        TooMany429,
        Error500,
        Cut,
        Truncate,
        Slow
    };

    FaultInjector() = default;
    FaultInjector(double rate, const QList<Fault>& faults, quint32 seed);

    Fault next();

    // "503,429,500,cut,truncate,slow" -> faults; throws std::invalid_argument on an unknown word.
    static QList<Fault> parse(const QString& list);
    static QString name(Fault f);

private:
    double m_rate = 0;
    QList<Fault> m_faults;
    QRandomGenerator m_rng;
    int m_turn = 0;
};
