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
    int generate = 0; // submissions to add at start
    QString faults;   // "503,429,500,cut,truncate,slow"
    double faultRate = 0;
    quint32 seed = 1;
    int slowMs = 1500;
    int maxPageSize = 1000; // the most items a page holds, whatever the client asks

    // Throws std::invalid_argument with a usage message.
    static ServerOptions parse(const QStringList& arguments);
};
