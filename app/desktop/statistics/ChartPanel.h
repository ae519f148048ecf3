#pragma once

#include <QWidget>

class QChart;
class QChartView;

// One chart of the dashboard with its own "Save…" button: the committee pastes single
// charts into the report to district leaders, as a picture or a PDF page.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the object names ("dayChartView", "daySaveButton").
    ChartPanel(const QString& name, QWidget* parent = nullptr);

    QChartView* view() const { return m_view; }
    // Replaces the chart; the panel owns it.
    void setChart(QChart* chart);
    // .png or .pdf by the extension; false when the file could not be written.
    bool saveTo(const QString& path) const;

private Q_SLOTS:
    void save();

private:
    QChartView* m_view = nullptr;
    QString m_name;
};
