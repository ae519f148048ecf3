#include "contest/ContestRepository.h"
#include "contest/ContestSettingsJson.h"

#include "TestDatabase.h"

#include <QFile>

class TestContestRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithTheDefaults();
    void savesAndLoads();
    void refusesInvalidSettingsAndKeepsTheStoredOnes();
    void refusesABlueprintTopicThatDoesNotExist();
    void refusesASaveOverSomeoneElsesChange();
    void setFromFileMergesOverTheStoredSettings();
    void setFromFileWithABadFileChangesNothing();
};

void TestContestRepository::startsWithTheDefaults()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    QVERIFY(!repo.load());
    QCOMPARE(repo.rowVersion(), 0);
    QVERIFY(repo.loadOrDefaults() == ContestSettings::defaults());
}

void TestContestRepository::savesAndLoads()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    ContestSettings s = ContestSettings::defaults();
    s.title = QStringLiteral("Cuộc thi tìm hiểu Đề án 06");
    repo.save(s);
    QCOMPARE(repo.rowVersion(), 1);
    QVERIFY(repo.load() == s);
    repo.save(s, 1);
    QCOMPARE(repo.rowVersion(), 2);
}

void TestContestRepository::refusesInvalidSettingsAndKeepsTheStoredOnes()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    repo.save(ContestSettings::defaults());
    ContestSettings bad = ContestSettings::defaults();
    bad.questionsPerAttempt = 31;
    QVERIFY_THROWS_EXCEPTION(UserError, repo.save(bad));
    QVERIFY(repo.load() == ContestSettings::defaults());
    QCOMPARE(repo.rowVersion(), 1);
}

void TestContestRepository::refusesABlueprintTopicThatDoesNotExist()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    ContestSettings s = ContestSettings::defaults();
    s.blueprint[0].topic = QStringLiteral("NOPE");
    try {
        repo.save(s);
        QFAIL("unknown topic accepted");
    } catch (const UserError& e) {
        QVERIFY(e.message().contains(QLatin1String("blueprint[0].topic")));
        QVERIFY(e.message().contains(QLatin1String("NOPE")));
    }
    QVERIFY(!repo.load());
}

void TestContestRepository::refusesASaveOverSomeoneElsesChange()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    repo.save(ContestSettings::defaults());
    const int seen = repo.rowVersion();
    ContestSettings theirs = ContestSettings::defaults();
    theirs.title = QStringLiteral("Their title");
    repo.save(theirs, seen);
    ContestSettings mine = ContestSettings::defaults();
    mine.title = QStringLiteral("My title");
    QVERIFY_THROWS_EXCEPTION(UserError, repo.save(mine, seen));
    QCOMPARE(repo.load()->title, QStringLiteral("Their title"));
}

void TestContestRepository::setFromFileMergesOverTheStoredSettings()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    ContestSettings s = ContestSettings::defaults();
    s.maxAttempts = 3;
    repo.save(s);
    const QString file = t.dir() + QStringLiteral("/partial.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"certificate_min_correct": 20})");
    f.close();
    const ContestSettings stored = repo.setFromFile(file);
    QCOMPARE(stored.certificateMinCorrect, 20);
    QCOMPARE(stored.maxAttempts, 3);
    QVERIFY(repo.load() == stored);
}

void TestContestRepository::setFromFileWithABadFileChangesNothing()
{
    TestDatabase t;
    ContestRepository repo(t.db());
    repo.save(ContestSettings::defaults());
    const QString file = t.dir() + QStringLiteral("/bad.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"title": "changed", "blueprint": [{"topic": "XYZ", "count": 30}]})");
    f.close();
    try {
        repo.setFromFile(file);
        QFAIL("bad file accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(QLatin1String("bad.json: ")), qPrintable(e.message()));
    }
    QVERIFY(repo.load() == ContestSettings::defaults());
    QVERIFY_THROWS_EXCEPTION(UserError, repo.setFromFile(t.dir() + QStringLiteral("/missing.json")));
}

QTEST_GUILESS_MAIN(TestContestRepository)
#include "TestContestRepository.moc"
