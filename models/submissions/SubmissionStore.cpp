#include "SubmissionStore.h"

#include "AnswerKey.h"
#include "StoreDecision.h"
#include "SubmissionParser.h"
#include "SubmissionRow.h"
#include "SubmissionValidator.h"
#include "storage/Database.h"
#include "storage/PostgresCopy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// SubmissionRow's values as QVariants, in column order.
struct VariantRow
{
    QVariantList& values;

    // A null QString binds as SQL NULL; these columns hold "" for a field not sent.
    void text(int, const QString& s) { values << (s.isNull() ? QStringLiteral("") : s); }
    void textOrNull(int, const QString& s)
    {
        values << (s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s));
    }
    void ownedText(int column, const QString& s) { text(column, s); }
    void utf8(int, const QByteArray& bytes) { values << QString::fromUtf8(bytes); }
    void integer(int, qint64 n) { values << n; }
    void integerOrNull(int, const std::optional<qint64>& n)
    {
        values << (n ? QVariant(*n) : QVariant(QMetaType::fromType<qint64>()));
    }
};

// The same into a COPY (PostgreSQL): no QVariant, no statement text.
struct CopyRow
{
    PostgresCopy& copy;

    void text(int, const QString& s) { copy.text(s); }
    void textOrNull(int, const QString& s) { s.isEmpty() ? copy.null() : copy.text(s); }
    void ownedText(int, const QString& s) { copy.text(s); }
    void utf8(int, const QByteArray& bytes) { copy.utf8(bytes); }
    void integer(int, qint64 n) { copy.integer(n); }
    void integerOrNull(int, const std::optional<qint64>& n) { n ? copy.integer(*n) : copy.null(); }
};

const QString kFingerprintKey = QStringLiteral("submissions_judged_with");

} // namespace

namespace {

// Rows per statement: a round trip to a database server costs more than a row, so ids
// are looked up and rows inserted this many at a time (22 values a row stays far below
// every engine's limit on parameters).
constexpr qsizetype kChunk = 200;

const QString kInsertColumns = QStringLiteral("INSERT INTO submissions (%1) VALUES ")
                                   .arg(QLatin1String(SubmissionRow::kColumns));
const QString kRowPlaceholders = QStringLiteral("(?") +
                                 QStringLiteral(", ?").repeated(SubmissionRow::kColumnCount - 1) +
                                 QLatin1Char(')');

QString repeated(const QString& item, qsizetype count)
{
    QStringList items;
    items.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        items << item;
    return items.join(QStringLiteral(", "));
}

} // namespace

// The stored hash of each id of `records` that the table holds already.
QHash<QString, QString> SubmissionStore::storedHashes(const QStringList& ids)
{
    QHash<QString, QString> stored;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QSqlQuery find =
            m_db.exec(QStringLiteral("SELECT id, raw_sha256 FROM submissions WHERE id IN (%1)")
                          .arg(repeated(QStringLiteral("?"), chunk.size())),
                      QVariantList(chunk.cbegin(), chunk.cend()));
        while (find.next())
            stored.insert(find.value(0).toString(), find.value(1).toString());
    }
    return stored;
}

StoreSummary SubmissionStore::store(const QList<SubmissionRecord>& records, const QString& source)
{
    StoreDecision decision;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.transaction([&] {
        QStringList ids;
        ids.reserve(records.size());
        for (const SubmissionRecord& r : records)
            ids << StoreDecision::idOf(r);
        const QHash<QString, QString> stored = storedHashes(ids);
        QVariantList newRows; // SubmissionRow::kColumnCount values each, in order
        VariantRow row{newRows};
        // On PostgreSQL the new rows stream in by COPY, started at the first one (no other
        // statement runs until it ends).
        std::unique_ptr<PostgresCopy> copy;
        bool copyTried = false;
        QList<qsizetype> conflicting;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const SubmissionRecord& r = records.at(i);
            const QString& id = ids.at(i);
            const QString hash = StoreDecision::hashOf(r);
            const QString* storedHash = decision.storedByThisBatch(id);
            if (!storedHash) {
                const auto it = stored.constFind(id);
                storedHash = it == stored.cend() ? nullptr : &*it;
            }
            switch (decision.decide(id, hash, storedHash, r.valid)) {
            case StoreDecision::Outcome::New:
                if (!copyTried) {
                    copyTried = true;
                    copy = PostgresCopy::start(m_db, QStringLiteral("submissions"),
                                               QLatin1String(SubmissionRow::kColumns));
                }
                if (copy) {
                    CopyRow copyRow{*copy};
                    SubmissionRow::write(copyRow, r, id, hash, source, now);
                    copy->endRow();
                } else {
                    SubmissionRow::write(row, r, id, hash, source, now);
                }
                break;
            case StoreDecision::Outcome::Conflict:
                conflicting << i;
                break;
            case StoreDecision::Outcome::Duplicate:
                break;
            }
        }
        if (copy)
            copy->finish();
        constexpr qsizetype kColumns = SubmissionRow::kColumnCount;
        const qsizetype rows = newRows.size() / kColumns;
        for (qsizetype from = 0; from < rows; from += kChunk) {
            const qsizetype count = std::min(kChunk, rows - from);
            QSqlQuery insert = m_db.prepare(kInsertColumns + repeated(kRowPlaceholders, count));
            for (qsizetype v = from * kColumns; v < (from + count) * kColumns; ++v)
                insert.addBindValue(newRows.at(v));
            m_db.execPrepared(insert);
        }
        // After the rows they refer to.
        QSqlQuery conflict = m_db.prepare(QLatin1String(SubmissionRow::kInsertConflict));
        for (const qsizetype i : std::as_const(conflicting)) {
            const SubmissionRecord& r = records.at(i);
            for (const QVariant& v :
                 {QVariant(ids.at(i)), QVariant(QString::fromUtf8(r.rawJson)),
                  QVariant(StoreDecision::hashOf(r)), QVariant(source), QVariant(now)})
                conflict.addBindValue(v);
            m_db.execPrepared(conflict);
            decision.conflictKept(conflict.numRowsAffected() > 0);
        }
    });
    return decision.summary();
}

