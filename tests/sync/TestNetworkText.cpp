#include "sync/NetworkText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

// Network and keychain failures in our words, naming the host (issue 14): Qt's own texts
// are English whatever the interface language is.
class TestNetworkText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedConnectionNamesTheHost();
    void everyCodeHasAPhrase();
    void keychainWithoutDBus();
};

void TestNetworkText::refusedConnectionNamesTheHost()
{
    // A port that was free a moment ago: the real refusal, on loopback.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(
        QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/ping").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    const QString text = NetworkText::error(reply->error(), reply->url().host());
    QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("refused the connection")), qPrintable(text));
    QVERIFY(text != reply->errorString());
    reply->deleteLater();
}

void TestNetworkText::everyCodeHasAPhrase()
{
    for (int code = 1; code <= 499; ++code) {
        const QString text = NetworkText::error(static_cast<QNetworkReply::NetworkError>(code),
                                                QStringLiteral("h.vn"));
        QVERIFY2(text.contains(QLatin1String("h.vn")), qPrintable(text));
    }
    QVERIFY(NetworkText::error(QNetworkReply::NoError, QStringLiteral("h.vn")).isEmpty());
}

void TestNetworkText::keychainWithoutDBus()
{
    // QtKeychain's text when no session bus exists (CI, ssh): recognised, not repeated.
    const QString text = NetworkText::keychainError(
        7, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    QVERIFY2(text.contains(QLatin1String("no keychain service")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("autolaunch")));
}

QTEST_GUILESS_MAIN(TestNetworkText)
#include "TestNetworkText.moc"
