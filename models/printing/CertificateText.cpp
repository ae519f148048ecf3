#include "CertificateText.h"

#include "contest/ContestSettings.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

CertificateText::CertificateText(const CertificateTemplate& t, const ContestSettings& settings,
                                 QDate printDate)
{
    const QDate templateDate =
        QDate::fromString(t.values.value(QStringLiteral("date")), Qt::ISODate);
    // "Today" where the contest is, not where the printing machine's clock is set.
    const QDate today = printDate.isValid()
                            ? printDate
                            : QDateTime::currentDateTimeUtc()
                                  .addSecs(qint64(settings.timezoneOffsetMinutes) * 60)
                                  .date();
    const QDate date = templateDate.isValid() ? templateDate : today;
    const QString place = t.values.value(QStringLiteral("place"));
    m_common = {
        {QStringLiteral("organizer"), settings.organizer},
        {QStringLiteral("organizer_upper"),
         QLocale(QLocale::Vietnamese).toUpper(settings.organizer)},
        {QStringLiteral("contest_title"), settings.title},
        {QStringLiteral("questions"), QString::number(settings.questionsPerAttempt)},
        {QStringLiteral("place"), place.isEmpty() ? placeFromOrganizer(settings.organizer) : place},
        // Decree 30: days below 10 and months below 3 take a leading zero.
        {QStringLiteral("day"), QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))},
        {QStringLiteral("month"), date.month() < 3 ? QStringLiteral("0%1").arg(date.month())
                                                   : QString::number(date.month())},
        {QStringLiteral("year"), QString::number(date.year())},
        {QStringLiteral("signer_title"), t.values.value(QStringLiteral("signer_title"))},
        {QStringLiteral("signer_name"), t.values.value(QStringLiteral("signer_name"))},
    };
    m_achievementCertificate = t.values.value(QStringLiteral("achievement_certificate"));
    m_achievementAward = t.values.value(QStringLiteral("achievement_award"));
    m_achievementCollective = t.values.value(QStringLiteral("achievement_collective"));
}

QString CertificateText::achievement(const CertificateEntry& e) const
{
    const QString& pattern = e.collective                       ? m_achievementCollective
                             : e.kind == QLatin1String("award") ? m_achievementAward
                                                                : m_achievementCertificate;
    QHash<QString, QString> v = m_common;
    v.insert(QStringLiteral("correct"), QString::number(e.correct));
    v.insert(QStringLiteral("prize"), e.prizeLabel);
    return fill(pattern, v);
}

QString CertificateText::placeAndDate() const
{
    return fill(QStringLiteral("{place}, ngày {day} tháng {month} năm {year}"), m_common);
}

QHash<QString, QString> CertificateText::values(const CertificateEntry& e) const
{
    QHash<QString, QString> v = m_common;
    v.insert(QStringLiteral("number"), e.number);
    v.insert(QStringLiteral("code"), e.code);
    v.insert(QStringLiteral("salutation"),
             e.collective ? QStringLiteral("Tập thể") : QStringLiteral("Ông/Bà"));
    v.insert(QStringLiteral("name"), e.name);
    v.insert(QStringLiteral("birth_line"), e.birthYear > 0 && !e.collective
                                               ? QStringLiteral("Năm sinh: %1").arg(e.birthYear)
                                               : QString());
    v.insert(QStringLiteral("unit_line"),
             e.collective ? QString() : QStringLiteral("Đơn vị: ") + e.unitName);
    v.insert(QStringLiteral("correct"), QString::number(e.correct));
    v.insert(QStringLiteral("prize"), e.prizeLabel);
    v.insert(QStringLiteral("achievement"), achievement(e));
    return v;
}

QString CertificateText::fill(const QString& text, const QHash<QString, QString>& values)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QString out;
    out.reserve(text.size() + 32);
    int i = 0;
    while (i < text.size()) {
        const int open = text.indexOf(QLatin1Char('{'), i);
        const int close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString key = text.mid(open + 1, close - open - 1);
        const auto it = values.constFind(key);
        if (it != values.constEnd())
            out += *it;
        else
            out += QStringView(text).mid(open,
                                         close - open + 1); // unknown: left visible to be noticed
        i = close + 1;
    }
    return out;
}

QString CertificateText::placeFromOrganizer(const QString& organizer)
{
    static const QRegularExpression re(
        QStringLiteral("(?:thành phố|thị xã|huyện|quận|tỉnh|xã|phường|thị trấn)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(organizer);
    return m.hasMatch() ? m.captured(1).trimmed() : organizer;
}