int SubmissionStore::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
    return q.next() ? q.value(0).toInt() : 0;
}

int SubmissionStore::conflictCount() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM submission_conflicts"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<GradedSubmission> SubmissionStore::loadGraded() const
{
    QList<GradedSubmission> list;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, name, birth_year, id_number, phone, unit, valid, invalid_detail, correct, "
        "prediction, "
        "started_at, submitted_at, duration_ms FROM submissions ORDER BY submitted_at_ms, id"));
    while (q.next()) {
        GradedSubmission s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.birthYear = q.value(2).toInt();
        s.idNumber = q.value(3).toString();
        s.phone = q.value(4).toString();
        s.unitCode = q.value(5).toString();
        s.valid = q.value(6).toInt() != 0;
        s.invalidReason = q.value(7).toString();
        s.correct = q.value(8).toInt();
        s.prediction = q.value(9).toLongLong();
        if (const auto t = Rfc3339::parse(q.value(10).toString()))
            s.startedAt = *t;
        if (const auto t = Rfc3339::parse(q.value(11).toString()))
            s.submittedAt = *t;
        s.durationMs = q.value(12).toLongLong();
        list.append(s);
    }
    return list;
}

QString SubmissionStore::judgeFingerprint(const ContestSettings& settings, const AnswerKey& key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QStringLiteral("%1|%2|%3")
                  .arg(settings.opensAt.utcMs)
                  .arg(settings.closesAt.utcMs)
                  .arg(settings.questionsPerAttempt)
                  .toUtf8());
    h.addData(key.fingerprint().toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

int SubmissionStore::ensureJudged(const ContestSettings& settings, const AnswerKey& key)
{
    const QString fingerprint = judgeFingerprint(settings, key);
    QSqlQuery stored =
        m_db.exec(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"), {kFingerprintKey});
    if (stored.next() && stored.value(0).toString() == fingerprint)
        return 0;
    stored.finish();
    int judged = 0;
    const SubmissionValidator validator(settings, key);
    m_db.transaction([&] {
        QSqlQuery update = m_db.prepare(QStringLiteral(
            "UPDATE submissions SET valid = ?, invalid_code = ?, invalid_detail = ?, correct = ?, "
            "duration_ms = ? WHERE id = ?"));
        // A page of rows read whole before any is updated: PostgreSQL's driver reads a
        // forward query row by row and drops the rest of it when another statement runs
        // (only the first submission was judged again there); pages keep memory bounded.
        constexpr int kPage = 2000;
        QString after;
        for (;;) {
            QList<std::pair<QString, QByteArray>> page;
            {
                QSqlQuery rows = m_db.exec(
                    QStringLiteral("SELECT id, raw_json FROM submissions WHERE id > ? ORDER BY "
                                   "id LIMIT %1")
                        .arg(kPage),
                    {after});
                while (rows.next())
                    page.append({rows.value(0).toString(), rows.value(1).toString().toUtf8()});
            }
            if (page.isEmpty())
                break;
            after = page.last().first;
            for (const auto& [id, raw] : std::as_const(page)) {
                // Read as the sync and the import read it: an item kept as unreadable (a
                // number beyond a double, nesting too deep) stays so, with its reason, and is
                // not judged again from whatever Qt makes of it.
                SubmissionRecord r;
                QString why;
                if (!SubmissionParser::fromRawJson(raw, r, &why))
                    r = SubmissionParser::unreadable(raw, id, why);
                validator.judge(r);
                const QVariant noText(QMetaType::fromType<QString>());
                for (const QVariant& v :
                     {QVariant(r.valid ? 1 : 0), r.valid ? noText : QVariant(r.invalidCode),
                      r.valid ? noText : QVariant(r.invalidDetail), QVariant(r.correct),
                      QVariant(r.durationMs), QVariant(id)})
                    update.addBindValue(v);
                m_db.execPrepared(update);
                ++judged;
            }
        }
        m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {kFingerprintKey, fingerprint});
    });
    return judged;
}
