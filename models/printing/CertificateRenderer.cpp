#include "CertificateRenderer.h"

#include "PrintFonts.h"
#include "QrCode.h"
#include "QrCodeQueue.h"
#include "VerificationCode.h"
#include "contest/ContestSettings.h"

#include <QPagedPaintDevice>
#include <QPainter>

CertificateRenderer::CertificateRenderer(const CertificateTemplate& t,
                                         const ContestSettings& settings)
    : m_template(t), m_text(t, settings), m_siteUrl(settings.siteUrl)
{
    for (const TemplateField& f : t.fields)
        m_fonts << PrintFonts::font(f.fontSize, f.bold, f.italic);
    if (!t.backgroundImage.isEmpty())
        m_background = QImage(t.backgroundImage);
}

QPageLayout CertificateRenderer::pageLayout() const
{
    const QPageSize size(m_template.pageSize == QLatin1String("A5") ? QPageSize::A5
                                                                    : QPageSize::A4);
    return QPageLayout(size, m_template.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void CertificateRenderer::prepare(QPagedPaintDevice& device) const
{
    // Positions are measured from the paper's edge: no margins. (A QPrinter caller also
    // sets full page; the core does not link QtPrintSupport, which brings QtWidgets.)
    device.setPageLayout(pageLayout());
}

QString CertificateRenderer::qrPayload(const CertificateEntry& e) const
{
    if (!m_template.qr || e.code.isEmpty())
        return QString();
    return VerificationCode::qrPayload(e.code, m_siteUrl);
}

void CertificateRenderer::render(QPainter& painter, const CertificateEntry& e, bool preview) const
{
    const QString payload = qrPayload(e);
    draw(painter, e, preview, payload.isEmpty() ? QImage() : QrCode::image(payload));
}

void CertificateRenderer::draw(QPainter& painter, const CertificateEntry& e, bool preview,
                               const QImage& qr) const
{
    const double mm = painter.device()->logicalDpiX() / 25.4;
    const double dx = m_template.offsetX * mm;
    const double dy = m_template.offsetY * mm;
    if (!m_background.isNull() && (m_template.printBackground || preview)) {
        const QSizeF page = pageLayout().fullRect(QPageLayout::Millimeter).size();
        painter.drawImage(QRectF(dx, dy, page.width() * mm, page.height() * mm), m_background);
    }
    if (m_template.frame) {
        const QSizeF page = pageLayout().fullRect(QPageLayout::Millimeter).size();
        painter.save();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 0.8 * mm));
        painter.drawRect(
            QRectF(dx + 6 * mm, dy + 6 * mm, (page.width() - 12) * mm, (page.height() - 12) * mm));
        painter.setPen(QPen(Qt::black, 0.25 * mm));
        painter.drawRect(QRectF(dx + 7.5 * mm, dy + 7.5 * mm, (page.width() - 15) * mm,
                                (page.height() - 15) * mm));
        painter.restore();
    }
    painter.setPen(Qt::black);
    const QHash<QString, QString> values = m_text.values(e);
    for (int i = 0; i < m_template.fields.size(); ++i) {
        const TemplateField& f = m_template.fields.at(i);
        const QString text = PrintFonts::text(CertificateText::fill(f.text, values)).trimmed();
        if (text.isEmpty())
            continue;
        painter.setFont(m_fonts.at(i));
        const QRectF box(f.x * mm + dx, f.y * mm + dy, f.width * mm, 80 * mm);
        QRectF used;
        painter.drawText(box, int(f.align) | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        if (f.rule > 0) {
            const double w = used.width() * f.rule;
            const double y = used.bottom() + 1.3 * mm; // clear of marks below (Ộ)
            painter.save();
            painter.setPen(QPen(Qt::black, 0.25 * mm));
            painter.drawLine(QPointF(used.center().x() - w / 2, y),
                             QPointF(used.center().x() + w / 2, y));
            painter.restore();
        }
    }
    if (!qr.isNull()) {
        const double size = m_template.qrSize * mm;
        painter.save();
        // Sharp modules, and lossless: the PDF engine would otherwise store the code as a
        // blurred JPEG (and a larger one than the deflated grey image).
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.setRenderHint(QPainter::LosslessImageRendering, true);
        painter.drawImage(QRectF(m_template.qrX * mm + dx, m_template.qrY * mm + dy, size, size),
                          qr);
        painter.restore();
    }
}

int CertificateRenderer::renderAll(QPagedPaintDevice& device,
                                   const QList<CertificateEntry>& entries,
                                   const std::function<bool(int)>& progress) const
{
    prepare(device);
    QStringList payloads;
    payloads.reserve(entries.size());
    for (const CertificateEntry& e : entries)
        payloads << qrPayload(e);
    QrCodeQueue codes(std::move(payloads));
    QPainter painter(&device);
    int done = 0;
    for (const CertificateEntry& e : entries) {
        if (progress && !progress(done))
            break;
        if (done > 0)
            device.newPage();
        draw(painter, e, false, codes.take(done));
        ++done;
    }
    painter.end();
    return done;
}
