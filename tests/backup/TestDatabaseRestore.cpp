#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "backup/DatabaseRestore.h"
#include "backup/SqliteBackup.h"
#include "core/Problem.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void addUnit(Database& db, const QString& code)
{
    db.exec(
        QStringLiteral(
            "INSERT INTO units (code, name, kind, collective_eligible) VALUES (?, ?, 'agency', 1)"),
        {code, QString(QStringLiteral("Đơn vị ") + code)});
}

QStringList unitCodes(const QString& path)
{
    auto db = Database::open(path);
    QStringList codes;
    QSqlQuery q = db->exec(QStringLiteral("SELECT code FROM units ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

QStringList leftovers(const QString& dir)
{
    return QDir(dir).entryList(
        {QStringLiteral("*.restoring-*"), QStringLiteral("*.before-restore-*")}, QDir::Files);
}

} // namespace

class TestDatabaseRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void restoresAGoodBackupAndKeepsTheReplacedDatabase();
    void anExistingDatabaseNeedsForce();
    void restoresIntoAMissingDatabase();
    void refusesABadFileAndChangesNothing_data();
    void refusesABadFileAndChangesNothing();
    void refusesWhileAnotherConnectionHasItOpen();
    void anOlderBackupIsRestoredAndThenUpgraded();

private:
    std::unique_ptr<TestDatabase> m_t;
    QString m_backup;
};

void TestDatabaseRestore::init()
{
    // The database holds A and B when backed up, then gets C.
    m_t = std::make_unique<TestDatabase>();
    addUnit(m_t->db(), QStringLiteral("A"));
    addUnit(m_t->db(), QStringLiteral("B"));
    m_t->db().transaction([&] {
        AuditLog(m_t->db()).append(QStringLiteral("units.import"), QStringLiteral("A,B"),
                                   QJsonValue(), QJsonObject{});
    });
    m_backup = m_t->dir() + QStringLiteral("/backup.sqlite");
    SqliteBackup::write(m_t->db(), m_backup);
    addUnit(m_t->db(), QStringLiteral("C"));
    m_t->close();
}

void TestDatabaseRestore::cleanup()
{
    m_t.reset();
}

void TestDatabaseRestore::restoresAGoodBackupAndKeepsTheReplacedDatabase()
{
    const DatabaseRestore::Result r = DatabaseRestore::restore(m_backup, m_t->path(), true);
    QCOMPARE(unitCodes(m_t->path()), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(r.keptAs.startsWith(m_t->path() + QStringLiteral(".before-restore-")));
    QCOMPARE(unitCodes(r.keptAs),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(r.restored.schemaVersion, Migrator::latestVersion());
    QVERIFY(QFileInfo::exists(m_backup)); // the backup itself is left as it was
    QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral("*.restoring-*")}, QDir::Files).size(), 0);
    // The restored database is usable as usual.
    auto db = ContestDatabase::openExisting(m_t->path());
    addUnit(*db, QStringLiteral("D"));
}

void TestDatabaseRestore::anExistingDatabaseNeedsForce()
{
    const QByteArray before = fileHash(m_t->path());
    try {
        DatabaseRestore::restore(m_backup, m_t->path(), false);
        QFAIL("restored over an existing database without --force");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("--force")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("schema version")), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(m_t->path()), before);
    QVERIFY(leftovers(m_t->dir()).isEmpty());
}

void TestDatabaseRestore::restoresIntoAMissingDatabase()
{
    const QString target = m_t->dir() + QStringLiteral("/new.sqlite");
    const DatabaseRestore::Result r = DatabaseRestore::restore(m_backup, target, false);
    QVERIFY(r.keptAs.isEmpty());
    QCOMPARE(unitCodes(target), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestDatabaseRestore::refusesABadFileAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not sqlite") << "text"
                                << "not a SQLite database file";
    QTest::newRow("truncated") << "truncated"
                               << "";
    QTest::newRow("corrupt pages") << "corrupt"
                                   << "";
    QTest::newRow("another program's database") << "foreign"
                                                << "";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("audit log altered") << "tampered"
                                       << "audit log does not verify";
    QTest::newRow("empty sqlite") << "empty"
                                  << "no Contest Admin data";
}

void TestDatabaseRestore::refusesABadFileAndChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString bad = m_t->dir() + QStringLiteral("/bad-%1.sqlite").arg(kind);
    if (kind == QLatin1String("text")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,name\nA,Đơn vị A\n");
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupt")) {
        QFile src(m_backup);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray bytes = src.readAll();
        if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else {
            for (qsizetype i = 4096; i < bytes.size(); i += 7)
                bytes[i] = char(0xA5);
        }
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    } else {
        QVERIFY(QFile::copy(m_backup, bad));
        auto db = Database::open(bad);
        if (kind == QLatin1String("foreign")) {
            db->exec(QStringLiteral("DROP TABLE schema_version"));
        } else if (kind == QLatin1String("newer")) {
            db->exec(QStringLiteral("UPDATE schema_version SET version = ?"),
                     {Migrator::latestVersion() + 1});
        } else if (kind == QLatin1String("tampered")) {
            db->exec(QStringLiteral("UPDATE audit_log SET subject = 'forged' WHERE id = 1"));
        } else if (kind == QLatin1String("empty")) {
            db.reset();
            SqliteBackup::removeWithCompanions(bad);
            db = Database::open(bad);
            db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
            db->exec(QStringLiteral("DROP TABLE t"));
        }
    }
    const QByteArray before = fileHash(m_t->path());
    try {
        DatabaseRestore::restore(bad, m_t->path(), true);
        QFAIL("a bad backup was restored");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(bad), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(m_t->path()), before);
    QVERIFY2(leftovers(m_t->dir()).isEmpty(),
             qPrintable(leftovers(m_t->dir()).join(QLatin1Char(' '))));
    QCOMPARE(unitCodes(m_t->path()).size(), 3);
}

void TestDatabaseRestore::refusesWhileAnotherConnectionHasItOpen()
{
    auto other = Database::open(m_t->path());
    try {
        DatabaseRestore::restore(m_backup, m_t->path(), true);
        QFAIL("restored under another program's feet");
    } catch (const EnvironmentError& e) {
        QVERIFY2(e.message().contains(QLatin1String("another program")), qPrintable(e.message()));
    }
    QCOMPARE(unitCodes(m_t->path()).size(), 3);
    other.reset();
    QVERIFY(leftovers(m_t->dir()).isEmpty());
}

void TestDatabaseRestore::anOlderBackupIsRestoredAndThenUpgraded()
{
    const QString old = m_t->dir() + QStringLiteral("/old.sqlite");
    {
        auto db = Database::open(old);
        Migrator(*db).migrate(3);
        addUnit(*db, QStringLiteral("OLD"));
    }
    const DatabaseRestore::Result r = DatabaseRestore::restore(old, m_t->path(), true);
    QCOMPARE(r.restored.schemaVersion, 3);
    auto db = ContestDatabase::openAndMigrate(m_t->path());
    QCOMPARE(Migrator(*db).currentVersion(), Migrator::latestVersion());
    db.reset();
    QCOMPARE(unitCodes(m_t->path()), QStringList{QStringLiteral("OLD")});
}

QTEST_GUILESS_MAIN(TestDatabaseRestore)
#include "TestDatabaseRestore.moc"
