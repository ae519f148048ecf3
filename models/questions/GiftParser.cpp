#include "GiftParser.h"

#include "QuestionTags.h"

#include <QRegularExpression>

namespace {

// Index of `needle` at or after `from`, not preceded by an escaping backslash; -1 if none.
qsizetype indexOfUnescaped(const QString& text, QStringView needle, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (QStringView(text).mid(i).startsWith(needle))
            return i;
    }
    return -1;
}

QString stripFormat(const QString& text)
{
    static const QRegularExpression format(
        QStringLiteral("^\\s*\\[(html|moodle|plain|markdown)\\]"));
    QString t = text;
    return t.remove(format);
}

bool hasLetterOrDigit(const QString& text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

struct GiftAnswer
{
    QChar marker; // '=' or '~'
    std::optional<double> weight;
    QString text;
};

class BlockReader
{
    Q_DECLARE_TR_FUNCTIONS(GiftParser)
public:
    BlockReader(ParseResult& result, const QString& fileName)
        : m_result(result), m_fileName(fileName)
    {
    }

    void read(const QString& block, int line, const QString& category, const QString& id,
              const QString& topic)
    {
        m_line = line;
        QString rest = block.trimmed();
        QString title;
        if (rest.startsWith(QLatin1String("::"))) {
            const qsizetype close = indexOfUnescaped(rest, u"::", 2);
            if (close < 0) {
                problem(tr("the title starting with '::' is never closed with '::'"));
                return;
            }
            title = GiftParser::unescape(rest.mid(2, close - 2)).trimmed();
            rest = rest.mid(close + 2);
        }
        m_name = title;
        const qsizetype open = indexOfUnescaped(rest, u"{");
        if (open < 0) {
            m_name = nameOr(title, rest);
            skip(QStringLiteral("description"),
                 tr("it has no answers in braces: a description, not a question"));
            return;
        }
        const qsizetype close = indexOfUnescaped(rest, u"}", open + 1);
        QString text = stripFormat(rest.left(open)).trimmed();
        m_name = nameOr(title, GiftParser::unescape(text));
        if (close < 0) {
            problem(tr("question '%1': its answers open with '{' but never close with '}'")
                        .arg(m_name));
            return;
        }
        const QString after = rest.mid(close + 1).trimmed();
        // Text after the answers makes a "missing word" question; stray punctuation there
        // (Moodle's own samples end some questions with '";') is dropped.
        if (hasLetterOrDigit(after))
            text += QStringLiteral(" _____ ") + stripFormat(after);
        ParsedQuestion q;
        q.line = line;
        q.title = title;
        q.text = GiftParser::unescape(text).trimmed();
        q.category = category;
        q.explicitId = id;
        q.explicitTopic = topic;
        answers(q, rest.mid(open + 1, close - open - 1).trimmed());
    }

private:
    static QString nameOr(const QString& title, const QString& text)
    {
        if (!title.isEmpty())
            return title;
        const QString first = text.simplified();
        return first.size() > 40 ? first.left(37) + QStringLiteral("...") : first;
    }

    void answers(ParsedQuestion& q, QString block)
    {
        if (block.isEmpty()) {
            skip(QStringLiteral("essay"),
                 tr("an essay question ({}) has no options to choose from"));
            return;
        }
        if (block.startsWith(QLatin1Char('#'))) {
            skip(QStringLiteral("numerical"),
                 tr("a numerical question ({#...}) has no options to choose from"));
            return;
        }
        const qsizetype general = indexOfUnescaped(block, u"####");
        if (general >= 0) {
            q.explanation = GiftParser::unescape(stripFormat(block.mid(general + 4))).trimmed();
            block = block.left(general).trimmed();
        }
        static const QRegularExpression trueFalse(QStringLiteral("^(T|TRUE|F|FALSE)\\s*(#.*)?$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = trueFalse.match(block); m.hasMatch()) {
            q.options = {{QStringLiteral("A"), QStringLiteral("Đúng")},
                         {QStringLiteral("B"), QStringLiteral("Sai")}};
            q.correctKey = m.captured(1).startsWith(QLatin1Char('T')) ? QStringLiteral("A")
                                                                      : QStringLiteral("B");
            m_result.questions << q;
            return;
        }
        QList<GiftAnswer> list;
        if (!split(block, list))
            return;
        bool anyWrong = false, matching = true, partial = false;
        int correct = 0;
        for (const GiftAnswer& a : list) {
            anyWrong = anyWrong || a.marker == QLatin1Char('~');
            matching =
                matching && a.marker == QLatin1Char('=') && a.text.contains(QLatin1String("->"));
            const bool full = a.marker == QLatin1Char('=') ? (!a.weight || *a.weight == 100)
                                                           : (a.weight && *a.weight == 100);
            partial = partial || (a.weight && *a.weight != 0 && *a.weight != 100);
            correct += full ? 1 : 0;
        }
        if (matching) {
            skip(QStringLiteral("matching"),
                 tr("a matching question (=item -> match) is not single-answer multiple choice"));
            return;
        }
        if (!anyWrong) {
            skip(QStringLiteral("short answer"), tr("a short-answer question (only '=' answers) "
                                                    "has no wrong options to choose from"));
            return;
        }
        if (partial || correct > 1) {
            skip(QStringLiteral("multiple response"),
                 tr("several answers carry credit (%weights); a contest question has exactly one "
                    "correct option"));
            return;
        }
        if (correct == 0) {
            problem(tr("question '%1' has no correct answer (mark it with '=')").arg(m_name));
            return;
        }
        if (list.size() > Question::kMaxOptions) {
            problem(tr("question '%1' has %2 options; at most %3")
                        .arg(m_name)
                        .arg(list.size())
                        .arg(Question::kMaxOptions));
            return;
        }
        for (int i = 0; i < list.size(); ++i) {
            const GiftAnswer& a = list.at(i);
            q.options << QuestionOption{Question::keyAt(i), a.text};
            const bool full = a.marker == QLatin1Char('=') ? (!a.weight || *a.weight == 100)
                                                           : (a.weight && *a.weight == 100);
            if (full)
                q.correctKey = Question::keyAt(i);
        }
        m_result.questions << q;
    }

    // "=right # feedback ~%50%other" into answers; false (and a problem) on malformed text.
    bool split(const QString& block, QList<GiftAnswer>& list)
    {
        static const QRegularExpression weight(QStringLiteral("^%(-?[0-9]+(?:\\.[0-9]+)?)%"));
        QList<qsizetype> starts;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const QChar c = block.at(i);
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('=') || c == QLatin1Char('~'))
                starts << i;
        }
        if (starts.isEmpty() || !block.left(starts.first()).trimmed().isEmpty()) {
            problem(tr("question '%1': the answers must start with '=' (right) or '~' (wrong)")
                        .arg(m_name));
            return false;
        }
        for (int k = 0; k < starts.size(); ++k) {
            const qsizetype from = starts.at(k) + 1;
            const qsizetype to = k + 1 < starts.size() ? starts.at(k + 1) : block.size();
            QString raw = block.mid(from, to - from).trimmed();
            GiftAnswer a;
            a.marker = block.at(starts.at(k));
            if (const auto m = weight.match(raw); m.hasMatch()) {
                a.weight = m.captured(1).toDouble();
                raw = raw.mid(m.capturedLength()).trimmed();
            }
            const qsizetype feedback = indexOfUnescaped(raw, u"#");
            if (feedback >= 0)
                raw = raw.left(feedback);
            a.text = GiftParser::unescape(stripFormat(raw)).trimmed();
            list << a;
        }
        return true;
    }

    void skip(const QString& type, const QString& reason)
    {
        m_result.skipped << SkippedItem{m_line, m_name, type, reason};
    }
    void problem(const QString& message)
    {
        m_result.problems << Problem{QStringLiteral("%1:%2").arg(m_fileName).arg(m_line), message};
    }

    ParseResult& m_result;
    QString m_fileName;
    int m_line = 0;
    QString m_name;
};

} // namespace

ParseResult GiftParser::parse(const QString& text, const QString& fileName)
{
    ParseResult result;
    BlockReader reader(result, fileName);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList block;
    int blockLine = 0;
    QString category, id, topic;
    auto flush = [&] {
        if (!block.isEmpty())
            reader.read(block.join(QLatin1Char('\n')), blockLine, category, id, topic);
        block.clear();
        id.clear();
        topic.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
        } else if (trimmed.startsWith(QLatin1String("//"))) {
            if (block.isEmpty())
                QuestionTags::read(trimmed, id, topic);
        } else if (block.isEmpty() && trimmed.startsWith(QLatin1String("$CATEGORY:"))) {
            category = trimmed.mid(10).trimmed();
        } else {
            if (block.isEmpty())
                blockLine = i + 1;
            block << line;
        }
    }
    flush();
    return result;
}

QString GiftParser::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else {
            if (QStringLiteral("~=#{}:\\").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out;
}

QString GiftParser::unescape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('n')) {
                out += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (QStringLiteral("~=#{}:\\").contains(next)) {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
