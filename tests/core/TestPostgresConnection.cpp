#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/PostgresLocation.h"

#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

// How a postgresql:// location is read, and how connecting fails: the URL parts that
// need no server run on both engines; the rest needs the test cluster
// (TestPostgresConnection-postgresql) and is skipped on the SQLite run.
class TestPostgresConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryPartOfTheUrl();
    void acceptsThePostgresSchemeAndDefaults();
    void refusesAUrlWithoutDatabase();
    void unreachableServerIsAnEnvironmentErrorNamingIt();
    void bindsBooleansAsZeroOrOne();
    void opensTheServerWithoutShowingThePassword();
    void wrongPasswordNamesTheDatabaseNotThePassword();
    void asksThePasswordProviderOnlyWhenNeeded();
    void aLockedRowBecomesALockedError();

private:
    static QString serverUrlWithPassword(const QString& password);
};

QString TestPostgresConnection::serverUrlWithPassword(const QString& password)
{
    QUrl url(TestEngine::serverUrl());
    url.setPassword(password);
    return url.toString();
}

void TestPostgresConnection::readsEveryPartOfTheUrl()
{
    const PostgresLocation l = PostgresLocation::parse(QStringLiteral(
        "postgresql://ban%40to:p%2Fa%3As%40s@db.sonha.gov.vn:6543/cuoc%20thi?sslmode=require"));
    QCOMPARE(l.user, QStringLiteral("ban@to"));
    QCOMPARE(l.password, QStringLiteral("p/a:s@s"));
    QCOMPARE(l.host, QStringLiteral("db.sonha.gov.vn"));
    QCOMPARE(l.port, 6543);
    QCOMPARE(l.database, QStringLiteral("cuoc thi"));
    QVERIFY(l.connectOptions.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=require")));
    QVERIFY(l.connectOptions.contains(QLatin1String("connect_timeout=")));
    QCOMPARE(l.displayName(), QStringLiteral("postgresql://ban@to@db.sonha.gov.vn:6543/cuoc thi"));
    QCOMPARE(Database::displayNameOf(l.url.toString()), l.displayName());
    QVERIFY(!Database::displayNameOf(QStringLiteral("postgresql://u:s3cret@h/"))
                 .contains(QLatin1String("s3cret")));
    QVERIFY(!l.displayName().contains(QLatin1String("s@s")));
}

void TestPostgresConnection::acceptsThePostgresSchemeAndDefaults()
{
    QVERIFY(PostgresLocation::isUrl(QStringLiteral("postgres://x@h/db")));
    QVERIFY(PostgresLocation::isUrl(QStringLiteral("PostgreSQL://x@h/db")));
    QVERIFY(!PostgresLocation::isUrl(QStringLiteral("/home/x/postgres.sqlite")));
    const PostgresLocation l = PostgresLocation::parse(QStringLiteral("postgres:///contest"));
    QCOMPARE(l.host, QStringLiteral("localhost"));
    QCOMPARE(l.port, 5432);
    QCOMPARE(l.database, QStringLiteral("contest"));
    QVERIFY(l.user.isEmpty());
}

void TestPostgresConnection::refusesAUrlWithoutDatabase()
{
    try {
        PostgresLocation::parse(QStringLiteral("postgresql://app:secret@127.0.0.1:5432/"));
        QFAIL("a URL without database was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("no database")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("secret")), qPrintable(e.message()));
    }
}

void TestPostgresConnection::unreachableServerIsAnEnvironmentErrorNamingIt()
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    try {
        Database::open(QStringLiteral("postgresql://app:secret@127.0.0.1:1/contest"));
        QFAIL("opened a server that is not there");
    } catch (const EnvironmentError& e) {
        QVERIFY2(e.message().contains(QLatin1String("127.0.0.1:1")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("contest")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("secret")), qPrintable(e.message()));
    }
}

void TestPostgresConnection::bindsBooleansAsZeroOrOne()
{
    TestDatabase t;
    t.db().exec(
        QStringLiteral(
            "INSERT INTO units (code, name, kind, collective_eligible) VALUES (?, ?, ?, ?)"),
        {QStringLiteral("A"), QStringLiteral("Phòng A"), QStringLiteral("department"), false});
    t.db().exec(
        QStringLiteral(
            "INSERT INTO units (code, name, kind, collective_eligible) VALUES (?, ?, ?, ?)"),
        {QStringLiteral("B"), QStringLiteral("Phòng B"), QStringLiteral("department"), true});
    QSqlQuery q =
        t.db().exec(QStringLiteral("SELECT code, collective_eligible FROM units ORDER BY code"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 1);
}

void TestPostgresConnection::opensTheServerWithoutShowingThePassword()
{
    if (!TestEngine::onPostgres())
        QSKIP("needs the PostgreSQL test cluster");
    TestDatabase t;
    QVERIFY(t.db().isServer());
    const QString password = QUrl(t.location()).password();
    QVERIFY(!password.isEmpty());
    QVERIFY2(!t.db().displayName().contains(password), qPrintable(t.db().displayName()));
    QVERIFY(t.db().displayName().startsWith(QLatin1String("postgresql://contest_test@127.0.0.1:")));
    QSqlQuery q = t.db().exec(QStringLiteral("SELECT name FROM topics WHERE code = ?"),
                              {QStringLiteral("CDS")});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Chuyển đổi số quốc gia")); // UTF-8 both ways
}

void TestPostgresConnection::wrongPasswordNamesTheDatabaseNotThePassword()
{
    if (!TestEngine::onPostgres())
        QSKIP("needs the PostgreSQL test cluster");
    const QUrl url(TestEngine::serverUrl());
    try {
        Database::open(serverUrlWithPassword(QStringLiteral("wrong-horse")));
        QFAIL("a wrong password was accepted");
    } catch (const EnvironmentError& e) {
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(url.port());
        QVERIFY2(e.message().contains(hostPort), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("postgres")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("wrong-horse")), qPrintable(e.message()));
    }
}

void TestPostgresConnection::asksThePasswordProviderOnlyWhenNeeded()
{
    if (!TestEngine::onPostgres())
        QSKIP("needs the PostgreSQL test cluster");
    const QString password = QUrl(TestEngine::serverUrl()).password();
    qunsetenv("PGPASSWORD");
    QList<QUrl> asked;
    Database::setPasswordProvider([&](const QUrl& url) {
        asked << url;
        return password;
    });
    {
        auto db = Database::open(serverUrlWithPassword(QString()));
        QVERIFY(db->isServer());
    }
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().password().isEmpty());
    QCOMPARE(asked.first().userName(), QStringLiteral("contest_test"));
    // A password in the URL is used as it is; the provider is not asked.
    Database::open(TestEngine::serverUrl());
    QCOMPARE(asked.size(), 1);
    // The user gives up (empty answer): the server's refusal is reported.
    Database::setPasswordProvider([](const QUrl&) { return QString(); });
    QVERIFY_THROWS_EXCEPTION(EnvironmentError, Database::open(serverUrlWithPassword(QString())));
    Database::setPasswordProvider({});
}

void TestPostgresConnection::aLockedRowBecomesALockedError()
{
    if (!TestEngine::onPostgres())
        QSKIP(
            "needs the PostgreSQL test cluster (SQLite's busy timeout is tested with contestctl)");
    TestDatabase t;
    auto other = Database::open(t.location());
    other->exec(
        QStringLiteral("SET lock_timeout = '100ms'")); // the default 5 s, shortened for the test
    t.db().transaction([&] {
        t.db().exec(QStringLiteral("UPDATE topics SET name = name WHERE code = 'CDS'"));
        try {
            other->exec(QStringLiteral("UPDATE topics SET position = 9 WHERE code = 'CDS'"));
            QFAIL("a row held by another connection was written");
        } catch (const EnvironmentError& e) {
            QVERIFY2(e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
        }
    });
}

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "TestPostgresConnection.moc"
