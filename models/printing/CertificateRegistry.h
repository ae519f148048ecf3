#pragma once

#include "CertificateEntry.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

#include <optional>

class Database;
struct ResultsSnapshot;

struct IssuedCertificate
{
    QString code;
    QString kind;
    QString number;
    QString recipient;
    QString recipientName;
    QString unit;
    QString achievement;
    qint64 snapshotId = 0;
    QString snapshotSha256;
    QString issuedAt;
};

// What `verify CODE` answers about a code.
struct CertificateCheck
{
    enum class Status
    {
        Unknown,    // no certificate was issued with this code
        Valid,      // issued from the current locked results, which match their lock entry
        Superseded, // its results were unlocked (or locked again) since: ask the committee
        NotValid    // what it rests on was altered: `reason` says what
    };
    Status status = Status::Unknown;
    std::optional<IssuedCertificate> certificate;
    QString reason;
};

// Every certificate printed: its number and verification code, so a paper can be
// checked later. Printing the same person again from the same snapshot gives back the
// same number and code; numbers go on from the highest one given per kind.
class CertificateRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRegistry)
public:
    explicit CertificateRegistry(Database& db) : m_db(db) {}

    // Fills number and code of each entry, recording new ones, in one transaction.
    // `achievement` gives the text stored for `verify` to show.
    void issue(QList<CertificateEntry>& entries, const ResultsSnapshot& snapshot,
               const QString& numberSuffix, int numberStart,
               const std::function<QString(const CertificateEntry&)>& achievement);
    std::optional<IssuedCertificate> find(const QString& code) const;
    QStringList codes() const; // every code issued, by kind and number
    // Finds the code and checks it against the audit log: the snapshot it was printed from
    // must still hash to what its results.lock entry recorded, and its own record must be
    // the one that was issued.
    CertificateCheck check(const QString& code) const;

private:
    Database& m_db;
};
