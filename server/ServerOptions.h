#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// contest-server's command line.
struct ServerOptions
{
    QString certFile;
    QString keyFile;
    QString dataFile;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (printed)
    QByteArray token;
    int generate = 0;      // submissions to add at start
    bool demoSite = false; // publish the built-in demo contest, open from now for 30 days
    QString faults;        // "503,429,500,cut,truncate,slow"
    double faultRate = 0;
    quint32 seed = 1;
    int slowMs = 1500;
    int maxPageSize = 1000; // the most items a page holds, whatever the client asks
    // Plain HTTP instead of TLS: only on a loopback address, for nginx in front (which
    // then holds the certificate). On any other address the token and the contestants'
    // data would cross the network in clear text, so it is refused.
    bool plainHttp = false;
    double clientRate = 5;    // contestant requests per second and client, after the burst
    int clientBurst = 60;     // requests a client may send at once
    int maxBodyBytes = 65536; // contestant requests above this: 413

    // Throws std::invalid_argument with a usage message.
    static ServerOptions parse(const QStringList& arguments);
};
