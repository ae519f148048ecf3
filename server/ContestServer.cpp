#include "ContestServer.h"

#include "HttpReply.h"
#include "PackageCheck.h"
#include "core/Rfc3339.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QString(path + QStringLiteral(": ") + f.errorString()).toStdString());
    return f.readAll();
}

void reply(QHttpServerResponder& responder, Status status, const QByteArray& body,
           const QByteArray& retryAfter = QByteArray())
{
    HttpReply::Headers headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    HttpReply::json(responder, status, body, headers);
}

void replyError(QHttpServerResponder& responder, Status status, const QString& message)
{
    HttpReply::error(responder, status, message);
}

// The contest row once `package` is published over `c`: the next package_version.
ServerStore::Contest nextVersion(ServerStore::Contest c, const QJsonObject& package)
{
    c.code = package.value(QLatin1String("code")).toString();
    c.title = package.value(QLatin1String("title")).toString();
    c.opensAt = package.value(QLatin1String("opens_at")).toString();
    c.closesAt = package.value(QLatin1String("closes_at")).toString();
    c.packageVersion += 1;
    c.packageJson = QJsonDocument(package).toJson(QJsonDocument::Compact);
    c.packageSha = PackageCheck::packageSha(package);
    c.questionsSha = PackageCheck::questionsSha(package);
    return c;
}

void log(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

ContestServer::ContestServer(const ServerOptions& options)
    : m_options(options), m_store(options.dataFile),
      m_faults(options.faultRate, FaultInjector::parse(options.faults), options.seed ^ 0x5eedfa17u),
      m_attempts(m_store, [] { return QDateTime::currentMSecsSinceEpoch(); }), m_gate(options),
      m_contestantApi(m_attempts, m_gate),
      m_pages(m_attempts, m_gate, m_store.secret(QStringLiteral("csrf"))),
      m_results(m_store, m_attempts, m_gate)
{
    if (!options.plainHttp) {
        const QSslCertificate cert(readFile(options.certFile), QSsl::Pem);
        const QSslKey key(readFile(options.keyFile), QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            throw std::runtime_error("--cert/--key: not a PEM certificate and RSA key");
        m_http.sslSetup(cert, key);
    }
    m_contestantApi.addRoutes(m_http);
    m_pages.addRoutes(m_http);
    m_results.addRoutes(m_http, [this](const QHttpServerRequest& r, QHttpServerResponder& w) {
        return authorized(r, w);
    });

    using Method = QHttpServerRequest::Method;
    m_http.route(
        QStringLiteral("/api/v1/contests/<arg>"), Method::Get,
        [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
            if (authorized(r, w))
                getContest(code, r, w);
        });
    m_http.route(
        QStringLiteral("/api/v1/contests/<arg>/package"), Method::Put,
        [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
            if (authorized(r, w))
                putPackage(code, r, w);
        });
    m_http.route(
        QStringLiteral("/api/v1/contests/<arg>/submissions"), Method::Get,
        [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
            if (authorized(r, w))
                getSubmissions(code, r, w);
        });
}

ContestServer::~ContestServer() = default;

quint16 ContestServer::listen()
{
    const quint16 port = m_http.listen(m_options.address, m_options.port);
    if (port == 0)
        throw std::runtime_error("cannot listen on the address and port given");
    return port;
}

bool ContestServer::authorized(const QHttpServerRequest& request,
                               QHttpServerResponder& responder) const
{
    if (request.value("Authorization") == "Bearer " + m_options.token)
        return true;
    replyError(responder, Status::Unauthorized, QStringLiteral("missing or wrong token"));
    return false;
}

void ContestServer::getContest(const QString& code, const QHttpServerRequest&,
                               QHttpServerResponder& responder)
{
    const auto c = m_store.contest(code);
    if (!c)
        return replyError(responder, Status::NotFound, QStringLiteral("no contest %1").arg(code));
    const QJsonObject o{
        {QStringLiteral("code"), c->code},
        {QStringLiteral("title"), c->title},
        {QStringLiteral("opens_at"), c->opensAt},
        {QStringLiteral("closes_at"), c->closesAt},
        {QStringLiteral("package_version"), c->packageVersion},
        {QStringLiteral("submission_count"), double(m_store.submissionCount(code))}};
    reply(responder, Status::Ok, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ContestServer::putPackage(const QString& code, const QHttpServerRequest& request,
                               QHttpServerResponder& responder)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return replyError(responder, Status::BadRequest,
                          QStringLiteral("the package is not a JSON object: %1 at byte %2")
                              .arg(error.errorString())
                              .arg(error.offset));
    }
    const QJsonObject package = doc.object();
    const QStringList problems = PackageCheck::problems(package, code);
    if (!problems.isEmpty())
        return replyError(responder, Status::BadRequest, problems.join(QStringLiteral("; ")));

    ServerStore::Contest c = m_store.contest(code).value_or(ServerStore::Contest{});
    const QByteArray sha = PackageCheck::packageSha(package);
    const QByteArray questionsSha = PackageCheck::questionsSha(package);
    if (c.packageSha == sha) // the same package again (a retried PUT): nothing changes
        return reply(responder, Status::Ok,
                     QByteArrayLiteral("{\"package_version\":") +
                         QByteArray::number(c.packageVersion) + '}');
    const auto opens = Rfc3339::parse(c.opensAt);
    const bool opened = opens && QDateTime::currentMSecsSinceEpoch() >= opens->utcMs;
    if (!c.packageJson.isEmpty() && c.questionsSha != questionsSha && opened &&
        m_store.submissionCount(code) > 0) {
        return replyError(
            responder, Status::Conflict,
            QStringLiteral(
                "the questions cannot change: the window opened at %1 and submissions exist")
                .arg(c.opensAt));
    }
    c = nextVersion(c, package);
    m_store.saveContest(c);
    log(QStringLiteral("package %1 version %2").arg(code).arg(c.packageVersion));
    reply(responder, Status::Ok,
          QByteArrayLiteral("{\"package_version\":") + QByteArray::number(c.packageVersion) + '}');
}

void ContestServer::getSubmissions(const QString& code, const QHttpServerRequest& request,
                                   QHttpServerResponder& responder)
{
    if (!m_store.contest(code))
        return replyError(responder, Status::NotFound, QStringLiteral("no contest %1").arg(code));
    const QUrlQuery query = request.query();
    qint64 after = 0;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        bool ok = false;
        after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return replyError(responder, Status::BadRequest,
                              QStringLiteral("after: not a cursor this server gave"));
    }
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return replyError(responder, Status::BadRequest,
                              QStringLiteral("limit must be 1 to 1000"));
    }
    const ServerStore::Page page =
        m_store.page(code, after, std::min(limit, m_options.maxPageSize));
    const QByteArray body =
        QByteArrayLiteral("{\"items\":") + page.itemsJson + QByteArrayLiteral(",\"cursor\":\"") +
        QByteArray::number(page.lastSeq) + QByteArrayLiteral("\",\"has_more\":") +
        (page.hasMore ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + '}';
    sendPage(body, responder);
}

void ContestServer::sendPage(const QByteArray& body, QHttpServerResponder& responder)
{
    const FaultInjector::Fault fault = m_faults.next();
    if (fault != FaultInjector::Fault::None)
        log(QStringLiteral("fault %1").arg(FaultInjector::name(fault)));
    switch (fault) {
    case FaultInjector::Fault::None:
        return reply(responder, Status::Ok, body);
    case FaultInjector::Fault::Busy503:
        return reply(responder, Status::ServiceUnavailable,
                     QByteArrayLiteral("{\"error\":\"busy\"}"), "1");
    case FaultInjector::Fault::TooMany429:
        return reply(responder, Status::TooManyRequests,
                     QByteArrayLiteral("{\"error\":\"too many requests\"}"), "1");
    case FaultInjector::Fault::Error500:
        return replyError(responder, Status::InternalServerError,
                          QStringLiteral("injected failure"));
    case FaultInjector::Fault::Cut: {
        // The full length announced, half of it sent, then the connection closed.
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body.left(body.size() / 2));
        responder.socket()->flush();
        responder.socket()->disconnectFromHost();
        return;
    }
    case FaultInjector::Fault::Truncate:
        // Well framed but not JSON: a broken page the client must refuse whole.
        return reply(responder, Status::Ok, body.left(body.size() / 2));
    case FaultInjector::Fault::Slow:
        // Blocks the (single-client) server: the client's timeout should fire first.
        QThread::msleep(m_options.slowMs);
        return reply(responder, Status::Ok, body);
    }
}

