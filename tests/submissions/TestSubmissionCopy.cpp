#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/PostgresCopy.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionRow.h"
#include "submissions/SubmissionStore.h"

#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

// SubmissionStore on PostgreSQL streams new rows in by COPY (PostgresCopy, issue 17): what
// COPY's text format treats specially (tab, newline, carriage return, backslash, \N) must
// come back as sent, an empty optional field must stay NULL, and a refused copy must
// leave nothing stored and the connection usable. Runs on both engines, so the SQLite
// run (INSERT) shows the same rows.
class TestSubmissionCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyIsUsedOnPostgresOnly();
    void awkwardTextComesBackAsSent();
    void aRefusedCopyStoresNothingAndTheConnectionGoesOn();

private:
    static SubmissionRecord record(const QByteArray& json);
    static int count(Database& db);
};

SubmissionRecord TestSubmissionCopy::record(const QByteArray& json)
{
    SubmissionRecord r;
    SubmissionParser::fromRawJson(json, r);
    return r;
}

int TestSubmissionCopy::count(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM submissions"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestSubmissionCopy::copyIsUsedOnPostgresOnly()
{
    TestDatabase t;
    bool started = false;
    try {
        t.db().transaction([&] {
            const auto copy = PostgresCopy::start(t.db(), QStringLiteral("submissions"),
                                                  QLatin1String(SubmissionRow::kColumns));
            started = bool(copy);
            if (copy)
                copy->text(QStringLiteral("s-1")); // a row cut short by what follows
            throw UserError(QStringLiteral("stopped halfway"));
        });
    } catch (const UserError&) {
    }
    QCOMPARE(started, TestEngine::onPostgres());
    // Abandoned halfway: rolled back, and the connection takes the next statement.
    QCOMPARE(count(t.db()), 0);
}

void TestSubmissionCopy::awkwardTextComesBackAsSent()
{
    TestDatabase t;
    // In JSON: a tab, a newline, a carriage return, backslashes and a literal \N.
    const QByteArray json =
        R"({"id":"s-1","contestant":{"name":"Lê\tVăn\nAn\r\\ \\N","phone":"0912345678",)"
        R"("unit":"C:\\thu muc\\"},"prediction":12,"answers":[{"q":"Q1","a":"B"}]})";
    QList<SubmissionRecord> records{record(json)};
    records[0].valid = true;
    records[0].correct = 1;
    QVERIFY(records[0].name.contains(QLatin1Char('\t')));
    QVERIFY(records[0].name.contains(QLatin1Char('\\')));
    QVERIFY(records[0].invalidCode.isEmpty());
    t.db().transaction([&] { SubmissionStore(t.db()).store(records, QStringLiteral("t\\x")); });

    QSqlQuery q = t.db().exec(QStringLiteral(
        "SELECT name, unit, raw_json, source, invalid_code, prediction FROM submissions"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), records[0].name);
    QCOMPARE(q.value(1).toString(), records[0].unit);
    QCOMPARE(q.value(2).toByteArray(), records[0].rawJson);
    QCOMPARE(q.value(3).toString(), QStringLiteral("t\\x"));
    QVERIFY(q.value(4).isNull()); // empty: NULL, as the INSERT path writes it
    QCOMPARE(q.value(5).toLongLong(), 12);
}

void TestSubmissionCopy::aRefusedCopyStoresNothingAndTheConnectionGoesOn()
{
    if (!TestEngine::onPostgres())
        QSKIP("COPY is PostgreSQL's");
    TestDatabase t;
    QList<SubmissionRecord> records{record(R"({"id":"s-1","contestant":{"name":"An"}})"),
                                    record(R"({"id":"s-2","contestant":{"name":"Bình"}})")};
    // A NUL that got past the checks: PostgreSQL refuses it in text.
    records[1].name = QStringLiteral("B") + QChar(0) + QStringLiteral("nh");
    try {
        t.db().transaction([&] { SubmissionStore(t.db()).store(records, QStringLiteral("t")); });
        QFAIL("a NUL in text was stored");
    } catch (const EnvironmentError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("submissions")), e.what());
    }
    QCOMPARE(count(t.db()), 0);
    records.removeLast();
    t.db().transaction([&] { SubmissionStore(t.db()).store(records, QStringLiteral("t")); });
    QCOMPARE(count(t.db()), 1);
}

QTEST_GUILESS_MAIN(TestSubmissionCopy)
#include "TestSubmissionCopy.moc"
