#include "Question.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

bool Question::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Problems Question::validate(const QString& where, const QStringList& knownTopics) const
{
    Problems problems;
    const QString prefix =
        where.isEmpty() ? tr("question %1").arg(id.isEmpty() ? tr("(new)") : id) : where;
    auto problem = [&](const QString& field, const QString& message) {
        problems << Problem{tr("%1: field '%2'").arg(prefix, field), message};
    };
    if (id.isEmpty())
        problem(QStringLiteral("id"), tr("empty; every question needs an ID such as TTHC-0012"));
    else if (!isValidId(id))
        problem(QStringLiteral("id"),
                tr("'%1': use only letters A-Z, digits, '.', '_' and '-' (at most 64)").arg(id));
    if (topic.isEmpty())
        problem(QStringLiteral("topic"), tr("empty; every question belongs to a topic"));
    else if (!knownTopics.isEmpty() && !knownTopics.contains(topic))
        problem(QStringLiteral("topic"), tr("unknown topic '%1' (topics: %2)")
                                             .arg(topic, knownTopics.join(QStringLiteral(", "))));
    if (text.trimmed().isEmpty())
        problem(QStringLiteral("text"), tr("empty; the question has no text"));
    if (options.size() < kMinOptions || options.size() > kMaxOptions) {
        problem(QStringLiteral("options"), tr("%1 option(s); a question needs %2 to %3")
                                               .arg(options.size())
                                               .arg(kMinOptions)
                                               .arg(kMaxOptions));
    }
    QSet<QString> seenTexts;
    for (int i = 0; i < options.size(); ++i) {
        const QuestionOption& o = options.at(i);
        // Keys follow A, B, C... so that "answer C" means the same thing in every format.
        if (o.key != keyAt(i))
            problem(QStringLiteral("options"),
                    tr("option %1 has key '%2'; keys must be A, B, C... in order")
                        .arg(i + 1)
                        .arg(o.key));
        if (o.text.trimmed().isEmpty())
            problem(QStringLiteral("option %1").arg(o.key), tr("empty option text"));
        else if (seenTexts.contains(o.text.trimmed()))
            problem(QStringLiteral("option %1").arg(o.key),
                    tr("'%1' is the text of another option too").arg(o.text));
        seenTexts.insert(o.text.trimmed());
    }
    if (correctKey.isEmpty())
        problem(QStringLiteral("answer"), tr("empty; name the correct option (A-F)"));
    else if (optionText(correctKey).isNull())
        problem(QStringLiteral("answer"), tr("'%1' is not one of the options").arg(correctKey));
    return problems;
}

QString Question::optionText(const QString& key) const
{
    for (const QuestionOption& o : options) {
        if (o.key == key)
            return o.text;
    }
    return QString();
}

void Question::normalize()
{
    // Never null: a null QString is bound as SQL NULL, and the columns are NOT NULL.
    auto notNull = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    auto nfc = [&](const QString& s) {
        return notNull(s.trimmed().normalized(QString::NormalizationForm_C));
    };
    id = notNull(id.trimmed());
    topic = notNull(topic.trimmed());
    title = nfc(title);
    text = nfc(text);
    for (QuestionOption& o : options)
        o.text = nfc(o.text);
    correctKey = notNull(correctKey.trimmed().toUpper());
    legalSource = nfc(legalSource);
    explanation = nfc(explanation);
    author = nfc(author);
    reviewer = nfc(reviewer);
}

bool Question::sameContent(const Question& o) const
{
    return topic == o.topic && title == o.title && text == o.text && options == o.options &&
           correctKey == o.correctKey && difficulty == o.difficulty &&
           legalSource == o.legalSource && explanation == o.explanation;
}

QJsonObject Question::toJson() const
{
    QJsonObject opts;
    for (const QuestionOption& o : options)
        opts.insert(o.key, o.text);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("topic"), topic},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("options"), opts},
                       {QStringLiteral("answer"), correctKey},
                       {QStringLiteral("difficulty"), difficultyName(difficulty)},
                       {QStringLiteral("legal_source"), legalSource},
                       {QStringLiteral("explanation"), explanation},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("row_version"), rowVersion}};
}

QString Question::difficultyName(Difficulty d)
{
    switch (d) {
    case Difficulty::Easy:
        return QStringLiteral("easy");
    case Difficulty::Medium:
        return QStringLiteral("medium");
    case Difficulty::Hard:
        return QStringLiteral("hard");
    }
    return QStringLiteral("medium");
}

std::optional<Question::Difficulty> Question::difficultyFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
        if (difficultyName(d) == n)
            return d;
    }
    return std::nullopt;
}

QString Question::statusName(Status s)
{
    switch (s) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Reviewed:
        return QStringLiteral("reviewed");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Retired:
        return QStringLiteral("retired");
    }
    return QStringLiteral("draft");
}

std::optional<Question::Status> Question::statusFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Status s : {Status::Draft, Status::Reviewed, Status::Approved, Status::Retired}) {
        if (statusName(s) == n)
            return s;
    }
    return std::nullopt;
}

QStringList Question::statusNames()
{
    return {QStringLiteral("draft"), QStringLiteral("reviewed"), QStringLiteral("approved"),
            QStringLiteral("retired")};
}
