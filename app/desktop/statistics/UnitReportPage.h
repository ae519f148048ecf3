#pragma once

#include "statistics/UnitParticipationReport.h"

#include <QWidget>

class Database;
class QComboBox;
class QTableWidget;

// The per-unit participation report: a sortable table, a filter by kind of unit, and the
// export the committee sends to district leaders (CSV, XLSX or PDF).
class UnitReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitReportPage(Database& db, QWidget* parent = nullptr);
    void refresh();
    const UnitParticipationReport& report() const { return m_report; }

private Q_SLOTS:
    void exportReport();

private:
    void fillTable();

    Database& m_db;
    UnitParticipationReport m_report;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_table = nullptr;
};
