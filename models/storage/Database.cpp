#include "Database.h"

#include "core/Problem.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("contest-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

std::unique_ptr<Database> Database::open(const QString& location)
{
    if (location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        throw UserError(QCoreApplication::translate(
            "Database", "PostgreSQL databases are not supported by this version yet; use a SQLite file"));
    }
    std::unique_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_dialect = std::make_unique<SqliteDialect>();
    if (!QSqlDatabase::isDriverAvailable(db->m_dialect->driver())) {
        throw EnvironmentError(QCoreApplication::translate(
                                   "Database", "the Qt SQL driver %1 is not installed (Debian package "
                                               "libqt6sql6-sqlite)")
                                   .arg(db->m_dialect->driver()));
    }
    const QFileInfo info(location);
    if (!info.absoluteDir().exists()) {
        throw EnvironmentError(QCoreApplication::translate("Database", "%1: the folder %2 does not exist")
                                   .arg(location, info.absolutePath()));
    }
    db->m_connectionName = nextConnectionName();
    QSqlDatabase c = QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
    c.setDatabaseName(location);
    if (!c.open())
        db->fail(QCoreApplication::translate("Database", "cannot open %1").arg(location), c.lastError());
    for (const QString& statement : db->m_dialect->sessionSetup())
        db->exec(statement);
    // Opening succeeds even on a file that is not a database; reading the schema proves it.
    db->exec(db->m_dialect->probeStatement());
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::displayName() const
{
    return QDir::toNativeSeparators(m_location);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::fail(const QString& context, const QSqlError& error) const
{
    QString text = error.text().trimmed();
    if (m_dialect->isBusyError(error.nativeErrorCode(), text)) {
        text = QCoreApplication::translate("Database", "the database is locked by another program; "
                                                       "try again when it has finished (%1)")
                   .arg(text);
    }
    throw EnvironmentError(QStringLiteral("%1: %2").arg(context, text));
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(m_dialect->expand(sql)))
        fail(QCoreApplication::translate("Database", "database error"), q.lastError());
    return q;
}

void Database::execPrepared(QSqlQuery& query)
{
    // A null QString would be bound as SQL NULL; text columns here mean "" by it. A real
    // NULL is written as a null QVariant (QVariant() or QVariant(QMetaType::fromType<T>())).
    const QVariantList bound = query.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant& v = bound.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
    }
    if (!query.exec())
        fail(QCoreApplication::translate("Database", "database error"), query.lastError());
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(m_dialect->expand(sql)))
            fail(QCoreApplication::translate("Database", "database error"), q.lastError());
        return q;
    }
    if (!q.prepare(m_dialect->expand(sql)))
        fail(QCoreApplication::translate("Database", "database error"), q.lastError());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    execPrepared(q);
    return q;
}

void Database::transaction(const std::function<void()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    QSqlDatabase c = connection();
    if (!c.transaction())
        fail(QCoreApplication::translate("Database", "cannot start a transaction"), c.lastError());
    m_transactionDepth = 1;
    try {
        work();
    } catch (...) {
        m_transactionDepth = 0;
        c.rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (!c.commit()) {
        const QSqlError error = c.lastError();
        c.rollback();
        fail(QCoreApplication::translate("Database", "cannot commit"), error);
    }
}
