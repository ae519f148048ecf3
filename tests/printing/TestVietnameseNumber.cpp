#include "printing/VietnameseNumber.h"

#include <QtTest>

// The amount in words on an award list is what the finance office pays: every reading
// rule with its own case.
class TestVietnameseNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data();
    void words();
    void amountCapitalisedWithDong();
};

void TestVietnameseNumber::words_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << QStringLiteral("không");
    QTest::newRow("5") << qint64(5) << QStringLiteral("năm");
    QTest::newRow("10") << qint64(10) << QStringLiteral("mười");
    QTest::newRow("11 mười một") << qint64(11) << QStringLiteral("mười một");
    QTest::newRow("14 mười bốn") << qint64(14) << QStringLiteral("mười bốn");
    QTest::newRow("15 mười lăm") << qint64(15) << QStringLiteral("mười lăm");
    QTest::newRow("20 hai mươi") << qint64(20) << QStringLiteral("hai mươi");
    QTest::newRow("21 mốt") << qint64(21) << QStringLiteral("hai mươi mốt");
    QTest::newRow("24 tư") << qint64(24) << QStringLiteral("hai mươi tư");
    QTest::newRow("25 lăm") << qint64(25) << QStringLiteral("hai mươi lăm");
    QTest::newRow("100") << qint64(100) << QStringLiteral("một trăm");
    QTest::newRow("101 linh một") << qint64(101) << QStringLiteral("một trăm linh một");
    QTest::newRow("104 linh bốn") << qint64(104) << QStringLiteral("một trăm linh bốn");
    QTest::newRow("105 linh năm") << qint64(105) << QStringLiteral("một trăm linh năm");
    QTest::newRow("115 mười lăm") << qint64(115) << QStringLiteral("một trăm mười lăm");
    QTest::newRow("1.000") << qint64(1000) << QStringLiteral("một nghìn");
    QTest::newRow("1.001") << qint64(1001) << QStringLiteral("một nghìn không trăm linh một");
    QTest::newRow("1.010") << qint64(1010) << QStringLiteral("một nghìn không trăm mười");
    QTest::newRow("300.000") << qint64(300000) << QStringLiteral("ba trăm nghìn");
    QTest::newRow("1.500.000") << qint64(1500000) << QStringLiteral("một triệu năm trăm nghìn");
    QTest::newRow("1.005.000") << qint64(1005000)
                               << QStringLiteral("một triệu không trăm linh năm nghìn");
    QTest::newRow("1.000.005") << qint64(1000005)
                               << QStringLiteral("một triệu không trăm linh năm");
    QTest::newRow("11.500.000") << qint64(11500000)
                                << QStringLiteral("mười một triệu năm trăm nghìn");
    QTest::newRow("18.000.000") << qint64(18000000) << QStringLiteral("mười tám triệu");
    QTest::newRow("21.000.000") << qint64(21000000) << QStringLiteral("hai mươi mốt triệu");
    QTest::newRow("1.000.000.000") << qint64(1000000000) << QStringLiteral("một tỷ");
    QTest::newRow("1.000.000.005")
        << qint64(1000000005) << QStringLiteral("một tỷ không trăm linh năm");
    QTest::newRow("2.050.000.000")
        << qint64(2050000000) << QStringLiteral("hai tỷ không trăm năm mươi triệu");
    QTest::newRow("1.000.000.000.000") << qint64(1000000000000) << QStringLiteral("một nghìn tỷ");
    QTest::newRow("125.345.678")
        << qint64(125345678)
        << QStringLiteral(
               "một trăm hai mươi lăm triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám");
}

void TestVietnameseNumber::words()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseNumber::toWords(value), expected);
}

void TestVietnameseNumber::amountCapitalisedWithDong()
{
    QCOMPARE(VietnameseNumber::amountInWords(11500000),
             QStringLiteral("Mười một triệu năm trăm nghìn đồng"));
    QCOMPARE(VietnameseNumber::amountInWords(1500000),
             QStringLiteral("Một triệu năm trăm nghìn đồng"));
    QCOMPARE(VietnameseNumber::amountInWords(0), QStringLiteral("Không đồng"));
}

QTEST_GUILESS_MAIN(TestVietnameseNumber)
#include "TestVietnameseNumber.moc"
