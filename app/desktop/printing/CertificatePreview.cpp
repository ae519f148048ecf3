#include "CertificatePreview.h"

#include "printing/CertificateRenderer.h"

#include <QPainter>

CertificatePreview::CertificatePreview(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(300, 212);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CertificatePreview::setContent(const CertificateTemplate& layout,
                                    const ContestSettings& settings, const CertificateEntry& sample)
{
    m_layout = layout;
    m_settings = settings;
    m_sample = sample;
    redraw();
}

void CertificatePreview::redraw()
{
    const CertificateRenderer renderer(m_layout, m_settings);
    const QSizeF pageMm = renderer.pageLayout().fullRect(QPageLayout::Millimeter).size();
    // As large as the widget allows, in the page's proportions; the image's resolution
    // is set so that the renderer's mm and pt come out at that scale.
    const double scale =
        std::min(width() / pageMm.width(), height() / pageMm.height()) * devicePixelRatioF();
    if (scale <= 0)
        return;
    QImage image(qMax(1, int(pageMm.width() * scale)), qMax(1, int(pageMm.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(scale * 1000));
    image.setDotsPerMeterY(qRound(scale * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(painter, m_sample, true);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatioF());
    m_page = image;
    update();
}

void CertificatePreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    redraw();
}

void CertificatePreview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_page.isNull())
        return;
    const QSizeF size = m_page.deviceIndependentSize();
    const QPointF origin((width() - size.width()) / 2, (height() - size.height()) / 2);
    p.fillRect(QRectF(origin + QPointF(3, 3), size), QColor(0, 0, 0, 60)); // the sheet's shadow
    p.drawImage(origin, m_page);
}
