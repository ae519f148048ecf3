#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QFile>

#include <stdexcept>

ServerOptions ServerOptions::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Reference server of the contest API (spec/server-api.md), over HTTPS."));
    p.addHelpOption();
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("PEM certificate"),
                                  QStringLiteral("F"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM private key"),
                                 QStringLiteral("F"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite file (created), or postgresql://user:password@host:port/db (several processes may share it)"),
                                  QStringLiteral("F"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port, 0 = any free"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QStringLiteral("address to listen on"), QStringLiteral("A"),
                                     QStringLiteral("127.0.0.1"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("the Bearer token clients must send"),
                                   QStringLiteral("T"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("file holding the Bearer token"),
                                       QStringLiteral("F"));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("add N generated submissions at start"),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("503,429,500,cut,truncate,slow"),
                                    QStringLiteral("LIST"));
    const QCommandLineOption rate(QStringLiteral("fault-rate"),
                                  QStringLiteral("share of page requests that fail"),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("seed for generation and faults"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption slow(QStringLiteral("slow-ms"),
                                  QStringLiteral("delay of the slow fault"), QStringLiteral("MS"),
                                  QStringLiteral("1500"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("most items per page"), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption http(
        QStringLiteral("http"),
        QStringLiteral("plain HTTP behind a reverse proxy (loopback addresses only)"));
    const QCommandLineOption clientRate(QStringLiteral("client-rate"),
                                        QStringLiteral("contestant requests per second per client"),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption clientBurst(QStringLiteral("client-burst"),
                                         QStringLiteral("contestant requests a client may burst"),
                                         QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     QStringLiteral("largest contestant request body, bytes"),
                                     QStringLiteral("N"), QStringLiteral("65536"));
    const QCommandLineOption demoSite(
        QStringLiteral("demo-site"),
        QStringLiteral("publish the demo contest, open from now for 30 days (to try the site)"));
    p.addOptions({cert, key, data, port, address, token, generate, faults, rate, seed, slow,
                  pageSize, http, clientRate, clientBurst, maxBody, demoSite, tokenFile});
    if (!p.parse(arguments))
        throw std::invalid_argument(p.errorText().toStdString());
    if (p.isSet(QStringLiteral("help")))
        throw std::invalid_argument(p.helpText().toStdString());
    ServerOptions o;
    o.certFile = p.value(cert);
    o.keyFile = p.value(key);
    o.dataFile = p.value(data);
    o.token = p.value(token).toUtf8();
    if (p.isSet(tokenFile)) {
        // A file, so the token is not on the command line for every user's `ps` to see.
        QFile f(p.value(tokenFile));
        if (!f.open(QIODevice::ReadOnly))
            throw std::invalid_argument(QString(QStringLiteral("--token-file ") + f.fileName() +
                                                QStringLiteral(": ") + f.errorString())
                                            .toStdString());
        o.token = f.readAll().trimmed();
    }
    o.plainHttp = p.isSet(http);
    o.demoSite = p.isSet(demoSite);
    if ((!o.plainHttp && (o.certFile.isEmpty() || o.keyFile.isEmpty())) || o.dataFile.isEmpty() ||
        o.token.isEmpty())
        throw std::invalid_argument(
            "--cert F and --key F (or --http), --data F and --token T (or --token-file F) are "
            "required\n" +
            p.helpText().toStdString());
    bool ok = true;
    auto number = [&](const QCommandLineOption& opt) {
        bool good = false;
        const long long v = p.value(opt).toLongLong(&good);
        ok = ok && good && v >= 0;
        return v;
    };
    o.port = quint16(number(port));
    o.generate = int(number(generate));
    o.seed = quint32(number(seed));
    o.slowMs = int(number(slow));
    o.maxPageSize = int(number(pageSize));
    o.clientBurst = int(number(clientBurst));
    o.maxBodyBytes = int(number(maxBody));
    bool clientRateOk = false;
    o.clientRate = p.value(clientRate).toDouble(&clientRateOk);
    ok = ok && clientRateOk && o.clientRate >= 0;
    bool rateOk = false;
    o.faultRate = p.value(rate).toDouble(&rateOk);
    ok = ok && rateOk;
    o.faults = p.value(faults);
    o.address = QHostAddress(p.value(address));
    if (!ok || o.address.isNull() || o.maxPageSize < 1 || o.faultRate < 0 || o.faultRate > 1)
        throw std::invalid_argument("a numeric option or --address has a wrong value");
    if (o.plainHttp && !o.address.isLoopback())
        throw std::invalid_argument(
            "--http is only accepted on a loopback address (127.0.0.1 or ::1), for a reverse "
            "proxy on the same machine that holds the TLS certificate: elsewhere the admin token "
            "and the contestants' answers would cross the network unencrypted");
    return o;
}
