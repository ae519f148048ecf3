#pragma once

#include "contest/ContestSettings.h"
#include "printing/CertificateEntry.h"
#include "printing/CertificateTemplate.h"

#include <QImage>
#include <QWidget>

// One certificate page drawn by the same CertificateRenderer as the PDF and the printer,
// scaled to the widget: what the template editor shows while a field moves.
class CertificatePreview : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePreview(QWidget* parent = nullptr);

    void setContent(const CertificateTemplate& layout, const ContestSettings& settings,
                    const CertificateEntry& sample);
    // The page as last drawn (for tests and for a look at the pixels).
    QImage page() const { return m_page; }
    QSize sizeHint() const override { return QSize(594, 420); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();

    CertificateTemplate m_layout;
    ContestSettings m_settings;
    CertificateEntry m_sample;
    QImage m_page;
};
