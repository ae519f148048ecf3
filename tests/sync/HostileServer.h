#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QUrlQuery>

#include <functional>

class QSslSocket;

// A deliberately hostile HTTPS server for the sync tests: it answers every request with
// whatever its handler writes (a redirect elsewhere, a cycling cursor, a response that
// drips or never ends, broken items) and records what each request carried. Test-only:
// nothing of it is in the product. It runs in the test's own event loop, so the test waits
// for contestctl with QSignalSpy::wait, never by blocking.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QUrlQuery query;
        QByteArray authorization; // empty: none was sent
    };
    using Handler = std::function<void(QSslSocket* socket, const Request& request)>;

    HostileServer(const QString& certFile, const QString& keyFile);
    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    QString url() const; // https://localhost:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // A whole response with Content-Length, then the connection closes.
    static void respond(QSslSocket* socket, int status, const QByteArray& body,
                        const QList<QByteArray>& headers = {});
    // The status line and headers only (no Content-Length unless given): the body follows.
    static void writeHead(QSslSocket* socket, int status, const QList<QByteArray>& headers);

private:
    void serve(QSslSocket* socket);

    QSslServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};
