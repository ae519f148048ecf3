#pragma once

#include "printing/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The per-unit participation report the committee sends to district leaders: each unit
// with people taking part, its headcount and rate (part of the office's CCHC/CDS index
// score), how well its people did, and its rank by participation.
class UnitParticipationReport
{
    Q_DECLARE_TR_FUNCTIONS(UnitParticipationReport)
public:
    struct Row
    {
        int rank = 0; // by contestants, then perfect scores; equal on both, equal rank
        QString code;
        QString name;
        QString kind; // "" when the unit is not in the units list
        std::optional<int> headcount;
        qint64 contestants = 0;
        std::optional<double> rate;
        double averageCorrect = 0; // of each person's counted attempt
        qint64 perfect = 0;
    };

    // Every unit of the units list (those with nobody yet at 0), then any unit named only
    // by contestants; `kind` empty = every kind.
    static UnitParticipationReport compute(Database& db, const QString& kind = QString());

    const QList<Row>& rows() const { return m_rows; }
    ReportTable table() const;
    QByteArray csv() const;
    void writePdf(const QString& path) const;
    void writeXlsx(const QString& path) const;
    // By the extension: .csv, .pdf or .xlsx. Throws UserError on another one.
    void write(const QString& path) const;

private:
    // The workbook into `file` (a temporary); `path` names the target in messages.
    void writeWorkbook(const QString& file, const QString& path) const;

    QList<Row> m_rows;
    QString m_title;
};
