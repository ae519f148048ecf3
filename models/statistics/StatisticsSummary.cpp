#include "StatisticsSummary.h"

#include "BulkInsert.h"
#include "results/RankingKeys.h"

#include "contest/ContestRepository.h"
#include "results/RankingEngine.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

const QString kRowColumns = QStringLiteral(
    "%1, id, valid, COALESCE(invalid_code, ''), contestant_key, unit, submitted_at_ms, "
    "started_at_ms, duration_ms, prediction, correct");

struct ReadRow
{
    StatRow row;
    StatAttempt attempt;
};

ReadRow readRow(const QSqlQuery& q)
{
    ReadRow r;
    r.attempt.seq = q.value(0).toLongLong();
    r.attempt.id = q.value(1).toString();
    r.row.valid = q.value(2).toInt() != 0;
    r.row.invalidCode = q.value(3).toString();
    r.row.contestant = q.value(4).toString();
    r.attempt.unit = q.value(5).toString();
    if (!q.value(6).isNull())
        r.row.submittedMs = q.value(6).toLongLong();
    r.attempt.submittedMs = q.value(6).toLongLong();
    r.attempt.startedMs = q.value(7).toLongLong();
    r.row.durationMs = r.attempt.durationMs = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        r.row.prediction = q.value(9).toLongLong();
    r.attempt.prediction = q.value(9).toLongLong(); // the engine reads a missing one as 0
    r.attempt.correct = q.value(10).toInt();
    return r;
}

qint64 scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.exec(sql, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Everything one sorted pass over the submissions gives.
struct Pass
{
    StatisticsTally tally;
    QStringList targetPeople; // whose counted attempt depends on the target
    qint64 rows = 0;
    qint64 target = 0;
};

Pass runPass(Database& db, const ContestSettings& settings, const QString& where,
             const QVariantList& binds)
{
    const CountedAttemptRule rule(settings);
    const int offset = settings.timezoneOffsetMinutes;
    Pass pass;
    QList<QList<StatAttempt>> pending; // decided once the target is known
    qint64 people = 0;
    QString current;
    QList<StatAttempt> attempts;
    auto flush = [&] {
        if (attempts.isEmpty())
            return;
        ++people;
        // Any target will do for a person whose counted unit and score do not depend on it.
        PersonFigures p = StatisticsTally::person(attempts, rule, 0, offset);
        if (p.dependsOnTarget) {
            pending.append(attempts);
            pass.targetPeople.append(current);
        } else {
            pass.tally.addPerson(p, settings.questionsPerAttempt);
        }
        attempts.clear();
    };
    // Grouped by contestant: each person's attempts arrive together, in the order of the
    // index by contestant (schema v11), which holds every column read here: no sort, and
    // none of the wide rows (raw JSON, answers) is visited.
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT %1 FROM submissions WHERE %2 ORDER BY contestant_key")
                    .arg(kRowColumns.arg(StatisticsSummary::rowOrder(db)), where),
                binds);
    q.setForwardOnly(true);
    std::vector<qint64> predictions;
    while (q.next()) {
        ReadRow r = readRow(q);
        ++pass.rows;
        if (r.row.counted() && r.row.prediction) {
            predictions.push_back(*r.row.prediction);
            r.row.prediction.reset();
        }
        pass.tally.addRow(r.row, offset);
        if (!r.row.counted())
            continue;
        if (r.row.contestant != current) {
            flush();
            current = r.row.contestant;
        }
        attempts.append(r.attempt);
    }
    flush();
    std::sort(predictions.begin(), predictions.end());
    pass.tally.addSortedPredictions(predictions);
    pass.target = StatisticsSummary::targetFor(settings, people, pass.tally.validSubmissions());
    for (QList<StatAttempt>& a : pending)
        pass.tally.addPerson(StatisticsTally::person(a, rule, pass.target, offset),
                             settings.questionsPerAttempt);
    return pass;
}

