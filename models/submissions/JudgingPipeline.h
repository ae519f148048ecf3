#pragma once

#include "SubmissionFileReader.h"
#include "SubmissionRecord.h"

#include <QCoreApplication>
#include <QList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

class SubmissionValidator;

// An export file's submissions, read, judged and hashed on threads of their own, handed
// to the storing thread in the file's order. Judging a million submissions (reading each
// item's JSON, validating, grading, hashing) takes more time than SQLite needs to store
// them, so one thread cuts the file into batches of items and several judge the batches
// at once; the batches are put back in order before they are handed over, so that what
// is stored, and which error is named first, do not depend on the threads.
//
// Bounded: a few batches wait at each stage, so memory does not grow with the file.
class JudgingPipeline
{
    Q_DECLARE_TR_FUNCTIONS(JudgingPipeline)
public:
    struct Batch
    {
        QList<SubmissionRecord> records;
        std::exception_ptr error; // the file was refused: nothing of it may be stored
        bool last = false;
    };

    // Starts reading at once. `batchSize`: items per batch, after smaller first ones (128,
    // then twice as many each time) so that storing starts at once. `judges`: threads that
    // judge (at least 1).
    // `encodeRows`: each record's row encoded for SqliteSubmissionWriter (EncodedRow).
    JudgingPipeline(SubmissionFileReader& reader, const QString& fileName,
                    const SubmissionValidator& validator, qsizetype batchSize, int judges,
                    bool encodeRows = false);
    ~JudgingPipeline(); // stops and joins every thread, whatever remains unread
    JudgingPipeline(const JudgingPipeline&) = delete;
    JudgingPipeline& operator=(const JudgingPipeline&) = delete;

    // The next batch in the file's order; blocks until it is judged.
    Batch next();
    // A stored batch handed back, so that its thousands of strings are freed off the
    // storing thread's path (as the sync's PageFetcher::recycle does).
    void recycle(Batch&& batch);

    // As many judges as the machine has cores, one of them left to the storing thread's
    // share when there are more than two, and at most four.
    static int defaultJudges();

private:
    struct Place
    {
        int line = 0;
        int column = 0;
        int index = 0;
    };
    struct RawBatch
    {
        qint64 seq = 0;
        QList<QByteArray> items;
        QList<Place> places;
        std::exception_ptr error;
        bool last = false;
    };

    void cut();
    void judge();
    Batch judged(RawBatch& raw) const;
    // False when the pipeline was stopped.
    bool pushRaw(RawBatch&& raw);
    bool popRaw(RawBatch& raw);
    bool deliver(qint64 seq, Batch&& batch);
    void stop();

    SubmissionFileReader& m_reader;
    QString m_fileName;
    SubmissionFileReader::Form m_form;
    const SubmissionValidator& m_validator;
    qsizetype m_batchSize;
    bool m_encodeRows;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RawBatch> m_raw;
    std::map<qint64, Batch> m_done; // judged, by their place in the file
    std::deque<Batch> m_spent;
    qint64 m_nextOut = 0; // the batch next() hands over next
    bool m_stopped = false;
    bool m_cutDone = false;
    std::vector<std::thread> m_threads;
};
