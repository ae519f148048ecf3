#include "QuestionStats.h"

#include "storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

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
    stats.m_contest = ItemAnalysis::contest(counts);

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
        row.analysis = ItemAnalysis::question(*q);
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
        if (r.drawn >= minDrawsForFlags) {
            const ItemAnalysis::Question& a = r.analysis;
            if (a.facility >= veryEasyFacility)
                r.flags |= VeryEasy;
            if (a.facility <= veryHardFacility)
                r.flags |= VeryHard;
            if (a.discriminationIndex && *a.discriminationIndex < 0)
                r.flags |= NegativeDiscrimination;
            else if (a.discriminationIndex && *a.discriminationIndex < lowDiscrimination)
                r.flags |= LowDiscrimination;
        }
        drawn.append(r);
    }
    std::sort(drawn.begin(), drawn.end(), [](const Row& a, const Row& b) {
        const auto& da = a.analysis.discriminationIndex;
        const auto& db = b.analysis.discriminationIndex;
        if (da.has_value() != db.has_value())
            return da.has_value();
        // Sums taken in another order differ in the last bits: equal within 1e-9.
        if (da && std::abs(*da - *db) > 1e-9)
            return *da < *db;
        if (std::abs(a.analysis.facility - b.analysis.facility) > 1e-9)
            return a.analysis.facility < b.analysis.facility;
        return a.id < b.id;
    });
    stats.m_rows = drawn;
    return stats;
}

QString QuestionStats::flagText(int flags)
{
    QStringList parts;
    if (flags & NegativeDiscrimination)
        parts << tr("negative discrimination: check the key");
    if (flags & LowDiscrimination)
        parts << tr("low discrimination");
    if (flags & VeryHard)
        parts << tr("very hard");
    if (flags & VeryEasy)
        parts << tr("very easy");
    return parts.join(QStringLiteral(", "));
}

QStringList QuestionStats::flagCodes(int flags)
{
    QStringList codes;
    if (flags & VeryEasy)
        codes << QStringLiteral("very_easy");
    if (flags & VeryHard)
        codes << QStringLiteral("very_hard");
    if (flags & LowDiscrimination)
        codes << QStringLiteral("low_discrimination");
    if (flags & NegativeDiscrimination)
        codes << QStringLiteral("negative_discrimination");
    return codes;
}
