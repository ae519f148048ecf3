#pragma once

#include "QuestionFormat.h"

#include <QByteArray>
#include <QList>

// Writes questions in the four import formats so that importing the result gives the same
// bank (IDs, topics, texts, options, answers). Aiken and GIFT carry ID and topic in a
// "// [id:X] [topic:T]" comment; GIFT and Moodle XML also put each topic in a category
// "$course$/top/<TOPIC>", which CategoryMapping maps back to the topic.
class QuestionExporter
{
    Q_DECLARE_TR_FUNCTIONS(QuestionExporter)
public:
    // Throws UserError for a question the format cannot hold (Aiken: a text line such as
    // "A. Lincoln" that would read back as an option).
    static QByteArray toBytes(const QList<Question>& questions, QuestionFormat format);
    // Throws EnvironmentError when the file cannot be written.
    static void writeFile(const QString& path, const QList<Question>& questions,
                          QuestionFormat format);
    static QString categoryFor(const QString& topic); // "$course$/top/TTHC"

private:
    static QByteArray aiken(const QList<Question>& questions);
    static QByteArray gift(const QList<Question>& questions);
    static QByteArray moodleXml(const QList<Question>& questions);
    static QByteArray csv(const QList<Question>& questions);
};
