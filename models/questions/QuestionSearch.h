#pragma once

#include "Question.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asks the bank for: every part optional, all parts must hold.
struct QuestionQuery
{
    QString topic; // empty: every topic
    std::optional<Question::Status> status;
    std::optional<Question::Difficulty> difficulty;
    QString text; // words, each found anywhere in the question, marks and case ignored
};

// Finds questions without Vietnamese marks mattering ("cai cach" finds "Cải cách", "d"
// finds "đ"). The folded text of every question is worked out once when the questions are
// set, so that filtering as the user types costs only substring searches.
class QuestionSearch
{
public:
    // A query made ready once (its words folded) and then tried on many questions.
    class Matcher
    {
    public:
        explicit Matcher(const QuestionQuery& query);
        bool matches(const Question& q, const QString& foldedText) const;
        bool isEmpty() const;

    private:
        QuestionQuery m_query;
        QStringList m_words;
    };

    void setQuestions(const QList<Question>& questions);
    void setQuestion(int index, const Question& question); // after an edit
    void append(const Question& question);
    int size() const { return int(m_questions.size()); }
    const Question& at(int index) const { return m_questions.at(index); }

    bool matches(int index, const Matcher& matcher) const;
    QList<int> search(const QuestionQuery& query) const; // indexes, in order

    // Everything a user may search for in one folded string: ID, topic, text, options,
    // legal source, explanation and author.
    static QString foldedText(const Question& q);

private:
    QList<Question> m_questions;
    QStringList m_folded;
};
