#include "SubmissionStore.h"

#include "AnswerKey.h"
#include "ContentHash.h"
#include "SubmissionParser.h"
#include "SubmissionValidator.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString sha256(const SubmissionRecord& r)
{
    return r.rawSha256.isEmpty() ? ContentHash::sha256Hex(r.rawJson) : r.rawSha256;
}

QString compactAnswers(const SubmissionRecord& r)
{
    QStringList parts;
    parts.reserve(r.answers.size());
    for (const SubmissionRecord::Answer& a : r.answers)
        parts << a.question + QLatin1Char('=') + a.option;
    return parts.join(QLatin1Char(';'));
}

// A null QString binds as SQL NULL; these columns hold "" for a field not sent.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

const QString kFingerprintKey = QStringLiteral("submissions_judged_with");

} // namespace

StoreSummary& StoreSummary::operator+=(const StoreSummary& o)
{
    added += o.added;
    invalid += o.invalid;
    duplicates += o.duplicates;
    conflicts += o.conflicts;
    return *this;
}

QString StoreSummary::line() const
{
    return QStringLiteral("new %1, duplicate %2, conflict %3, invalid %4, total %5")
        .arg(added)
        .arg(duplicates)
        .arg(conflicts)
        .arg(invalid)
        .arg(total());
}

StoreSummary SubmissionStore::store(const QList<SubmissionRecord>& records, const QString& source)
{
    StoreSummary summary;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.transaction([&] {
        QSqlQuery find = m_db.prepare(QStringLiteral("SELECT raw_sha256 FROM submissions WHERE id = ?"));
        QSqlQuery insert = m_db.prepare(QStringLiteral(
            "INSERT INTO submissions (id, raw_json, raw_sha256, source, received_at, valid, invalid_code, "
            "invalid_detail, contestant_key, name, birth_year, id_number, phone, unit, started_at, "
            "submitted_at, started_at_ms, submitted_at_ms, duration_ms, prediction, correct, answers) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery conflict = m_db.prepare(QStringLiteral(
            "INSERT INTO submission_conflicts (submission_id, raw_json, raw_sha256, source, received_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission_id, raw_sha256) DO NOTHING"));
        QHash<QString, QString> batch; // ids stored by this batch, with their content hash
        for (const SubmissionRecord& r : records) {
            const QString id = r.id.isEmpty() ? SubmissionParser::syntheticId(r.rawJson) : r.id;
            const QString hash = sha256(r);
            QString existing = batch.value(id);
            if (existing.isEmpty()) {
                find.addBindValue(id);
                m_db.execPrepared(find);
                if (find.next())
                    existing = find.value(0).toString();
                find.finish();
            }
            if (existing == hash) {
                ++summary.duplicates;
                continue;
            }
            if (!existing.isEmpty()) {
                for (const QVariant& v : {QVariant(id), QVariant(QString::fromUtf8(r.rawJson)), QVariant(hash),
                                          QVariant(source), QVariant(now)})
                    conflict.addBindValue(v);
                m_db.execPrepared(conflict);
                if (conflict.numRowsAffected() > 0)
                    ++summary.conflicts;
                else
                    ++summary.duplicates; // the same conflicting version again
                continue;
            }
            const QVariantList values = {
                id, QString::fromUtf8(r.rawJson), hash, source, now, r.valid ? 1 : 0,
                r.invalidCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.invalidCode),
                r.invalidDetail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.invalidDetail),
                text(r.contestantKey), text(r.name), r.birthYear, text(r.idNumberRaw), text(r.phoneRaw),
                text(r.unit), text(r.startedAtText), text(r.submittedAtText),
                r.startedAt ? QVariant(r.startedAt->utcMs) : QVariant(QMetaType::fromType<qint64>()),
                r.submittedAt ? QVariant(r.submittedAt->utcMs) : QVariant(QMetaType::fromType<qint64>()),
                r.durationMs, nullable(r.prediction), r.correct, text(compactAnswers(r))};
            for (const QVariant& v : values)
                insert.addBindValue(v);
            m_db.execPrepared(insert);
            batch.insert(id, hash);
            if (r.valid)
                ++summary.added;
            else
                ++summary.invalid;
        }
    });
    return summary;
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
        "SELECT id, name, birth_year, id_number, phone, unit, valid, invalid_detail, correct, prediction, "
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
    h.addData(QStringLiteral("%1|%2|%3").arg(settings.opensAt.utcMs).arg(settings.closesAt.utcMs).arg(settings.questionsPerAttempt).toUtf8());
    h.addData(key.fingerprint().toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

int SubmissionStore::ensureJudged(const ContestSettings& settings, const AnswerKey& key)
{
    const QString fingerprint = judgeFingerprint(settings, key);
    QSqlQuery stored = m_db.exec(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"), {kFingerprintKey});
    if (stored.next() && stored.value(0).toString() == fingerprint)
        return 0;
    stored.finish();
    int judged = 0;
    const SubmissionValidator validator(settings, key);
    m_db.transaction([&] {
        QSqlQuery all = m_db.exec(QStringLiteral("SELECT id, raw_json FROM submissions"));
        QSqlQuery update = m_db.prepare(QStringLiteral(
            "UPDATE submissions SET valid = ?, invalid_code = ?, invalid_detail = ?, correct = ?, "
            "duration_ms = ? WHERE id = ?"));
        while (all.next()) {
            const QString id = all.value(0).toString();
            SubmissionRecord r = SubmissionParser::fromJson(QJsonDocument::fromJson(all.value(1).toString().toUtf8()).object());
            validator.judge(r);
            const QVariant noText(QMetaType::fromType<QString>());
            for (const QVariant& v : {QVariant(r.valid ? 1 : 0), r.valid ? noText : QVariant(r.invalidCode),
                                      r.valid ? noText : QVariant(r.invalidDetail),
                                      QVariant(r.correct), QVariant(r.durationMs), QVariant(id)})
                update.addBindValue(v);
            m_db.execPrepared(update);
            ++judged;
        }
        m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {kFingerprintKey, fingerprint});
    });
    return judged;
}
