#include "AttemptService.h"

#include "QuestionDraw.h"
#include "ServerStore.h"
#include "SiteHtml.h"
#include "accounts/PasswordHasher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace {
QJsonObject errorBody(const QString& message, const QJsonObject& fields = {})
{
    QJsonObject o{{QStringLiteral("error"), message}};
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    return o;
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

AttemptService::AttemptService(ServerStore& store, Clock clock)
    : m_store(store), m_attempts(store.database()),
      m_fingerprint(store.secret(QStringLiteral("client-hmac"))), m_clock(std::move(clock))
{
}

const PublishedContest* AttemptService::contest(const QString& code)
{
    if (const auto known = m_contests.constFind(code);
        known != m_contests.cend() && known->contest &&
        known->storeWrites == m_store.contestWrites() && !known->checkAgain.hasExpired())
        return known->contest.get();
    const QByteArray sha = m_store.packageSha(code);
    if (sha.isEmpty())
        return nullptr;
    Cached& cached = m_contests[code];
    cached.storeWrites = m_store.contestWrites();
    cached.checkAgain = QDeadlineTimer(kRecheckMs);
    if (cached.sha != sha || !cached.contest) {
        const auto stored = m_store.contest(code);
        if (!stored || stored->packageJson.isEmpty())
            return nullptr;
        cached.contest = std::make_shared<PublishedContest>(
            PublishedContest::fromPackage(QJsonDocument::fromJson(stored->packageJson).object()));
        cached.sha = sha;
    }
    return cached.contest.get();
}

QString AttemptService::defaultContestCode()
{
    const qint64 nowMs = now();
    QString best;
    auto rank = [&](const PublishedContest& c) {
        // Open first, then upcoming (sooner first), then closed (later first).
        switch (c.state(nowMs)) {
        case PublishedContest::State::Open:
            return std::pair<int, qint64>(0, 0);
        case PublishedContest::State::Upcoming:
            return std::pair<int, qint64>(1, c.opensAt.utcMs);
        case PublishedContest::State::Closed:
            break;
        }
        return std::pair<int, qint64>(2, -c.closesAt.utcMs);
    };
    std::pair<int, qint64> bestRank{3, 0};
    if (m_publishedCodesWrites != m_store.contestWrites() || m_checkCodesAgain.hasExpired()) {
        m_publishedCodes = m_store.publishedCodes();
        m_publishedCodesWrites = m_store.contestWrites();
        m_checkCodesAgain = QDeadlineTimer(kRecheckMs);
    }
    for (const QString& code : std::as_const(m_publishedCodes)) {
        const PublishedContest* c = contest(code);
        if (c && rank(*c) < bestRank) {
            bestRank = rank(*c);
            best = code;
        }
    }
    return best;
}

AttemptService::Outcome AttemptService::publicInfo(const QString& code)
{
    const PublishedContest* c = contest(code);
    if (!c)
        return {Status::NotFound, errorBody(QStringLiteral("Không có cuộc thi %1.").arg(code))};
    return {Status::Ok, c->publicJson(now())};
}

AttemptService::Outcome AttemptService::start(const QString& code, const QJsonObject& contestant,
                                              const Client& client)
{
    const PublishedContest* c = contest(code);
    if (!c)
        return {Status::NotFound, errorBody(QStringLiteral("Không có cuộc thi %1.").arg(code))};
    const qint64 nowMs = now();
    switch (c->state(nowMs)) {
    case PublishedContest::State::Upcoming:
        return {Status::Forbidden, errorBody(QStringLiteral("Cuộc thi chưa mở: mở lúc %1.")
                                                 .arg(SiteHtml::dateTime(c->opensAt)))};
    case PublishedContest::State::Closed:
        return {
            Status::Forbidden,
            errorBody(
                QStringLiteral("Cuộc thi đã đóng lúc %1.").arg(SiteHtml::dateTime(c->closesAt)))};
    case PublishedContest::State::Open:
        break;
    }
    const ContestantForm::Result form = ContestantForm::check(contestant, *c);
    if (!form.ok())
        return {Status::BadRequest,
                errorBody(QStringLiteral("Thông tin người dự thi chưa đúng."), form.fields)};

    const QByteArray secret = randomToken(32);
    AttemptStore::Attempt a;
    a.id = QString::fromLatin1(randomToken(18));
    a.contestCode = code;
    a.identity = form.identity;
    a.secretSha = sha256(secret);
    a.client = m_fingerprint.of(code, client.address, client.userAgent);
    a.contestant = form.contestant;
    a.questions = QuestionDraw::draw(*c, *QRandomGenerator::system());
    a.startedMs = nowMs;
    a.startedAt = Timestamp{nowMs, c->opensAt.offsetMinutes, true}.toString();
    if (!m_attempts.start(a, c->attemptsMax)) {
        const int untilClose = int(std::max<qint64>(1, (c->closesAt.utcMs - nowMs) / 1000));
        return {
            Status::TooManyRequests,
            errorBody(
                QStringLiteral("Người dự thi này đã thi đủ %1 lượt cho phép.").arg(c->attemptsMax)),
            untilClose};
    }
    return {Status::Created,
            QJsonObject{{QStringLiteral("attempt"), a.id},
                        {QStringLiteral("secret"), QString::fromLatin1(secret)},
                        {QStringLiteral("started_at"), a.startedAt},
                        {QStringLiteral("questions"), c->questionsJson(a.questions)},
                        {QStringLiteral("prediction_question"), c->predictionQuestion}}};
}

std::optional<AttemptStore::Attempt>
AttemptService::open(const QString& attemptId, const QByteArray& secret, Outcome& refusal)
{
    auto a = m_attempts.find(attemptId);
    if (!a) {
        refusal = {Status::NotFound, errorBody(QStringLiteral("Không có lượt thi này."))};
        return std::nullopt;
    }
    if (!PasswordHasher::constantTimeEquals(sha256(secret), a->secretSha)) {
        refusal = {Status::Forbidden,
                   errorBody(QStringLiteral("Mã bí mật của lượt thi không đúng."))};
        return std::nullopt;
    }
    return a;
}

std::optional<AttemptService::Outcome> AttemptService::apply(AttemptStore::Attempt& a,
                                                             const PublishedContest& c,
                                                             const QJsonObject& body) const
{
    QJsonObject fields;
    const QJsonValue answers = body.value(QLatin1String("answers"));
    if (!answers.isUndefined() && !answers.isArray())
        fields.insert(QStringLiteral("answers"), QStringLiteral("Phải là danh sách {q, a}."));
    for (const QJsonValue& v : answers.toArray()) {
        const QString q = v.toObject().value(QLatin1String("q")).toString();
        const QJsonValue key = v.toObject().value(QLatin1String("a"));
        const PublishedContest::Question* question =
            a.questions.contains(q) ? c.question(q) : nullptr;
        const bool keyOk =
            question &&
            (key.isNull() || std::any_of(question->options.cbegin(), question->options.cend(),
                                         [&](const auto& o) { return o.key == key.toString(); }));
        if (!question) {
            fields.insert(QStringLiteral("answers"),
                          QStringLiteral("Câu %1 không thuộc lượt thi này.").arg(q.left(40)));
        } else if (!keyOk) {
            fields.insert(QStringLiteral("answers"),
                          QStringLiteral("Câu %1 không có phương án này.").arg(q));
        } else if (key.isNull()) {
            a.answers.remove(q);
        } else {
            a.answers.insert(q, key.toString());
        }
    }
    if (body.contains(QLatin1String("prediction"))) {
        const QJsonValue p = body.value(QLatin1String("prediction"));
        const double d = p.toDouble(-1);
        if (p.isNull())
            a.prediction.reset();
        else if (!p.isDouble() || d < 0 || d > kMaxPrediction || d != qint64(d))
            fields.insert(QStringLiteral("prediction"),
                          QStringLiteral("Dự đoán phải là một số nguyên không âm."));
        else
            a.prediction = qint64(d);
    }
    if (fields.isEmpty())
        return std::nullopt;
    return Outcome{Status::BadRequest,
                   errorBody(QStringLiteral("Bài làm chưa đúng dạng."), fields)};
}

std::optional<AttemptService::Outcome>
AttemptService::prepareChange(const QString& attemptId, const QByteArray& secret,
                              const QJsonObject& body, bool submitting,
                              AttemptStore::Attempt& attempt, const PublishedContest*& contest)
{
    Outcome refusal;
    auto a = open(attemptId, secret, refusal);
    if (!a)
        return refusal;
    if (a->submitted()) {
        // A resubmit gets the same answer and stores nothing; saving after it is refused.
        if (submitting)
            return Outcome{Status::Ok, QJsonDocument::fromJson(a->response).object()};
        return Outcome{Status::Conflict, errorBody(QStringLiteral("Bài thi này đã được nộp."))};
    }
    contest = this->contest(a->contestCode);
    if (!contest)
        return Outcome{Status::NotFound,
                       errorBody(QStringLiteral("Cuộc thi không còn được công bố."))};
    if (auto bad = apply(*a, *contest, body))
        return bad;
    attempt = *a;
    return std::nullopt;
}

AttemptService::Outcome AttemptService::save(const QString& attemptId, const QByteArray& secret,
                                             const QJsonObject& body)
{
    AttemptStore::Attempt a;
    const PublishedContest* c = nullptr;
    if (auto early = prepareChange(attemptId, secret, body, false, a, c))
        return *early;
    if (!m_attempts.saveAnswers(a.id, a.answers, a.prediction))
        return {Status::Conflict, errorBody(QStringLiteral("Bài thi này đã được nộp."))};
    return {Status::NoContent, {}};
}

AttemptService::Outcome AttemptService::submit(const QString& attemptId, const QByteArray& secret,
                                               const QJsonObject& body)
{
    AttemptStore::Attempt attempt;
    const PublishedContest* c = nullptr;
    if (auto early = prepareChange(attemptId, secret, body, true, attempt, c))
        return *early;
    const AttemptStore::Attempt* a = &attempt;
    const qint64 nowMs = now();
    const QString submittedAt = Timestamp{nowMs, c->opensAt.offsetMinutes, true}.toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject response{{QStringLiteral("submission"), id},
                         {QStringLiteral("submitted_at"), submittedAt},
                         {QStringLiteral("duration_ms"), double(nowMs - a->startedMs)}};
    if (c->showScore) {
        int correct = 0;
        for (const QString& q : std::as_const(a->questions))
            if (const auto* question = c->question(q))
                correct += a->answers.value(q).toString() == question->answer ? 1 : 0;
        response.insert(QStringLiteral("correct"), correct);
    }
    if (nowMs > c->closesAt.utcMs) {
        // Stored all the same: the suite judges it invalid (rules.md), and the person is told.
        response.insert(QStringLiteral("late"), true);
        response.insert(QStringLiteral("message"),
                        QStringLiteral("Bài nộp sau khi cuộc thi đóng (%1): đã lưu nhưng không "
                                       "được tính giải.")
                            .arg(SiteHtml::dateTime(c->closesAt)));
    }
    const QByteArray responseJson = QJsonDocument(response).toJson(QJsonDocument::Compact);
    if (!m_attempts.submit(*a, responseJson, submissionJson(*a, id, submittedAt))) {
        const auto stored = m_attempts.find(a->id); // submitted meanwhile by another request
        return {Status::Ok,
                QJsonDocument::fromJson(stored ? stored->response : responseJson).object()};
    }
    return {Status::Ok, response};
}

QByteArray AttemptService::submissionJson(const AttemptStore::Attempt& a, const QString& id,
                                          const QString& submittedAt) const
{
    QJsonArray answers; // every drawn question, in the order drawn; null when unanswered
    for (const QString& q : a.questions) {
        const QJsonValue key = a.answers.value(q);
        answers << QJsonObject{{QStringLiteral("q"), q},
                               {QStringLiteral("a"), key.isString() ? key : QJsonValue()}};
    }
    const QJsonObject submission{
        {QStringLiteral("id"), id},
        {QStringLiteral("contestant"), a.contestant},
        {QStringLiteral("started_at"), a.startedAt},
        {QStringLiteral("submitted_at"), submittedAt},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("prediction"),
         a.prediction ? QJsonValue(double(*a.prediction)) : QJsonValue()},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("attempt"), a.id}, {QStringLiteral("client"), a.client}}}};
    return QJsonDocument(submission).toJson(QJsonDocument::Compact);
}
