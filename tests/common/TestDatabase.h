#pragma once

#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "storage/PostgresLocation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Which engine the tests run on. A test registered with BOTH_ENGINES runs twice: as
// <name> on SQLite files, and as <name>-postgresql with CONTEST_TEST_PG_DIR pointing at
// the state folder of the cluster tests/postgres/test-postgres.sh started (its `url`
// file holds a superuser URL). CONTEST_TEST_DB_URL=postgresql://… instead points at any
// server where that user may create databases.
namespace TestEngine {

// The server's URL, or empty for SQLite. A PostgreSQL run whose cluster did not start
// aborts: a test must never pass on SQLite when PostgreSQL was asked for.
inline QString serverUrl()
{
    static const QString url = [] {
        const QString direct = qEnvironmentVariable("CONTEST_TEST_DB_URL");
        if (!direct.isEmpty())
            return direct;
        const QString dir = qEnvironmentVariable("CONTEST_TEST_PG_DIR");
        if (dir.isEmpty())
            return QString();
        QFile f(dir + QStringLiteral("/url"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal(
                "CONTEST_TEST_PG_DIR=%s has no url file: the PostgreSQL test cluster did not start",
                qPrintable(dir));
        return QString::fromUtf8(f.readAll()).trimmed();
    }();
    return url;
}

inline bool onPostgres()
{
    return !serverUrl().isEmpty();
}

// The PostgreSQL programs (pg_dump, pg_restore) of the test cluster, or empty.
inline QString serverBinDir()
{
    QFile f(qEnvironmentVariable("CONTEST_TEST_PG_DIR") + QStringLiteral("/bindir"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot
// run inside a transaction, and not on the database they name).
inline void onServer(const QString& sql)
{
    auto admin = Database::open(serverUrl());
    admin->exec(sql);
}

} // namespace TestEngine

// Where a fresh, empty database is: `dir/fileName` on SQLite, or a new database on the
// PostgreSQL test server, dropped again when this goes away. Nothing is opened.
class TestLocation
{
public:
    TestLocation(const QString& dir, const QString& fileName)
    {
        if (!TestEngine::onPostgres()) {
            m_location = dir + QLatin1Char('/') + fileName;
            return;
        }
        static int counter = 0;
        m_database = QStringLiteral("contest_test_%1_%2_%3")
                         .arg(QCoreApplication::applicationPid())
                         .arg(++counter)
                         .arg(QRandomGenerator::global()->generate() % 1000000);
        TestEngine::onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                                 .arg(m_database));
        m_location = PostgresLocation::parse(TestEngine::serverUrl()).urlWithDatabase(m_database);
    }
    ~TestLocation()
    {
        if (m_database.isEmpty())
            return;
        try {
            TestEngine::onServer(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        } catch (const std::exception& e) {
            qWarning("cannot drop the test database %s: %s", qPrintable(m_database), e.what());
        }
    }
    TestLocation(const TestLocation&) = delete;
    TestLocation& operator=(const TestLocation&) = delete;

    // A file path or a postgresql:// URL: what Database::open and `contestctl --db` take.
    QString location() const { return m_location; }

private:
    QString m_location;
    QString m_database;
};

// A migrated database in a fresh temporary folder (SQLite) or a fresh database on the
// PostgreSQL test server, removed after the test.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
        m_where = std::make_unique<TestLocation>(m_dir.path(), QStringLiteral("contest.sqlite"));
        m_db = ContestDatabase::openAndMigrate(location());
    }
    ~TestDatabase() { m_db.reset(); }
    // The file path or postgresql:// URL of the database.
    QString location() const { return m_where->location(); }
    QString path() const { return location(); }
    // A temporary folder for the test's own files (exports, reports).
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestLocation> m_where;
    std::unique_ptr<Database> m_db;
};
