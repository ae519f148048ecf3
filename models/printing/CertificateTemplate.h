#pragma once

#include "core/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// One piece of text on the page. Its text may hold {placeholders} (see
// CertificateTemplate::placeholders()); the box starts at (x, y) mm from the page's
// top-left corner and is `width` mm wide; long text wraps inside it.
struct TemplateField
{
    QString key;  // what it is, for the editor ("motto", "name", ...)
    QString text; // "Ông/Bà: {name}"
    double x = 0;
    double y = 0;
    double width = 100;
    double fontSize = 14; // pt
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignHCenter;
    // A line drawn under the text, as Decree 30/2020 wants under the motto and under the
    // issuing body's name: its length as a fraction of the text's width (0: none).
    double rule = 0;

    friend bool operator==(const TemplateField& a, const TemplateField& b);
};

// The layout of a certificate (Giấy chứng nhận) or award certificate (Giấy khen): what
// is printed where, in mm, so the secretariat can match a pre-printed blank. Kept in the
// database per kind and exchanged as a JSON file.
struct CertificateTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTemplate)
public:
    QString kind = QStringLiteral("certificate"); // "certificate" or "award"
    QString pageSize = QStringLiteral("A4");      // A4 or A5
    bool landscape = true;
    // Where the printer really puts (0, 0): added to every position.
    double offsetX = 0;
    double offsetY = 0;
    // An image of the pre-printed blank. Drawn under the fields when printBackground is
    // set; otherwise it only guides the preview (the paper already carries it).
    QString backgroundImage;
    bool printBackground = true;
    // A double frame round the page, for plain paper (a pre-printed blank has its own).
    bool frame = true;
    QString numberSuffix = QStringLiteral("GCN-BTC"); // "Số: 125/GCN-BTC"
    int numberStart = 1;
    // The QR code holding the verification code.
    bool qr = true;
    double qrX = 14;
    double qrY = 166;
    double qrSize = 24;
    // Free values the fields use: place, date (yyyy-MM-dd, empty: day of printing),
    // signer_title, signer_name.
    QMap<QString, QString> values;
    QList<TemplateField> fields;

    static CertificateTemplate defaults(const QString& kind);
    static QStringList kinds(); // certificate, award
    static QStringList placeholders();
    // What the layout editor shows for a field's key ("signer_name" -> "Người ký") and
    // for an alignment; the key stays in the layout file.
    static QString fieldLabel(const QString& key);
    static QString alignLabel(Qt::Alignment align);
    static Qt::Alignment alignFromText(const QString& text); // a label or left/center/right

    QJsonObject toJson() const;
    // Throws UserError naming the key at fault.
    static CertificateTemplate fromJson(const QJsonObject& o);
    Problems validate() const;

    friend bool operator==(const CertificateTemplate& a, const CertificateTemplate& b);
};
