#include "Database.h"

#include "InlineParameters.h"
#include "OwnerOnlyFile.h"
#include "PostgresLocation.h"
#include "core/Problem.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace {
Database::PasswordProvider& passwordProvider()
{
    static Database::PasswordProvider provider;
    return provider;
}

void requireDriver(const SqlDialect& dialect, const QString& package)
{
    if (!QSqlDatabase::isDriverAvailable(dialect.driver())) {
        throw EnvironmentError(
            QCoreApplication::translate("Database",
                                        "the Qt SQL driver %1 is not installed (Debian package %2)")
                .arg(dialect.driver(), package));
    }
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("contest-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

std::unique_ptr<Database> Database::open(const QString& location)
{
    if (PostgresLocation::isUrl(location))
        return openPostgres(location);
    return openSqlite(location);
}

void Database::setPasswordProvider(PasswordProvider provider)
{
    passwordProvider() = std::move(provider);
}

std::unique_ptr<Database> Database::openSqlite(const QString& location)
{
    std::unique_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_displayName = QDir::toNativeSeparators(location);
    db->m_dialect = std::make_unique<SqliteDialect>();
    requireDriver(*db->m_dialect, QStringLiteral("libqt6sql6-sqlite"));
    const QFileInfo info(location);
    if (!info.absoluteDir().exists()) {
        throw EnvironmentError(
            QCoreApplication::translate("Database", "%1: the folder %2 does not exist")
                .arg(location, info.absolutePath()));
    }
    // Owner-only before SQLite sees it: a new file is created 0600 (SQLite gives its -wal,
    // -shm and -journal files the database file's mode), and one a former version left
    // readable by others is tightened, companions included (docs/storage.md).
    if (!info.exists())
        OwnerOnlyFile::createEmpty(location);
    OwnerOnlyFile::tighten(location);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        OwnerOnlyFile::tighten(location + QLatin1String(suffix));
    db->m_connectionName = nextConnectionName();
    QSqlDatabase c = QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
    c.setDatabaseName(location);
    if (!c.open())
        db->fail(QCoreApplication::translate("Database", "cannot open %1").arg(location),
                 c.lastError());
    db->startSession();
    return db;
}

std::unique_ptr<Database> Database::openPostgres(const QString& location)
{
    const PostgresLocation where = PostgresLocation::parse(location);
    std::unique_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_displayName = where.displayName();
    db->m_dialect = std::make_unique<PostgresDialect>();
    requireDriver(*db->m_dialect, QStringLiteral("libqt6sql6-psql"));
    db->m_connectionName = nextConnectionName();
    QSqlDatabase c = QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
    c.setHostName(where.host);
    c.setPort(where.port);
    c.setDatabaseName(where.database);
    c.setUserName(where.user);
    c.setPassword(where.password);
    c.setConnectOptions(where.connectOptions);
    bool opened = c.open();
    if (!opened && where.password.isEmpty() && passwordProvider()) {
        // Only now: a password in PGPASSWORD or ~/.pgpass, or a server that trusts this
        // user, must not make the app ask for one.
        QUrl asked = where.url;
        asked.setPassword(QString());
        const QString password = passwordProvider()(asked);
        if (!password.isEmpty()) {
            c.setPassword(password);
            opened = c.open();
        }
    }
    if (!opened) {
        const QString text = c.lastError().text().trimmed();
        throw EnvironmentError(
            QCoreApplication::translate("Database",
                                        "cannot connect to the PostgreSQL database %1 on %2:%3 "
                                        "as %4: %5")
                .arg(where.database, where.host)
                .arg(where.port)
                .arg(where.user.isEmpty() ? QStringLiteral("(default user)") : where.user, text));
    }
    db->startSession();
    return db;
}

std::unique_ptr<Database> Database::openCloneForThisThread() const
{
    std::unique_ptr<Database> db(new Database);
    db->m_location = m_location;
    db->m_displayName = m_displayName;
    if (isServer())
        db->m_dialect = std::make_unique<PostgresDialect>();
    else
        db->m_dialect = std::make_unique<SqliteDialect>();
    db->m_connectionName = nextConnectionName();
    // The overload by name is the one Qt allows from another thread than the original's.
    QSqlDatabase c = QSqlDatabase::cloneDatabase(m_connectionName, db->m_connectionName);
    if (!c.open())
        db->fail(QCoreApplication::translate("Database", "cannot open %1").arg(m_displayName),
                 c.lastError());
    db->startSession();
    return db;
}

void Database::startSession()
{
    for (const QString& statement : m_dialect->sessionSetup())
        exec(statement);
    // Opening succeeds even on a file that is not a database; reading the schema proves it.
    exec(m_dialect->probeStatement());
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
    return m_displayName;
}

QString Database::displayNameOf(const QString& location)
{
    if (!PostgresLocation::isUrl(location))
        return QDir::toNativeSeparators(location);
    try {
        return PostgresLocation::parse(location).displayName();
    } catch (const UserError&) {
        return QUrl(location, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword);
    }
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
    normalizeBinds(query);
    if (!query.exec())
        fail(QCoreApplication::translate("Database", "database error"), query.lastError());
}

void Database::normalizeBinds(QSqlQuery& query)
{
    // A null QString would be bound as SQL NULL; text columns here mean "" by it. A real
    // NULL is written as a null QVariant (QVariant() or QVariant(QMetaType::fromType<T>())).
    const QVariantList bound = query.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant& v = bound.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        // {{BOOL}} columns are integers on both engines; QPSQL would send TRUE/FALSE,
        // which PostgreSQL refuses for an integer.
        else if (v.typeId() == QMetaType::Bool)
            query.bindValue(i, v.isNull() ? QVariant(QMetaType::fromType<int>())
                                          : QVariant(v.toBool() ? 1 : 0));
    }
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(connection());
    if (!tryExec(q, sql, binds))
        fail(QCoreApplication::translate("Database", "database error"), q.lastError());
    return q;
}

bool Database::tryExec(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    const QString expanded = m_dialect->expand(sql);
    if (binds.isEmpty())
        return q.exec(expanded);
    if (m_dialect->isServer()) {
        // One round trip: QPSQL would PREPARE, EXECUTE and DEALLOCATE a statement used
        // once, quoting the values in EXECUTE with this same formatValue.
        const std::optional<QString> text =
            InlineParameters::apply(expanded, binds, *connection().driver());
        if (!text) {
            fail(QCoreApplication::translate("Database", "database error"),
                 QSqlError(
                     QCoreApplication::translate("Database", "%1 values for the parameters of: %2")
                         .arg(binds.size())
                         .arg(expanded)));
        }
        return q.exec(*text);
    }
    if (!q.prepare(expanded))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    normalizeBinds(q);
    return q.exec();
}

qint64 Database::insertReturningId(const QString& insertSql, const QVariantList& binds)
{
    QSqlQuery q = exec(insertSql + QStringLiteral(" RETURNING id"), binds);
    if (!q.next())
        fail(QCoreApplication::translate("Database", "database error"), q.lastError());
    return q.value(0).toLongLong();
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
        if (const QString notice = m_dialect->changeNoticeStatement(); !notice.isEmpty())
            exec(notice);
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
