// contestctl publish / sync: the online server of spec/server-api.md.
#include "CtlCommands.h"

#include "backup/BackupBeforeSync.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "core/Rfc3339.h"
#include "sync/PackageBuilder.h"
#include "sync/ServerClient.h"
#include "sync/SitePublication.h"
#include "sync/SyncEngine.h"
#include "sync/TokenStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

// `option S` in seconds (0 < S <= 3600) into `ms`, left as it is when not given.
void takeMilliseconds(CtlContext& ctx, const QString& option, int& ms)
{
    const QString text = ctx.takeOption(option);
    if (text.isEmpty())
        return;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        throw UserError(Tr::tr("%1 %2: expected seconds between 0 and 3600").arg(option, text));
    ms = int(seconds * 1000);
}

// The options publish and sync share. The token comes from --token-file, else from the
// token store (keychain or 0600 file); it is never printed.
ServerConfig takeServerConfig(CtlContext& ctx, const QString& usage)
{
    ServerConfig config;
    const QString server = ctx.takeOption(QStringLiteral("--server"));
    if (server.isEmpty())
        throw UserError(Tr::tr("--server URL is required (usage: contestctl %1)").arg(usage));
    config.baseUrl = QUrl(server, QUrl::StrictMode);
    if (!config.baseUrl.isValid() || config.baseUrl.scheme() != QLatin1String("https"))
        throw UserError(
            Tr::tr("--server %1: expected an https:// URL such as https://127.0.0.1:8443")
                .arg(server));
    config.caFile = ctx.takeOption(QStringLiteral("--ca-file"));
    config.pinnedSha256 = ctx.takeOption(QStringLiteral("--pin-sha256")).toLatin1();
    takeMilliseconds(ctx, QStringLiteral("--timeout"), config.timeoutMs);
    takeMilliseconds(ctx, QStringLiteral("--deadline"), config.deadlineMs);
    const QString tokenFile = ctx.takeOption(QStringLiteral("--token-file"));
    if (!tokenFile.isEmpty()) {
        config.token = TokenStore::readTokenFile(tokenFile);
    } else {
        const std::optional<QByteArray> stored = TokenStore().read(config.key());
        if (!stored || stored->isEmpty())
            throw UserError(
                Tr::tr("no token stored for %1: give --token-file F").arg(config.key()));
        config.token = *stored;
    }
    return config;
}

QString relative(qint64 deltaMs)
{
    const qint64 minutes = std::abs(deltaMs) / 60000;
    const QString span = minutes >= 2 * 24 * 60 ? Tr::tr("%1 days").arg(minutes / (24 * 60))
                         : minutes >= 120
                             ? Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                             : Tr::tr("%1 min").arg(minutes);
    return span;
}

// "opens in 3 days (…)" / "opened 2 days ago (…)": whole sentences, so translators can
// order them as their language needs.
QString windowLine(bool opening, const QString& text)
{
    const std::optional<Timestamp> t = Rfc3339::parse(text);
    if (!t)
        return opening ? Tr::tr("opens at %1").arg(text) : Tr::tr("closes at %1").arg(text);
    const qint64 delta = t->utcMs - QDateTime::currentMSecsSinceEpoch();
    const QString span = relative(delta);
    if (delta >= 0)
        return (opening ? Tr::tr("opens in %1 (%2)") : Tr::tr("closes in %1 (%2)")).arg(span, text);
    return (opening ? Tr::tr("opened %1 ago (%2)") : Tr::tr("closed %1 ago (%2)")).arg(span, text);
}

int runPublish(CtlContext& ctx)
{
    const QString usage = QStringLiteral("publish --server URL [--token-file F] [--ca-file F]");
    const ServerConfig config = takeServerConfig(ctx, usage);
    ctx.positionals(0, usage);
    Database& db = ctx.openExisting();
    const QJsonObject package = PackageBuilder(db).build();
    const QString code = package.value(QLatin1String("code")).toString();

    QNetworkAccessManager manager; // fresh: no connection trusted by an earlier run
    ServerClient client(manager, config);
    const int version = client.publish(code, package);
    ctx.out()
        << Tr::tr("published %1 to %2: package_version %3").arg(code, config.key()).arg(version)
        << '\n';
    const QJsonObject contest = client.contest(code);
    ctx.out() << windowLine(true, contest.value(QLatin1String("opens_at")).toString()) << '\n'
              << windowLine(false, contest.value(QLatin1String("closes_at")).toString()) << '\n'
              << Tr::tr("submissions so far: %1")
                     .arg(qint64(contest.value(QLatin1String("submission_count")).toDouble()))
              << '\n';
    return 0;
}

