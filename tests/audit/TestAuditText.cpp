#include "audit/AuditText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

// The audit log as people read it (issue 14): phrases for the stored codes, names for
// the keys; the stored entry itself is never changed.
class TestAuditText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKnownCodeIsAPhrase();
    void unknownCodeIsSaidToBeOne();
    void tieDecisionNamesPrizeAndPeople();
    void usersByDisplayName();
};

void TestAuditText::everyKnownCodeIsAPhrase()
{
    static const QRegularExpression code(QStringLiteral("^[a-z_]+\\.[a-z_]+$"));
    QVERIFY(AuditText::knownActions().size() >= 17);
    for (const QString& c : AuditText::knownActions()) {
        QVERIFY(AuditText::isKnown(c));
        QVERIFY2(!code.match(AuditText::action(c)).hasMatch(), qPrintable(c));
        QVERIFY(AuditText::action(c) != c);
    }
}

void TestAuditText::unknownCodeIsSaidToBeOne()
{
    QVERIFY(!AuditText::isKnown(QStringLiteral("future.action")));
    QCOMPARE(AuditText::action(QStringLiteral("future.action")),
             QStringLiteral("Other action (not known to this version)"));
}

void TestAuditText::tieDecisionNamesPrizeAndPeople()
{
    AuditEntry e;
    e.action = QStringLiteral("tie.decide");
    e.subject = QStringLiteral("third #1");
    e.afterJson = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("scope"), QStringLiteral("individual")},
                        {QStringLiteral("order"), QJsonArray{QStringLiteral("001190000002"),
                                                             QStringLiteral("001190000001")}}})
            .toJson());
    AuditText::Names names;
    names.prizes.insert(QStringLiteral("third"), QStringLiteral("Giải Ba"));
    names.person = [](const QString& key) {
        return key.endsWith(QLatin1Char('2')) ? QStringLiteral("Trương Hoài Linh (1994)")
                                              : QStringLiteral("Hoàng Ngọc Thủy (1981)");
    };
    const QString subject = AuditText::subject(e, names);
    QCOMPARE(subject, QStringLiteral("Giải Ba, decision no. 1: Trương Hoài Linh (1994) > "
                                     "Hoàng Ngọc Thủy (1981)"));
    QVERIFY(!subject.contains(QLatin1String("0011900")));
}

void TestAuditText::usersByDisplayName()
{
    AuditText::Names names;
    names.users.insert(QStringLiteral("giamkhao"), QStringLiteral("Phạm Giám Khảo"));
    QCOMPARE(AuditText::user(QStringLiteral("giamkhao"), names),
             QStringLiteral("Phạm Giám Khảo (giamkhao)"));
    QCOMPARE(AuditText::user(QStringLiteral("other"), names), QStringLiteral("other"));
    QCOMPARE(AuditText::user(QStringLiteral("unknown"), names), QStringLiteral("(not recorded)"));
}

QTEST_GUILESS_MAIN(TestAuditText)
#include "TestAuditText.moc"
