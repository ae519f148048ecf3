#include "SitePages.h"

#include "HtmlTemplate.h"
#include "SiteHtml.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using Status = HttpReply::Status;

namespace {
QByteArray cookie(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const QByteArray& part : request.value("Cookie").split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(QByteArray(name + '=')))
            return p.mid(name.size() + 1);
    }
    return {};
}

QString str(qint64 n)
{
    return QString::number(n);
}
} // namespace

SitePages::SitePages(AttemptService& service, ContestantGate& gate, const QByteArray& csrfSecret)
    : m_service(service), m_gate(gate), m_csrf(csrfSecret)
{
}

void SitePages::addRoutes(QHttpServer& http)
{
    using Method = QHttpServerRequest::Method;
    auto guarded = [this](auto handler) {
        return [this, handler](const QHttpServerRequest& r, QHttpServerResponder&& w) {
            if (m_gate.admit(r, w, m_service.now()))
                handler(r, w);
        };
    };
    http.route(
        QStringLiteral("/"), Method::Get,
        guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) { home(r, w); }));
    http.route(
        QStringLiteral("/bat-dau"), Method::Post,
        guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) { start(r, w); }));
    http.route(
        QStringLiteral("/bai-thi"), Method::Get,
        guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) { quiz(r, w); }));
    http.route(QStringLiteral("/luu"), Method::Post,
               guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) {
                   answer(r, w, false);
               }));
    http.route(QStringLiteral("/nop-bai"), Method::Post,
               guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) {
                   answer(r, w, true);
               }));
    http.route(QStringLiteral("/xac-nhan"), Method::Get,
               guarded([this](const QHttpServerRequest& r, QHttpServerResponder& w) {
                   confirmation(r, w);
               }));
    for (const char* file : {"site.css", "site.js"}) {
        const QString name = QLatin1String(file);
        http.route(QLatin1Char('/') + name, Method::Get,
                   [name](const QHttpServerRequest&, QHttpServerResponder&& w) {
                       HttpReply::send(w, Status::Ok,
                                       name.endsWith(QLatin1String(".css"))
                                           ? "text/css; charset=utf-8"
                                           : "text/javascript; charset=utf-8",
                                       HtmlTemplate::resource(name));
                   });
    }
}

SitePages::Session SitePages::session(const QHttpServerRequest& request) const
{
    Session s;
    s.nonce = cookie(request, "csrf");
    if (s.nonce.size() < 16) {
        s.nonce = CsrfGuard::newNonce();
        s.newNonce = true;
    }
    // Plain HTTP straight to the server (a test on loopback) cannot keep Secure cookies;
    // behind nginx the browser's side is HTTPS, which nginx says in X-Forwarded-Proto.
    s.secure = request.url().scheme() == QLatin1String("https") ||
               request.value("X-Forwarded-Proto") == "https";
    const QByteArray attempt = cookie(request, "thi");
    const qsizetype dot = attempt.indexOf('.');
    if (dot > 0) {
        s.attempt = QString::fromLatin1(attempt.left(dot));
        s.secret = attempt.mid(dot + 1);
    }
    return s;
}

HttpReply::Headers SitePages::cookies(const Session& s) const
{
    HttpReply::Headers h;
    if (s.newNonce)
        h.append(
            {"Set-Cookie", QByteArray("csrf=" + s.nonce + "; Path=/; HttpOnly; SameSite=Strict" +
                                      (s.secure ? "; Secure" : ""))});
    return h;
}

const PublishedContest* SitePages::chosenContest(const QString& code)
{
    return m_service.contest(code.isEmpty() ? m_service.defaultContestCode() : code);
}

