#pragma once

#include "AttemptService.h"
#include "ContestantGate.h"
#include "PublicationStore.h"

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// What the committee makes public after the contest (contest-site.md, "Publishing"):
// PUT .../results and PUT .../certificates (admin token), GET /api/v1/verify/{code},
// and the pages /ket-qua (the winners, with the locked results' SHA-256 as the printed
// award list carries it) and /xac-minh/{code} (what a certificate's QR opens).
class ResultsSite
{
public:
    using Authorize = std::function<bool(const QHttpServerRequest&, QHttpServerResponder&)>;
    ResultsSite(ServerStore& store, AttemptService& service, ContestantGate& gate);
    void addRoutes(QHttpServer& http, const Authorize& authorize);

    // Problems of a results or certificates body; personal fields are refused here too,
    // whatever the client sent.
    static QStringList resultsProblems(const QJsonObject& body);
    static QStringList certificatesProblems(const QJsonObject& body);

private:
    void putResults(const QString& code, const QHttpServerRequest& r, QHttpServerResponder& w);
    void putCertificates(const QString& code, const QHttpServerRequest& r, QHttpServerResponder& w);
    void verify(const QString& code, QHttpServerResponder& w);
    void resultsPage(const QHttpServerRequest& r, QHttpServerResponder& w);
    void verifyPage(const QString& code, QHttpServerResponder& w);

    ServerStore& m_store;
    AttemptService& m_service;
    ContestantGate& m_gate;
    PublicationStore m_publications;
};