// Writes a whole tally into the emptied tables.
void insertAll(Database& db, const StatisticsTally& tally)
{
    BulkInsert counts(db, QStringLiteral("stat_counts"), QStringLiteral("kind, k, n"), 3);
    for (auto kind = tally.counts.cbegin(); kind != tally.counts.cend(); ++kind) {
        for (auto it = kind->cbegin(); it != kind->cend(); ++it)
            if (it.value() != 0)
                counts.add({kind.key(), it.key(), it.value()});
    }
    counts.flush();
    BulkInsert units(db, QStringLiteral("stat_units"),
                     QStringLiteral("unit, contestants, correct_sum, perfect"), 4);
    for (auto it = tally.units.cbegin(); it != tally.units.cend(); ++it)
        if (!it->isZero())
            units.add({it.key(), it->contestants, it->correctSum, it->perfect});
    units.flush();
    BulkInsert reasons(db, QStringLiteral("stat_reasons"), QStringLiteral("valid, code, n"), 3);
    for (auto it = tally.reasons.cbegin(); it != tally.reasons.cend(); ++it)
        if (it.value() != 0)
            reasons.add({it.key().first, it.key().second, it.value()});
    reasons.flush();
}

// Adds `delta` to the stored counters (creating rows as needed, dropping those that
// reach zero).
void applyDelta(Database& db, const StatisticsTally& delta)
{
    QSqlQuery update =
        db.prepare(QStringLiteral("UPDATE stat_counts SET n = n + ? WHERE kind = ? AND k = ?"));
    QSqlQuery insert =
        db.prepare(QStringLiteral("INSERT INTO stat_counts (kind, k, n) VALUES (?, ?, ?)"));
    for (auto kind = delta.counts.cbegin(); kind != delta.counts.cend(); ++kind) {
        for (auto it = kind->cbegin(); it != kind->cend(); ++it) {
            if (it.value() == 0)
                continue;
            for (const QVariant& v :
                 {QVariant(it.value()), QVariant(kind.key()), QVariant(it.key())})
                update.addBindValue(v);
            db.execPrepared(update);
            if (update.numRowsAffected() > 0)
                continue;
            for (const QVariant& v :
                 {QVariant(kind.key()), QVariant(it.key()), QVariant(it.value())})
                insert.addBindValue(v);
            db.execPrepared(insert);
        }
    }
    QSqlQuery updateUnit = db.prepare(
        QStringLiteral("UPDATE stat_units SET contestants = contestants + ?, "
                       "correct_sum = correct_sum + ?, perfect = perfect + ? WHERE unit = ?"));
    QSqlQuery insertUnit = db.prepare(QStringLiteral(
        "INSERT INTO stat_units (unit, contestants, correct_sum, perfect) VALUES (?, ?, ?, ?)"));
    for (auto it = delta.units.cbegin(); it != delta.units.cend(); ++it) {
        if (it->isZero())
            continue;
        for (const QVariant& v : {QVariant(it->contestants), QVariant(it->correctSum),
                                  QVariant(it->perfect), QVariant(it.key())})
            updateUnit.addBindValue(v);
        db.execPrepared(updateUnit);
        if (updateUnit.numRowsAffected() > 0)
            continue;
        for (const QVariant& v : {QVariant(it.key()), QVariant(it->contestants),
                                  QVariant(it->correctSum), QVariant(it->perfect)})
            insertUnit.addBindValue(v);
        db.execPrepared(insertUnit);
    }
    QSqlQuery updateReason = db.prepare(
        QStringLiteral("UPDATE stat_reasons SET n = n + ? WHERE valid = ? AND code = ?"));
    QSqlQuery insertReason =
        db.prepare(QStringLiteral("INSERT INTO stat_reasons (valid, code, n) VALUES (?, ?, ?)"));
    for (auto it = delta.reasons.cbegin(); it != delta.reasons.cend(); ++it) {
        if (it.value() == 0)
            continue;
        for (const QVariant& v :
             {QVariant(it.value()), QVariant(it.key().first), QVariant(it.key().second)})
            updateReason.addBindValue(v);
        db.execPrepared(updateReason);
        if (updateReason.numRowsAffected() > 0)
            continue;
        for (const QVariant& v :
             {QVariant(it.key().first), QVariant(it.key().second), QVariant(it.value())})
            insertReason.addBindValue(v);
        db.execPrepared(insertReason);
    }
    db.exec(QStringLiteral("DELETE FROM stat_counts WHERE n = 0"));
    db.exec(QStringLiteral(
        "DELETE FROM stat_units WHERE contestants = 0 AND correct_sum = 0 AND perfect = 0"));
    db.exec(QStringLiteral("DELETE FROM stat_reasons WHERE n = 0"));
}

