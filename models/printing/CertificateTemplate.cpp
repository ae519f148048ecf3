#include "CertificateTemplate.h"

#include <QJsonArray>

namespace {

TemplateField field(const char* key, const char* text, double x, double y, double width,
                    double size, bool bold = false, bool italic = false,
                    Qt::Alignment align = Qt::AlignHCenter, double rule = 0)
{
    TemplateField f;
    f.key = QString::fromUtf8(key);
    f.text = QString::fromUtf8(text);
    f.x = x;
    f.y = y;
    f.width = width;
    f.fontSize = size;
    f.bold = bold;
    f.italic = italic;
    f.align = align;
    f.rule = rule;
    return f;
}

QString alignName(Qt::Alignment a)
{
    if (a & Qt::AlignLeft)
        return QStringLiteral("left");
    if (a & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("center");
}

} // namespace

bool operator==(const TemplateField& a, const TemplateField& b)
{
    return a.key == b.key && a.text == b.text && a.x == b.x && a.y == b.y && a.width == b.width &&
           a.fontSize == b.fontSize && a.bold == b.bold && a.italic == b.italic &&
           a.align == b.align && a.rule == b.rule;
}

bool operator==(const CertificateTemplate& a, const CertificateTemplate& b)
{
    return a.kind == b.kind && a.pageSize == b.pageSize && a.landscape == b.landscape &&
           a.offsetX == b.offsetX && a.offsetY == b.offsetY &&
           a.backgroundImage == b.backgroundImage && a.printBackground == b.printBackground &&
           a.frame == b.frame && a.numberSuffix == b.numberSuffix &&
           a.numberStart == b.numberStart && a.qr == b.qr && a.qrX == b.qrX && a.qrY == b.qrY &&
           a.qrSize == b.qrSize && a.values == b.values && a.fields == b.fields;
}

QStringList CertificateTemplate::kinds()
{
    return {QStringLiteral("certificate"), QStringLiteral("award")};
}

QStringList CertificateTemplate::placeholders()
{
    return {QStringLiteral("organizer"),     QStringLiteral("organizer_upper"),
            QStringLiteral("contest_title"), QStringLiteral("number"),
            QStringLiteral("code"),          QStringLiteral("salutation"),
            QStringLiteral("name"),          QStringLiteral("birth_line"),
            QStringLiteral("unit_line"),     QStringLiteral("achievement"),
            QStringLiteral("place"),         QStringLiteral("day"),
            QStringLiteral("month"),         QStringLiteral("year"),
            QStringLiteral("signer_title"),  QStringLiteral("signer_name")};
}

// The printed texts are Vietnamese by nature: they are the content of an official
// document (Decree 30/2020/NĐ-CP layout), not user interface, so they are not tr()'d.
CertificateTemplate CertificateTemplate::defaults(const QString& kind)
{
    CertificateTemplate t;
    t.kind = kind;
    const bool award = kind == QLatin1String("award");
    t.numberSuffix = award ? QStringLiteral("GK-BTC") : QStringLiteral("GCN-BTC");
    t.values = {
        {QStringLiteral("place"), QString()},
        {QStringLiteral("date"), QString()},
        {QStringLiteral("signer_title"), QStringLiteral("TM. BAN TỔ CHỨC\nTRƯỞNG BAN")},
        {QStringLiteral("signer_name"), QString()},
        {QStringLiteral("achievement_certificate"),
         QStringLiteral(
             "Đã tham gia và đạt kết quả {correct}/{questions} câu trả lời đúng tại Cuộc thi.")},
        {QStringLiteral("achievement_award"),
         QStringLiteral("Đã đạt {prize} cá nhân tại Cuộc thi.")},
        {QStringLiteral("achievement_collective"),
         QStringLiteral("Đã có thành tích xuất sắc trong triển khai, phát động cán bộ, công chức, "
                        "viên chức và người "
                        "lao động tham gia Cuộc thi.")},
    };
    const Qt::Alignment left = Qt::AlignLeft;
    t.fields = {
        // Issuing body, top left: parent body in capitals, the committee bold and ruled.
        field("organizer", "{organizer_upper}", 8, 14, 124, 13),
        field("issuer", "BAN TỔ CHỨC CUỘC THI", 8, 20, 124, 13, true, false, Qt::AlignHCenter,
              0.45),
        field("number", "Số: {number}", 8, 30, 124, 13),
        // National motto, top right.
        field("motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 128, 14, 164, 13, true),
        field("motto2", "Độc lập - Tự do - Hạnh phúc", 128, 20, 164, 14, true, false,
              Qt::AlignHCenter, 1.0),
        field("title", award ? "GIẤY KHEN" : "GIẤY CHỨNG NHẬN", 18, 46, 261, 34, true),
        field("preamble",
              award ? "Ban Tổ chức {contest_title} tặng"
                    : "Ban Tổ chức {contest_title} chứng nhận:",
              38, 64, 221, 14, false, true),
        field("name", "{salutation}: {name}", 18, 84, 261, 22, true),
        field("birth", "{birth_line}", 18, 96, 261, 14),
        field("unit", "{unit_line}", 38, 103, 221, 14),
        field("achievement", "{achievement}", 38, 116, 221, 15, true),
        // Place and date, then the signer, bottom right.
        field("date", "{place}, ngày {day} tháng {month} năm {year}", 160, 140, 130, 14, false,
              true),
        field("signer_title", "{signer_title}", 160, 147, 130, 14, true),
        field("signer_name", "{signer_name}", 160, 182, 130, 14, true),
        // Verification, bottom left beside the QR code.
        field("verification", "Mã xác thực: {code}", 41, 182, 90, 10, false, false, left),
    };
    return t;
}

QString CertificateTemplate::fieldLabel(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> labels = {
        {"organizer", QT_TR_NOOP("Organiser")},
        {"issuer", QT_TR_NOOP("Issuing body")},
        {"number", QT_TR_NOOP("Certificate number")},
        {"motto", QT_TR_NOOP("National motto")},
        {"motto2", QT_TR_NOOP("National motto, second line")},
        {"title", QT_TR_NOOP("Document title")},
        {"preamble", QT_TR_NOOP("Preamble")},
        {"name", QT_TR_NOOP("Name")},
        {"birth", QT_TR_NOOP("Year of birth")},
        {"unit", QT_TR_NOOP("Unit")},
        {"achievement", QT_TR_NOOP("Achievement")},
        {"date", QT_TR_NOOP("Place and date")},
        {"signer_title", QT_TR_NOOP("Signer's title")},
        {"signer_name", QT_TR_NOOP("Signer's name")},
        {"verification", QT_TR_NOOP("Verification code")},
    };
    for (const auto& [stored, label] : labels)
        if (key == QLatin1String(stored))
            return tr(label);
    return key; // a field a layout file added: its own name
}

QString CertificateTemplate::alignLabel(Qt::Alignment align)
{
    if (align & Qt::AlignLeft)
        return tr("left");
    if (align & Qt::AlignRight)
        return tr("right");
    return tr("centre");
}

Qt::Alignment CertificateTemplate::alignFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("left") || t == alignLabel(Qt::AlignLeft).toLower())
        return Qt::AlignLeft;
    if (t == QLatin1String("right") || t == alignLabel(Qt::AlignRight).toLower())
        return Qt::AlignRight;
    return Qt::AlignHCenter;
}

