#pragma once

#include "ParticipationStats.h"
#include "contest/ContestSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class QPagedPaintDevice;

// "Báo cáo tiến độ Cuộc thi": the one- or two-page summary the committee sends to the
// district leaders during the window, as the figures stood at the end of a chosen day:
// the Decree 30 header, place and date, numbered sections with the key figures, three
// charts (drawn here, without widgets) and the units that lead or have nobody yet. The
// document is Vietnamese whatever the interface language, like the award list.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)
public:
    struct UnitLine
    {
        QString code;
        QString name;
        std::optional<int> headcount;
        qint64 contestants = 0;
        std::optional<double> rate;
        double averageCorrect = 0;
    };
    static constexpr int topUnits = 10;

    // Throws UserError when `date` is before the window opens.
    static ProgressReport build(Database& db, const QDate& date);

    QDate date() const { return m_date; }
    const ParticipationStats& stats() const { return m_stats; }
    // Units with a headcount and at least one contestant, by participation rate.
    const QList<UnitLine>& byRate() const { return m_byRate; }
    const QStringList& unitsWithoutContestants() const { return m_without; }
    double averageCorrect() const { return m_averageCorrect; }
    qint64 perfectScores() const { return m_perfect; }
    int daysElapsed() const;

    void paint(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;
    QString placeAndDate() const; // "Sơn Hà, ngày 07 tháng 6 năm 2024"

private:
    ContestSettings m_settings;
    QDate m_date;
    ParticipationStats m_stats;
    QList<UnitLine> m_byRate;
    QStringList m_without;
    double m_averageCorrect = 0;
    qint64 m_perfect = 0;
    qint64 m_unitCount = 0;
};