void ContestServer::publishDemo()
{
    if (m_store.anyPublished())
        return;
    QJsonObject package = PackageCheck::demoPackage();
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600);
    package.insert(QStringLiteral("opens_at"), now.addSecs(-60).toString(Qt::ISODate));
    package.insert(QStringLiteral("closes_at"), now.addDays(30).toString(Qt::ISODate));
    package.insert(QStringLiteral("show_score"), true);
    package.insert(QStringLiteral("rules"),
                   QStringLiteral("Đây là cuộc thi thử trên dữ liệu mẫu.\nMỗi lượt thi gồm %1 câu "
                                  "hỏi trắc nghiệm rút ngẫu nhiên và 1 câu dự đoán.\nBài làm được "
                                  "lưu trên máy chủ khi bạn chọn đáp án.")
                       .arg(package.value(QLatin1String("questions_per_attempt")).toInt()));
    const QString code = package.value(QLatin1String("code")).toString();
    const ServerStore::Contest c =
        nextVersion(m_store.contest(code).value_or(ServerStore::Contest{}), package);
    m_store.saveContest(c);
    log(QStringLiteral("demo contest %1 published, open until %2").arg(code, c.closesAt));
}

void ContestServer::generate(int count)
{
    if (count <= 0)
        return;
    QJsonObject package;
    if (const auto published = m_store.anyPublished()) {
        package = QJsonDocument::fromJson(published->packageJson).object();
    } else {
        package = PackageCheck::demoPackage();
        const QString code = package.value(QLatin1String("code")).toString();
        if (!m_store.contest(code)) {
            ServerStore::Contest c;
            c.code = code;
            c.title = package.value(QLatin1String("title")).toString();
            c.opensAt = package.value(QLatin1String("opens_at")).toString();
            c.closesAt = package.value(QLatin1String("closes_at")).toString();
            m_store.saveContest(c);
        }
    }
    const PackageCheck::GeneratorInputs in = PackageCheck::generatorInputs(package);
    SubmissionGenerator generator(in.settings, in.units, in.bank, m_options.seed);
    // In chunks, so a million submissions never sit in memory as JSON objects at once;
    // one generator keeps the ids unique across chunks.
    int left = count;
    while (left > 0) {
        const int people = std::max(1, std::min(left, 5000) * 2 / 3);
        const QList<QJsonObject> items = generator.generate(people);
        QList<QByteArray> raw;
        for (qsizetype i = 0; i < items.size() && int(raw.size()) < left; ++i)
            raw << QJsonDocument(items.at(i)).toJson(QJsonDocument::Compact);
        m_store.append(in.settings.code, raw);
        left -= int(raw.size());
    }
    log(QStringLiteral("generated %1 submissions for %2").arg(count).arg(in.settings.code));
}
