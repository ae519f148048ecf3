#include "FaultInjector.h"

#include <stdexcept>

FaultInjector::FaultInjector(double rate, const QList<Fault>& faults, quint32 seed)
    : m_rate(rate), m_faults(faults), m_rng(seed)
{
}

FaultInjector::Fault FaultInjector::next()
{
    if (m_faults.isEmpty() || m_rate <= 0 || m_rng.generateDouble() >= m_rate)
        return Fault::None;
    return m_faults.at(m_turn++ % m_faults.size());
}

QList<FaultInjector::Fault> FaultInjector::parse(const QString& list)
{
    QList<Fault> out;
    for (const QString& word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString w = word.trimmed();
        if (w == QLatin1String("503"))
            out << Fault::Busy503;
        else if (w == QLatin1String("429"))
            out << Fault::TooMany429;
        else if (w == QLatin1String("500"))
            out << Fault::Error500;
        else if (w == QLatin1String("cut"))
            out << Fault::Cut;
        else if (w == QLatin1String("truncate"))
            out << Fault::Truncate;
        else if (w == QLatin1String("slow"))
            out << Fault::Slow;
        else
            throw std::invalid_argument(
                QString(QStringLiteral("unknown fault: ") + w).toStdString());
    }
    return out;
}

QString FaultInjector::name(Fault f)
{
    switch (f) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Busy503:
        return QStringLiteral("503");
    case Fault::TooMany429:
        return QStringLiteral("429");
    case Fault::Error500:
        return QStringLiteral("500");
    case Fault::Cut:
        return QStringLiteral("cut");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::Slow:
        return QStringLiteral("slow");
    }
    return {};
}
