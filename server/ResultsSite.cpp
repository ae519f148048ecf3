#include "ResultsSite.h"

#include "HtmlTemplate.h"
#include "HttpReply.h"
#include "ServerStore.h"
#include "SiteHtml.h"
#include "printing/VerificationCode.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using Status = HttpReply::Status;

namespace {
const QStringList kPersonalKeys = {QStringLiteral("id_number"), QStringLiteral("phone"),
                                   QStringLiteral("address"), QStringLiteral("contestant")};

void itemProblems(const QJsonArray& items, const QString& list, QStringList& out)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            out << QStringLiteral("%1[%2]: not an object").arg(list).arg(i);
            continue;
        }
        for (const QString& key : kPersonalKeys)
            if (items.at(i).toObject().contains(key))
                out << QStringLiteral("%1[%2].%3: personal data is never published")
                           .arg(list)
                           .arg(i)
                           .arg(key);
    }
}

std::optional<QJsonObject> body(const QHttpServerRequest& r, QHttpServerResponder& w)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        HttpReply::error(w, Status::BadRequest, QStringLiteral("the body is not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QString esc(const QString& s)
{
    return HtmlTemplate::escape(s);
}

QString money(double amount)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(qint64(amount)) +
           QStringLiteral(" đ");
}
} // namespace

ResultsSite::ResultsSite(ServerStore& store, AttemptService& service, ContestantGate& gate)
    : m_store(store), m_service(service), m_gate(gate), m_publications(store.database())
{
}

QStringList ResultsSite::resultsProblems(const QJsonObject& b)
{
    QStringList out;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(b.value(QLatin1String("sha256")).toString()).hasMatch())
        out << QStringLiteral("\"sha256\" must be the locked results' SHA-256 (64 hex digits)");
    for (const char* list : {"individual", "collective"}) {
        if (!b.value(QLatin1String(list)).isArray())
            out << QStringLiteral("\"%1\" must be a list").arg(QLatin1String(list));
        itemProblems(b.value(QLatin1String(list)).toArray(), QLatin1String(list), out);
    }
    return out;
}

QStringList ResultsSite::certificatesProblems(const QJsonObject& b)
{
    QStringList out;
    if (!b.value(QLatin1String("certificates")).isArray())
        out << QStringLiteral("\"certificates\" must be a list");
    const QJsonArray certificates = b.value(QLatin1String("certificates")).toArray();
    itemProblems(certificates, QStringLiteral("certificates"), out);
    for (qsizetype i = 0; i < certificates.size(); ++i)
        if (certificates.at(i).toObject().value(QLatin1String("code")).toString().isEmpty())
            out << QStringLiteral("certificates[%1].code is missing").arg(i);
    for (const QJsonValue& v : b.value(QLatin1String("revoked")).toArray())
        if (!v.isString() || v.toString().isEmpty())
            out << QStringLiteral("\"revoked\" must list codes");
    return out;
}

void ResultsSite::addRoutes(QHttpServer& http, const Authorize& authorize)
{
    using Method = QHttpServerRequest::Method;
    http.route(QStringLiteral("/api/v1/contests/<arg>/results"), Method::Put,
               [this, authorize](const QString& code, const QHttpServerRequest& r,
                                 QHttpServerResponder&& w) {
                   if (authorize(r, w))
                       putResults(code, r, w);
               });
    http.route(QStringLiteral("/api/v1/contests/<arg>/certificates"), Method::Put,
               [this, authorize](const QString& code, const QHttpServerRequest& r,
                                 QHttpServerResponder&& w) {
                   if (authorize(r, w))
                       putCertificates(code, r, w);
               });
    http.route(QStringLiteral("/api/v1/verify/<arg>"), Method::Get,
               [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (m_gate.admit(r, w, m_service.now()))
                       verify(code, w);
               });
    http.route(QStringLiteral("/ket-qua"), Method::Get,
               [this](const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (m_gate.admit(r, w, m_service.now()))
                       resultsPage(r, w);
               });
    http.route(QStringLiteral("/xac-minh/<arg>"), Method::Get,
               [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (m_gate.admit(r, w, m_service.now()))
                       verifyPage(code, w);
               });
}

