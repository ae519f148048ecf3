// ConnectDatabaseDialog: the URL it builds (never with the password), when it may be
// accepted, where a remembered password goes, and what "Test connection" says.
#include "ConnectDatabaseDialog.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "TestDatabase.h"
#include "storage/DatabasePasswords.h"

#include "storage/Database.h"
#include "storage/PostgresLocation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {
void fill(ConnectDatabaseDialog& d, const QString& host, int port, const QString& database,
          const QString& user, const QString& password)
{
    d.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(host);
    d.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(port);
    d.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->setText(database);
    d.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(user);
    d.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
}
} // namespace

class TestConnectDatabaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No keychain reachable: the passwords go to the 0600 files under the temp dir.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        DatabasePasswords::setStoreDirectory(m_home.filePath(QStringLiteral("passwords")));
    }

    void urlHoldsEncodedNamesAndNoPassword()
    {
        ConnectDatabaseDialog d;
        QCOMPARE(d.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->text(),
                 QStringLiteral("localhost"));
        QCOMPARE(d.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->value(), 5432);
        QCOMPARE(d.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->echoMode(),
                 QLineEdit::Password);
        fill(d, QStringLiteral("db.example.vn"), 6543, QStringLiteral("thi 2026 #1?x%"),
             QStringLiteral("an@so:gd"), QStringLiteral("p@ss/wörd"));
        const QString url = d.url();
        QVERIFY2(!url.contains(QStringLiteral("p@ss")) && !url.contains(QStringLiteral("w%C3")),
                 qPrintable(url));
        QCOMPARE(url, QStringLiteral("postgresql://an%40so%3Agd@db.example.vn:6543/"
                                     "thi%202026%20%231%3Fx%25"));
        const PostgresLocation where = PostgresLocation::parse(url);
        QCOMPARE(where.user, QStringLiteral("an@so:gd"));
        QCOMPARE(where.database, QStringLiteral("thi 2026 #1?x%"));
        QCOMPARE(where.host, QStringLiteral("db.example.vn"));
        QCOMPARE(where.port, 6543);
        QVERIFY(where.password.isEmpty());
        QCOMPARE(d.answer().password, QStringLiteral("p@ss/wörd"));
    }

    void okNeedsHostDatabaseAndUser()
    {
        ConnectDatabaseDialog d;
        auto* ok = d.findChild<QPushButton*>(QStringLiteral("connectButton"));
        QVERIFY(!ok->isEnabled());
        fill(d, QStringLiteral("localhost"), 5432, QStringLiteral("contest"), QString(), QString());
        QVERIFY(!ok->isEnabled());
        d.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(QStringLiteral("an"));
        QVERIFY(ok->isEnabled()); // the password may come from ~/.pgpass or the server trusts
        d.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("  "));
        QVERIFY(!ok->isEnabled());
        d.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("h"));
        QVERIFY(ok->isEnabled());
        // The storage cannot reach a name with '/': said at once, not after connecting.
        d.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->setText(QStringLiteral("a/b"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(d.testResult().contains(QStringLiteral("'/'")));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    void rememberedPasswordGoesToTheStoreAndBack()
    {
        ConnectDatabaseDialog::setNextHook([](ConnectDatabaseDialog& d) {
            fill(d, QStringLiteral("10.0.0.5"), 5432, QStringLiteral("contest"),
                 QStringLiteral("an"), QStringLiteral("s3cret"));
            const QString where =
                d.findChild<QLabel*>(QStringLiteral("rememberWhereLabel"))->text();
            QVERIFY2(where.contains(QStringLiteral("readable only by you")), qPrintable(where));
            d.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(true);
            d.accept();
        });
        const auto answer = ConnectDatabaseDialog::ask(nullptr);
        QVERIFY(answer);
        QVERIFY(answer->remember);
        QCOMPARE(answer->url, QStringLiteral("postgresql://an@10.0.0.5:5432/contest"));
        QCOMPARE(DatabasePasswords::stored(answer->url).value_or(QString()),
                 QStringLiteral("s3cret"));
        // The provider Database asks finds it by the URL, whatever password that held.
        const QUrl asked(QStringLiteral("postgresql://an:old@10.0.0.5:5432/contest"));
        QCOMPARE(DatabasePasswordPrompt::provide(asked, nullptr), QStringLiteral("s3cret"));
        // The file holding it is the user's alone and does not hold the URL's password part.
        const QDir dir(m_home.filePath(QStringLiteral("passwords")));
        const QStringList files = dir.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QFile::Permissions p = QFile::permissions(dir.filePath(files.first()));
        QCOMPARE(
            int(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
            0);

        // Unticked: forgotten again.
        ConnectDatabaseDialog::setNextHook([](ConnectDatabaseDialog& d) {
            fill(d, QStringLiteral("10.0.0.5"), 5432, QStringLiteral("contest"),
                 QStringLiteral("an"), QString());
            d.accept();
        });
        QVERIFY(ConnectDatabaseDialog::ask(nullptr));
        QVERIFY(
            !DatabasePasswords::stored(QStringLiteral("postgresql://an@10.0.0.5:5432/contest")));

        // Cancelled: no answer.
        ConnectDatabaseDialog::setNextHook([](ConnectDatabaseDialog& d) { d.reject(); });
        QVERIFY(!ConnectDatabaseDialog::ask(nullptr));
    }

    void testConnectionNamesTheUnreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close(); // nothing listens there now
        ConnectDatabaseDialog d;
        fill(d, QStringLiteral("127.0.0.1"), port, QStringLiteral("contest"), QStringLiteral("an"),
             QStringLiteral("s3cret"));
        d.testConnection();
        const QString result = d.testResult();
        QVERIFY2(result.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("s3cret")), qPrintable(result));
    }

    // On the PostgreSQL test cluster (the -postgresql run): a real connection, then the
    // window opens it by a URL without password and migrates it.
    void connectsToARealServer()
    {
        if (!TestEngine::onPostgres())
            QSKIP("needs the PostgreSQL test cluster (TestConnectDatabaseDialog-postgresql)");
        QTemporaryDir dir;
        TestLocation fresh(dir.path(), QStringLiteral("unused.sqlite"));
        const PostgresLocation where = PostgresLocation::parse(fresh.location());
        auto fillReal = [where](ConnectDatabaseDialog& d) {
            fill(d, where.host, where.port, where.database, where.user, where.password);
        };
        {
            ConnectDatabaseDialog d;
            fillReal(d);
            d.testConnection();
            QVERIFY2(d.testResult().contains(QStringLiteral("empty database")),
                     qPrintable(d.testResult()));
        }
        MainWindow window(nullptr);
        ConnectDatabaseDialog::setNextHook([fillReal](ConnectDatabaseDialog& d) {
            fillReal(d);
            d.accept();
        });
        window.connectSharedDatabase();
        QVERIFY(window.database());
        QVERIFY(window.database()->isServer());
        // The server asks for a password (scram): it came through the provider, and neither
        // the opened location nor the recent list holds it.
        QVERIFY(!where.password.isEmpty());
        QVERIFY(!window.database()->location().contains(where.password));
        const QStringList recent = RecentDatabases::list();
        QVERIFY(!recent.isEmpty());
        QVERIFY2(recent.first().startsWith(QStringLiteral("postgresql://")) &&
                     recent.first().contains(where.database) &&
                     !recent.first().contains(where.password),
                 qPrintable(recent.first()));
        {
            ConnectDatabaseDialog d;
            fillReal(d);
            d.testConnection();
            QVERIFY2(d.testResult().contains(QStringLiteral("schema version")),
                     qPrintable(d.testResult()));
        }
        // Reopened from the recent list: the password comes from the session (or keychain).
        QVERIFY(window.closeDatabase());
        QVERIFY(!window.database());
        QVERIFY(window.openDatabase(recent.first()));
        QVERIFY(window.database() && window.database()->isServer());
        QVERIFY(window.closeDatabase());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestConnectDatabaseDialog)
#include "TestConnectDatabaseDialog.moc"
