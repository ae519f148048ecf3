#include "CsvQuestionParser.h"

#include "core/CsvReader.h"

QStringList CsvQuestionParser::requiredColumns()
{
    return {QStringLiteral("id"), QStringLiteral("topic"), QStringLiteral("text"),
            QStringLiteral("a"),  QStringLiteral("b"),     QStringLiteral("answer")};
}

QStringList CsvQuestionParser::optionalColumns()
{
    return {QStringLiteral("c"),
            QStringLiteral("d"),
            QStringLiteral("e"),
            QStringLiteral("f"),
            QStringLiteral("title"),
            QStringLiteral("difficulty"),
            QStringLiteral("legal_source"),
            QStringLiteral("explanation")};
}

ParseResult CsvQuestionParser::parse(const QByteArray& data, const QString& fileName)
{
    ParseResult result;
    CsvTable table;
    try {
        table = CsvTable::parse(data, fileName);
    } catch (const UserError& e) {
        result.problems << Problem{QString(), e.message()};
        result.fatal = true;
        return result;
    }
    const QHash<QString, int> col =
        table.mapColumns(requiredColumns(), optionalColumns(), result.problems);
    if (!result.problems.isEmpty()) {
        result.fatal = true;
        return result;
    }
    for (const CsvRecord& rec : table.records()) {
        auto has = [&](const QString& name) { return col.contains(name); };
        auto field = [&](const QString& name) {
            const int i = col.value(name, -1);
            return i >= 0 && i < rec.fields.size() ? rec.fields.at(i) : QString();
        };
        auto problem = [&](const QString& column, const QString& message) {
            result.problems << Problem{table.where(rec.line, column), message};
        };
        if (rec.fields.size() > table.header().size()) {
            result.problems << Problem{
                QStringLiteral("%1:%2").arg(fileName).arg(rec.line),
                tr("%1 fields, but the header has %2 columns (a value with a "
                   "delimiter must be in quotes)")
                    .arg(rec.fields.size())
                    .arg(table.header().size())};
            continue;
        }
        const int before = static_cast<int>(result.problems.size());
        ParsedQuestion q;
        q.line = rec.line;
        q.explicitId = field(QStringLiteral("id")).trimmed();
        q.explicitTopic = field(QStringLiteral("topic")).trimmed();
        q.text = field(QStringLiteral("text"));
        q.title = field(QStringLiteral("title"));
        const QString answer = field(QStringLiteral("answer")).trimmed().toUpper();
        for (int i = 0; i < Question::kMaxOptions; ++i) {
            const QString column = Question::keyAt(i);
            const QString text = field(column.toLower()).trimmed();
            if (text.isEmpty()) {
                if (answer == column)
                    problem(QStringLiteral("answer"), tr("'%1' names an empty option").arg(answer));
                continue;
            }
            const QString key = Question::keyAt(static_cast<int>(q.options.size()));
            q.options << QuestionOption{key, text};
            if (answer == column)
                q.correctKey = key;
        }
        if (answer.isEmpty())
            problem(QStringLiteral("answer"),
                    tr("empty; write the letter of the correct option (A-F)"));
        else if (answer.size() != 1 || answer.at(0) < QLatin1Char('A') ||
                 answer.at(0) > QLatin1Char('F'))
            problem(QStringLiteral("answer"), tr("'%1' is not an option letter A-F").arg(answer));
        if (has(QStringLiteral("difficulty"))) {
            const QString d = field(QStringLiteral("difficulty")).trimmed();
            if (!d.isEmpty()) {
                q.difficulty = Question::difficultyFromName(d);
                if (!q.difficulty)
                    problem(QStringLiteral("difficulty"),
                            tr("'%1': use easy, medium or hard").arg(d));
            }
        }
        if (has(QStringLiteral("legal_source")))
            q.legalSource = field(QStringLiteral("legal_source"));
        if (has(QStringLiteral("explanation")))
            q.explanation = field(QStringLiteral("explanation"));
        if (result.problems.size() == before)
            result.questions << q;
    }
    return result;
}