QJsonObject CertificateTemplate::toJson() const
{
    QJsonArray fs;
    for (const TemplateField& f : fields) {
        fs.append(QJsonObject{{QStringLiteral("key"), f.key},
                              {QStringLiteral("text"), f.text},
                              {QStringLiteral("x"), f.x},
                              {QStringLiteral("y"), f.y},
                              {QStringLiteral("width"), f.width},
                              {QStringLiteral("font_size"), f.fontSize},
                              {QStringLiteral("bold"), f.bold},
                              {QStringLiteral("italic"), f.italic},
                              {QStringLiteral("align"), alignName(f.align)},
                              {QStringLiteral("rule"), f.rule}});
    }
    QJsonObject vs;
    for (auto it = values.begin(); it != values.end(); ++it)
        vs.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("contest-admin-certificate-template/1")},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("landscape"), landscape},
        {QStringLiteral("offset_x_mm"), offsetX},
        {QStringLiteral("offset_y_mm"), offsetY},
        {QStringLiteral("background_image"), backgroundImage},
        {QStringLiteral("print_background"), printBackground},
        {QStringLiteral("frame"), frame},
        {QStringLiteral("number_suffix"), numberSuffix},
        {QStringLiteral("number_start"), numberStart},
        {QStringLiteral("qr"), QJsonObject{{QStringLiteral("show"), qr},
                                           {QStringLiteral("x"), qrX},
                                           {QStringLiteral("y"), qrY},
                                           {QStringLiteral("size"), qrSize}}},
        {QStringLiteral("values"), vs},
        {QStringLiteral("fields"), fs}};
}

