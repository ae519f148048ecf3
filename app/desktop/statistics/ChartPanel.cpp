#include "ChartPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "core/OutputFile.h"
#include "core/Problem.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& name, QWidget* parent) : QWidget(parent), m_name(name)
{
    m_view = new QChartView(this);
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 260);
    auto* saveButton = new QPushButton(tr("Save chart…"), this);
    saveButton->setObjectName(name + QStringLiteral("SaveButton"));
    saveButton->setToolTip(tr("Save this chart as a PNG picture or a PDF page"));
    connect(saveButton, &QPushButton::clicked, this, &ChartPanel::save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(saveButton, 0, Qt::AlignRight);
}

void ChartPanel::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // QChartView::setChart does not delete the chart it showed before.
    if (old && old != chart)
        delete old;
}

bool ChartPanel::saveTo(const QString& path) const
{
    // Whole or not at all: a full disk leaves no empty or half file (OutputFile).
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    return OutputFile::write(path, [&](QIODevice& device) {
        if (!pdf)
            return m_view->grab().save(&device, "PNG");
        QPdfWriter writer(&device);
        writer.setCreator(QStringLiteral("Contest Admin"));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        // Scaled to the page, keeping the on-screen proportions.
        m_view->render(&painter, QRectF(), m_view->rect(), Qt::KeepAspectRatio);
        return painter.end();
    });
}

void ChartPanel::save()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save chart"), m_name + QStringLiteral(".png"),
                                    tr("PNG picture (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        if (!saveTo(path))
            MessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
        else
            SavedNotice::show(this, path);
    } catch (const EnvironmentError& e) {
        MessageBox::warning(this, tr("Save chart"), e.message());
    }
}