void clearTables(Database& db)
{
    for (const char* table :
         {"stat_state", "stat_counts", "stat_units", "stat_reasons", "stat_target_people"})
        db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
}

void writeState(Database& db, const QString& fingerprint, qint64 watermark, qint64 summarized,
                qint64 target)
{
    db.exec(QStringLiteral("DELETE FROM stat_state"));
    db.exec(QStringLiteral("INSERT INTO stat_state (id, fingerprint, watermark, summarized, "
                           "target) VALUES (1, ?, ?, ?, ?)"),
            {fingerprint, watermark, summarized, target});
}

qint64 maxRow(Database& db)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM submissions")
                          .arg(StatisticsSummary::rowOrder(db)));
}

StatisticsSummary::Refresh rebuild(Database& db, const ContestSettings& settings,
                                   const QString& fingerprint)
{
    StatisticsSummary::Refresh done;
    done.rebuilt = true;
    done.watermark = maxRow(db);
    // Read outside the write transaction: a sync may store more rows meanwhile; they are
    // above the watermark and the next refresh takes them.
    const Pass pass =
        runPass(db, settings, QStringLiteral("%1 <= ?").arg(StatisticsSummary::rowOrder(db)),
                {done.watermark});
    done.newRows = pass.rows;
    done.revisited = pass.tally.contestants();
    db.transaction([&] {
        clearTables(db);
        insertAll(db, pass.tally);
        BulkInsert people(db, QStringLiteral("stat_target_people"),
                          QStringLiteral("contestant_key"), 1);
        for (const QString& key : pass.targetPeople)
            people.add({key});
        people.flush();
        writeState(db, fingerprint, done.watermark, pass.rows, pass.target);
    });
    return done;
}

} // namespace

QString StatisticsSummary::rowOrder(const Database& db)
{
    // SQLite numbers rows as they are added (rowid); schema v10 gives other engines a
    // row_seq identity column.
    return db.dialect().driver() == QLatin1String("QSQLITE") ? QStringLiteral("rowid")
                                                             : QStringLiteral("row_seq");
}

qint64 StatisticsSummary::targetFor(const ContestSettings& settings, qint64 contestants,
                                    qint64 validSubmissions)
{
    return settings.predictionTarget.valueFor(contestants, validSubmissions);
}

