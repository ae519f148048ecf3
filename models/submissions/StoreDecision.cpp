#include "StoreDecision.h"

#include "ContentHash.h"
#include "SubmissionParser.h"

QString StoreDecision::idOf(const SubmissionRecord& r)
{
    return r.id.isEmpty() ? SubmissionParser::syntheticId(r.rawJson) : r.id;
}

QString StoreDecision::hashOf(const SubmissionRecord& r)
{
    return r.rawSha256.isEmpty() ? ContentHash::sha256Hex(r.rawJson) : r.rawSha256;
}

const QString* StoreDecision::storedByThisBatch(const QString& id) const
{
    const auto it = m_batch.constFind(id);
    return it == m_batch.cend() ? nullptr : &*it;
}

StoreDecision::Outcome StoreDecision::decide(const QString& id, const QString& hash,
                                             const QString* storedHash, bool valid)
{
    if (!storedHash) {
        m_batch.insert(id, hash);
        if (valid)
            ++m_summary.added;
        else
            ++m_summary.invalid;
        return Outcome::New;
    }
    if (*storedHash == hash) {
        ++m_summary.duplicates;
        return Outcome::Duplicate;
    }
    return Outcome::Conflict; // counted once written aside (conflictKept)
}

void StoreDecision::conflictKept(bool newVersion)
{
    if (newVersion)
        ++m_summary.conflicts;
    else
        ++m_summary.duplicates; // the same conflicting version again
}
