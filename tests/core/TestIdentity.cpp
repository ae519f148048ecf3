#include "core/Identity.h"

#include <QtTest>

class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idNumbers_data();
    void idNumbers();
    void phones_data();
    void phones();
    void keyPrefersIdNumber();
};

void TestIdentity::idNumbers_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("CCCD") << "051190001234" << "051190001234";
    QTest::newRow("CCCD with spaces") << " 051 190 001 234 " << "051190001234";
    QTest::newRow("old CMND") << "212345678" << "212345678";
    QTest::newRow("11 digits") << "05119000123" << "";
    QTest::newRow("letters") << "05119000123A" << "";
    QTest::newRow("dots are not spaces") << "051.190.001.234" << "";
    QTest::newRow("empty") << "" << "";
}

void TestIdentity::idNumbers()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalised);
    QCOMPARE(Identity::normalizeIdNumber(raw), normalised);
}

void TestIdentity::phones_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalised");
    // rules.md: these three are one person.
    QTest::newRow("international with spaces") << "+84 905 123 456" << "0905123456";
    QTest::newRow("84 prefix") << "84905123456" << "0905123456";
    QTest::newRow("dots") << "0905.123.456" << "0905123456";
    QTest::newRow("9 digits") << "905123456" << "";
    QTest::newRow("not starting with 0") << "9905123456" << "";
    QTest::newRow("12 digits") << "849051234567" << "";
    QTest::newRow("empty") << "" << "";
}

void TestIdentity::phones()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalised);
    QCOMPARE(Identity::normalizePhone(raw), normalised);
}

void TestIdentity::keyPrefersIdNumber()
{
    QCOMPARE(Identity::contestantKey(u"051190001234", u"0905123456"), QStringLiteral("051190001234"));
    QCOMPARE(Identity::contestantKey(u"12345", u"+84 905 123 456"), QStringLiteral("0905123456"));
    QCOMPARE(Identity::contestantKey(u"", u"12"), QString());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "TestIdentity.moc"
