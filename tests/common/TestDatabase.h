#pragma once

#include "storage/ContestDatabase.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A migrated SQLite database in a fresh temporary folder, removed after the test.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
        m_db = ContestDatabase::openAndMigrate(path());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("contest.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
