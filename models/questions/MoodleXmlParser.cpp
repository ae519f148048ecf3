#include "MoodleXmlParser.h"

#include <QXmlStreamReader>

namespace {

struct XmlAnswer
{
    double fraction = 0;
    QString text;
};

struct XmlQuestion
{
    int line = 0;
    QString type;
    QString name;
    QString text;
    QString category;
    QString idnumber;
    QString generalFeedback;
    QString single;
    bool hasFeedback = false;
    QList<XmlAnswer> answers;
};

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(MoodleXmlParser)
public:
    Builder(ParseResult& result, const QString& fileName) : m_result(result), m_fileName(fileName)
    {
    }

    void finish(const XmlQuestion& x)
    {
        m_line = x.line;
        m_name = x.name.simplified();
        if (m_name.isEmpty())
            m_name = x.text.simplified().left(40);
        if (x.type == QLatin1String("category")) {
            m_category = x.category.trimmed();
            return;
        }
        ParsedQuestion q;
        q.line = x.line;
        q.title = x.name.trimmed();
        q.text = x.text.trimmed();
        q.category = m_category;
        q.explicitId = x.idnumber.trimmed();
        if (x.hasFeedback)
            q.explanation = x.generalFeedback.trimmed();
        if (x.type == QLatin1String("truefalse")) {
            trueFalse(q, x);
        } else if (x.type == QLatin1String("multichoice")) {
            multichoice(q, x);
        } else if (x.type.isEmpty()) {
            problem(tr("a <question> without a type attribute"));
        } else {
            skip(x.type, reasonFor(x.type));
        }
    }

    void problem(const QString& message, int line = 0)
    {
        m_result.problems << Problem{
            QStringLiteral("%1:%2").arg(m_fileName).arg(line ? line : m_line), message};
    }

private:
    void trueFalse(ParsedQuestion& q, const XmlQuestion& x)
    {
        q.options = {{QStringLiteral("A"), QStringLiteral("Đúng")},
                     {QStringLiteral("B"), QStringLiteral("Sai")}};
        for (const XmlAnswer& a : x.answers) {
            if (a.fraction >= 100) {
                const QString t = a.text.trimmed().toLower();
                q.correctKey = t == QLatin1String("true")    ? QStringLiteral("A")
                               : t == QLatin1String("false") ? QStringLiteral("B")
                                                             : QString();
            }
        }
        if (q.correctKey.isEmpty()) {
            problem(tr("true/false question '%1' has no answer 'true' or 'false' with fraction 100")
                        .arg(m_name));
            return;
        }
        m_result.questions << q;
    }

    void multichoice(ParsedQuestion& q, const XmlQuestion& x)
    {
        const QString single = x.single.trimmed().toLower();
        if (single == QLatin1String("false") || single == QLatin1String("0")) {
            skip(QStringLiteral("multichoice (multiple response)"),
                 tr("several answers may be chosen; a contest question has exactly one correct "
                    "option"));
            return;
        }
        int correct = 0;
        bool partial = false;
        for (const XmlAnswer& a : x.answers) {
            correct += a.fraction >= 100 ? 1 : 0;
            partial = partial || (a.fraction > 0 && a.fraction < 100);
        }
        if (partial || correct > 1) {
            skip(QStringLiteral("multichoice (partial credit)"),
                 tr("more than one answer carries credit; a contest question has exactly one "
                    "correct option"));
            return;
        }
        if (correct == 0) {
            problem(tr("question '%1' has no answer with fraction 100").arg(m_name));
            return;
        }
        if (x.answers.size() > Question::kMaxOptions) {
            problem(tr("question '%1' has %2 answers; at most %3")
                        .arg(m_name)
                        .arg(x.answers.size())
                        .arg(Question::kMaxOptions));
            return;
        }
        for (int i = 0; i < x.answers.size(); ++i) {
            q.options << QuestionOption{Question::keyAt(i), x.answers.at(i).text.trimmed()};
            if (x.answers.at(i).fraction >= 100)
                q.correctKey = Question::keyAt(i);
        }
        m_result.questions << q;
    }

