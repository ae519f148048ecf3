#include "TestDatabase.h"
#include "backup/BackupBeforeSync.h"
#include "core/Problem.h"

class TestBackupBeforeSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offByDefaultWritesNothing();
    void keepsTheNewestN();
    void refusesAMissingFolderOrABadCount();
    void aFolderThatVanishedStopsTheSync();
    void otherFilesInTheFolderAreLeftAlone();
};

void TestBackupBeforeSync::offByDefaultWritesNothing()
{
    TestDatabase t;
    BackupBeforeSync b(t.db());
    QVERIFY(!b.policy().enabled());
    QCOMPARE(b.run(), QString());
}

void TestBackupBeforeSync::keepsTheNewestN()
{
    TestDatabase t;
    QTemporaryDir folder;
    BackupBeforeSync b(t.db());
    b.setPolicy({folder.path(), 3});
    QCOMPARE(b.policy().keep, 3);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        t.db().exec(QStringLiteral("INSERT INTO units (code, name, kind, collective_eligible) "
                                   "VALUES (?, 'x', 'agency', 1)"),
                    {QStringLiteral("U%1").arg(i)});
        written << b.run();
        QVERIFY(QFileInfo::exists(written.last()));
    }
    const QStringList kept = b.existing(folder.path());
    QCOMPARE(kept, written.mid(2));
    // The newest holds every unit written before it.
    auto newest = Database::open(kept.last());
    QSqlQuery q = newest->exec(QStringLiteral("SELECT count(*) FROM units"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void TestBackupBeforeSync::refusesAMissingFolderOrABadCount()
{
    TestDatabase t;
    BackupBeforeSync b(t.db());
    QVERIFY_THROWS_EXCEPTION(UserError, b.setPolicy({t.dir() + QStringLiteral("/missing"), 3}));
    QVERIFY_THROWS_EXCEPTION(UserError, b.setPolicy({t.dir(), 0}));
    QVERIFY(!b.policy().enabled());
}

void TestBackupBeforeSync::aFolderThatVanishedStopsTheSync()
{
    TestDatabase t;
    const QString folder = t.dir() + QStringLiteral("/backups");
    QVERIFY(QDir().mkpath(folder));
    BackupBeforeSync b(t.db());
    b.setPolicy({folder, 2});
    QVERIFY(QDir(folder).removeRecursively());
    try {
        b.run();
        QFAIL("a sync would have gone ahead without its backup");
    } catch (const EnvironmentError& e) {
        QVERIFY2(e.message().contains(folder), qPrintable(e.message()));
    }
}

void TestBackupBeforeSync::otherFilesInTheFolderAreLeftAlone()
{
    TestDatabase t;
    QTemporaryDir folder;
    const QString other =
        folder.filePath(QStringLiteral("other-before-sync-20240101-000000-000.sqlite"));
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    BackupBeforeSync b(t.db());
    b.setPolicy({folder.path(), 1});
    b.run();
    b.run();
    QCOMPARE(b.existing(folder.path()).size(), 1);
    QVERIFY(QFileInfo::exists(other));
}

QTEST_GUILESS_MAIN(TestBackupBeforeSync)
#include "TestBackupBeforeSync.moc"
