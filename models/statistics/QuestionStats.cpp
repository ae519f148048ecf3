#include "QuestionStats.h"

#include "ParticipationStats.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

// The lowest `correct` such that at least a quarter of the submissions have as many.
int topQuartileThreshold(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT correct, COUNT(*) FROM submissions WHERE %1 "
                                         "GROUP BY correct ORDER BY correct DESC")
                              .arg(StatisticsSql::counted()));
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

    // The compact answers column, "Q0001=B;Q0107=": one pass, no per-row objects.
    QSqlQuery q = db.exec(QStringLiteral("SELECT correct, answers FROM submissions WHERE %1")
                              .arg(StatisticsSql::counted()));
    q.setForwardOnly(true);
    while (q.next()) {
        const bool strong = q.value(0).toInt() >= stats.m_strongThreshold;
        const QString answers = q.value(1).toString();
        for (QStringView pair : QStringView(answers).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            const QString id = pair.left(eq).toString();
            auto it = index.constFind(id);
            if (it == index.cend()) {
                Row r;
                r.id = id;
                it = index.insert(id, int(stats.m_rows.size()));
                stats.m_rows.append(r);
            }
            Row& row = stats.m_rows[*it];
            const AnswerKey::Entry* entry = key.find(id);
            const QStringView chosen = pair.mid(eq + 1);
            const bool right = entry && chosen.size() == 1 && chosen.at(0) == entry->correct;
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
