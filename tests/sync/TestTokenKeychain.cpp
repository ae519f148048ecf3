// TokenStore's keychain path: run by tests/sync/with-keyring.sh inside a private D-Bus
// session with gnome-keyring unlocked. The token must go into the keyring (no fallback
// file) and come back from it in a new TokenStore, and the CLI and the settings screen
// must say that the keychain holds it.
#include "SyncFixture.h"
#include "core/AppIdentity.h"

#include "ServerSettings.h"
#include "ServerSettingsPanel.h"
#include "storage/ContestDatabase.h"
#include "sync/TokenStore.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class TestTokenKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_server = QStringLiteral("https://contest.example.vn");

    QString fallbackDir() const { return m_dir.filePath(QStringLiteral("tokens")); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("CONTEST_EXPECT_KEYCHAIN"))
            QSKIP("needs the keyring session of tests/sync/with-keyring.sh");
        QVERIFY(m_dir.isValid());
        // The identity of contestctl and the app: the keyring's service name includes the
        // organization, and the CLI's token must be the one the app reads.
        AppIdentity::apply();
    }

    void tokenGoesIntoTheKeyring()
    {
        TokenStore store(fallbackDir());
        QCOMPARE(store.backend(), TokenStore::Backend::Keychain);
        QVERIFY2(store.keychainError().isEmpty(), qPrintable(store.keychainError()));
        QCOMPARE(store.backendDescription(), QStringLiteral("the system keychain"));
        store.write(m_server, "kc-token-1");
        QVERIFY(!QFile::exists(store.fallbackPath(m_server)));
        QVERIFY(!QDir(fallbackDir()).exists() || QDir(fallbackDir()).isEmpty());

        TokenStore fresh(fallbackDir()); // read back from the keyring, not from memory
        QCOMPARE(fresh.read(m_server).value_or(QByteArray()), QByteArray("kc-token-1"));
        fresh.write(m_server, "kc-token-2");
        QCOMPARE(store.read(m_server).value_or(QByteArray()), QByteArray("kc-token-2"));
        fresh.remove(m_server);
        QVERIFY(!store.read(m_server));
    }

    void contestctlSaysKeychain()
    {
        QFile file(m_dir.filePath(QStringLiteral("token.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kc-cli-token\n");
        file.close();
        QProcess ctl;
        ctl.start(SyncFixture::contestctl(),
                  {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--server"),
                   m_server, QStringLiteral("--token-file"), file.fileName()});
        QVERIFY(ctl.waitForFinished(60000));
        const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
        QVERIFY2(ctl.exitCode() == 0, qPrintable(QString::fromUtf8(ctl.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("stored in the system keychain")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("kc-cli-token")));
        // Another process (this one, as the app) reads what contestctl stored.
        QCOMPARE(TokenStore(fallbackDir()).read(m_server).value_or(QByteArray()),
                 QByteArray("kc-cli-token"));
        // No token file anywhere in the session's private HOME and XDG folders.
        for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), {QStringLiteral("*.token")}, QDir::Files,
                            QDirIterator::Subdirectories);
            QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
        }
    }

    void settingsScreenSaysKeychain()
    {
        auto db = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("c.sqlite")));
        TokenStore tokens(fallbackDir());
        ServerSettingsPanel panel(*db, tokens);
        panel.findChild<QLineEdit*>(QStringLiteral("serverUrlLineEdit"))
            ->setText(QStringLiteral("https://keychain-test.example.vn"));
        panel.findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"))
            ->setText(QStringLiteral("kc-ui-token"));
        panel.findChild<QPushButton*>(QStringLiteral("saveServerPushButton"))->click();
        const QString where =
            panel.findChild<QLabel*>(QStringLiteral("tokenLocationLabel"))->text();
        QVERIFY2(where.contains(QLatin1String("in the system keychain")), qPrintable(where));
        const QString key = ServerSettings::load(db->location()).serverKey();
        QCOMPARE(tokens.read(key).value_or(QByteArray()), QByteArray("kc-ui-token"));
        QVERIFY(!QFile::exists(tokens.fallbackPath(key)));
    }
};

QTEST_MAIN(TestTokenKeychain)
#include "TestTokenKeychain.moc"