CertificateTemplate CertificateTemplate::fromJson(const QJsonObject& o)
{
    const QString kindName = o.value(QStringLiteral("kind")).toString();
    if (!kinds().contains(kindName))
        throw UserError(
            tr("template: key 'kind' must be one of %1").arg(kinds().join(QStringLiteral(", "))));
    // Keys left out keep the defaults of the kind, so a file may hold only what changed.
    CertificateTemplate t = defaults(kindName);
    auto num = [&](const QJsonObject& from, const char* key, double& into) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            throw UserError(tr("template: key '%1' must be a number").arg(QLatin1String(key)));
        into = v.toDouble();
    };
    auto flag = [&](const QJsonObject& from, const char* key, bool& into) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isUndefined())
            into = v.toBool(into);
    };
    auto str = [&](const QJsonObject& from, const char* key, QString& into) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isUndefined())
            into = v.toString(into);
    };
    str(o, "page_size", t.pageSize);
    flag(o, "landscape", t.landscape);
    num(o, "offset_x_mm", t.offsetX);
    num(o, "offset_y_mm", t.offsetY);
    str(o, "background_image", t.backgroundImage);
    flag(o, "print_background", t.printBackground);
    flag(o, "frame", t.frame);
    str(o, "number_suffix", t.numberSuffix);
    double start = t.numberStart;
    num(o, "number_start", start);
    t.numberStart = int(start);
    const QJsonObject qr = o.value(QStringLiteral("qr")).toObject();
    flag(qr, "show", t.qr);
    num(qr, "x", t.qrX);
    num(qr, "y", t.qrY);
    num(qr, "size", t.qrSize);
    const QJsonObject vs = o.value(QStringLiteral("values")).toObject();
    for (auto it = vs.begin(); it != vs.end(); ++it)
        t.values.insert(it.key(), it.value().toString());
    if (o.contains(QStringLiteral("fields"))) {
        t.fields.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject fo = v.toObject();
            TemplateField f;
            str(fo, "key", f.key);
            str(fo, "text", f.text);
            num(fo, "x", f.x);
            num(fo, "y", f.y);
            num(fo, "width", f.width);
            num(fo, "font_size", f.fontSize);
            flag(fo, "bold", f.bold);
            flag(fo, "italic", f.italic);
            num(fo, "rule", f.rule);
            const QString a = fo.value(QStringLiteral("align")).toString(QStringLiteral("center"));
            f.align = a == QLatin1String("left")    ? Qt::AlignLeft
                      : a == QLatin1String("right") ? Qt::AlignRight
                                                    : Qt::AlignHCenter;
            t.fields << f;
        }
    }
    const Problems problems = t.validate();
    if (!problems.isEmpty())
        throw UserError(problems);
    return t;
}

Problems CertificateTemplate::validate() const
{
    Problems p;
    const QString where = QStringLiteral("template");
    if (pageSize != QLatin1String("A4") && pageSize != QLatin1String("A5"))
        p << Problem{where, tr("key 'page_size' must be A4 or A5")};
    if (numberStart < 1)
        p << Problem{where, tr("key 'number_start' must be 1 or more")};
    if (qr && qrSize < 10)
        p << Problem{where, tr("the QR code must be at least 10 mm wide to scan")};
    for (const TemplateField& f : fields) {
        if (f.width <= 0 || f.fontSize <= 0)
            p << Problem{where, tr("field '%1': width and font size must be positive").arg(f.key)};
    }
    return p;
}
