#pragma once

#include "AreaPage.h"

#include <QList>
#include <QWidget>

class ChartPanel;
class Database;
class QLabel;
class QTabWidget;
class QuestionStatsPage;
class UnitReportPage;

// The "Statistics" area: the participation dashboard (charts the committee shows district
// leaders), the per-unit report, the question statistics and the progress report. Figures
// are computed when the area is first shown, on Refresh and after new submissions, not at
// start-up; the summary tables make that a matter of milliseconds after a sync.
class StatisticsArea : public QWidget, public AreaPage
{
    Q_OBJECT
public:
    explicit StatisticsArea(Database& db, QWidget* parent = nullptr);

    QList<ChartPanel*> charts() const { return m_charts; }
    bool isLoaded() const { return m_loaded; }

    bool readAgain() override
    {
        refresh();
        return true;
    }

public Q_SLOTS:
    void refresh();
    // Submissions were stored (a sync, a file import): every chart is counted again, now
    // when the area is on screen, else when it is next shown.
    void submissionsChanged() override;
    void openProgressReport();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDashboard();
    void refreshQuestionsIfShown();

    Database& m_db;
    bool m_loaded = false;
    bool m_stale = false;
    QLabel* m_summary = nullptr;
    QList<ChartPanel*> m_charts; // in the order of StatisticsCharts' builders
    UnitReportPage* m_units = nullptr;
    QuestionStatsPage* m_questions = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_questionsStale = true; // read every answer of every submission: only when shown
};
