#include "HostileServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

HostileServer::HostileServer(const QString& certFile, const QString& keyFile)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QFile cert(certFile);
    QFile key(keyFile);
    if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_server.setSslConfiguration(ssl);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server.hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
            if (socket)
                serve(socket);
        }
    });
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HostileServer::url() const
{
    return QStringLiteral("https://localhost:%1").arg(port());
}

void HostileServer::serve(QSslSocket* socket)
{
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->clear();
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
                request.authorization = line.mid(colon + 1).trimmed();
        }
        m_requests.append(request);
        if (m_handler)
            m_handler(socket, request);
        else
            respond(socket, 404, R"({"error":"no handler"})");
    });
}

void HostileServer::writeHead(QSslSocket* socket, int status, const QList<QByteArray>& headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n" +
                      "Content-Type: application/json\r\nConnection: close\r\n";
    for (const QByteArray& h : headers)
        head += h + "\r\n";
    socket->write(head + "\r\n");
}

void HostileServer::respond(QSslSocket* socket, int status, const QByteArray& body,
                            const QList<QByteArray>& headers)
{
    writeHead(socket, status,
              QList<QByteArray>{"Content-Length: " + QByteArray::number(body.size())} + headers);
    socket->write(body);
    socket->disconnectFromHost(); // after what was written has gone
}
