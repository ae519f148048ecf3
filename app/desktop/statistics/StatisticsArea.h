#pragma once

#include <QList>
#include <QWidget>

class ChartPanel;
class Database;
class QLabel;
class QuestionStatsPage;
class UnitReportPage;

// The "Statistics" area: the participation dashboard (charts the committee shows district
// leaders), the per-unit report and the question statistics. Figures are computed when
// the area is first shown and on Refresh, not at start-up: a large contest takes a moment.
class StatisticsArea : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsArea(Database& db, QWidget* parent = nullptr);

    QList<ChartPanel*> charts() const { return m_charts; }
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDashboard();

    Database& m_db;
    bool m_loaded = false;
    QLabel* m_summary = nullptr;
    QList<ChartPanel*> m_charts; // in the order of StatisticsCharts' builders
    UnitReportPage* m_units = nullptr;
    QuestionStatsPage* m_questions = nullptr;
};
