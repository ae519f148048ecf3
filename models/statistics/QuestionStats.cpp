#include "QuestionStats.h"

#include "storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

// The lowest score such that at least a quarter of the submissions have as many.
int topQuartileThreshold(const QMap<int, QuestionSummary::Cell>& submissions)
{
    qint64 total = 0;
    for (const QuestionSummary::Cell& c : submissions)
        total += c.drawn;
    qint64 seen = 0;
    for (auto it = submissions.cend(); it != submissions.cbegin();) {
        --it; // highest score first
        seen += it->drawn;
        if (seen * 4 >= total)
            return it.key();
    }
    return 0;
}

} // namespace

QuestionStats QuestionStats::compute(Database& db)
{
    // Counted once and then only for what is new (schema v12): a million submissions'
    // answers took 2.3 s to count on every look.
    QuestionSummary::refresh(db);
    return fromCounts(db, QuestionSummary::load(db));
}

QuestionStats QuestionStats::fromCounts(Database& db, const QuestionSummary::Counts& counts)
{
    QuestionStats stats;
    stats.m_strongThreshold = topQuartileThreshold(counts.value(QString()));

    QHash<QString, int> index;
    QSqlQuery bank = db.exec(QStringLiteral("SELECT id, topic, text FROM questions ORDER BY id"));
    while (bank.next()) {
        Row r;
        r.id = bank.value(0).toString();
        r.topic = bank.value(1).toString();
        r.text = bank.value(2).toString();
        index.insert(r.id, int(stats.m_rows.size()));
        stats.m_rows.append(r);
    }
    for (auto q = counts.cbegin(); q != counts.cend(); ++q) {
        if (q.key().isEmpty())
            continue;
        auto it = index.constFind(q.key());
        if (it == index.cend()) { // drawn, yet no longer in the bank
            Row r;
            r.id = q.key();
            it = index.insert(r.id, int(stats.m_rows.size()));
            stats.m_rows.append(r);
        }
        Row& row = stats.m_rows[*it];
        for (auto c = q->cbegin(); c != q->cend(); ++c) {
            row.drawn += c->drawn;
            row.correct += c->right;
            if (c.key() >= stats.m_strongThreshold) {
                row.strongDrawn += c->drawn;
                row.strongCorrect += c->right;
            }
        }
    }

    QList<Row> drawn;
    for (Row& r : stats.m_rows) {
        if (r.drawn == 0)
            continue;
        if (r.drawn >= minDrawsForFlags && r.share() > tooEasyShare)
            r.flags |= TooEasy;
        if (r.drawn >= minDrawsForFlags && r.share() < tooHardShare)
            r.flags |= TooHard;
        // Most of the strongest people missing it hints at a wrong key, not a hard question.
        if (r.strongDrawn >= minDrawsForFlags && r.strongShare() < 0.5)
            r.flags |= PossiblyKeyedWrong;
        drawn.append(r);
    }
    std::sort(drawn.begin(), drawn.end(), [](const Row& a, const Row& b) {
        return a.share() != b.share() ? a.share() < b.share() : a.id < b.id;
    });
    stats.m_rows = drawn;
    return stats;
}

QString QuestionStats::flagText(int flags)
{
    QStringList parts;
    if (flags & PossiblyKeyedWrong)
        parts << tr("possibly keyed wrong");
    if (flags & TooHard)
        parts << tr("too hard");
    if (flags & TooEasy)
        parts << tr("too easy");
    return parts.join(QStringLiteral(", "));
}
