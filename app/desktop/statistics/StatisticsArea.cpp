#include "StatisticsArea.h"

#include "ChartPanel.h"
#include "MessageBox.h"
#include "ProgressReportDialog.h"
#include "QuestionStatsPage.h"
#include "StatisticsCharts.h"
#include "UnitReportPage.h"

#include <QApplication>
#ifndef CONTEST_NO_CHARTS
#include <QChartView>
#endif
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <exception>

namespace {
const char* const chartNames[] = {"day",        "hour",     "unit",    "correct",
                                  "prediction", "duration", "validity"};
}

StatisticsArea::StatisticsArea(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("statisticsArea"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statisticsSummaryLabel"));
    m_summary->setWordWrap(true);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setToolTip(tr("Count again from the submissions now in the database"));
    connect(refreshButton, &QPushButton::clicked, this, &StatisticsArea::refresh);
    auto* reportButton = new QPushButton(tr("Progress report…"), this);
    reportButton->setObjectName(QStringLiteral("progressReportButton"));
    reportButton->setToolTip(
        tr("The printable progress report (Báo cáo tiến độ Cuộc thi) as of a chosen day"));
    connect(reportButton, &QPushButton::clicked, this, &StatisticsArea::openProgressReport);

    m_units = new UnitReportPage(m_db, this);
    m_questions = new QuestionStatsPage(m_db, this);
    auto* tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("statisticsTabWidget"));
    tabs->addTab(createDashboard(), tr("Dashboard"));
    tabs->addTab(m_units, tr("Units"));
    tabs->addTab(m_questions, tr("Questions"));
    connect(tabs, &QTabWidget::currentChanged, this, &StatisticsArea::refreshQuestionsIfShown);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(reportButton);
    bar->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(tabs, 1);
}

QWidget* StatisticsArea::createDashboard()
{
#ifdef CONTEST_NO_CHARTS
    // A build without Qt Charts (the Windows cross-build, see README "Windows"): the
    // figures, the unit report and the question statistics stay; the charts do not.
    auto* note =
        new QLabel(QStringLiteral("Biểu đồ chưa có trong bản cài này (không có Qt "
                                  "Charts). Charts are not in this build (no Qt Charts)."));
    note->setObjectName(QStringLiteral("noChartsLabel"));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    return note;
#else
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    for (int i = 0; i < int(std::size(chartNames)); ++i) {
        auto* panel = new ChartPanel(QString::fromLatin1(chartNames[i]), content);
        m_charts << panel;
        // One chart per row: at half width, Qt Charts elides two dozen category labels
        // (hours, correct answers) to "...", which a report cannot show.
        grid->addWidget(panel, i, 0);
        if (i == 2)
            panel->view()->setMinimumHeight(460);
    }
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    return scroll;
#endif
}

void StatisticsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_stale)
        refresh();
}

// Question statistics read the answers of every submission (seconds for a million):
// counted when their tab is shown, not with every refresh of the dashboard.
void StatisticsArea::refreshQuestionsIfShown()
{
    if (!m_questionsStale || m_tabs->currentWidget() != m_questions)
        return;
    m_questionsStale = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_questions->refresh();
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Statistics"), QString::fromUtf8(e.what()));
    }
    QApplication::restoreOverrideCursor();
}

void StatisticsArea::submissionsChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void StatisticsArea::openProgressReport()
{
    ProgressReportDialog dialog(m_db, this);
    dialog.exec();
}

void StatisticsArea::refresh()
{
    m_loaded = true;
    m_stale = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ParticipationStats s = ParticipationStats::compute(m_db);
#ifndef CONTEST_NO_CHARTS
        m_charts.at(0)->setChart(StatisticsCharts::perDay(s));
        m_charts.at(1)->setChart(StatisticsCharts::perHour(s));
        m_charts.at(2)->setChart(StatisticsCharts::perUnit(s));
        m_charts.at(3)->setChart(StatisticsCharts::correct(s));
        m_charts.at(4)->setChart(StatisticsCharts::predictions(s));
        m_charts.at(5)->setChart(StatisticsCharts::durations(s));
        m_charts.at(6)->setChart(StatisticsCharts::validity(s));
#endif
        const QLocale locale;
        m_summary->setText(
            tr("%1 contestants, %2 valid of %3 submissions, %4 units taking part; "
               "days left: %5.")
                .arg(locale.toString(s.contestants), locale.toString(s.validSubmissions),
                     locale.toString(s.totalSubmissions), locale.toString(qint64(s.units.size())),
                     QString::number(s.daysLeft)));
        m_units->refresh();
        m_questionsStale = true;
        refreshQuestionsIfShown();
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Statistics"), QString::fromUtf8(e.what()));
    }
    QApplication::restoreOverrideCursor();
}
