#include "SubmissionImporter.h"

#include "AnswerKey.h"
#include "ContentHash.h"
#include "SqliteSubmissionWriter.h"
#include "SubmissionFileReader.h"
#include "SubmissionParser.h"
#include "SubmissionValidator.h"
#include "accounts/Authorization.h"
#include "contest/ContestRepository.h"
#include "contest/JsonLocation.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

struct Batch
{
    QList<SubmissionRecord> records;
    std::exception_ptr error; // the file was refused: nothing of it may be stored
    bool last = false;
};

// Batches from the reading thread to the storing one. Bounded, so that a file read faster
// than it is stored waits instead of filling the memory.
class BatchQueue
{
public:
    // False when the consumer gave up (the batch is dropped).
    bool push(Batch&& batch)
    {
        std::deque<Batch> spent;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < kCapacity; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        spent.swap(m_spent);
        m_changed.notify_all();
        lock.unlock();
        return true; // `spent` is freed here, on the reading thread
    }
    // A stored batch handed back: its thousands of strings are freed by the reading thread,
    // off the storing thread's path (as the sync's PageFetcher::recycle does).
    void recycle(Batch&& batch)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopped)
            m_spent.push_back(std::move(batch));
    }
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty(); });
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_spent.clear();
        m_changed.notify_all();
    }

private:
    static constexpr size_t kCapacity = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent;
    bool m_stopped = false;
};

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

// One item of the file as a record, or the reason the whole file is refused. The item is
// read once, as the sync reads one (the canonical form directly, any other through Qt's
// parser); only an item that cannot be read is parsed again, for a message that names
// what is wrong.
SubmissionRecord readItem(const SubmissionFileReader::Item& item, const QString& fileName,
                          SubmissionFileReader::Form form)
{
    const bool lines = form == SubmissionFileReader::Form::JsonLines;
    if (!lines && !item.bytes.startsWith('{')) {
        throw UserError(SubmissionImporter::tr("%1: item %2 is not a submission object; nothing "
                                               "was imported")
                            .arg(fileName)
                            .arg(item.index));
    }
    SubmissionRecord r;
    if (SubmissionParser::fromRawJson(item.bytes, r))
        return r;
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item.bytes.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError && lines) {
            throw UserError(SubmissionImporter::tr("%1:%2: not JSON (%3); nothing was imported")
                                .arg(fileName)
                                .arg(item.line)
                                .arg(error.errorString()));
        }
        if (error.error != QJsonParseError::NoError) {
            throw UserError(JsonLocation::describeParseError(item.bytes, error, fileName, item.line,
                                                             item.column) +
                            SubmissionImporter::tr("; nothing was imported"));
        }
        if (!doc.isObject()) {
            throw UserError(SubmissionImporter::tr("%1:%2: a line must hold one submission "
                                                   "object { ... }; nothing was imported")
                                .arg(fileName)
                                .arg(item.line));
        }
    }
    throw UserError(SubmissionImporter::tr("%1:%2: not a submission object; nothing was "
                                           "imported")
                        .arg(fileName)
                        .arg(item.line));
}

// The reading thread: the file's items, judged and hashed, a batch at a time; the end,
// or what refuses the file, as the last batch.
void readBatches(SubmissionFileReader& reader, const QString& fileName,
                 SubmissionFileReader::Form form, const SubmissionValidator& validator,
                 BatchQueue& queue)
{
    try {
        Batch batch;
        SubmissionFileReader::Item item;
        while (reader.next(item)) {
            SubmissionRecord r = readItem(item, fileName, form);
            validator.judge(r);
            r.rawSha256 = ContentHash::sha256Hex(r.rawJson);
            batch.records.append(std::move(r));
            if (batch.records.size() == SubmissionImporter::batchSize) {
                if (!queue.push(std::move(batch)))
                    return;
                batch = Batch();
            }
        }
        batch.last = true;
        queue.push(std::move(batch));
    } catch (...) {
        Batch failed;
        failed.error = std::current_exception();
        queue.push(std::move(failed));
    }
}

// Stores what `next` hands over until the last batch, in one transaction: all or nothing.
StoreSummary storeAll(Database& db, const Grading& grading, const QString& source,
                      const std::function<Batch()>& next,
                      const std::function<void(Batch&&)>& done = {})
{
    StoreSummary summary;
    // On SQLite the sync's writer: statements prepared once, values bound without QVariant.
    const std::unique_ptr<SqliteSubmissionWriter> writer = SqliteSubmissionWriter::open(db);
    db.transaction([&] {
        SubmissionStore store(db);
        store.ensureJudged(grading.settings, grading.key);
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
    BatchQueue queue;
    // Reading and judging on one core, storing on the other, as a sync does.
    std::thread reading([&] { readBatches(reader, fileName, form, validator, queue); });
    const auto joinReading = qScopeGuard([&] {
        queue.stop(); // a reader still at work stops at its next batch
        reading.join();
    });
    return storeAll(
        m_db, grading, QStringLiteral("file:") + fileName, [&] { return queue.pop(); },
        [&](Batch&& batch) { queue.recycle(std::move(batch)); });
}

StoreSummary SubmissionImporter::importItems(const QList<QJsonObject>& items, const QString& source)
{
    const Grading grading = loadGrading(m_db);
    const SubmissionValidator validator(grading.settings, grading.key);
    qsizetype from = 0;
    return storeAll(m_db, grading, source, [&] {
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
