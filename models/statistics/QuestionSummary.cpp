#include "QuestionSummary.h"

#include "BulkInsert.h"
#include "StatisticsSummary.h"
#include "contest/ContestRepository.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"
#include "submissions/CompactAnswers.h"

#include <deque>
#include <unordered_map>
#include <vector>

namespace {

using Cell = QuestionSummary::Cell;

// Counts the compact answers column, "Q0001=B;Q0107=", of one submission after another.
// Question ids are looked up as views into the text: a million submissions name thirty
// questions each, and a QString made for each name was most of the time.
class AnswerCounter
{
public:
    explicit AnswerCounter(const AnswerKey& key) : m_key(key) {}

    void add(int score, QStringView answers)
    {
        cell(m_submissions, score).drawn += 1;
        CompactAnswers::forEach(answers, [&](QStringView question, QStringView chosen) {
            const int q = indexOf(question);
            const QChar correct = m_correct[size_t(q)];
            Cell& c = cell(m_cells[size_t(q)], score);
            c.drawn += 1;
            c.right += !correct.isNull() && chosen.size() == 1 && chosen.at(0) == correct;
        });
    }

    QuestionSummary::Counts counts() const
    {
        QuestionSummary::Counts out;
        auto put = [&out](const QString& id, const std::vector<Cell>& cells) {
            for (size_t score = 0; score < cells.size(); ++score)
                if (cells[score].drawn != 0 || cells[score].right != 0)
                    out[id][int(score)] = cells[score];
        };
        put(QString(), m_submissions);
        for (size_t q = 0; q < m_ids.size(); ++q)
            put(m_ids[q], m_cells[q]);
        return out;
    }

private:
    struct ViewHash
    {
        size_t operator()(QStringView v) const noexcept { return qHash(v); }
    };

    static Cell& cell(std::vector<Cell>& cells, int score)
    {
        const size_t at = size_t(std::max(score, 0));
        if (cells.size() <= at)
            cells.resize(at + 1);
        return cells[at];
    }

    int indexOf(QStringView id)
    {
        const auto it = m_index.find(id);
        if (it != m_index.end())
            return it->second;
        m_ids.push_back(id.toString()); // a deque: the views into it stay valid
        const int q = int(m_ids.size() - 1);
        m_index.emplace(QStringView(m_ids.back()), q);
        const AnswerKey::Entry* entry = m_key.find(m_ids.back());
        m_correct.push_back(entry ? entry->correct : QChar());
        m_cells.emplace_back();
        return q;
    }

    const AnswerKey& m_key;
    std::deque<QString> m_ids;
    std::unordered_map<QStringView, int, ViewHash> m_index;
    std::vector<QChar> m_correct;           // by question; QChar() when the bank has no key for it
    std::vector<std::vector<Cell>> m_cells; // by question, by score
    std::vector<Cell> m_submissions;        // by score
};

QuestionSummary::Counts scan(Database& db, const AnswerKey& key, const QString& where,
                             const QVariantList& binds)
{
    AnswerCounter counter(key);
    // "+valid": in file order, not through the index by validity, which would visit a
    // million wide rows out of order (2.5 s more at a million).
    QSqlQuery q = db.exec(QStringLiteral("SELECT correct, answers FROM submissions WHERE "
                                         "+valid = 1 AND contestant_key <> '' AND %1")
                              .arg(where),
                          binds);
    q.setForwardOnly(true);
    while (q.next()) {
        const QString answers = q.value(1).toString();
        counter.add(q.value(0).toInt(), answers);
    }
    return counter.counts();
}

qint64 maxRow(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM submissions")
                              .arg(StatisticsSummary::rowOrder(db)));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void writeCounts(Database& db, const QuestionSummary::Counts& counts)
{
    BulkInsert insert(db, QStringLiteral("stat_questions"),
                      QStringLiteral("question_id, score, drawn, answered_right"), 4);
    for (auto q = counts.cbegin(); q != counts.cend(); ++q)
        for (auto c = q->cbegin(); c != q->cend(); ++c)
            insert.add({q.key(), c.key(), c->drawn, c->right});
    insert.flush();
}

void addCounts(Database& db, const QuestionSummary::Counts& delta)
{
    QSqlQuery update = db.prepare(QStringLiteral(
        "UPDATE stat_questions SET drawn = drawn + ?, answered_right = answered_right + ? "
        "WHERE question_id = ? AND score = ?"));
    QSqlQuery insert =
        db.prepare(QStringLiteral("INSERT INTO stat_questions (question_id, "
                                  "score, drawn, answered_right) VALUES (?, ?, ?, ?)"));
    for (auto q = delta.cbegin(); q != delta.cend(); ++q) {
        for (auto c = q->cbegin(); c != q->cend(); ++c) {
            for (const QVariant& v :
                 {QVariant(c->drawn), QVariant(c->right), QVariant(q.key()), QVariant(c.key())})
                update.addBindValue(v);
            db.execPrepared(update);
            if (update.numRowsAffected() > 0)
                continue;
            for (const QVariant& v :
                 {QVariant(q.key()), QVariant(c.key()), QVariant(c->drawn), QVariant(c->right)})
                insert.addBindValue(v);
            db.execPrepared(insert);
        }
    }
}

} // namespace

