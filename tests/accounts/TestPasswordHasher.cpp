#include "accounts/PasswordHasher.h"
#include "core/Problem.h"

#include <QPasswordDigestor>
#include <QtTest>

namespace {
QByteArray deriveForTest(const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "pw", salt, iterations,
                                              PasswordHasher::kKeyBytes);
}
} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rightPasswordVerifies();
    void wrongPasswordFails();
    void saltDiffersEachTime();
    void iterationFloorRefusedWhenHashing();
    void weakenedStoredHashRefused();
    void otherAlgorithmRefused();
    void composedAndDecomposedVietnameseMatch();
    void constantTimeEquals();
};

void TestPasswordHasher::rightPasswordVerifies()
{
    const PasswordHash h = PasswordHasher::hash(QStringLiteral("mật khẩu đúng"));
    QCOMPARE(h.algorithm, QStringLiteral("pbkdf2-sha256"));
    QVERIFY(h.iterations >= PasswordHasher::kMinIterations);
    QCOMPARE(h.salt.size(), PasswordHasher::kSaltBytes);
    QCOMPARE(h.hash.size(), PasswordHasher::kKeyBytes);
    QVERIFY(PasswordHasher::verify(QStringLiteral("mật khẩu đúng"), h));
}

void TestPasswordHasher::wrongPasswordFails()
{
    const PasswordHash h = PasswordHasher::hash(QStringLiteral("correct horse"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), h));
    QVERIFY(!PasswordHasher::verify(QString(), h));
}

void TestPasswordHasher::saltDiffersEachTime()
{
    const PasswordHash a = PasswordHasher::hash(QStringLiteral("same password"));
    const PasswordHash b = PasswordHasher::hash(QStringLiteral("same password"));
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.hash != b.hash);
}

void TestPasswordHasher::iterationFloorRefusedWhenHashing()
{
    QVERIFY_THROWS_EXCEPTION(
        UserError, PasswordHasher::hash(QStringLiteral("pw"), PasswordHasher::kMinIterations - 1));
    const PasswordHash h =
        PasswordHasher::hash(QStringLiteral("pw"), PasswordHasher::kMinIterations);
    QCOMPARE(h.iterations, PasswordHasher::kMinIterations);
}

void TestPasswordHasher::weakenedStoredHashRefused()
{
    // A row written by hand with few iterations (and the matching key) must not log in.
    PasswordHash weak = PasswordHasher::hash(QStringLiteral("pw"));
    weak.iterations = 1000;
    weak.hash = deriveForTest(weak.salt, weak.iterations);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), weak));
}

void TestPasswordHasher::otherAlgorithmRefused()
{
    PasswordHash h = PasswordHasher::hash(QStringLiteral("pw"));
    h.algorithm = QStringLiteral("md5");
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), h));
}

void TestPasswordHasher::composedAndDecomposedVietnameseMatch()
{
    const QString composed = QStringLiteral("Hà Nội 2024");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    QVERIFY(PasswordHasher::verify(decomposed, PasswordHasher::hash(composed)));
}

void TestPasswordHasher::constantTimeEquals()
{
    QVERIFY(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    QVERIFY(!PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(!PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
