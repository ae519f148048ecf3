#include "printing/QrCode.h"
#include "printing/QrCodeQueue.h"

#include <QtTest>

// The certificates' QR codes made on a thread of their own (issue 17: a third of a
// certificate's time): each page must get its own code, in order, as QrCode::image makes
// it, and a print cancelled half-way must not wait for the codes it will never draw.
class TestQrCodeQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPageGetsItsOwnCodeInOrder();
    void anEmptyPayloadIsNoCode();
    void stoppingEarlyDoesNotMakeTheRest();
};

void TestQrCodeQueue::everyPageGetsItsOwnCodeInOrder()
{
    QStringList payloads;
    for (int i = 0; i < 300; ++i)
        payloads << QStringLiteral("https://thi.sonha.gov.vn/xac-minh/K%1").arg(i);
    QrCodeQueue queue(payloads);
    for (int i = 0; i < payloads.size(); ++i) {
        const QImage image = queue.take(i);
        QVERIFY(!image.isNull());
        QCOMPARE(image, QrCode::image(payloads.at(i)));
    }
    QVERIFY(QrCode::image(payloads.at(0)) != QrCode::image(payloads.at(1)));
}

void TestQrCodeQueue::anEmptyPayloadIsNoCode()
{
    QrCodeQueue queue({QStringLiteral("A"), QString(), QStringLiteral("C")});
    QVERIFY(!queue.take(0).isNull());
    QVERIFY(queue.take(1).isNull());
    QVERIFY(!queue.take(2).isNull());
}

void TestQrCodeQueue::stoppingEarlyDoesNotMakeTheRest()
{
    QStringList payloads;
    for (int i = 0; i < 200000; ++i)
        payloads << QStringLiteral("CONTEST-ADMIN VERIFY %1").arg(i);
    // Relative, not a fixed time: stopping must cost far less than making half of them.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2000; ++i)
        QrCode::image(payloads.at(i));
    const qint64 twoThousand = std::max<qint64>(timer.elapsed(), 1);
    timer.restart();
    {
        QrCodeQueue queue(payloads);
        QVERIFY(!queue.take(0).isNull());
    }
    QVERIFY2(timer.elapsed() < 50 * twoThousand,
             qPrintable(QStringLiteral("stopping took %1 ms; 2,000 codes take %2 ms")
                            .arg(timer.elapsed())
                            .arg(twoThousand)));
}

QTEST_GUILESS_MAIN(TestQrCodeQueue)
#include "TestQrCodeQueue.moc"