void QuestionSummary::refresh(Database& db)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    const AnswerKey key = AnswerKey::load(db);
    // The current key, not only the one the submissions were judged with: an author who
    // corrects a key sees the effect at once, as before the summary.
    const QString fp =
        StatisticsSummary::fingerprint(db, settings) + QLatin1Char('|') + key.fingerprint();
    QSqlQuery state =
        db.exec(QStringLiteral("SELECT fingerprint, watermark FROM stat_question_state"));
    const bool known = state.next() && state.value(0).toString() == fp;
    const qint64 w0 = known ? state.value(1).toLongLong() : 0;
    state.finish();
    const qint64 top = maxRow(db);
    const bool rebuild = !known || top < w0; // rows gone: only counting again tells
    if (!rebuild && top == w0)
        return;
    const QString seq = StatisticsSummary::rowOrder(db);
    // Read outside the write transaction: rows stored meanwhile are above `top`.
    const Counts counts =
        scan(db, key, QStringLiteral("%1 > ? AND %1 <= ?").arg(seq), {rebuild ? 0 : w0, top});
    bool raced = false;
    db.transaction([&] {
        if (rebuild) {
            db.exec(QStringLiteral("DELETE FROM stat_questions"));
            writeCounts(db, counts);
        } else {
            // Another program may have refreshed meanwhile: then its counters stand.
            QSqlQuery again =
                db.exec(QStringLiteral("SELECT fingerprint, watermark FROM stat_question_state"));
            if (!again.next() || again.value(0).toString() != fp ||
                again.value(1).toLongLong() != w0) {
                raced = true;
                return;
            }
            again.finish();
            addCounts(db, counts);
        }
        db.exec(QStringLiteral("DELETE FROM stat_question_state"));
        db.exec(
            QStringLiteral(
                "INSERT INTO stat_question_state (id, fingerprint, watermark) VALUES (1, ?, ?)"),
            {fp, top});
    });
    if (raced)
        refresh(db);
}

QuestionSummary::Counts QuestionSummary::load(Database& db)
{
    Counts counts;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT question_id, score, drawn, answered_right FROM stat_questions"));
    while (q.next())
        counts[q.value(0).toString()][q.value(1).toInt()] = {q.value(2).toLongLong(),
                                                             q.value(3).toLongLong()};
    return counts;
}

QuestionSummary::Counts QuestionSummary::compute(Database& db)
{
    return scan(db, AnswerKey::load(db), QStringLiteral("1 = 1"), {});
}

void QuestionSummary::clear(Database& db)
{
    db.transaction([&] {
        db.exec(QStringLiteral("DELETE FROM stat_questions"));
        db.exec(QStringLiteral("DELETE FROM stat_question_state"));
    });
}
