#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// Correcting a question's answer key after the contest (spec/integrity.md, "questions
// rekey"): first a dry run that says what it would change (submissions that gain or lose a
// point, every contestant whose rank or prize moves), then, if the committee applies it,
// the key changed, every submission judged again and the change in the audit chain, in
// one transaction. Committee only (Permission::LockResults: it changes the results), and
// refused while the results are locked: they must be unlocked first, with a reason.
class KeyCorrection
{
    Q_DECLARE_TR_FUNCTIONS(KeyCorrection)
public:
    struct Change
    {
        QString contestant; // identity key, as results --json
        QString label;      // "Trương Hoài Linh (1990, UBND xã Sơn Kỳ)"
        int oldRank = 0;    // 0: not ranked (no valid attempt)
        int newRank = 0;
        QString oldPrize; // prize key, "" for none
        QString newPrize;
        bool prizeChanged() const { return oldPrize != newPrize; }
    };
    struct Plan
    {
        QString question;
        QString oldKey;
        QString newKey;
        int gained = 0;                      // submissions that gain a point
        int lost = 0;                        // and that lose one
        QList<Change> changes;               // prize changes first, then by new rank
        QHash<QString, QString> prizeLabels; // prize key -> "Giải Ba", from the settings
        QString prizeLabel(const QString& key) const { return prizeLabels.value(key, key); }
    };

    explicit KeyCorrection(Database& db) : m_db(db) {}
    // Changes nothing. UserError for an unknown question, a key that is not one of its
    // options or that is its key already.
    Plan dryRun(const QString& questionId, const QString& newKey);
    // The same plan, carried out.
    Plan apply(const QString& questionId, const QString& newKey);

private:
    Plan plan(const QString& questionId, const QString& newKey);

    Database& m_db;
};
