#include "QuestionStats.h"

#include "ParticipationStats.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

namespace {

// The lowest `correct` such that at least a quarter of the submissions have as many.
int topQuartileThreshold(Database& db)
{
    // "+valid": not through the index by validity, which would fetch a million rows one by
    // one (2.5 s at a million), but through the index by contestant, which holds
    // `correct` too (0.2 s).
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT correct, COUNT(*) FROM submissions WHERE +valid = 1 AND "
                               "contestant_key <> '' GROUP BY correct ORDER BY correct DESC"));
    QList<std::pair<int, qint64>> counts;
    qint64 total = 0;
    while (q.next()) {
        counts.append({q.value(0).toInt(), q.value(1).toLongLong()});
        total += counts.last().second;
    }
    qint64 seen = 0;
    for (const auto& [correct, n] : counts) {
        seen += n;
        if (seen * 4 >= total)
            return correct;
    }
    return 0;
}

} // namespace

QuestionStats QuestionStats::compute(Database& db)
{
    QuestionStats stats;
    const AnswerKey key = AnswerKey::load(db);
    stats.m_strongThreshold = topQuartileThreshold(db);

    // Question ids are looked up as views into the answers text: a million submissions
    // name thirty questions each, and a QString made for each name was most of the time.
    struct ViewHash
    {
        size_t operator()(QStringView v) const noexcept { return qHash(v); }
    };
    std::deque<QString> ids; // what the views in `index` point into
    std::unordered_map<QStringView, int, ViewHash> index;
    std::vector<QChar> keyOf; // by row; QChar() when the bank has no key for it
    auto addRow = [&](const Row& r) {
        ids.push_back(r.id);
        index.emplace(QStringView(ids.back()), int(stats.m_rows.size()));
        const AnswerKey::Entry* entry = key.find(r.id);
        keyOf.push_back(entry ? entry->correct : QChar());
        stats.m_rows.append(r);
    };
    QSqlQuery bank = db.exec(QStringLiteral("SELECT id, topic, text FROM questions ORDER BY id"));
    while (bank.next()) {
        Row r;
        r.id = bank.value(0).toString();
        r.topic = bank.value(1).toString();
        r.text = bank.value(2).toString();
        addRow(r);
    }

    // The compact answers column, "Q0001=B;Q0107=": one pass in file order ("+valid": the
    // index by validity would visit the rows out of order, 2.5 s more at a million).
    QSqlQuery q = db.exec(QStringLiteral("SELECT correct, answers FROM submissions WHERE "
                                         "+valid = 1 AND contestant_key <> ''"));
    q.setForwardOnly(true);
    while (q.next()) {
        const bool strong = q.value(0).toInt() >= stats.m_strongThreshold;
        const QString answers = q.value(1).toString();
        const QStringView all(answers);
        qsizetype from = 0;
        while (from < all.size()) {
            qsizetype end = all.indexOf(QLatin1Char(';'), from);
            if (end < 0)
                end = all.size();
            const QStringView pair = all.mid(from, end - from);
            from = end + 1;
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            const QStringView id = pair.left(eq);
            auto it = index.find(id);
            if (it == index.end()) {
                Row r;
                r.id = id.toString();
                addRow(r);
                it = index.find(id);
            }
            Row& row = stats.m_rows[it->second];
            const QStringView chosen = pair.mid(eq + 1);
            const QChar correct = keyOf[size_t(it->second)];
            const bool right = !correct.isNull() && chosen.size() == 1 && chosen.at(0) == correct;
            ++row.drawn;
            row.correct += right;
            if (strong) {
                ++row.strongDrawn;
                row.strongCorrect += right;
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
