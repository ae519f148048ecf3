#include "QuestionImporter.h"

#include "QuestionRepository.h"

#include "audit/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace {

QString fingerprint(const QString& text, const QList<QuestionOption>& options)
{
    QString f = text.trimmed().normalized(QString::NormalizationForm_C);
    for (const QuestionOption& o : options)
        f += QChar(0x1F) + o.text.trimmed().normalized(QString::NormalizationForm_C);
    return f;
}

} // namespace

int QuestionImportPlan::count(ImportChange change) const
{
    int n = 0;
    for (const QuestionImportRow& r : rows)
        n += r.change == change ? 1 : 0;
    return n;
}

QuestionImporter::QuestionImporter(Database& db) : m_db(db), m_mapping(CategoryMapping::load(db))
{
}

QuestionImportPlan QuestionImporter::plan(const QString& path,
                                          const QuestionImportOptions& options) const
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QuestionImportPlan p;
        p.fileName = fileName;
        p.fatal = true;
        p.problems << Problem{path, tr("cannot read the file: %1").arg(file.errorString())};
        return p;
    }
    QuestionImportOptions o = options;
    if (!o.format)
        o.format = QuestionFormats::fromFileName(path);
    return planFromBytes(file.read(QuestionFormats::kMaxFileBytes + 1), fileName, o);
}

QuestionImportPlan QuestionImporter::planFromBytes(const QByteArray& data, const QString& fileName,
                                                   const QuestionImportOptions& options) const
{
    QuestionImportPlan plan;
    plan.fileName = fileName;
    plan.author = options.author;
    const std::optional<QuestionFormat> format =
        options.format ? options.format : QuestionFormats::fromFileName(fileName);
    if (!format) {
        plan.fatal = true;
        plan.problems << Problem{fileName,
                                 tr("cannot tell the format from the file name; use --format %1")
                                     .arg(QuestionFormats::names().join(QLatin1Char('|')))};
        return plan;
    }
    plan.format = *format;
    ParseResult parsed = QuestionFormats::parse(*format, data, fileName);
    plan.skipped = parsed.skipped;
    plan.problems = parsed.problems;
    plan.fatal = parsed.fatal;
    if (plan.fatal)
        return plan;

    CategoryMapping mapping = m_mapping;
    const QStringList topics = mapping.knownTopics();
    if (!options.defaultTopic.isEmpty()) {
        if (!topics.contains(options.defaultTopic)) {
            plan.fatal = true;
            plan.problems << Problem{
                fileName, tr("unknown default topic '%1' (topics: %2)")
                              .arg(options.defaultTopic, topics.join(QStringLiteral(", ")))};
            return plan;
        }
        mapping.setDefaultTopic(options.defaultTopic);
    }

    QHash<QString, Question> stored;
    QHash<QString, QStringList> byContent; // id-less questions find their stored twin here
    const QuestionRepository repository(m_db);
    QuestionNumbering numbering = repository.numbering();
    for (const Question& q : repository.list()) {
        stored.insert(q.id, q);
        byContent[fingerprint(q.text, q.options)] << q.id;
    }
    QHash<QString, int> explicitLine;
    for (const ParsedQuestion& p : parsed.questions) {
        if (!p.explicitId.isEmpty())
            numbering.note(p.explicitId);
    }
    QSet<QString> claimed; // stored IDs already matched by a question of this file
    for (const ParsedQuestion& p : parsed.questions) {
        if (!p.explicitId.isEmpty())
            claimed.insert(p.explicitId.trimmed());
    }

    QList<QuestionImportRow> rows;
    for (const ParsedQuestion& p : parsed.questions) {
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(p.line);
        const int problemsBefore = static_cast<int>(plan.problems.size());
        QString topic;
        if (!p.explicitTopic.isEmpty()) {
            topic = topics.contains(p.explicitTopic)
                        ? p.explicitTopic
                        : mapping.entries().value(CategoryMapping::normalizedPath(p.explicitTopic));
            if (topic.isEmpty()) {
                plan.problems << Problem{
                    tr("%1: field 'topic'").arg(where),
                    tr("unknown topic '%1' (topics: %2)")
                        .arg(p.explicitTopic, topics.join(QStringLiteral(", ")))};
            }
        } else {
            topic = mapping.topicFor(p.category);
            if (topic.isEmpty()) {
                plan.problems << Problem{tr("%1: field 'topic'").arg(where),
                                         tr("no topic for category '%1': map the category to a "
                                            "topic or choose a default topic (--topic)")
                                             .arg(p.category)};
            }
        }
        QString id = p.explicitId.trimmed();
        if (!id.isEmpty()) {
            if (const auto it = explicitLine.constFind(id); it != explicitLine.cend()) {
                plan.problems << Problem{tr("%1: field 'id'").arg(where),
                                         tr("'%1' is already used on line %2").arg(id).arg(*it)};
            } else {
                explicitLine.insert(id, p.line);
            }
        } else {
            for (const QString& candidate : byContent.value(fingerprint(p.text, p.options))) {
                if (!claimed.contains(candidate)) {
                    id = candidate;
                    claimed.insert(candidate);
                    break;
                }
            }
        }
        Question q = stored.value(id);
        const bool exists = !id.isEmpty() && stored.contains(id);
        if (!exists) {
            q = Question();
            q.author = options.author;
        }
        q.id = id;
        q.topic = topic;
        // QuestionExporter names untitled questions by their ID (Moodle needs a name).
        const QString title = p.title == p.explicitId ? QString() : p.title;
        if (!title.isEmpty() || !exists)
            q.title = title;
        q.text = p.text;
        q.options = p.options;
        q.correctKey = p.correctKey;
        if (p.explanation)
            q.explanation = *p.explanation;
        if (p.legalSource)
            q.legalSource = *p.legalSource;
        if (p.difficulty)
            q.difficulty = *p.difficulty;
        q.normalize();
        if (plan.problems.size() != problemsBefore)
            continue;
        QuestionImportRow row{p.line, q, ImportChange::Added};
        if (exists) {
            const Question& before = stored.value(id);
            row.change = before.sameContent(q) ? ImportChange::Unchanged : ImportChange::Updated;
            // The plan shows the status the repository will store (a changed reviewed text
            // goes back to draft): the rule is QuestionReview's.
            row.question = QuestionReview::applied(before, q, AuditLog::currentUser());
        }
        rows << row;
    }
    // New questions get their topic's next free number once every explicit ID is known.
    for (QuestionImportRow& row : rows) {
        Question& q = row.question;
        if (q.id.isEmpty() && !q.topic.isEmpty())
            q.id = numbering.next(q.topic);
        const Problems problems =
            q.validate(QStringLiteral("%1:%2").arg(fileName).arg(row.line), topics);
        if (problems.isEmpty())
            plan.rows << row;
        else
            plan.problems += problems;
    }
    if (plan.rows.isEmpty() && plan.skipped.isEmpty() && plan.problems.isEmpty()) {
        plan.fatal = true;
        plan.problems << Problem{
            fileName,
            tr("no questions found in the file (is it %1?)").arg(QuestionFormats::name(*format))};
    }
    return plan;
}

void QuestionImporter::apply(const QuestionImportPlan& plan, bool skipInvalid)
{
    if (!plan.canApply(skipInvalid))
        throw UserError(plan.problems);
    QList<Question> changed;
    for (const QuestionImportRow& r : plan.rows) {
        if (r.change != ImportChange::Unchanged)
            changed << r.question;
    }
    QuestionRepository(m_db).saveAll(changed, QStringLiteral("import: %1").arg(plan.fileName));
}