void SitePages::page(QHttpServerResponder& responder, Status status, const QString& heading,
                     const QString& content, const PublishedContest* c,
                     const HttpReply::Headers& headers)
{
    const QByteArray html = HtmlTemplate::render(
        QStringLiteral("layout.html"),
        {{QStringLiteral("title"), c ? heading + QStringLiteral(" – ") + c->title : heading},
         {QStringLiteral("organizer"), c ? c->organizer : QString()},
         {QStringLiteral("contest"), c ? c->title : QStringLiteral("Cuộc thi trực tuyến")},
         {QStringLiteral("heading"), heading},
         {QStringLiteral("content"), content}});
    HttpReply::html(responder, status, html, headers);
}

void SitePages::message(QHttpServerResponder& responder, Status status, const QString& title,
                        const QString& text, const HttpReply::Headers& headers)
{
    page(responder, status, title,
         QString::fromUtf8(HtmlTemplate::render(
             QStringLiteral("message.html"),
             {{QStringLiteral("title"), title}, {QStringLiteral("text"), text}})),
         chosenContest(QString()), headers);
}

void SitePages::home(const QHttpServerRequest& request, QHttpServerResponder& responder,
                     const QUrlQuery& form, const QJsonObject& errors, Status status)
{
    const Session s = session(request);
    const QString code =
        SiteHtml::formValue(form.isEmpty() ? request.query() : form, QStringLiteral("c"));
    const PublishedContest* c = chosenContest(code);
    if (!c)
        return message(responder, Status::NotFound, QStringLiteral("Chưa có cuộc thi"),
                       QStringLiteral("Chưa có cuộc thi nào được công bố trên trang này."));
    const qint64 now = m_service.now();
    QString state;
    switch (c->state(now)) {
    case PublishedContest::State::Upcoming:
        state = QString::fromUtf8(
            HtmlTemplate::render(QStringLiteral("upcoming.html"),
                                 {{QStringLiteral("opens"), SiteHtml::dateTime(c->opensAt)},
                                  {QStringLiteral("opens_ms"), str(c->opensAt.utcMs)},
                                  {QStringLiteral("now_ms"), str(now)}}));
        break;
    case PublishedContest::State::Closed:
        state = QString::fromUtf8(
            HtmlTemplate::render(QStringLiteral("closed.html"),
                                 {{QStringLiteral("closes"), SiteHtml::dateTime(c->closesAt)}}));
        break;
    case PublishedContest::State::Open: {
        const QString resume =
            s.attempt.isEmpty()
                ? QString()
                : QStringLiteral("<p><a href=\"/bai-thi\">Tiếp tục bài thi đang làm dở</a></p>");
        state = QString::fromUtf8(HtmlTemplate::render(
            QStringLiteral("entry.html"),
            {{QStringLiteral("csrf"), QString::fromLatin1(m_csrf.token(s.nonce))},
             {QStringLiteral("code"), c->code},
             {QStringLiteral("resume"), resume},
             {QStringLiteral("summary"), SiteHtml::errorSummary(errors)},
             {QStringLiteral("fields"), SiteHtml::entryFields(*c, form, errors)}}));
        break;
    }
    }
    const QString content = QString::fromUtf8(HtmlTemplate::render(
        QStringLiteral("home.html"),
        {{QStringLiteral("opens"), SiteHtml::dateTime(c->opensAt)},
         {QStringLiteral("closes"), SiteHtml::dateTime(c->closesAt)},
         {QStringLiteral("count"), str(c->questionsPerAttempt)},
         {QStringLiteral("attempts"),
          c->attemptsMax > 0 ? QStringLiteral("Tối đa %1 lượt mỗi người").arg(c->attemptsMax)
                             : QStringLiteral("Không giới hạn")},
         {QStringLiteral("state"), state},
         {QStringLiteral("rules"),
          c->rules.isEmpty() ? QStringLiteral("Ban Tổ chức chưa đăng thể lệ.") : c->rules}}));
    page(responder, status, QStringLiteral("Cuộc thi trực tuyến"), content, c, cookies(s));
}

