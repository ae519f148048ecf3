#pragma once

#include "AttemptStore.h"
#include "ClientFingerprint.h"
#include "ContestantForm.h"
#include "PublishedContest.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ServerStore;

// What the contestant side of contest-site.md decides, whoever asks (the JSON API or the
// site's form posts): starting an attempt, saving answers, submitting. Each call gives
// the HTTP status and JSON body to answer with.
class AttemptService
{
public:
    using Status = QHttpServerResponder::StatusCode;
    struct Outcome
    {
        Status status = Status::Ok;
        QJsonObject body;
        int retryAfter = 0; // seconds, for 429
        bool ok() const { return int(status) < 300; }
    };
    struct Client
    {
        QHostAddress address;
        QByteArray userAgent;
    };
    using Clock = std::function<qint64()>; // ms since the epoch

    AttemptService(ServerStore& store, Clock clock);

    // The published contest (parsed once per package), or null. A package published
    // through this process counts at once; one published through another process of the
    // same database within kRecheckMs (each request would otherwise cost a round trip).
    static constexpr qint64 kRecheckMs = 1000;
    const PublishedContest* contest(const QString& code);
    // The contest the site's home page shows when the link names none: the open one, else
    // the next to open, else the last to close (a server normally holds just one). The
    // list of published codes is kept like a package (see contest()).
    QString defaultContestCode();

    Outcome publicInfo(const QString& code);
    Outcome start(const QString& code, const QJsonObject& contestant, const Client& client);
    Outcome save(const QString& attemptId, const QByteArray& secret, const QJsonObject& body);
    Outcome submit(const QString& attemptId, const QByteArray& secret, const QJsonObject& body);
    // The attempt when `secret` is its own, otherwise the 403/404 to answer with.
    std::optional<AttemptStore::Attempt> open(const QString& attemptId, const QByteArray& secret,
                                              Outcome& refusal);
    qint64 now() const { return m_clock(); }
    static constexpr qint64 kMaxPrediction = 1000000000000LL;

private:
    // Applies {"answers", "prediction"} over what the attempt has saved; 400 with fields.
    std::optional<Outcome> apply(AttemptStore::Attempt& attempt, const PublishedContest& contest,
                                 const QJsonObject& body) const;
    // What save and submit share: the attempt opened with its secret, still open (or, for
    // a resubmit, its stored answer), its contest, the body applied. An outcome to answer
    // with at once, or nullopt with `attempt` and `contest` filled.
    std::optional<Outcome> prepareChange(const QString& attemptId, const QByteArray& secret,
                                         const QJsonObject& body, bool submitting,
                                         AttemptStore::Attempt& attempt,
                                         const PublishedContest*& contest);
    QByteArray submissionJson(const AttemptStore::Attempt& attempt, const QString& id,
                              const QString& submittedAt) const;

    ServerStore& m_store;
    AttemptStore m_attempts;
    ClientFingerprint m_fingerprint;
    Clock m_clock;
    struct Cached
    {
        QByteArray sha;
        std::shared_ptr<PublishedContest> contest;
        quint64 storeWrites = 0;   // ServerStore::contestWrites() when checked
        QDeadlineTimer checkAgain; // package_sha is read again once this expires
    };
    QHash<QString, Cached> m_contests;
    // The codes of the published contests, kept as a package is (see contest()).
    QStringList m_publishedCodes;
    quint64 m_publishedCodesWrites = 0;
    QDeadlineTimer m_checkCodesAgain;
};
