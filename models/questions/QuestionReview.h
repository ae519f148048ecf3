#pragma once

#include "Question.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

// The review cycle's rules, owned here and applied by QuestionRepository to every save
// (the editor, the bank's buttons, imports, contestctl): the allowed moves, who is
// stamped as reviewer, and that a reviewed or approved question whose wording changes
// must be reviewed again.
class QuestionReview
{
    Q_DECLARE_TR_FUNCTIONS(QuestionReview)
public:
    // draft -> reviewed -> approved -> retired; approving also reviews; retired or
    // reviewed questions may go back to draft.
    static bool canMove(Question::Status from, Question::Status to);

    // What the contestant reads and is graded by: a change here needs a new review.
    static bool wordingChanged(const Question& before, const Question& after);

    // `after` as it may be stored when `user` turns `before` (none: a new question) into
    // it: a reviewed or approved question whose wording changed and whose status was left
    // alone goes back to draft; a move to reviewed or approved names `user` as reviewer;
    // the reviewer cannot be set by hand. Throws UserError (naming the question) on a
    // move canMove refuses.
    static Question applied(const std::optional<Question>& before, Question after,
                            const QString& user);
};

// Question IDs are "TOPIC-NNNN"; a new question gets its topic's next number after the
// highest one noted (the bank's, and those an import file names itself).
class QuestionNumbering
{
public:
    void note(const QString& id);
    QString next(const QString& topic); // notes what it hands out

private:
    QHash<QString, int> m_highest;
};
