#include "SubmissionImporter.h"

#include "AnswerKey.h"
#include "JudgingPipeline.h"
#include "SqliteSubmissionWriter.h"
#include "SubmissionFileReader.h"
#include "SubmissionParser.h"
#include "SubmissionValidator.h"
#include "accounts/Authorization.h"
#include "contest/ContestRepository.h"
#include "storage/BulkLoadJournal.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <optional>

namespace {

using Batch = JudgingPipeline::Batch;

struct Grading
{
    ContestSettings settings;
    AnswerKey key;
};

Grading loadGrading(Database& db)
{
    Authorization::require(db, Permission::PublishAndSync);
    Grading g{ContestRepository(db).loadOrDefaults(), AnswerKey::load(db)};
    if (g.key.isEmpty()) {
        throw UserError(SubmissionImporter::tr(
            "the question bank is empty, so no answer can be graded: import the questions "
            "first (contestctl questions import)"));
    }
    return g;
}

// Whether a load of about `expected` submissions, at least `from`, outnumbers those
// stored: then it is a bulk load (BulkLoadJournal, DeferredIndexes).
bool isBulkLoad(Database& db, qint64 expected, qint64 from)
{
    if (expected <= 0 || expected < from)
        return false;
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
    return q.next() && expected >= q.value(0).toLongLong();
}

// Stores what `next` hands over until the last batch, in one transaction: all or nothing.
// `bulk`: isBulkLoad().
StoreSummary storeAll(Database& db, const Grading& grading, const QString& source, bool bulk,
                      const std::function<Batch()>& next,
                      const std::function<void(Batch&&)>& done = {})
{
    StoreSummary summary;
    std::optional<BulkLoadJournal> journal;
    if (bulk)
        journal.emplace(db); // before the writer, which checkpoints only a WAL database
    // On SQLite the sync's writer: statements prepared once, values bound without QVariant.
    const std::unique_ptr<SqliteSubmissionWriter> writer = SqliteSubmissionWriter::open(db);
    db.transaction([&] {
        SubmissionStore store(db);
        store.ensureJudged(grading.settings, grading.key);
        std::optional<DeferredIndexes> deferred;
        if (writer && bulk)
            deferred.emplace(db, QStringLiteral("submissions"));
        for (;;) {
            Batch batch = next();
            if (batch.error)
                std::rethrow_exception(batch.error);
            if (!batch.records.isEmpty()) {
                summary += writer ? writer->store(batch.records, source)
                                  : store.store(batch.records, source);
            }
            if (batch.last)
                break;
            if (done)
                done(std::move(batch));
        }
        if (deferred)
            deferred->restore();
    });
    return summary;
}

} // namespace

StoreSummary SubmissionImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return importDevice(file, QFileInfo(path).fileName());
}

StoreSummary SubmissionImporter::importBytes(const QByteArray& data, const QString& fileName)
{
    QByteArray copy = data; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, fileName);
}

StoreSummary SubmissionImporter::importDevice(QIODevice& device, const QString& fileName)
{
    const Grading grading = loadGrading(m_db);
    const SubmissionValidator validator(grading.settings, grading.key);
    const SubmissionFileReader::Form form = SubmissionFileReader::formOf(fileName);
    SubmissionFileReader reader(device, fileName, form);
    reader.setChunkSize(m_readChunk);
    // Reading and judging on threads of their own, storing on this one.
    JudgingPipeline pipeline(reader, fileName, validator, batchSize,
                             JudgingPipeline::defaultJudges(),
                             m_db.connection().driverName() == QLatin1String("QSQLITE"));
    // A submission takes about a kilobyte in an export (30 answers and the contestant).
    const qint64 expected = device.isSequential() ? 0 : device.size() / 1024;
    return storeAll(
        m_db, grading, QStringLiteral("file:") + fileName,
        isBulkLoad(m_db, expected, m_bulkLoadFrom), [&] { return pipeline.next(); },
        [&](Batch&& batch) { pipeline.recycle(std::move(batch)); });
}

StoreSummary SubmissionImporter::importItems(const QList<QJsonObject>& items, const QString& source)
{
    const Grading grading = loadGrading(m_db);
    const SubmissionValidator validator(grading.settings, grading.key);
    qsizetype from = 0;
    const bool bulk = isBulkLoad(m_db, items.size(), m_bulkLoadFrom);
    return storeAll(m_db, grading, source, bulk, [&] {
        Batch batch;
        for (; from < items.size() && batch.records.size() < batchSize; ++from) {
            SubmissionRecord r = SubmissionParser::fromJson(items.at(from));
            validator.judge(r);
            batch.records.append(std::move(r));
        }
        batch.last = from == items.size();
        return batch;
    });
}
