#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditedDataCheck.h"
#include "contest/ContestRepository.h"
#include "judging/ResultsLock.h"
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
    void aSnapshotChangedAfterLockingIsFound();
    void aDeletedSnapshotIsFound();
    void accountsTheLogNeverCreatedAreFound();
    void findingsAcceptedOnARestoreCountAsAudited();
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

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-2024");

qint64 lockEmptyResults(Database& db)
{
    return ResultsLock(db).lock(Results{}).id;
}
} // namespace

void TestAuditLog::aSnapshotChangedAfterLockingIsFound()
{
    TestDatabase t;
    const qint64 id = lockEmptyResults(t.db());
    QVERIFY(AuditedDataCheck(t.db()).findings().isEmpty());
    QCOMPARE(AuditedDataCheck(t.db()).snapshotsChecked(), 1);
    // Someone with the database file changes the frozen results and, to cover it, the hash
    // stored beside them: the snapshot still "verifies" against itself...
    const QString forged = QStringLiteral("{\"forged\":true}");
    t.db().exec(
        QStringLiteral("UPDATE results_snapshots SET content_json = ?, sha256 = ? WHERE id = ?"),
        {forged, ResultsLock::sha256(forged.toUtf8()), id});
    QVERIFY(ResultsLock(t.db()).current()->contentIntact());
    QVERIFY(AuditLog(t.db()).verify().intact); // the chain itself is untouched
    // ...but not against the hash its lock entry recorded.
    const AuditedDataCheck check(t.db());
    QCOMPARE(check.findings().size(), 1);
    const QString problem = check.snapshotProblem(id);
    QVERIFY2(problem.contains(QStringLiteral("snapshot %1").arg(id)) &&
                 problem.contains(QLatin1String("changed after it was locked")),
             qPrintable(problem));
    QVERIFY(check.snapshotProblem(id + 1).isEmpty());
}

void TestAuditLog::aDeletedSnapshotIsFound()
{
    TestDatabase t;
    const qint64 id = lockEmptyResults(t.db());
    t.db().exec(QStringLiteral("DELETE FROM results_snapshots"));
    const QList<AuditFinding> f = AuditedDataCheck(t.db()).findings();
    QCOMPARE(f.size(), 1);
    QVERIFY2(f.first().message.contains(QStringLiteral("snapshot %1").arg(id)) &&
                 f.first().message.contains(QLatin1String("deleted")),
             qPrintable(f.first().message));
}

void TestAuditLog::accountsTheLogNeverCreatedAreFound()
{
    TestDatabase t;
    UserRepository users(t.db());
    users.create(QStringLiteral("admin"), QString(), Role::Committee, kPassword);
    Login::logIn(t.db(), QStringLiteral("admin"), kPassword);
    users.create(QStringLiteral("giamkhao"), QString(), Role::Judge, kPassword);
    users.changeRole(QStringLiteral("giamkhao"), Role::Secretary);
    Session::end();
    QVERIFY(AuditedDataCheck(t.db()).findings().isEmpty());
    QCOMPARE(AuditedDataCheck(t.db()).accountsChecked(), 2);

    // An account written straight into the table, and a role raised the same way.
    t.db().exec(
        QStringLiteral("INSERT INTO users (username, username_key, display_name, role, "
                       "password_hash, salt, iterations, algorithm, created_at) "
                       "SELECT 'mallory', 'mallory', 'M', 'committee', password_hash, salt, "
                       "iterations, algorithm, created_at FROM users WHERE username = 'admin'"));
    t.db().exec(QStringLiteral("UPDATE users SET role = 'committee' WHERE username = 'giamkhao'"));
    QVERIFY(AuditLog(t.db()).verify().intact);
    const QList<AuditFinding> f = AuditedDataCheck(t.db()).accountFindings();
    QCOMPARE(f.size(), 2);
    QCOMPARE(f.at(0).subject, QStringLiteral("giamkhao"));
    QVERIFY2(f.at(0).message.contains(QLatin1String("role committee")) &&
                 f.at(0).message.contains(QLatin1String("secretary")),
             qPrintable(f.at(0).message));
    QCOMPARE(f.at(1).subject, QStringLiteral("mallory"));
    QVERIFY2(f.at(1).message.contains(QLatin1String("no user.create entry")),
             qPrintable(f.at(1).message));
}

void TestAuditLog::findingsAcceptedOnARestoreCountAsAudited()
{
    TestDatabase t;
    const qint64 id = lockEmptyResults(t.db());
    t.db().exec(QStringLiteral("UPDATE results_snapshots SET content_json = '{}' WHERE id = ?"),
                {id});
    const QList<AuditFinding> found = AuditedDataCheck(t.db()).findings();
    QCOMPARE(found.size(), 1);
    AuditedDataCheck::recordRestore(t.db(), QStringLiteral("backup.sqlite"), found);
    QVERIFY(AuditedDataCheck(t.db()).findings().isEmpty());
    QVERIFY(AuditLog(t.db()).verify().intact);
    QCOMPARE(AuditLog(t.db()).entries().last().action, QStringLiteral("backup.restore"));
    // Accepted is that content, not any later one.
    t.db().exec(QStringLiteral("UPDATE results_snapshots SET content_json = '[]' WHERE id = ?"),
                {id});
    QCOMPARE(AuditedDataCheck(t.db()).findings().size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
