#pragma once

#include "CertificateEntry.h"
#include "CertificateTemplate.h"
#include "CertificateText.h"

#include <QFont>
#include <QImage>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QPainter;
struct ContestSettings;

// Draws certificates with QPainter: the same code for a PDF (QPdfWriter), paper
// (QPrinter) and the preview, so what the secretariat sees is what is printed.
class CertificateRenderer
{
public:
    CertificateRenderer(const CertificateTemplate& t, const ContestSettings& settings);

    QPageLayout pageLayout() const; // paper size and orientation, no margins
    // Sets the device's page layout (and full page for a printer) before painting.
    void prepare(QPagedPaintDevice& device) const;
    // One page on the painter's current page; `preview` draws the background even when
    // the paper is pre-printed.
    void render(QPainter& painter, const CertificateEntry& e, bool preview = false) const;
    // Every entry, one page each. `progress(done)` returning false stops (cancel).
    // Returns the number of pages drawn.
    int renderAll(QPagedPaintDevice& device, const QList<CertificateEntry>& entries,
                  const std::function<bool(int)>& progress = {}) const;

    const CertificateText& text() const { return m_text; }

private:
    QString qrPayload(const CertificateEntry& e) const; // empty: no QR on this page
    // render() with the QR code already made (null: none).
    void draw(QPainter& painter, const CertificateEntry& e, bool preview, const QImage& qr) const;

    CertificateTemplate m_template;
    CertificateText m_text;
    QString m_siteUrl;    // the QR opens the site's verification page when there is one
    QList<QFont> m_fonts; // one per field
    QImage m_background;  // one image object: the PDF embeds it once
};