bool SitePages::checkCsrf(const Session& s, const QUrlQuery& form, QHttpServerResponder& responder)
{
    if (!s.newNonce &&
        m_csrf.valid(s.nonce, SiteHtml::formValue(form, QStringLiteral("csrf")).toLatin1()))
        return true;
    message(responder, Status::Forbidden, QStringLiteral("Trang đã hết hạn"),
            QStringLiteral("Biểu mẫu này không còn hợp lệ (có thể bạn đã mở trang từ lâu hoặc từ "
                           "trang khác). Vui lòng mở lại trang cuộc thi và gửi lại."),
            cookies(s));
    return false;
}

void SitePages::start(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const Session s = session(request);
    const QUrlQuery form = SiteHtml::formBody(request.body());
    if (!checkCsrf(s, form, responder))
        return;
    QJsonObject contestant;
    for (const char* key :
         {"name", "birth_year", "gender", "id_number", "phone", "unit", "address"})
        contestant.insert(QLatin1String(key), SiteHtml::formValue(form, QLatin1String(key)));
    const QString code = SiteHtml::formValue(form, QStringLiteral("c"));
    const AttemptService::Outcome out = m_service.start(code, contestant, m_gate.client(request));
    if (out.status == Status::Created) {
        const QByteArray value = out.body.value(QLatin1String("attempt")).toString().toLatin1() +
                                 '.' +
                                 out.body.value(QLatin1String("secret")).toString().toLatin1();
        const QByteArray setCookie =
            "thi=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (s.secure ? "; Secure" : "");
        return HttpReply::redirect(responder, "/bai-thi", {{"Set-Cookie", setCookie}});
    }
    if (out.status == Status::BadRequest || out.status == Status::Forbidden)
        return home(request, responder, form, out.body.value(QLatin1String("fields")).toObject(),
                    out.status);
    HttpReply::Headers headers;
    if (out.retryAfter > 0)
        headers.append({"Retry-After", QByteArray::number(out.retryAfter)});
    message(responder, out.status, QStringLiteral("Không thể bắt đầu"),
            out.body.value(QLatin1String("error")).toString(), headers);
}

void SitePages::quiz(const QHttpServerRequest& request, QHttpServerResponder& responder,
                     const QJsonObject& errors, Status status)
{
    const Session s = session(request);
    AttemptService::Outcome refusal;
    const auto a =
        s.attempt.isEmpty() ? std::nullopt : m_service.open(s.attempt, s.secret, refusal);
    if (!a)
        return HttpReply::redirect(responder, "/", cookies(s));
    if (a->submitted())
        return HttpReply::redirect(responder, "/xac-nhan", cookies(s));
    const PublishedContest* c = m_service.contest(a->contestCode);
    if (!c)
        return message(responder, Status::NotFound, QStringLiteral("Cuộc thi không còn"),
                       QStringLiteral("Cuộc thi này không còn được công bố."));
    const QString content = QString::fromUtf8(HtmlTemplate::render(
        QStringLiteral("quiz.html"),
        {{QStringLiteral("name"), a->contestant.value(QLatin1String("name")).toString()},
         {QStringLiteral("started_ms"), str(a->startedMs)},
         {QStringLiteral("now_ms"), str(m_service.now())},
         {QStringLiteral("started"), SiteHtml::dateTime(a->startedMs, c->opensAt.offsetMinutes)},
         {QStringLiteral("saved"),
          a->answers.isEmpty() ? QString()
                               : QStringLiteral("Đã lưu %1 câu trả lời.").arg(a->answers.size())},
         {QStringLiteral("summary"), SiteHtml::errorSummary(errors)},
         {QStringLiteral("attempt"), a->id},
         {QStringLiteral("secret"), QString::fromLatin1(s.secret)},
         {QStringLiteral("csrf"), QString::fromLatin1(m_csrf.token(s.nonce))},
         {QStringLiteral("questions"), SiteHtml::questions(*c, *a)},
         {QStringLiteral("prediction_question"), c->predictionQuestion},
         {QStringLiteral("prediction"), a->prediction ? str(*a->prediction) : QString()}}));
    page(responder, status, QStringLiteral("Bài thi"), content, c, cookies(s));
}