QString StatisticsSummary::fingerprint(Database& db, const ContestSettings& settings)
{
    QSqlQuery judged =
        db.exec(QStringLiteral("SELECT value FROM app_meta WHERE key = 'submissions_judged_with'"));
    QStringList parts = {QStringLiteral("stat-1"),
                         judged.next() ? judged.value(0).toString() : QString()};
    parts << QString::number(settings.timezoneOffsetMinutes)
          << QString::number(settings.questionsPerAttempt)
          << SettingNames::countedAttempt(settings.countedAttempt)
          << QString::number(settings.maxAttempts)
          << QString::number(int(settings.predictionTarget.kind))
          << QString::number(settings.predictionTarget.fixedValue);
    for (RankingKey k : RankingKeys::effectiveOrder(settings))
        parts << SettingNames::rankingKey(k);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

qint64 StatisticsSummary::predictionsIn(Database& db, qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return 0;
    auto sum = [&db](const QString& kind, qint64 from, qint64 to) {
        if (to <= from)
            return qint64(0);
        QSqlQuery q = db.exec(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM stat_counts "
                                             "WHERE kind = ? AND k >= ? AND k < ?"),
                              {kind, from, to});
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 b = StatisticsTally::predictionBlock;
    auto floorDiv = [](qint64 v, qint64 d) { return v >= 0 ? v / d : -((-v + d - 1) / d); };
    // Whole blocks from their own rows; the ragged ends, at most a block each, value by value.
    const qint64 firstWhole = floorDiv(lo + b - 1, b);
    const qint64 endWhole = floorDiv(hi, b);
    if (firstWhole >= endWhole)
        return sum(StatKind::prediction(), lo, hi);
    return sum(StatKind::prediction(), lo, firstWhole * b) +
           sum(StatKind::predictionBlock(), firstWhole, endWhole) +
           sum(StatKind::prediction(), endWhole * b, hi);
}

void StatisticsSummary::clear(Database& db)
{
    db.transaction([&] { clearTables(db); });
}

StatisticsTally StatisticsSummary::compute(Database& db, const ContestSettings& settings,
                                           std::optional<qint64> untilMs)
{
    if (untilMs)
        return runPass(db, settings, QStringLiteral("submitted_at_ms <= ?"), {*untilMs}).tally;
    return runPass(db, settings, QStringLiteral("1 = 1"), {}).tally;
}

StatisticsSummary::Refresh StatisticsSummary::refresh(Database& db)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    const QString fp = fingerprint(db, settings);
    QSqlQuery state = db.exec(
        QStringLiteral("SELECT fingerprint, watermark, summarized, target FROM stat_state"));
    if (!state.next() || state.value(0).toString() != fp)
        return rebuild(db, settings, fp);
    const qint64 w0 = state.value(1).toLongLong();
    const qint64 summarized0 = state.value(2).toLongLong();
    const qint64 t0 = state.value(3).toLongLong();
    state.finish();
    Refresh done;
    done.watermark = maxRow(db);
    if (done.watermark < w0) // rows went away: only a rebuild can tell what they counted
        return rebuild(db, settings, fp);
    if (done.watermark == w0)
        return done;

    const int offset = settings.timezoneOffsetMinutes;
    const CountedAttemptRule rule(settings);
    const QString seq = rowOrder(db);
    StatisticsTally delta;
    QStringList affected;
    QSet<QString> affectedSet;
    qint64 newCounted = 0;
    QSqlQuery rows = db.exec(QStringLiteral("SELECT %1 FROM submissions WHERE %2 > ? AND %2 <= ?")
                                 .arg(kRowColumns.arg(seq), seq),
                             {w0, done.watermark});
    rows.setForwardOnly(true);
    while (rows.next()) {
        const ReadRow r = readRow(rows);
        ++done.newRows;
        delta.addRow(r.row, offset);
        if (!r.row.counted())
            continue;
        ++newCounted;
        if (!affectedSet.contains(r.row.contestant)) {
            affectedSet.insert(r.row.contestant);
            affected.append(r.row.contestant);
        }
    }
    rows.finish();

    // Each affected person's attempts, split into what the summary has and what it has not.
    QSqlQuery attemptsOf = db.prepare(
        QStringLiteral("SELECT %1 FROM submissions WHERE contestant_key = ? AND valid = 1 "
                       "AND %2 <= ?")
            .arg(kRowColumns.arg(seq), seq));
    auto load = [&](const QString& key) {
        QList<StatAttempt> list;
        attemptsOf.addBindValue(key);
        attemptsOf.addBindValue(done.watermark);
        db.execPrepared(attemptsOf);
        while (attemptsOf.next())
            list.append(readRow(attemptsOf).attempt);
        attemptsOf.finish();
        return list;
    };
    struct Person
    {
        QString key;
        QList<StatAttempt> before, now;
    };
    QList<Person> people;
    qint64 newPeople = 0;
    for (const QString& key : affected) {
        Person p{key, {}, load(key)};
        for (const StatAttempt& a : p.now)
            if (a.seq <= w0)
                p.before.append(a);
        newPeople += p.before.isEmpty();
        people.append(p);
    }
    QSqlQuery sums = db.exec(
        QStringLiteral("SELECT kind, SUM(n) FROM stat_counts WHERE kind IN ('first_day', 'day') "
                       "GROUP BY kind"));
    qint64 people0 = 0, valid0 = 0;
    while (sums.next())
        (sums.value(0).toString() == StatKind::day() ? valid0 : people0) =
            sums.value(1).toLongLong();
    const qint64 t1 = targetFor(settings, people0 + newPeople, valid0 + newCounted);

    QStringList dependent; // changes to stat_target_people
    for (Person& p : people) {
        if (!p.before.isEmpty())
            delta.addPerson(StatisticsTally::person(p.before, rule, t0, offset),
                            settings.questionsPerAttempt, -1);
        const PersonFigures f = StatisticsTally::person(p.now, rule, t1, offset);
        delta.addPerson(f, settings.questionsPerAttempt);
        if (f.dependsOnTarget)
            dependent.append(p.key);
    }
    done.revisited = people.size();
    if (t1 != t0) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT contestant_key FROM stat_target_people"));
        QStringList keys;
        while (q.next())
            if (!affectedSet.contains(q.value(0).toString()))
                keys << q.value(0).toString();
        q.finish();
        for (const QString& key : keys) {
            QList<StatAttempt> attempts = load(key);
            delta.addPerson(StatisticsTally::person(attempts, rule, t0, offset),
                            settings.questionsPerAttempt, -1);
            delta.addPerson(StatisticsTally::person(attempts, rule, t1, offset),
                            settings.questionsPerAttempt);
            ++done.revisited;
        }
    }

    bool raced = false;
    db.transaction([&] {
        // Another program may have refreshed meanwhile: then its figures stand.
        QSqlQuery again = db.exec(QStringLiteral("SELECT fingerprint, watermark FROM stat_state"));
        if (!again.next() || again.value(0).toString() != fp || again.value(1).toLongLong() != w0) {
            raced = true;
            return;
        }
        again.finish();
        applyDelta(db, delta);
        QSqlQuery remove =
            db.prepare(QStringLiteral("DELETE FROM stat_target_people WHERE contestant_key = ?"));
        QSqlQuery add = db.prepare(
            QStringLiteral("INSERT INTO stat_target_people (contestant_key) VALUES (?)"));
        for (const QString& key : affected) {
            remove.addBindValue(key);
            db.execPrepared(remove);
        }
        for (const QString& key : dependent) {
            add.addBindValue(key);
            db.execPrepared(add);
        }
        writeState(db, fp, done.watermark, summarized0 + done.newRows, t1);
    });
    return raced ? refresh(db) : done;
}

StatisticsTally StatisticsSummary::load(Database& db, bool predictionValues)
{
    StatisticsTally t;
    QStringList kinds = {
        StatKind::day(),    StatKind::dayPeople(), StatKind::firstDay(),       StatKind::hour(),
        StatKind::minute(), StatKind::correct(),   StatKind::predictionBlock()};
    if (predictionValues)
        kinds << StatKind::prediction();
    QSqlQuery q = db.exec(QStringLiteral("SELECT kind, k, n FROM stat_counts WHERE kind IN ('%1')")
                              .arg(kinds.join(QStringLiteral("', '"))));
    while (q.next())
        t.counts[q.value(0).toString()][q.value(1).toLongLong()] = q.value(2).toLongLong();
    q = db.exec(QStringLiteral("SELECT unit, contestants, correct_sum, perfect FROM stat_units"));
    while (q.next())
        t.units.insert(q.value(0).toString(),
                       {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    q = db.exec(QStringLiteral("SELECT valid, code, n FROM stat_reasons"));
    while (q.next())
        t.reasons[{q.value(0).toInt(), q.value(1).toString()}] = q.value(2).toLongLong();
    return t;
}
