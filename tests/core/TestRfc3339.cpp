#include "core/Rfc3339.h"

#include <QtTest>

class TestRfc3339 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesOffsetsAndMilliseconds();
    void rejectsWhatIsNotRfc3339_data();
    void rejectsWhatIsNotRfc3339();
    void roundTripsItsOwnText_data();
    void roundTripsItsOwnText();
    void agreesWithQDateTime();
};

void TestRfc3339::parsesOffsetsAndMilliseconds()
{
    const auto t = Rfc3339::parse(u"2024-06-03T08:21:47.350+07:00");
    QVERIFY(t);
    QCOMPARE(t->offsetMinutes, 420);
    QVERIFY(t->hasMilliseconds);
    const auto utc = Rfc3339::parse(u"2024-06-03T01:21:47.35Z");
    QVERIFY(utc);
    QCOMPARE(utc->utcMs, t->utcMs); // same instant, written in another zone
    QCOMPARE(utc->offsetMinutes, 0);
    const auto micro = Rfc3339::parse(u"2024-06-03T01:21:47.350999Z");
    QVERIFY(micro);
    QCOMPARE(micro->utcMs, t->utcMs); // fractions past the millisecond are cut, not rounded
    const auto negative = Rfc3339::parse("1969-12-31T23:59:59-00:30", 25);
    QVERIFY(negative);
    QCOMPARE(negative->utcMs, qint64(1799000));
}

void TestRfc3339::rejectsWhatIsNotRfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no offset") << "2024-06-03T08:21:47";
    QTest::newRow("date only") << "2024-06-03";
    QTest::newRow("hour 24") << "2024-06-03T24:00:00+07:00";
    QTest::newRow("offset hours 24") << "2024-06-03T08:00:00+24:00";
    QTest::newRow("offset minutes 60") << "2024-06-03T08:00:00+07:60";
    QTest::newRow("offset without colon") << "2024-06-03T08:00:00+0700";
    QTest::newRow("30 February") << "2024-02-30T08:00:00+07:00";
    QTest::newRow("29 February 2023") << "2023-02-29T08:00:00+07:00";
    QTest::newRow("empty fraction") << "2024-06-03T08:00:00.+07:00";
    QTest::newRow("trailing text") << "2024-06-03T08:00:00+07:00 ";
    QTest::newRow("Vietnamese date") << "03/06/2024 08:00";
    QTest::newRow("empty") << "";
}

void TestRfc3339::rejectsWhatIsNotRfc3339()
{
    QFETCH(QString, text);
    QVERIFY(!Rfc3339::parse(text));
    const QByteArray utf8 = text.toUtf8();
    QVERIFY(!Rfc3339::parse(utf8.constData(), utf8.size()));
}

void TestRfc3339::roundTripsItsOwnText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plan opening") << "2024-06-01T07:00:00+07:00";
    QTest::newRow("milliseconds") << "2024-06-03T08:21:47.350+07:00";
    QTest::newRow("negative offset") << "2024-02-29T23:59:59-03:30";
    QTest::newRow("utc") << "2000-01-01T00:00:00+00:00";
}

void TestRfc3339::roundTripsItsOwnText()
{
    QFETCH(QString, text);
    const auto t = Rfc3339::parse(text);
    QVERIFY(t);
    QCOMPARE(t->toString(), text);
    QCOMPARE(Timestamp::fromDateTime(t->toDateTime()), *t);
}

void TestRfc3339::agreesWithQDateTime()
{
    // A second opinion on the calendar arithmetic, over leap years and centuries.
    QDateTime dt(QDate(1899, 12, 31), QTime(23, 0), Qt::UTC);
    for (int i = 0; i < 3000; ++i) {
        dt = dt.addSecs(86400LL * 17 + 3601);
        const QString text = dt.toString(Qt::ISODate);
        const auto t = Rfc3339::parse(text);
        QVERIFY2(t, qPrintable(text));
        QCOMPARE(t->utcMs, dt.toMSecsSinceEpoch());
    }
}

QTEST_GUILESS_MAIN(TestRfc3339)
#include "TestRfc3339.moc"
