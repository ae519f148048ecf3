#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "units/ExclusionImporter.h"
#include "units/ExclusionRepository.h"
#include "units/UnitImporter.h"

#include "TestDatabase.h"

#include <QJsonObject>

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AuditLog::setCurrentUser(QStringLiteral("thu.ky")); }
    void recordsChangesThatAffectResults();
    void unchangedSettingsAreNotRecorded();
    void detectsAnEditedEntry();
    void detectsADeletedEntry();
    void detectsDeletedLastEntries();
    void failedChangeLeavesNoEntry();
};

namespace {
void makeThreeEntries(Database& db)
{
    AuditLog log(db);
    log.append(QStringLiteral("settings.update"), QStringLiteral("sonha-2024"), QJsonValue(), QJsonObject{{"a", 1}});
    log.append(QStringLiteral("tie.decide"), QStringLiteral("consolation"), QJsonValue(), QJsonObject{{"order", "x"}});
    log.append(QStringLiteral("results.lock"), QStringLiteral("1"), QJsonValue(), QJsonObject{{"sha256", "abc"}});
}
} // namespace

void TestAuditLog::recordsChangesThatAffectResults()
{
    TestDatabase t;
    ContestRepository(t.db()).save(ContestSettings::defaults());
    UnitImporter units(t.db());
    units.apply(units.planFromBytes("code,name,kind,headcount,collective_eligible\nPVHTT,Phòng VH-TT,agency,6,0\n",
                                    QStringLiteral("u.csv")));
    ExclusionImporter ex(t.db());
    ex.apply(ex.planFromBytes("type,value,reason\nunit,PVHTT,BTC\n", QStringLiteral("ex.csv")));
    ExclusionRepository(t.db()).remove(QStringLiteral("unit"), QStringLiteral("PVHTT"));

    const QList<AuditEntry> entries = AuditLog(t.db()).entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, QStringLiteral("settings.update"));
    QCOMPARE(entries.at(1).action, QStringLiteral("units.import"));
    QCOMPARE(entries.at(2).action, QStringLiteral("exclusions.import"));
    QCOMPARE(entries.at(3).action, QStringLiteral("exclusions.remove"));
    QVERIFY(entries.at(3).beforeJson.contains(QLatin1String("PVHTT")));
    QCOMPARE(entries.at(3).afterJson, QStringLiteral("[]"));
    for (const AuditEntry& e : entries)
        QCOMPARE(e.user, QStringLiteral("thu.ky"));
    QVERIFY(AuditLog(t.db()).verify().intact);
}

void TestAuditLog::unchangedSettingsAreNotRecorded()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    repo.save(ContestSettings::defaults());
    repo.save(ContestSettings::defaults());
    QCOMPARE(AuditLog(t.db()).entries().size(), 1);
}

void TestAuditLog::detectsAnEditedEntry()
{
    TestDatabase t;
    makeThreeEntries(t.db());
    QVERIFY(AuditLog(t.db()).verify().intact);
    t.db().exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE id = 2"));
    const AuditLog::Verification v = AuditLog(t.db()).verify();
    QVERIFY(!v.intact);
    QVERIFY2(v.problems.join('\n').contains(QLatin1String("entry 2")), qPrintable(v.problems.join('\n')));
}

void TestAuditLog::detectsADeletedEntry()
{
    TestDatabase t;
    makeThreeEntries(t.db());
    t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    QVERIFY(!AuditLog(t.db()).verify().intact);
}

void TestAuditLog::detectsDeletedLastEntries()
{
    TestDatabase t;
    makeThreeEntries(t.db());
    t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
    QVERIFY(!AuditLog(t.db()).verify().intact);
}

void TestAuditLog::failedChangeLeavesNoEntry()
{
    TestDatabase t;
    ContestSettings bad = ContestSettings::defaults();
    bad.questionsPerAttempt = 0;
    QVERIFY_THROWS_EXCEPTION(UserError, ContestRepository(t.db()).save(bad));
    QCOMPARE(AuditLog(t.db()).entries().size(), 0);
    try {
        t.db().transaction([&] {
            AuditLog(t.db()).append(QStringLiteral("x"), QStringLiteral("y"), QJsonValue(), QJsonObject{});
            throw UserError(QStringLiteral("the change failed"));
        });
    } catch (const UserError&) {
    }
    QCOMPARE(AuditLog(t.db()).entries().size(), 0); // rolled back with the change
    QVERIFY(AuditLog(t.db()).verify().intact);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
