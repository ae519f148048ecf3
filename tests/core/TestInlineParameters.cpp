#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/InlineParameters.h"

#include "TestDatabase.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// Database::exec writes a statement's values into its text on PostgreSQL (one round trip
// instead of PREPARE, EXECUTE, DEALLOCATE). Every value must come back as it went in, and
// a ? that is not a parameter must stay a ?. Runs on both engines: on SQLite exec still
// binds, so the two runs show the same results by both paths.
class TestInlineParameters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textComesBackUnchanged_data();
    void textComesBackUnchanged();
    void bytesNullsNumbersAndBooleansComeBack();
    void questionMarksInLiteralsAndCommentsAreNotParameters();
    void tooFewOrTooManyValuesIsAnError();
    void aUniqueViolationKeepsItsCodeForTheCaller();
};

void TestInlineParameters::textComesBackUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("O'Brien ''x'' '");
    QTest::newRow("injection") << QStringLiteral("'); DROP TABLE units; --");
    QTest::newRow("backslash") << QStringLiteral("C:\\thu muc\\ \\' \\x41");
    QTest::newRow("question marks") << QStringLiteral("? ?? '?' \"?\"");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Thị Ánh Tuyết – Phòng Văn hóa");
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("dollar quote") << QStringLiteral("$$ $a$ $1");
    QTest::newRow("newlines") << QStringLiteral("a\nb\r\n\tc -- not a comment /* nor this */");
}

void TestInlineParameters::textComesBackUnchanged()
{
    QFETCH(QString, text);
    TestDatabase t;
    t.db().exec(QStringLiteral("CREATE TABLE echo (n INTEGER, s TEXT)"));
    t.db().exec(QStringLiteral("INSERT INTO echo (n, s) VALUES (?, ?)"), {1, text});
    QSqlQuery q =
        t.db().exec(QStringLiteral("SELECT s FROM echo WHERE s = ? AND n = ?"), {text, 1});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), text);
}

void TestInlineParameters::bytesNullsNumbersAndBooleansComeBack()
{
    TestDatabase t;
    t.db().exec(t.db().dialect().expand(
        QStringLiteral("CREATE TABLE echo (b {{BLOB}}, big {{INT64}}, flag {{BOOL}}, s TEXT)")));
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    t.db().exec(QStringLiteral("INSERT INTO echo (b, big, flag, s) VALUES (?, ?, ?, ?)"),
                {bytes, std::numeric_limits<qint64>::min(), true, QString()});
    t.db().exec(QStringLiteral("INSERT INTO echo (b, big, flag, s) VALUES (?, ?, ?, ?)"),
                {QVariant(QMetaType::fromType<QByteArray>()),
                 QVariant(QMetaType::fromType<qint64>()), false,
                 QVariant(QMetaType::fromType<QString>())});
    QSqlQuery q =
        t.db().exec(QStringLiteral("SELECT b, big, flag, s FROM echo ORDER BY flag DESC"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), bytes);
    QCOMPARE(q.value(1).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(q.value(2).toInt(), 1);
    QVERIFY(!q.value(3).isNull()); // a null QString means '' here
    QCOMPARE(q.value(3).toString(), QString());
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    QCOMPARE(q.value(2).toInt(), 0);
    QVERIFY(q.value(3).isNull()); // a null QVariant is NULL
}

void TestInlineParameters::questionMarksInLiteralsAndCommentsAreNotParameters()
{
    TestDatabase t;
    const QString sql = QStringLiteral("SELECT '?' || ? || 'it''s ?' AS \"a?\" -- ? here\n"
                                       ", /* ? */ ? AS b");
    QSqlQuery q = t.db().exec(sql, {QStringLiteral("x"), 7});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("?xit's ?"));
    QCOMPARE(q.value(1).toInt(), 7);

    const QSqlDriver& driver = *t.db().connection().driver();
    const auto text = InlineParameters::apply(sql, {QStringLiteral("x"), 7}, driver);
    QVERIFY(text);
    QCOMPARE(*text, QStringLiteral("SELECT '?' || 'x' || 'it''s ?' AS \"a?\" -- ? here\n"
                                   ", /* ? */ 7 AS b"));
}

void TestInlineParameters::tooFewOrTooManyValuesIsAnError()
{
    TestDatabase t;
    const QSqlDriver& driver = *t.db().connection().driver();
    QVERIFY(!InlineParameters::apply(QStringLiteral("SELECT ?, ?"), {1}, driver));
    QVERIFY(!InlineParameters::apply(QStringLiteral("SELECT ?"), {1, 2}, driver));
    try {
        t.db().exec(QStringLiteral("SELECT ? AS lonely"), {1, 2});
        QFAIL("two values for one parameter were accepted");
    } catch (const EnvironmentError& e) {
        // SQLite's own message says "Parameter count mismatch" without the statement.
        if (TestEngine::onPostgres())
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("lonely")), e.what());
    }
}

void TestInlineParameters::aUniqueViolationKeepsItsCodeForTheCaller()
{
    TestDatabase t;
    t.db().exec(QStringLiteral("CREATE TABLE slots (k TEXT PRIMARY KEY)"));
    t.db().exec(QStringLiteral("INSERT INTO slots (k) VALUES (?)"), {QStringLiteral("a")});
    QSqlQuery q(t.db().connection());
    QVERIFY(!t.db().tryExec(q, QStringLiteral("INSERT INTO slots (k) VALUES (?)"),
                            {QStringLiteral("a")}));
    QVERIFY2(t.db().dialect().isUniqueViolation(q.lastError().nativeErrorCode()),
             qPrintable(q.lastError().text()));
}

QTEST_GUILESS_MAIN(TestInlineParameters)
#include "TestInlineParameters.moc"