void ResultsSite::putResults(const QString& code, const QHttpServerRequest& r,
                             QHttpServerResponder& w)
{
    if (!m_service.contest(code))
        return HttpReply::error(w, Status::NotFound,
                                QStringLiteral("no published contest %1").arg(code));
    const auto b = body(r, w);
    if (!b)
        return;
    const QStringList problems = resultsProblems(*b);
    if (!problems.isEmpty())
        return HttpReply::error(w, Status::BadRequest, problems.join(QStringLiteral("; ")));
    m_publications.saveResults(code, *b);
    HttpReply::json(w, Status::Ok, QByteArrayLiteral("{\"published\":true}"));
}

void ResultsSite::putCertificates(const QString& code, const QHttpServerRequest& r,
                                  QHttpServerResponder& w)
{
    if (!m_service.contest(code))
        return HttpReply::error(w, Status::NotFound,
                                QStringLiteral("no published contest %1").arg(code));
    auto b = body(r, w);
    if (!b)
        return;
    const QStringList problems = certificatesProblems(*b);
    if (!problems.isEmpty())
        return HttpReply::error(w, Status::BadRequest, problems.join(QStringLiteral("; ")));
    // Codes as the suite normalises them, so what a person types from paper is found.
    QJsonArray certificates;
    for (const QJsonValue& v : b->value(QLatin1String("certificates")).toArray()) {
        QJsonObject c = v.toObject();
        c.insert(QStringLiteral("code"),
                 VerificationCode::normalise(c.value(QLatin1String("code")).toString()));
        certificates << c;
    }
    QJsonArray revoked;
    for (const QJsonValue& v : b->value(QLatin1String("revoked")).toArray())
        revoked << VerificationCode::normalise(v.toString());
    b->insert(QStringLiteral("certificates"), certificates);
    b->insert(QStringLiteral("revoked"), revoked);
    m_publications.saveCertificates(code, *b);
    HttpReply::json(w, Status::Ok, QByteArrayLiteral("{\"published\":true}"));
}

