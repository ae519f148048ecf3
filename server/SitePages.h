#pragma once

#include "AttemptService.h"
#include "ContestantGate.h"
#include "CsrfGuard.h"
#include "HttpReply.h"

#include <QUrlQuery>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// The contestant's pages (Vietnamese only): the contest with its rules, countdown or
// entry form; the quiz; the confirmation. Plain HTML forms that post and are answered
// by a redirect, so everything works without JavaScript; site.js adds the clock and
// saving as answers are chosen. The attempt lives in an HttpOnly SameSite=Strict cookie,
// each form post carries a CSRF token.
class SitePages
{
public:
    SitePages(AttemptService& service, ContestantGate& gate, const QByteArray& csrfSecret);
    void addRoutes(QHttpServer& http);

private:
    struct Session
    {
        QByteArray nonce; // CSRF nonce from the cookie (new when there was none)
        bool newNonce = false;
        bool secure = true; // cookies marked Secure (not on plain loopback HTTP)
        QString attempt;
        QByteArray secret;
    };
    Session session(const QHttpServerRequest& request) const;
    HttpReply::Headers cookies(const Session& s) const;

    void home(const QHttpServerRequest& request, QHttpServerResponder& responder,
              const QUrlQuery& form = {}, const QJsonObject& errors = {},
              HttpReply::Status status = HttpReply::Status::Ok);
    void start(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void quiz(const QHttpServerRequest& request, QHttpServerResponder& responder,
              const QJsonObject& errors = {}, HttpReply::Status status = HttpReply::Status::Ok);
    void answer(const QHttpServerRequest& request, QHttpServerResponder& responder, bool submit);
    void confirmation(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void message(QHttpServerResponder& responder, HttpReply::Status status, const QString& title,
                 const QString& text, const HttpReply::Headers& headers = {});
    void page(QHttpServerResponder& responder, HttpReply::Status status, const QString& heading,
              const QString& content, const PublishedContest* contest,
              const HttpReply::Headers& headers);
    bool checkCsrf(const Session& s, const QUrlQuery& form, QHttpServerResponder& responder);
    const PublishedContest* chosenContest(const QString& code);

    AttemptService& m_service;
    ContestantGate& m_gate;
    CsrfGuard m_csrf;
};
