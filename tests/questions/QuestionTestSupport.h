#pragma once

#include "TestDatabase.h"
#include "questions/QuestionImporter.h"
#include "questions/QuestionRepository.h"

#include <QDir>
#include <QFile>
#include <QtTest>

// Shared by the question-bank tests: the Moodle fixtures (read in place from
// ../shared/fixtures, never copied) and small builders.
namespace QuestionTestSupport {

inline QString fixturesDir()
{
    return QStringLiteral(CONTEST_SHARED_FIXTURES_DIR "/moodle");
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString dataFile(const QString& name)
{
    return QStringLiteral(CONTEST_TEST_DATA_DIR "/") + name;
}

inline Question makeQuestion(const QString& id, const QString& topic, const QString& text,
                             const QStringList& options, const QString& correct)
{
    Question q;
    q.id = id;
    q.topic = topic;
    q.text = text;
    for (int i = 0; i < options.size(); ++i)
        q.options << QuestionOption{Question::keyAt(i), options.at(i)};
    q.correctKey = correct;
    return q;
}

inline QStringList optionTexts(const Question& q)
{
    QStringList texts;
    for (const QuestionOption& o : q.options)
        texts << o.text;
    return texts;
}

inline QString problemsText(const Problems& problems)
{
    return joinProblems(problems);
}

} // namespace QuestionTestSupport

// Skips the test when the shared fixtures are not next to the checkout.
#define REQUIRE_FIXTURES()                                                                         \
    do {                                                                                           \
        if (!QDir(QuestionTestSupport::fixturesDir()).exists())                                    \
            QSKIP("the shared Moodle fixtures are missing");                                       \
    } while (false)