// publish results / publish certificates: what the contest site shows at /ket-qua and
// /xac-minh/{code}, from the locked results only.
int runPublishToSite(CtlContext& ctx, const QString& what)
{
    const QString usage =
        QStringLiteral("publish %1 --server URL [--token-file F] [--ca-file F]").arg(what);
    const ServerConfig config = takeServerConfig(ctx, usage);
    ctx.positionals(0, usage);
    Database& db = ctx.openExisting();
    const QJsonObject body = what == QLatin1String("results") ? SitePublication::results(db)
                                                              : SitePublication::certificates(db);
    const QString code = body.value(QLatin1String("code")).toString();
    QNetworkAccessManager manager;
    ServerClient client(manager, config);
    client.publishToSite(code, what, body);
    if (what == QLatin1String("results"))
        ctx.out() << Tr::tr("published the locked results %1 (SHA-256 %2) of %3 to %4: %5 "
                            "individual and %6 collective prizes")
                         .arg(qint64(body.value(QLatin1String("snapshot")).toDouble()))
                         .arg(body.value(QLatin1String("sha256")).toString(), code, config.key())
                         .arg(body.value(QLatin1String("individual")).toArray().size())
                         .arg(body.value(QLatin1String("collective")).toArray().size())
                  << '\n';
    else
        ctx.out() << Tr::tr("published the certificate register of %1 to %2: %3 valid, %4 revoked")
                         .arg(code, config.key())
                         .arg(body.value(QLatin1String("certificates")).toArray().size())
                         .arg(body.value(QLatin1String("revoked")).toArray().size())
                  << '\n';
    return 0;
}

int runSync(CtlContext& ctx)
{
    const QString usage = QStringLiteral("sync --server URL [--token-file F] [--ca-file F]");
    ServerConfig config = takeServerConfig(ctx, usage);
    const QString limitText = ctx.takeOption(QStringLiteral("--page-size"));
    const QString maxPagesText = ctx.takeOption(QStringLiteral("--max-pages"));
    const bool showProgress = ctx.takeFlag(QStringLiteral("--progress"));
    const QString maxPageText = ctx.takeOption(QStringLiteral("--max-page-mb"));
    ctx.positionals(0, usage);
    if (!maxPageText.isEmpty()) {
        bool ok = false;
        const double megabytes = maxPageText.toDouble(&ok);
        if (!ok || megabytes < 0.1 || megabytes > 4096)
            throw UserError(Tr::tr("--max-page-mb %1: expected megabytes between 0.1 and 4096")
                                .arg(maxPageText));
        config.maxPageBytes = qint64(megabytes * 1024 * 1024);
    }
    int limit = 1000;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            throw UserError(Tr::tr("--page-size %1: expected 1 to 1000").arg(limitText));
    }
    Database& db = ctx.openExisting();
    // The backup before each sync (contestctl backup before-sync), when one is set: no
    // backup, no sync.
    if (const QString backup = BackupBeforeSync(db).run(); !backup.isEmpty())
        std::fprintf(stderr, "backup before sync: %s\n", qPrintable(backup));

    QNetworkAccessManager manager;
    ServerClient client(manager, config);
    SyncEngine engine(db, client);
    engine.setPageLimit(limit);
    engine.setMaxPages(maxPagesText.toInt());
    if (showProgress) {
        // stderr, one line a page, so that scripts (and tests) can follow a long pull.
        QObject::connect(&engine, &SyncEngine::progress, [](int pages, qint64 items, double rate) {
            std::fprintf(stderr, "page %d stored: %lld items, %.0f items/s\n", pages,
                         static_cast<long long>(items), rate);
            std::fflush(stderr);
        });
        QObject::connect(&client, &ServerClient::retrying,
                         [](int attempt, int waitMs, const QString& reason) {
                             std::fprintf(stderr, "retry %d in %d ms: %s\n", attempt, waitMs,
                                          qPrintable(reason));
                             std::fflush(stderr);
                         });
    }
    try {
        ctx.out() << engine.run().line() << '\n';
    } catch (...) {
        // The pages stored before the failure stay stored: say how many, then the error.
        ctx.out() << engine.stored().line() << '\n';
        throw;
    }
    return 0;
}

// Keeps a server's token in the token store, so that scheduled syncs need no token file.
int runTokenSet(CtlContext& ctx)
{
    const QString usage = QStringLiteral("token set --server URL --token-file F");
    const QString server = ctx.takeOption(QStringLiteral("--server"));
    const QString file = ctx.takeOption(QStringLiteral("--token-file"));
    ctx.positionals(0, usage);
    if (server.isEmpty() || file.isEmpty())
        throw UserError(
            Tr::tr("--server URL and --token-file F are required (usage: contestctl %1)")
                .arg(usage));
    ServerConfig config;
    config.baseUrl = QUrl(server, QUrl::StrictMode);
    if (!config.baseUrl.isValid() || config.baseUrl.scheme() != QLatin1String("https"))
        throw UserError(
            Tr::tr("--server %1: expected an https:// URL such as https://127.0.0.1:8443")
                .arg(server));
    TokenStore store;
    store.write(config.key(), TokenStore::readTokenFile(file));
    ctx.out() << Tr::tr("token for %1 stored in %2").arg(config.key(), store.backendDescription())
              << '\n';
    return 0;
}

} // namespace

