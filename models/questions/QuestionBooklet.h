#pragma once

#include "Question.h"
#include "contest/Topic.h"

#include <QCoreApplication>
#include <QList>

// The bank as a booklet for review meetings, in HTML for a QTextDocument: questions grouped
// by topic in the topics' order, numbered through, the answers and notes only when asked
// (a booklet without answers can be handed to reviewers who should try the questions).
class QuestionBooklet
{
    Q_DECLARE_TR_FUNCTIONS(QuestionBooklet)
public:
    struct Options
    {
        QString title;
        bool withAnswers = true;
        bool withLegalSource = true;
        bool withExplanation = false;
    };

    static constexpr const char* kFontFamily = "Liberation Serif"; // metric-compatible Times

    // `topics` gives the order and names; questions of a topic not listed come last.
    static QString html(const QList<Question>& questions, const QList<Topic>& topics,
                        const Options& options);

private:
    static QString questionHtml(int number, const Question& q, const Options& options);
};
