#include "contest/ContestRepository.h"
#include "storage/ContestDatabase.h"
#include "storage/Migrator.h"
#include "units/UnitRepository.h"

#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Every earlier schema version must upgrade to the latest with its data intact: the
// database a committee filled last year is the one they open this year. Runs on both
// engines (TestMigrator-postgresql): the same steps must create and upgrade both.
class TestMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTheLatestSchema();
    void isSafeToRepeat();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void refusesADatabaseFromANewerProgram();
    void refusesAFileOfAnotherProgram();
    void refusesAFileThatIsNotADatabase();
    void turnsOnForeignKeysAndWal();

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<TestLocation>> m_locations;
    // A fresh database: a file in m_dir, or a new database on the PostgreSQL test server.
    QString path(const char* name)
    {
        m_locations.push_back(
            std::make_unique<TestLocation>(m_dir.path(), QString::fromLatin1(name)));
        return m_locations.back()->location();
    }
};

namespace {
// Data as a user of schema `version` would have stored it, written with plain SQL of that
// version (not today's repositories, whose SQL follows the latest schema).
void fillAsOfVersion(Database& db, int version)
{
    if (version >= 1) {
        db.exec(QStringLiteral(
            "INSERT INTO contest (id, code, settings_json, updated_at) VALUES (1, 'old-2023', "
            "'{\"code\": \"old-2023\", \"title\": \"Cuộc thi năm trước\"}', "
            "'2023-06-01T00:00:00Z')"));
        db.exec(
            QStringLiteral("INSERT INTO units (code, name, kind, headcount, collective_eligible) "
                           "VALUES ('UBND-SONKY', 'UBND xã Sơn Kỳ', 'commune', 24, 1)"));
        db.exec(
            QStringLiteral("INSERT INTO exclusions (type, value, reason, created_at) "
                           "VALUES ('unit', 'UBND-SONKY', 'Ban Tổ chức', '2023-06-01T00:00:00Z')"));
    }
    if (version >= 9) {
        db.exec(QStringLiteral(
            "INSERT INTO users (username, username_key, display_name, role, password_hash, salt, "
            "iterations, algorithm, created_at, disabled, row_version) VALUES ('Admin', 'admin', "
            "'Quản trị', 'committee', 'aGFzaA==', 'c2FsdA==', 120000, 'pbkdf2-sha256', "
            "'2023-06-01T00:00:00Z', 0, 1)"));
    }
}
} // namespace

void TestMigrator::createsTheLatestSchema()
{
    auto db = ContestDatabase::openAndMigrate(path("new.sqlite"));
    QCOMPARE(Migrator(*db).currentVersion(), Migrator::latestVersion());
    QSqlQuery q = db->exec(QStringLiteral("SELECT count(*) FROM topics"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8); // the plan's eight topics are the default set
}

void TestMigrator::isSafeToRepeat()
{
    const QString location = path("repeat.sqlite");
    {
        auto db = ContestDatabase::openAndMigrate(location);
        fillAsOfVersion(*db, Migrator::latestVersion());
    }
    auto db = ContestDatabase::openAndMigrate(location);
    QCOMPARE(Migrator(*db).currentVersion(), Migrator::latestVersion());
    QCOMPARE(UnitRepository(*db).count(), 1);
}

void TestMigrator::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Migrator::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestMigrator::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    const QString file = path(qPrintable(QStringLiteral("upgrade%1.sqlite").arg(from)));
    {
        auto db = Database::open(file);
        Migrator(*db).migrate(from);
        QCOMPARE(Migrator(*db).currentVersion(), from);
        fillAsOfVersion(*db, from);
    }
    auto db = ContestDatabase::openAndMigrate(file);
    QCOMPARE(Migrator(*db).currentVersion(), Migrator::latestVersion());
    const ContestSettings s = ContestRepository(*db).loadOrDefaults();
    QCOMPARE(s.code, QStringLiteral("old-2023"));
    QCOMPARE(s.title, QStringLiteral("Cuộc thi năm trước"));
    const auto unit = UnitRepository(*db).find(QStringLiteral("UBND-SONKY"));
    QVERIFY(unit);
    QCOMPARE(unit->name, QStringLiteral("UBND xã Sơn Kỳ"));
    QCOMPARE(unit->headcount, std::optional<int>(24));
    // Version 13: the failed-login counts start empty; the accounts are kept.
    QSqlQuery failures = db->exec(QStringLiteral("SELECT count(*) FROM login_failures"));
    QVERIFY(failures.next());
    QCOMPARE(failures.value(0).toInt(), 0);
    QSqlQuery users = db->exec(QStringLiteral("SELECT count(*) FROM users"));
    QVERIFY(users.next());
    QCOMPARE(users.value(0).toInt(), from >= 9 ? 1 : 0);
}

void TestMigrator::refusesADatabaseFromANewerProgram()
{
    const QString file = path("future.sqlite");
    {
        auto db = ContestDatabase::openAndMigrate(file);
        db->exec(QStringLiteral("UPDATE schema_version SET version = ?"),
                 {Migrator::latestVersion() + 1});
    }
    try {
        ContestDatabase::openAndMigrate(file);
        QFAIL("a newer database was opened");
    } catch (const EnvironmentError& e) {
        QVERIFY2(e.message().contains(QLatin1String("newer")), qPrintable(e.message()));
    }
}

void TestMigrator::refusesAFileOfAnotherProgram()
{
    const QString file = path("other.sqlite");
    {
        auto db = Database::open(file);
        db->exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    }
    QVERIFY_THROWS_EXCEPTION(EnvironmentError, ContestDatabase::openAndMigrate(file));
    auto db = Database::open(file);
    QSqlQuery q = db->exec(db->dialect().listTablesStatement());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables, QStringList{QStringLiteral(
                         "invoices")}); // nothing was added to someone else's database
}

void TestMigrator::refusesAFileThatIsNotADatabase()
{
    if (TestEngine::onPostgres())
        QSKIP("a file that is not a database exists only on SQLite");
    const QString file = path("notes.sqlite");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QVERIFY_THROWS_EXCEPTION(EnvironmentError, ContestDatabase::openAndMigrate(file));
}

void TestMigrator::turnsOnForeignKeysAndWal()
{
    if (TestEngine::onPostgres())
        QSKIP("pragmas are SQLite's; PostgreSQL always enforces foreign keys");
    auto db = ContestDatabase::openAndMigrate(path("pragmas.sqlite"));
    QSqlQuery fk = db->exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.next());
    QCOMPARE(fk.value(0).toInt(), 1);
    QSqlQuery wal = db->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(wal.next());
    QCOMPARE(wal.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery pageSize = db->exec(QStringLiteral("PRAGMA page_size"));
    QVERIFY(pageSize.next());
    QCOMPARE(pageSize.value(0).toInt(), 16384); // a new file: see SqliteDialect

    // A file that already has SQLite's default pages keeps them: an empty file of 4 KiB
    // pages (its header written), then migrated and used.
    const QString older = path("older-pages.sqlite");
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("older-pages"));
        plain.setDatabaseName(older);
        QVERIFY(plain.open());
        QVERIFY(QSqlQuery(plain).exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(QSqlQuery(plain).exec(QStringLiteral("VACUUM")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older-pages"));
    auto upgraded = ContestDatabase::openAndMigrate(older);
    QSqlQuery olderPages = upgraded->exec(QStringLiteral("PRAGMA page_size"));
    QVERIFY(olderPages.next());
    QCOMPARE(olderPages.value(0).toInt(), 4096);
    ContestRepository(*upgraded).loadOrDefaults(); // usable as any other
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
