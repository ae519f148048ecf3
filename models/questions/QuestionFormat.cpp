#include "QuestionFormat.h"

#include "AikenParser.h"
#include "CsvQuestionParser.h"
#include "GiftParser.h"
#include "MoodleXmlParser.h"
#include "core/Utf8.h"

#include <QFileInfo>

namespace QuestionFormats {

std::optional<QuestionFormat> fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("aiken"))
        return QuestionFormat::Aiken;
    if (n == QLatin1String("gift"))
        return QuestionFormat::Gift;
    if (n == QLatin1String("moodlexml") || n == QLatin1String("xml"))
        return QuestionFormat::MoodleXml;
    if (n == QLatin1String("csv"))
        return QuestionFormat::Csv;
    return std::nullopt;
}

std::optional<QuestionFormat> fromFileName(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return QuestionFormat::Aiken;
    if (suffix == QLatin1String("gift"))
        return QuestionFormat::Gift;
    if (suffix == QLatin1String("xml"))
        return QuestionFormat::MoodleXml;
    if (suffix == QLatin1String("csv"))
        return QuestionFormat::Csv;
    return std::nullopt;
}

QString name(QuestionFormat format)
{
    switch (format) {
    case QuestionFormat::Aiken:
        return QStringLiteral("aiken");
    case QuestionFormat::Gift:
        return QStringLiteral("gift");
    case QuestionFormat::MoodleXml:
        return QStringLiteral("moodlexml");
    case QuestionFormat::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

QStringList names()
{
    return {QStringLiteral("aiken"), QStringLiteral("gift"), QStringLiteral("moodlexml"),
            QStringLiteral("csv")};
}

ParseResult parse(QuestionFormat format, const QByteArray& data, const QString& fileName)
{
    ParseResult refused;
    refused.fatal = true;
    if (data.size() > kMaxFileBytes) {
        refused.problems << Problem{
            fileName,
            QCoreApplication::translate(
                "QuestionFormats", "the file is %1 MB; a question bank file may have at most %2 MB")
                .arg(data.size() / (1024 * 1024))
                .arg(kMaxFileBytes / (1024 * 1024))};
        return refused;
    }
    if (format == QuestionFormat::Csv)
        return CsvQuestionParser::parse(data, fileName); // CsvTable checks UTF-8 itself
    QString text;
    try {
        text = Utf8::decodeStrict(data, fileName);
    } catch (const UserError& e) {
        refused.problems << Problem{QString(), e.message()};
        return refused;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    switch (format) {
    case QuestionFormat::Aiken:
        return AikenParser::parse(text, fileName);
    case QuestionFormat::Gift:
        return GiftParser::parse(text, fileName);
    case QuestionFormat::MoodleXml:
        return MoodleXmlParser::parse(text, fileName);
    case QuestionFormat::Csv:
        break;
    }
    return refused;
}

} // namespace QuestionFormats
