#include "AikenParser.h"

#include "QuestionTags.h"

#include <QRegularExpression>

namespace {

enum class State
{
    Between,
    Text,
    Options,
    Orphan
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(AikenParser)
public:
    Reader(ParseResult& result, const QString& fileName) : m_result(result), m_fileName(fileName) {}

    void line(int number, const QString& raw)
    {
        static const QRegularExpression option(QStringLiteral("^([A-Z])[.)]\\s*(.*)$"));
        static const QRegularExpression answer(QStringLiteral("^ANSWER\\s*:\\s*(.*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QString text = raw.trimmed();
        if (text.isEmpty())
            return;
        if (text.startsWith(QLatin1String("//"))) {
            QuestionTags::read(text, m_pendingId, m_pendingTopic);
            return;
        }
        if (const auto m = answer.match(text); m.hasMatch()) {
            finish(number, m.captured(1).trimmed());
            return;
        }
        if (const auto m = option.match(text); m.hasMatch()) {
            addOption(number, m.captured(1), m.captured(2).trimmed());
            return;
        }
        if (m_state == State::Options) {
            problem(m_current.line,
                    tr("question '%1' is never finished: its options are not followed by an "
                       "ANSWER: line")
                        .arg(shortText()));
            m_state = State::Between;
        }
        if (m_state == State::Text) {
            m_current.text += QLatin1Char('\n') + text;
            return;
        }
        m_current = ParsedQuestion();
        m_current.line = number;
        m_current.text = text;
        m_current.explicitId = std::exchange(m_pendingId, QString());
        m_current.explicitTopic = std::exchange(m_pendingTopic, QString());
        m_state = State::Text;
    }

    void end()
    {
        if (m_state == State::Text || m_state == State::Options) {
            problem(m_current.line,
                    tr("question '%1' is never finished: the file ends before its ANSWER: line")
                        .arg(shortText()));
        }
    }

private:
    void addOption(int number, const QString& key, const QString& text)
    {
        if (m_state == State::Orphan)
            return; // the rest of a block already reported
        if (m_state == State::Between) {
            problem(number, tr("option %1) comes before any question text").arg(key));
            m_state = State::Orphan;
            return;
        }
        const int index = static_cast<int>(m_current.options.size());
        if (index >= Question::kMaxOptions) {
            problem(number, tr("question '%1' has more than %2 options")
                                .arg(shortText())
                                .arg(Question::kMaxOptions));
            m_state = State::Orphan;
        } else if (key != Question::keyAt(index)) {
            problem(number, tr("option %1) of question '%2' is out of order; expected %3)")
                                .arg(key, shortText(), Question::keyAt(index)));
            m_state = State::Orphan;
        } else {
            m_current.options << QuestionOption{key, text};
            m_state = State::Options;
        }
    }

    void finish(int number, const QString& key)
    {
        const State state = std::exchange(m_state, State::Between);
        if (state == State::Orphan)
            return;
        if (state == State::Between) {
            problem(number, tr("ANSWER: line without a question before it"));
            return;
        }
        if (m_current.options.size() < Question::kMinOptions) {
            problem(m_current.line,
                    tr("question '%1' has too few options (%2); a question needs %3 to %4")
                        .arg(shortText())
                        .arg(m_current.options.size())
                        .arg(Question::kMinOptions)
                        .arg(Question::kMaxOptions));
            return;
        }
        const QString upper = key.toUpper();
        bool known = false;
        for (const QuestionOption& o : m_current.options)
            known = known || o.key == upper;
        if (!known) {
            problem(number, tr("ANSWER: '%1' of question '%2' is not one of its options")
                                .arg(key, shortText()));
            return;
        }
        m_current.correctKey = upper;
        m_result.questions << m_current;
    }

    QString shortText() const
    {
        const QString first = m_current.text.section(QLatin1Char('\n'), 0, 0);
        return first.size() > 60 ? first.left(57) + QStringLiteral("...") : first;
    }

    void problem(int line, const QString& message)
    {
        m_result.problems << Problem{QStringLiteral("%1:%2").arg(m_fileName).arg(line), message};
    }

    ParseResult& m_result;
    QString m_fileName;
    State m_state = State::Between;
    ParsedQuestion m_current;
    QString m_pendingId;
    QString m_pendingTopic;
};

} // namespace

bool AikenParser::isStructuralLine(const QString& line)
{
    static const QRegularExpression option(QStringLiteral("^[A-Z][.)]"));
    static const QRegularExpression answer(QStringLiteral("^ANSWER\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("//")) || option.match(t).hasMatch() ||
           answer.match(t).hasMatch();
}

ParseResult AikenParser::parse(const QString& text, const QString& fileName)
{
    ParseResult result;
    Reader reader(result, fileName);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        reader.line(i + 1, lines.at(i));
    reader.end();
    return result;
}