void SitePages::answer(const QHttpServerRequest& request, QHttpServerResponder& responder,
                       bool submit)
{
    const Session s = session(request);
    const QUrlQuery form = SiteHtml::formBody(request.body());
    if (!checkCsrf(s, form, responder))
        return;
    AttemptService::Outcome refusal;
    const auto a =
        s.attempt.isEmpty() ? std::nullopt : m_service.open(s.attempt, s.secret, refusal);
    if (!a)
        return HttpReply::redirect(responder, "/");
    QJsonArray answers; // the radios that were checked; the others keep what was saved
    for (const QString& q : a->questions) {
        const QString key = SiteHtml::formValue(form, QStringLiteral("q_") + q);
        if (!key.isEmpty())
            answers << QJsonObject{{QStringLiteral("q"), q}, {QStringLiteral("a"), key}};
    }
    QJsonObject body{{QStringLiteral("answers"), answers}};
    const QString prediction = SiteHtml::formValue(form, QStringLiteral("prediction")).trimmed();
    bool number = false;
    const qint64 p = prediction.toLongLong(&number);
    if (prediction.isEmpty())
        body.insert(QStringLiteral("prediction"), QJsonValue());
    else if (number && p >= 0 && p <= AttemptService::kMaxPrediction)
        body.insert(QStringLiteral("prediction"), double(p));
    else
        body.insert(QStringLiteral("prediction"), prediction); // refused below, by name
    const AttemptService::Outcome out =
        submit ? m_service.submit(a->id, s.secret, body) : m_service.save(a->id, s.secret, body);
    if (out.status == Status::BadRequest) {
        // Save what was right, then show the page again with the message.
        if (body.value(QLatin1String("prediction")).isString()) {
            body.remove(QStringLiteral("prediction"));
            m_service.save(a->id, s.secret, body);
        }
        return quiz(request, responder, out.body.value(QLatin1String("fields")).toObject(),
                    Status::BadRequest);
    }
    if (submit || out.status == Status::Conflict)
        return HttpReply::redirect(responder, "/xac-nhan");
    HttpReply::redirect(responder, "/bai-thi");
}

void SitePages::confirmation(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const Session s = session(request);
    AttemptService::Outcome refusal;
    const auto a =
        s.attempt.isEmpty() ? std::nullopt : m_service.open(s.attempt, s.secret, refusal);
    if (!a)
        return HttpReply::redirect(responder, "/", cookies(s));
    if (!a->submitted())
        return HttpReply::redirect(responder, "/bai-thi", cookies(s));
    const PublishedContest* c = m_service.contest(a->contestCode);
    const QJsonObject r = QJsonDocument::fromJson(a->response).object();
    const auto submittedAt = Rfc3339::parse(r.value(QLatin1String("submitted_at")).toString());
    QString score;
    if (r.contains(QLatin1String("correct")))
        score = QStringLiteral("<dt>Số câu đúng</dt><dd>%1 / %2</dd>")
                    .arg(r.value(QLatin1String("correct")).toInt())
                    .arg(a->questions.size());
    const QString late =
        r.value(QLatin1String("late")).toBool()
            ? QStringLiteral("<p class=\"error\">%1</p>")
                  .arg(HtmlTemplate::escape(r.value(QLatin1String("message")).toString()))
            : QString();
    const QString content = QString::fromUtf8(HtmlTemplate::render(
        QStringLiteral("done.html"),
        {{QStringLiteral("submission"), r.value(QLatin1String("submission")).toString()},
         {QStringLiteral("submitted"), submittedAt ? SiteHtml::dateTime(*submittedAt) : QString()},
         {QStringLiteral("duration"),
          SiteHtml::duration(qint64(r.value(QLatin1String("duration_ms")).toDouble()))},
         {QStringLiteral("score"), score},
         {QStringLiteral("late"), late}}));
    page(responder, Status::Ok, QStringLiteral("Đã nộp bài"), content, c, cookies(s));
}
