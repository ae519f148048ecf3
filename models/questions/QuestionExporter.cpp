#include "QuestionExporter.h"

#include "core/OutputFile.h"

#include "AikenParser.h"
#include "GiftParser.h"
#include "QuestionTags.h"

#include <QXmlStreamWriter>

namespace {

// Aiken reads one line per option, so line breaks inside an option become spaces.
QString oneLine(const QString& text)
{
    return text.simplified();
}

// GIFT reads a leading "[html]", "%50%" or "//" as markup; "[plain]" first keeps it text.
QString giftText(const QString& text)
{
    const QString escaped = GiftParser::escape(text);
    const bool markupLike = text.startsWith(QLatin1Char('[')) ||
                            text.startsWith(QLatin1Char('%')) ||
                            text.startsWith(QLatin1String("//"));
    return markupLike ? QStringLiteral("[plain]") + escaped : escaped;
}

QString csvField(const QString& value)
{
    static const QString special = QStringLiteral(",;\"\r\n");
    bool quote = value != value.trimmed();
    for (QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString QuestionExporter::categoryFor(const QString& topic)
{
    return QStringLiteral("$course$/top/") + topic;
}

QByteArray QuestionExporter::toBytes(const QList<Question>& questions, QuestionFormat format)
{
    switch (format) {
    case QuestionFormat::Aiken:
        return aiken(questions);
    case QuestionFormat::Gift:
        return gift(questions);
    case QuestionFormat::MoodleXml:
        return moodleXml(questions);
    case QuestionFormat::Csv:
        return csv(questions);
    }
    return QByteArray();
}

void QuestionExporter::writeFile(const QString& path, const QList<Question>& questions,
                                 QuestionFormat format)
{
    OutputFile::write(path, toBytes(questions, format));
}

QByteArray QuestionExporter::aiken(const QList<Question>& questions)
{
    QString out;
    for (const Question& q : questions) {
        out += QuestionTags::write(q.id, q.topic) + QLatin1Char('\n');
        // Blank lines mean nothing in Aiken; the text's other lines are kept, unless one
        // would read back as an option or an answer: better refuse than write another bank.
        for (const QString& line : q.text.split(QLatin1Char('\n'))) {
            if (AikenParser::isStructuralLine(line)) {
                throw UserError(
                    tr("question %1 cannot be written in Aiken: its line '%2' would read "
                       "as an option or an answer; export as GIFT, Moodle XML or CSV")
                        .arg(q.id, line.trimmed()));
            }
            if (!line.trimmed().isEmpty())
                out += line.trimmed() + QLatin1Char('\n');
        }
        for (const QuestionOption& o : q.options)
            out += o.key + QStringLiteral(") ") + oneLine(o.text) + QLatin1Char('\n');
        out += QStringLiteral("ANSWER: ") + q.correctKey + QStringLiteral("\n\n");
    }
    return out.toUtf8();
}

QByteArray QuestionExporter::gift(const QList<Question>& questions)
{
    QString out;
    QString topic;
    for (const Question& q : questions) {
        if (q.topic != topic || out.isEmpty()) {
            topic = q.topic;
            out += QStringLiteral("$CATEGORY: ") + categoryFor(topic) + QStringLiteral("\n\n");
        }
        out += QuestionTags::write(q.id, q.topic) + QLatin1Char('\n');
        if (!q.title.isEmpty())
            out += QStringLiteral("::") + GiftParser::escape(q.title) + QStringLiteral("::");
        out += giftText(q.text) + QStringLiteral(" {\n");
        for (const QuestionOption& o : q.options) {
            out += (o.key == q.correctKey ? QStringLiteral("\t=") : QStringLiteral("\t~")) +
                   giftText(o.text) + QLatin1Char('\n');
        }
        if (!q.explanation.isEmpty())
            out += QStringLiteral("\t####") + GiftParser::escape(q.explanation) + QLatin1Char('\n');
        out += QStringLiteral("}\n\n");
    }
    return out.toUtf8();
}

QByteArray QuestionExporter::moodleXml(const QList<Question>& questions)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("quiz"));
    auto textElement = [&](const QString& name, const QString& text,
                           const QString& format = QString()) {
        xml.writeStartElement(name);
        if (!format.isEmpty())
            xml.writeAttribute(QStringLiteral("format"), format);
        xml.writeTextElement(QStringLiteral("text"), text);
        xml.writeEndElement();
    };
    QString topic;
    bool first = true;
    for (const Question& q : questions) {
        if (first || q.topic != topic) {
            first = false;
            topic = q.topic;
            xml.writeStartElement(QStringLiteral("question"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("category"));
            textElement(QStringLiteral("category"), categoryFor(topic));
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("question"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("multichoice"));
        // Moodle needs a name; the ID stands in for a missing title.
        textElement(QStringLiteral("name"), q.title.isEmpty() ? q.id : q.title);
        // plain_text: Moodle shows the text exactly as stored, tags and all.
        textElement(QStringLiteral("questiontext"), q.text, QStringLiteral("plain_text"));
        textElement(QStringLiteral("generalfeedback"), q.explanation, QStringLiteral("plain_text"));
        xml.writeTextElement(QStringLiteral("idnumber"), q.id);
        xml.writeTextElement(QStringLiteral("single"), QStringLiteral("true"));
        xml.writeTextElement(QStringLiteral("shuffleanswers"), QStringLiteral("true"));
        xml.writeTextElement(QStringLiteral("answernumbering"), QStringLiteral("ABCD"));
        for (const QuestionOption& o : q.options) {
            xml.writeStartElement(QStringLiteral("answer"));
            xml.writeAttribute(QStringLiteral("fraction"),
                               o.key == q.correctKey ? QStringLiteral("100") : QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("format"), QStringLiteral("plain_text"));
            xml.writeTextElement(QStringLiteral("text"), o.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

QByteArray QuestionExporter::csv(const QList<Question>& questions)
{
    // The BOM makes Excel open the file as UTF-8; CsvTable drops it on import.
    QString out =
        QStringLiteral("\xFEFF") +
        QStringLiteral(
            "id,topic,text,A,B,C,D,E,F,answer,title,difficulty,legal_source,explanation\r\n");
    for (const Question& q : questions) {
        QStringList fields{csvField(q.id), csvField(q.topic), csvField(q.text)};
        for (int i = 0; i < Question::kMaxOptions; ++i)
            fields << csvField(i < q.options.size() ? q.options.at(i).text : QString());
        fields << q.correctKey << csvField(q.title) << Question::difficultyName(q.difficulty)
               << csvField(q.legalSource) << csvField(q.explanation);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
