#include "QuestionSearch.h"

#include "core/TextFold.h"

#include <QRegularExpression>

QuestionSearch::Matcher::Matcher(const QuestionQuery& query) : m_query(query)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    m_words = TextFold::fold(query.text).split(blanks, Qt::SkipEmptyParts);
}

bool QuestionSearch::Matcher::isEmpty() const
{
    return m_query.topic.isEmpty() && !m_query.status && !m_query.difficulty && m_words.isEmpty();
}

bool QuestionSearch::Matcher::matches(const Question& q, const QString& foldedText) const
{
    if (!m_query.topic.isEmpty() && q.topic != m_query.topic)
        return false;
    if (m_query.status && q.status != *m_query.status)
        return false;
    if (m_query.difficulty && q.difficulty != *m_query.difficulty)
        return false;
    for (const QString& word : m_words) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

void QuestionSearch::setQuestions(const QList<Question>& questions)
{
    m_questions = questions;
    m_folded.clear();
    m_folded.reserve(questions.size());
    for (const Question& q : questions)
        m_folded << foldedText(q);
}

void QuestionSearch::setQuestion(int index, const Question& question)
{
    m_questions[index] = question;
    m_folded[index] = foldedText(question);
}

void QuestionSearch::append(const Question& question)
{
    m_questions << question;
    m_folded << foldedText(question);
}

bool QuestionSearch::matches(int index, const Matcher& matcher) const
{
    return matcher.matches(m_questions.at(index), m_folded.at(index));
}

QList<int> QuestionSearch::search(const QuestionQuery& query) const
{
    const Matcher matcher(query);
    QList<int> found;
    for (int i = 0; i < m_questions.size(); ++i) {
        if (matches(i, matcher))
            found << i;
    }
    return found;
}

QString QuestionSearch::foldedText(const Question& q)
{
    // A separator no typed word contains, so a word never matches across two fields.
    const QChar sep(u'\n');
    QString all = q.id + sep + q.topic + sep + q.title + sep + q.text;
    for (const QuestionOption& o : q.options)
        all += sep + o.text;
    all += sep + q.legalSource + sep + q.explanation + sep + q.author;
    return TextFold::fold(all);
}
