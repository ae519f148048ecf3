#include "RevisionText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

QString RevisionText::statusLabel(Question::Status status)
{
    switch (status) {
    case Question::Status::Draft:
        return tr("Draft");
    case Question::Status::Reviewed:
        return tr("Reviewed");
    case Question::Status::Approved:
        return tr("Approved");
    case Question::Status::Retired:
        return tr("Retired");
    }
    return QString();
}

QString RevisionText::difficultyLabel(Question::Difficulty difficulty)
{
    switch (difficulty) {
    case Question::Difficulty::Easy:
        return tr("Easy");
    case Question::Difficulty::Medium:
        return tr("Medium");
    case Question::Difficulty::Hard:
        return tr("Hard");
    }
    return QString();
}

QString RevisionText::action(const QString& stored)
{
    if (stored == QLatin1String("create"))
        return tr("created");
    if (stored == QLatin1String("update"))
        return tr("edited");
    const auto after = [&stored](const char* prefix) {
        return stored.mid(qsizetype(qstrlen(prefix)));
    };
    if (stored.startsWith(QLatin1String("status: "))) {
        const QString name = after("status: ");
        const std::optional<Question::Status> s = Question::statusFromName(name);
        return tr("status: %1").arg(s ? statusLabel(*s).toLower() : name);
    }
    if (stored.startsWith(QLatin1String("import: ")))
        return tr("imported from %1").arg(after("import: "));
    if (stored.startsWith(QLatin1String("move to ")))
        return tr("moved to topic %1").arg(after("move to "));
    return stored; // undo/redo: written in the language of whoever did it
}

QString RevisionText::field(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> names = {
        {"id", QT_TR_NOOP("ID")},
        {"topic", QT_TR_NOOP("Topic")},
        {"title", QT_TR_NOOP("Title")},
        {"text", QT_TR_NOOP("Question text")},
        {"options", QT_TR_NOOP("Options")},
        {"answer", QT_TR_NOOP("Correct answer")},
        {"difficulty", QT_TR_NOOP("Difficulty")},
        {"legal_source", QT_TR_NOOP("Legal source")},
        {"explanation", QT_TR_NOOP("Explanation")},
        {"status", QT_TR_NOOP("Status")},
        {"author", QT_TR_NOOP("Author")},
        {"reviewer", QT_TR_NOOP("Reviewer")},
    };
    for (const auto& [stored, label] : names)
        if (key == QLatin1String(stored))
            return tr(label);
    return key;
}

QString RevisionText::value(const QString& key, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (key == QLatin1String("status")) {
        if (const auto s = Question::statusFromName(v.toString()))
            return statusLabel(*s);
    }
    if (key == QLatin1String("difficulty")) {
        if (const auto d = Question::difficultyFromName(v.toString()))
            return difficultyLabel(*d);
    }
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (v.isObject()) { // options: "A. text" one per line
        QStringList lines;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            lines << QStringLiteral("%1. %2").arg(it.key(), it.value().toString());
        return lines.join(QLatin1Char('\n'));
    }
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