    static QString reasonFor(const QString& type)
    {
        if (type == QLatin1String("essay"))
            return tr("an essay question has no options to choose from");
        if (type == QLatin1String("matching") || type == QLatin1String("randomsamatch"))
            return tr("a matching question is not single-answer multiple choice");
        if (type == QLatin1String("numerical") || type.startsWith(QLatin1String("calculated")))
            return tr("a numerical question has no options to choose from");
        if (type == QLatin1String("shortanswer"))
            return tr("a short-answer question has no options to choose from");
        if (type == QLatin1String("cloze") || type == QLatin1String("multianswer"))
            return tr("a cloze question embeds several sub-questions");
        if (type == QLatin1String("description"))
            return tr("a description is text, not a question");
        return tr("type '%1' is not single-answer multiple choice or true/false").arg(type);
    }

    void skip(const QString& type, const QString& reason)
    {
        m_result.skipped << SkippedItem{m_line, m_name, type, reason};
    }

    ParseResult& m_result;
    QString m_fileName;
    QString m_category;
    int m_line = 0;
    QString m_name;
};

} // namespace

ParseResult MoodleXmlParser::parse(const QString& text, const QString& fileName)
{
    ParseResult result;
    Builder builder(result, fileName);
    QXmlStreamReader xml(text);
    QStringList path; // element names from the root down
    XmlQuestion current;
    XmlAnswer* answer = nullptr;
    auto fatal = [&](int line, const QString& message) {
        result.problems << Problem{QStringLiteral("%1:%2").arg(fileName).arg(line), message};
        result.fatal = true;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const int line = static_cast<int>(xml.lineNumber());
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            if (path.size() > kMaxDepth) {
                fatal(
                    line,
                    tr("elements are nested more than %1 deep; this is not a Moodle question file")
                        .arg(kMaxDepth));
                return result;
            }
            if (path.size() == 1 && path.first() != QLatin1String("quiz")) {
                fatal(line,
                      tr("the root element is <%1>; a Moodle XML question file starts with <quiz>")
                          .arg(path.first()));
                return result;
            }
            if (path.size() == 2 && path.at(1) == QLatin1String("question")) {
                current = XmlQuestion();
                current.line = line;
                current.type =
                    xml.attributes().value(QLatin1String("type")).toString().trimmed().toLower();
                answer = nullptr;
            } else if (path.size() == 3 && path.at(1) == QLatin1String("question") &&
                       path.at(2) == QLatin1String("answer")) {
                current.answers << XmlAnswer{
                    xml.attributes().value(QLatin1String("fraction")).toDouble(), QString()};
                answer = &current.answers.last();
            } else if (path.size() == 3 && path.at(2) == QLatin1String("generalfeedback")) {
                current.hasFeedback = true;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (path.size() < 3 || path.at(1) != QLatin1String("question"))
                continue;
            const QString& field = path.at(2);
            const QString chunk = xml.text().toString();
            if (path.size() == 3 && field == QLatin1String("idnumber"))
                current.idnumber += chunk;
            else if (path.size() == 3 && field == QLatin1String("single"))
                current.single += chunk;
            else if (path.size() == 4 && path.at(3) == QLatin1String("text")) {
                if (field == QLatin1String("name"))
                    current.name += chunk;
                else if (field == QLatin1String("questiontext"))
                    current.text += chunk;
                else if (field == QLatin1String("category"))
                    current.category += chunk;
                else if (field == QLatin1String("generalfeedback"))
                    current.generalFeedback += chunk;
                else if (field == QLatin1String("answer") && answer)
                    answer->text += chunk;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 2 && path.at(1) == QLatin1String("question"))
                builder.finish(current);
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        fatal(static_cast<int>(xml.lineNumber()),
              tr("not well-formed XML: %1").arg(xml.errorString()));
    }
    return result;
}
