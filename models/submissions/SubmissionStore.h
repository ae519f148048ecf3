#pragma once

#include "StoreSummary.h"
#include "SubmissionRecord.h"
#include "results/GradedSubmission.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;
class AnswerKey;
struct ContestSettings;

// The submissions table. Every item is kept with its raw JSON; the same id again is a
// no-op when identical and a conflict (kept, shown, never applied) when different.
class SubmissionStore
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStore)
public:
    explicit SubmissionStore(Database& db) : m_db(db) {}

    // Stores judged records in the caller's transaction (or one of its own).
    StoreSummary store(const QList<SubmissionRecord>& records, const QString& source);

    int count() const;
    int conflictCount() const;
    QList<GradedSubmission> loadGraded() const;

    // Validity and grades depend on the settings (window, questions per attempt) and the
    // answer key. When either changed since the submissions were judged, judges every
    // stored submission again from its raw JSON. Returns how many were re-judged.
    int ensureJudged(const ContestSettings& settings, const AnswerKey& key);
    static QString judgeFingerprint(const ContestSettings& settings, const AnswerKey& key);

private:
    QHash<QString, QString> storedHashes(const QStringList& ids);

    Database& m_db;
};
