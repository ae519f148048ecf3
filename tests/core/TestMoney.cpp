#include "core/Money.h"

#include <QtTest>

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsThousandsWithDots()
    {
        QCOMPARE(Money::format(1500000), QStringLiteral("1.500.000 đồng"));
        QCOMPARE(Money::groupDigits(0), QStringLiteral("0"));
        QCOMPARE(Money::groupDigits(999), QStringLiteral("999"));
        QCOMPARE(Money::groupDigits(1000), QStringLiteral("1.000"));
        QCOMPARE(Money::groupDigits(11500000), QStringLiteral("11.500.000"));
        QCOMPARE(Money::groupDigits(-300000), QStringLiteral("-300.000"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