void ResultsSite::verify(const QString& code, QHttpServerResponder& w)
{
    const auto found = m_publications.certificate(VerificationCode::normalise(code));
    if (!found)
        return HttpReply::error(w, Status::NotFound,
                                QStringLiteral("Không có giấy chứng nhận mang mã này."));
    const QJsonObject o =
        found->revoked
            ? QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("revoked"), true}}
            : QJsonObject{{QStringLiteral("valid"), true},
                          {QStringLiteral("certificate"), found->certificate}};
    HttpReply::json(w, Status::Ok, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ResultsSite::resultsPage(const QHttpServerRequest& r, QHttpServerResponder& w)
{
    const QString wanted = SiteHtml::formValue(r.query(), QStringLiteral("c"));
    const QString code = wanted.isEmpty() ? m_service.defaultContestCode() : wanted;
    const PublishedContest* c = m_service.contest(code);
    const auto results = m_publications.results(code);
    QString content;
    Status status = Status::Ok;
    if (!c || !results) {
        status = Status::NotFound;
        content =
            QStringLiteral("<section class=\"notice\"><h2>Chưa công bố kết quả</h2><p>Ban Tổ chức "
                           "chưa công bố kết quả cuộc thi. Mời bạn quay lại sau.</p></section>");
    } else {
        content = QStringLiteral(
                      "<section><h2>Kết quả đã chốt</h2><p>Kết quả đã chốt số %1 (SHA-256 "
                      "<span class=\"code\">%2</span>), trùng với dòng in trên danh sách "
                      "khen thưởng: ai cũng có thể đối chiếu bản giấy với trang này.</p></section>")
                      .arg(qint64(results->value(QLatin1String("snapshot")).toDouble()))
                      .arg(esc(results->value(QLatin1String("sha256")).toString()));
        QString rows;
        for (const QJsonValue& v : results->value(QLatin1String("individual")).toArray()) {
            const QJsonObject p = v.toObject();
            rows +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(QString::number(p.value(QLatin1String("rank")).toInt()),
                         esc(p.value(QLatin1String("name")).toString()),
                         QString::number(p.value(QLatin1String("birth_year")).toInt()),
                         esc(p.value(QLatin1String("unit")).toString()),
                         esc(p.value(QLatin1String("prize")).toString()));
        }
        content += QStringLiteral("<section><h2>Giải cá nhân</h2><table><thead><tr><th "
                                  "scope=\"col\">Hạng</th><th scope=\"col\">Họ và tên</th>"
                                  "<th scope=\"col\">Năm sinh</th><th scope=\"col\">Đơn vị</th><th "
                                  "scope=\"col\">Giải</th>"
                                  "</tr></thead><tbody>%1</tbody></table></section>")
                       .arg(rows);
        rows.clear();
        for (const QJsonValue& v : results->value(QLatin1String("collective")).toArray()) {
            const QJsonObject u = v.toObject();
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                        .arg(QString::number(u.value(QLatin1String("rank")).toInt()),
                             esc(u.value(QLatin1String("unit")).toString()),
                             esc(money(u.value(QLatin1String("amount")).toDouble())));
        }
        content += QStringLiteral(
                       "<section><h2>Giải tập thể</h2><table><thead><tr><th scope=\"col\">Hạng</th>"
                       "<th scope=\"col\">Đơn vị</th><th scope=\"col\">Mức thưởng</th></tr></thead>"
                       "<tbody>%1</tbody></table></section>")
                       .arg(rows);
    }
    const QByteArray html = HtmlTemplate::render(
        QStringLiteral("layout.html"),
        {{QStringLiteral("title"), QStringLiteral("Kết quả")},
         {QStringLiteral("organizer"), c ? c->organizer : QString()},
         {QStringLiteral("contest"), c ? c->title : QStringLiteral("Cuộc thi trực tuyến")},
         {QStringLiteral("heading"), QStringLiteral("Kết quả cuộc thi")},
         {QStringLiteral("content"), content}});
    HttpReply::html(w, status, html);
}

void ResultsSite::verifyPage(const QString& typed, QHttpServerResponder& w)
{
    const QString code = VerificationCode::normalise(typed);
    const auto found = m_publications.certificate(code);
    QString content;
    Status status = Status::Ok;
    if (!found) {
        status = Status::NotFound;
        content =
            QStringLiteral(
                "<section class=\"notice closed\"><h2 class=\"invalid\">Không tìm thấy</h2>"
                "<p>Không có giấy chứng nhận nào mang mã <span class=\"code\">%1</span>. Hãy kiểm "
                "tra lại mã in trên giấy.</p></section>")
                .arg(esc(typed.left(40)));
    } else if (found->revoked) {
        content =
            QStringLiteral(
                "<section class=\"notice closed\"><h2 class=\"invalid\">Đã thu hồi</h2>"
                "<p>Giấy chứng nhận mã <span class=\"code\">%1</span> đã bị thu hồi: kết quả "
                "dùng để in nó không còn hiệu lực. Vui lòng liên hệ Ban Tổ chức.</p></section>")
                .arg(esc(code));
    } else {
        const QJsonObject c = found->certificate;
        const auto field = [&](const char* key) {
            return esc(c.value(QLatin1String(key)).toString());
        };
        content =
            QStringLiteral(
                "<section class=\"notice done\"><h2 class=\"valid\">Giấy chứng nhận hợp lệ</h2>"
                "<dl class=\"facts\"><dt>Mã xác minh</dt><dd class=\"code\">%1</dd>"
                "<dt>Số</dt><dd>%2</dd><dt>Người nhận</dt><dd>%3</dd><dt>Năm sinh</dt><dd>%4</dd>"
                "<dt>Đơn vị</dt><dd>%5</dd><dt>Kết quả</dt><dd>%6</dd><dt>Ngày cấp</dt><dd>%7</dd>"
                "</dl></section>")
                .arg(field("code"), field("number"), field("name"),
                     QString::number(c.value(QLatin1String("birth_year")).toInt()), field("unit"),
                     field("result"), field("date"));
    }
    const PublishedContest* contest = found ? m_service.contest(found->contestCode) : nullptr;
    const QByteArray html = HtmlTemplate::render(
        QStringLiteral("layout.html"),
        {{QStringLiteral("title"), QStringLiteral("Xác minh giấy chứng nhận")},
         {QStringLiteral("organizer"), contest ? contest->organizer : QString()},
         {QStringLiteral("contest"),
          contest ? contest->title : QStringLiteral("Cuộc thi trực tuyến")},
         {QStringLiteral("heading"), QStringLiteral("Xác minh giấy chứng nhận")},
         {QStringLiteral("content"), content}});
    HttpReply::html(w, status, html);
}
