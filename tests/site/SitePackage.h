#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// A small exam package for the site tests: 12 questions in two topics (T1, T2), a
// blueprint of 3 + 2 and 6 questions per attempt (so 1 is drawn from either topic),
// a window given in seconds from now. Every key is "B" or "C", never "A".
namespace SitePackage {
inline QJsonObject make(const QString& code, qint64 opensInS, qint64 closesInS, int attemptsMax = 0,
                        bool showScore = false)
{
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600);
    QJsonArray questions;
    for (int i = 1; i <= 12; ++i) {
        QJsonArray options;
        for (const char* key : {"A", "B", "C", "D"})
            options << QJsonObject{
                {QStringLiteral("key"), QLatin1String(key)},
                {QStringLiteral("text"),
                 QStringLiteral("Phương án %1 của câu %2").arg(QLatin1String(key)).arg(i)}};
        questions << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("Q%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("topic"), i <= 6 ? QStringLiteral("T1") : QStringLiteral("T2")},
            {QStringLiteral("text"), QStringLiteral("Câu hỏi số %1?").arg(i)},
            {QStringLiteral("options"), options},
            {QStringLiteral("answer"), i % 2 ? QStringLiteral("B") : QStringLiteral("C")}};
    }
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), QStringLiteral("Cuộc thi thử %1").arg(code)},
        {QStringLiteral("organizer"), QStringLiteral("Ban Tổ chức")},
        {QStringLiteral("rules"), QStringLiteral("Mỗi người thi tối đa %1 lượt.").arg(attemptsMax)},
        {QStringLiteral("opens_at"), now.addSecs(opensInS).toString(Qt::ISODate)},
        {QStringLiteral("closes_at"), now.addSecs(closesInS).toString(Qt::ISODate)},
        {QStringLiteral("questions_per_attempt"), 6},
        {QStringLiteral("blueprint"),
         QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("T1")},
                                {QStringLiteral("count"), 3}},
                    QJsonObject{{QStringLiteral("topic"), QStringLiteral("T2")},
                                {QStringLiteral("count"), 2}}}},
        {QStringLiteral("prediction_question"), QStringLiteral("Bao nhiêu người tham gia?")},
        {QStringLiteral("units"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("UBND-A")},
                                {QStringLiteral("name"), QStringLiteral("UBND xã A")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("ND")},
                                {QStringLiteral("name"), QStringLiteral("Nhân dân")}}}},
        {QStringLiteral("attempts_max"), attemptsMax},
        {QStringLiteral("show_score"), showScore},
        {QStringLiteral("questions"), questions}};
}

inline QJsonObject contestant(const QString& idNumber,
                              const QString& name = QStringLiteral("Nguyễn Văn An"))
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("birth_year"), 1990},
                       {QStringLiteral("gender"), QStringLiteral("Nam")},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("phone"), QString()},
                       {QStringLiteral("unit"), QStringLiteral("UBND-A")},
                       {QStringLiteral("address"), QStringLiteral("Thôn 1")}};
}
} // namespace SitePackage
