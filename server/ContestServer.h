#pragma once

#include "AttemptService.h"
#include "ContestantApi.h"
#include "ContestantGate.h"
#include "FaultInjector.h"
#include "ResultsSite.h"
#include "ServerOptions.h"
#include "ServerStore.h"
#include "SitePages.h"

#include <QHttpServer>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

// The API of spec/server-api.md on QHttpServer over TLS: GET contest, PUT package, GET
// submissions pages; Bearer auth; optional fault injection on the pages. Also the
// contestant side of spec/contest-site.md (ContestantApi) without a token.
class ContestServer
{
public:
    explicit ContestServer(const ServerOptions& options); // throws std::runtime_error
    ~ContestServer();

    quint16 listen(); // the port; throws std::runtime_error
    // Appends `count` generated submissions: from the published package when there is
    // one, otherwise from the built-in demo contest (which is then registered, unpublished).
    void generate(int count);
    // Publishes the built-in demo contest with its window moved to now .. now + 30 days,
    // so the site can be tried at once (unless a contest is already published).
    void publishDemo();

private:
    bool authorized(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void getContest(const QString& code, const QHttpServerRequest& request,
                    QHttpServerResponder& responder);
    void putPackage(const QString& code, const QHttpServerRequest& request,
                    QHttpServerResponder& responder);
    void getSubmissions(const QString& code, const QHttpServerRequest& request,
                        QHttpServerResponder& responder);
    void sendPage(const QByteArray& body, QHttpServerResponder& responder);

    ServerOptions m_options;
    ServerStore m_store;
    FaultInjector m_faults;
    AttemptService m_attempts;
    ContestantGate m_gate;
    ContestantApi m_contestantApi;
    SitePages m_pages;
    ResultsSite m_results;
    QHttpServer m_http;
};
