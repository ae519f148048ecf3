#pragma once

#include <QStringView>

// The stored answers column, "Q0001=B;Q0107=;…" (question id, '=', the chosen key or
// nothing), walked without making a string per entry: a million submissions name thirty
// questions each. `f(question, chosen)` is called for each well-formed entry, in order.
namespace CompactAnswers {
template <typename F> void forEach(QStringView answers, F&& f)
{
    qsizetype from = 0;
    while (from < answers.size()) {
        qsizetype end = answers.indexOf(QLatin1Char(';'), from);
        if (end < 0)
            end = answers.size();
        const QStringView pair = answers.mid(from, end - from);
        from = end + 1;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            f(pair.left(eq), pair.mid(eq + 1));
    }
}
} // namespace CompactAnswers
