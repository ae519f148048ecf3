#include "QuestionReview.h"

#include "RevisionText.h"

#include <QRegularExpression>

bool QuestionReview::canMove(Question::Status from, Question::Status to)
{
    using S = Question::Status;
    switch (to) {
    case S::Draft:
        return from != S::Draft; // back to editing, or a retired question restored
    case S::Reviewed:
        return from == S::Draft;
    case S::Approved:
        return from == S::Draft || from == S::Reviewed; // approving also reviews
    case S::Retired:
        return from != S::Retired;
    }
    return false;
}

bool QuestionReview::wordingChanged(const Question& before, const Question& after)
{
    return before.text != after.text || before.options != after.options ||
           before.correctKey != after.correctKey;
}

Question QuestionReview::applied(const std::optional<Question>& before, Question after,
                                 const QString& user)
{
    using S = Question::Status;
    S from = before ? before->status : S::Draft;
    after.reviewer = before ? before->reviewer : QString();
    if (before && (from == S::Reviewed || from == S::Approved) && wordingChanged(*before, after)) {
        from = S::Draft;
        if (after.status == before->status)
            after.status = S::Draft;
    }
    if (after.status == from)
        return after;
    if (!canMove(from, after.status)) {
        throw UserError(tr("question %1: cannot go from %2 to %3")
                            .arg(after.id, RevisionText::statusLabel(from).toLower(),
                                 RevisionText::statusLabel(after.status).toLower()));
    }
    if (after.status == S::Reviewed || after.status == S::Approved)
        after.reviewer = user;
    return after;
}

void QuestionNumbering::note(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9_.]+)-([0-9]{1,9})$"));
    const auto m = pattern.match(id.trimmed());
    if (m.hasMatch()) {
        int& h = m_highest[m.captured(1)];
        h = qMax(h, m.captured(2).toInt());
    }
}

QString QuestionNumbering::next(const QString& topic)
{
    int& highest = m_highest[topic];
    return QStringLiteral("%1-%2").arg(topic).arg(++highest, 4, 10, QLatin1Char('0'));
}
