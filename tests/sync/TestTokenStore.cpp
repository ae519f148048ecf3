// TokenStore: the keychain when one answers, otherwise a file only the user can read.
#include "sync/TokenStore.h"

#include "core/Problem.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAndSaysWhere()
    {
        QTemporaryDir dir;
        TokenStore store(dir.filePath(QStringLiteral("tokens")));
        const QString server = QStringLiteral("https://127.0.0.1:8443");
        store.write(server, "tok-123");
        QCOMPARE(store.read(server).value_or(QByteArray()), QByteArray("tok-123"));
        QVERIFY(!store.backendDescription().isEmpty());
        if (store.backend() == TokenStore::Backend::File) {
            // Without a keychain (no D-Bus here) the file is the user's alone.
            QVERIFY(!store.keychainError().isEmpty());
            const QFile::Permissions p = QFile::permissions(store.fallbackPath(server));
            QVERIFY(p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner));
            // 0600: nothing for the group or others.
            QCOMPARE(int(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                     0);
        }
        store.remove(server);
        QVERIFY(!store.read(server));
    }

    void tokenFileIsOneLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("t")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  abc \n");
        f.close();
        QCOMPARE(TokenStore::readTokenFile(f.fileName()), QByteArray("abc"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\n");
        f.close();
        QVERIFY_THROWS_EXCEPTION(UserError, TokenStore::readTokenFile(f.fileName()));
        QVERIFY_THROWS_EXCEPTION(
            UserError, TokenStore::readTokenFile(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
