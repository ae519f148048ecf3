#include "JudgingPipeline.h"

#include "ContentHash.h"
#include "EncodedRow.h"
#include "StoreDecision.h"
#include "SubmissionParser.h"
#include "SubmissionValidator.h"
#include "contest/JsonLocation.h"
#include "core/Problem.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr size_t kRawWaiting = 2;      // cut batches waiting for a judge
constexpr qint64 kJudgedAhead = 3;     // judged batches waiting for the storing thread
constexpr qsizetype kFirstBatch = 128; // then twice as many each time, up to the batch size

// One item of the file as a record, or the reason the whole file is refused. The item is
// read once, as the sync reads one (the canonical form directly, any other through Qt's
// parser); only an item that cannot be read is parsed again, for a message that names
// what is wrong.
// `bytes`: the item's bytes, kept as the record's raw JSON without a copy.
SubmissionRecord readItem(const QByteArray& bytes, const SubmissionFileReader::Item& item,
                          const QString& fileName, SubmissionFileReader::Form form)
{
    const bool lines = form == SubmissionFileReader::Form::JsonLines;
    if (!lines && !item.bytes.startsWith('{')) {
        throw UserError(JudgingPipeline::tr("%1: item %2 is not a submission object; nothing "
                                            "was imported")
                            .arg(fileName)
                            .arg(item.index));
    }
    SubmissionRecord r;
    if (SubmissionParser::fromRawJson(bytes, r))
        return r;
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item.bytes.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError && lines) {
            throw UserError(JudgingPipeline::tr("%1:%2: not JSON (%3); nothing was imported")
                                .arg(fileName)
                                .arg(item.line)
                                .arg(error.errorString()));
        }
        if (error.error != QJsonParseError::NoError) {
            throw UserError(JsonLocation::describeParseError(item.bytes, error, fileName, item.line,
                                                             item.column) +
                            JudgingPipeline::tr("; nothing was imported"));
        }
        if (!doc.isObject()) {
            throw UserError(JudgingPipeline::tr("%1:%2: a line must hold one submission "
                                                "object { ... }; nothing was imported")
                                .arg(fileName)
                                .arg(item.line));
        }
    }
    throw UserError(JudgingPipeline::tr("%1:%2: not a submission object; nothing was "
                                        "imported")
                        .arg(fileName)
                        .arg(item.line));
}

} // namespace

JudgingPipeline::JudgingPipeline(SubmissionFileReader& reader, const QString& fileName,
                                 const SubmissionValidator& validator, qsizetype batchSize,
                                 int judges, bool encodeRows)
    : m_reader(reader), m_fileName(fileName), m_form(SubmissionFileReader::formOf(fileName)),
      m_validator(validator), m_batchSize(batchSize), m_encodeRows(encodeRows)
{
    m_threads.emplace_back([this] { cut(); });
    for (int i = 0; i < std::max(1, judges); ++i)
        m_threads.emplace_back([this] { judge(); });
}

JudgingPipeline::~JudgingPipeline()
{
    stop();
    for (std::thread& t : m_threads)
        t.join();
}

int JudgingPipeline::defaultJudges()
{
    const int cores = int(std::thread::hardware_concurrency());
    return std::clamp(cores > 2 ? cores - 1 : cores, 1, 4);
}

void JudgingPipeline::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

// The cutting thread: the file's items, copied out of the reader's buffer a batch at a
// time; the end, or what refuses the file's frame, as the last batch.
void JudgingPipeline::cut()
{
    qint64 seq = 0;
    RawBatch raw;
    // Small at first, so that storing starts after a few hundred items, not thousands.
    qsizetype size = std::min<qsizetype>(m_batchSize, kFirstBatch);
    try {
        SubmissionFileReader::Item item;
        while (m_reader.next(item)) {
            raw.items.append(item.bytes.toByteArray());
            raw.places.append({item.line, item.column, item.index});
            if (raw.items.size() == size) {
                raw.seq = seq++;
                if (!pushRaw(std::move(raw)))
                    return;
                raw = RawBatch();
                size = std::min(size * 2, m_batchSize);
            }
        }
    } catch (...) {
        raw.error = std::current_exception();
    }
    raw.seq = seq;
    raw.last = true;
    pushRaw(std::move(raw));
}

bool JudgingPipeline::pushRaw(RawBatch&& raw)
{
    std::deque<Batch> spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_raw.size() < kRawWaiting; });
        if (m_stopped)
            return false;
        if (raw.last)
            m_cutDone = true;
        m_raw.push_back(std::move(raw));
        spent.swap(m_spent);
        m_changed.notify_all();
    }
    return true; // `spent` is freed here, on the cutting thread
}

bool JudgingPipeline::popRaw(RawBatch& raw)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || !m_raw.empty() || m_cutDone; });
    if (m_stopped || m_raw.empty())
        return false;
    raw = std::move(m_raw.front());
    m_raw.pop_front();
    m_changed.notify_all();
    return true;
}

void JudgingPipeline::judge()
{
    RawBatch raw;
    while (popRaw(raw)) {
        const qint64 seq = raw.seq;
        if (!deliver(seq, judged(raw)))
            return;
    }
}

JudgingPipeline::Batch JudgingPipeline::judged(RawBatch& raw) const
{
    Batch batch;
    batch.last = raw.last;
    try {
        batch.records.reserve(raw.items.size());
        for (qsizetype i = 0; i < raw.items.size(); ++i) {
            const Place& p = raw.places.at(i);
            SubmissionRecord r = readItem(
                raw.items.at(i), {raw.items.at(i), p.line, p.column, p.index}, m_fileName, m_form);
            m_validator.judge(r);
            r.rawSha256 = ContentHash::sha256Hex(r.rawJson);
            if (m_encodeRows)
                r.encodedRow = EncodedRow::encode(r, StoreDecision::idOf(r), r.rawSha256);
            batch.records.append(std::move(r));
        }
        if (raw.error)
            std::rethrow_exception(raw.error);
    } catch (...) {
        batch.records.clear();
        batch.error = std::current_exception();
    }
    raw = RawBatch(); // the items' bytes are freed here, on the judging thread
    return batch;
}

bool JudgingPipeline::deliver(qint64 seq, Batch&& batch)
{
    std::unique_lock lock(m_mutex);
    // The batch the storing thread waits for always fits, so this cannot wait forever.
    m_changed.wait(lock, [&] { return m_stopped || seq < m_nextOut + kJudgedAhead; });
    if (m_stopped)
        return false;
    m_done.emplace(seq, std::move(batch));
    m_changed.notify_all();
    return true;
}

JudgingPipeline::Batch JudgingPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_done.count(m_nextOut) > 0; });
    auto it = m_done.find(m_nextOut);
    Batch batch = std::move(it->second);
    m_done.erase(it);
    ++m_nextOut;
    m_changed.notify_all();
    return batch;
}

void JudgingPipeline::recycle(Batch&& batch)
{
    std::lock_guard lock(m_mutex);
    if (!m_stopped)
        m_spent.push_back(std::move(batch));
}