QList<CtlCommand> syncCommands()
{
    const QString common = QStringLiteral(
        "URL is the server's base URL (https only), e.g. https://127.0.0.1:8443. The\n"
        "server's certificate is always verified: --ca-file F adds a PEM CA to trust;\n"
        "--pin-sha256 HEX accepts a certificate not otherwise trusted only if its SHA-256\n"
        "fingerprint is HEX. The token is read from --token-file F (the file holds only\n"
        "the token), else from the token store. --timeout S: seconds without data before\n"
        "an attempt counts as failed (default 30). --deadline S: seconds for a whole\n"
        "response, however slowly it arrives (default 60); past it the run stops (exit 2)\n"
        "without retrying. A redirect is followed only within the server's own origin\n"
        "(scheme, host, port): one elsewhere stops the run (exit 2) and the token is never\n"
        "sent there. A wrong token (HTTP 401) or a refused package exits 1; an untrusted\n"
        "certificate or an unreachable server exits 2.");
    return {
        {{QStringLiteral("publish")},
         QStringLiteral("publish --server URL [--token-file F] [--ca-file F]"),
         QStringLiteral(
             "send the exam package (settings, units, approved questions) to the server"),
         QStringLiteral(
             "Checks the package first (settings valid, the window, the prediction question,\n"
             "enough approved questions for each topic of the blueprint), PUTs it, prints the\n"
             "server's package_version, then when the window opens and closes and how many\n"
             "submissions the server holds.\n") +
             common,
         runPublish},
        {{QStringLiteral("publish"), QStringLiteral("results")},
         QStringLiteral("publish results --server URL [--token-file F] [--ca-file F]"),
         QStringLiteral("send the locked results' prize winners to the contest site (/ket-qua)"),
         QStringLiteral(
             "Sends the prize winners of the LOCKED results (rank, name, birth year, unit name,\n"
             "prize, amount) and the collective prizes, with the snapshot's number and SHA-256\n"
             "as the printed award list carries them. No ID number, phone or address is sent.\n"
             "Refused while nothing is locked.\n") +
             common,
         [](CtlContext& ctx) { return runPublishToSite(ctx, QStringLiteral("results")); }},
        {{QStringLiteral("publish"), QStringLiteral("certificates")},
         QStringLiteral("publish certificates --server URL [--token-file F] [--ca-file F]"),
         QStringLiteral("send the certificate register to the contest site (/xac-minh/CODE)"),
         QStringLiteral(
             "Sends every certificate issued from the locked results (code, number, kind,\n"
             "holder's name, birth year, unit, result, date) and, as revoked, the codes of\n"
             "certificates printed from results unlocked since. The site then answers\n"
             "/xac-minh/CODE, which a certificate's QR opens when the contest has a site_url.\n") +
             common,
         [](CtlContext& ctx) { return runPublishToSite(ctx, QStringLiteral("certificates")); }},
        {{QStringLiteral("sync")},
         QStringLiteral("sync --server URL [--token-file F] [--ca-file F] [--deadline S]"),
         QStringLiteral("pull all new submissions from the server (resumes where it stopped)"),
         QStringLiteral(
             "Pages through the server's submissions from the stored cursor; each page is\n"
             "stored with its cursor in one transaction, so an interrupted sync loses nothing\n"
             "and the next one resumes. 429/503 wait for Retry-After; other 5xx, dropped\n"
             "connections and timeouts are retried with backoff. A malformed page stops the\n"
             "run (exit 2) and nothing of it is stored: a body that is not a JSON page, more\n"
             "items than asked for, a body over the size limit (16 KB per item asked for, at\n"
             "least 1 MB; --max-page-mb M sets it), a cursor already seen in this run. A bad\n"
             "item (not readable, not UTF-8, a NUL, a wrong birth year...) is stored as\n"
             "invalid with its reason and the rest of its page goes on. --page-size N asks\n"
             "for N items a page (at most 1000); --progress prints a line a page on stderr.\n"
             "Prints: new N, duplicate N, conflict N, invalid N, total N.\n") +
             common,
         runSync},
        {{QStringLiteral("token"), QStringLiteral("set")},
         QStringLiteral("token set --server URL --token-file F"),
         QStringLiteral("keep a server's token for later publish and sync runs"),
         QStringLiteral(
             "Stores the token of F in the system keychain, or, when no keychain answers (no\n"
             "D-Bus session), in a file readable only by you (0600) in the configuration\n"
             "folder; says which. publish and sync without --token-file use it."),
         runTokenSet},
    };
}
