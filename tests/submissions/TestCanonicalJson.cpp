// The sync's fast reading of an item (CanonicalJson + SubmissionParser::fromRawJson) must
// decide exactly what the QJsonDocument path decides: same raw JSON kept, same fields, same
// validity, reason and grade, for the demo's submissions and for every odd shape below.
#include "contest/ContestRepository.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "submissions/AnswerKey.h"
#include "submissions/CanonicalJson.h"
#include "submissions/ContentHash.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionValidator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QByteArray qtCompact(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

QString describe(const SubmissionRecord& r)
{
    QStringList answers;
    for (const SubmissionRecord::Answer& a : r.answers)
        answers << a.question + QLatin1Char('=') + a.option;
    auto time = [](const std::optional<Timestamp>& t) {
        return t ? QStringLiteral("%1%+%2").arg(t->utcMs).arg(t->offsetMinutes)
                 : QStringLiteral("none");
    };
    return QStringList{QString::fromUtf8(r.rawJson),
                       r.id,
                       r.name,
                       QString::number(r.birthYear),
                       r.gender,
                       r.idNumberRaw,
                       r.phoneRaw,
                       r.unit,
                       r.address,
                       r.startedAtText,
                       r.submittedAtText,
                       time(r.startedAt),
                       time(r.submittedAt),
                       answers.join(QLatin1Char(';')),
                       QString::number(r.answersWellFormed),
                       r.prediction ? QString::number(*r.prediction) : QStringLiteral("none"),
                       QString::number(r.predictionPresent),
                       QString::number(r.valid),
                       r.invalidCode,
                       r.invalidDetail,
                       r.contestantKey,
                       QString::number(r.correct),
                       QString::number(r.durationMs)}
        .join(QStringLiteral(" | "));
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<QByteArray> m_demo; // raw JSON of the demo's submissions, as Qt wrote them
    std::unique_ptr<AnswerKey> m_key;
    std::unique_ptr<SubmissionValidator> m_validator;

    // Both paths on the same bytes, judged: identical in every field.
    void checkSame(const QByteArray& raw)
    {
        SubmissionRecord fast;
        const bool read = SubmissionParser::fromRawJson(raw, fast);
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        QCOMPARE(read, doc.isObject());
        if (!read)
            return;
        SubmissionRecord slow = SubmissionParser::fromJson(doc.object());
        m_validator->judge(fast);
        m_validator->judge(slow);
        QCOMPARE(describe(fast), describe(slow));
        QCOMPARE(ContentHash::sha256Hex(fast.rawJson),
                 QString::fromLatin1(
                     QCryptographicHash::hash(slow.rawJson, QCryptographicHash::Sha256).toHex()));
    }

    // Whatever CanonicalJson accepts is byte for byte what Qt writes.
    static void checkCanonicalClaim(const QByteArray& raw)
    {
        CanonicalJson json;
        if (json.read(raw))
            QCOMPARE(qtCompact(raw), raw);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = ContestDatabase::openAndMigrate(m_dir.filePath(QStringLiteral("demo.sqlite")));
        DemoContest::populate(*m_db, 300);
        QSqlQuery q = m_db->exec(QStringLiteral("SELECT raw_json FROM submissions ORDER BY id"));
        while (q.next())
            m_demo << q.value(0).toString().toUtf8();
        QVERIFY(m_demo.size() >= 300);
        m_key = std::make_unique<AnswerKey>(AnswerKey::load(*m_db));
        m_validator = std::make_unique<SubmissionValidator>(
            ContestRepository(*m_db).loadOrDefaults(), *m_key);
    }

    void qtOutputIsCanonical()
    {
        CanonicalJson json;
        for (const QByteArray& raw : std::as_const(m_demo))
            QVERIFY2(json.read(raw), raw.constData());
    }

    void demoSubmissionsReadTheSame()
    {
        for (const QByteArray& raw : std::as_const(m_demo))
            checkSame(raw);
    }

    // Each demo submission rewritten the ways another server might write it: the fast
    // reader must refuse what Qt would write differently, and the result stays the same.
    void rewrittenSubmissionsReadTheSame()
    {
        for (const QByteArray& raw : m_demo.mid(0, 40)) {
            QList<QByteArray> variants{
                QByteArray(raw).replace(",", ", "),                   // spaces
                QByteArray(raw).replace(":", " : "),                  // spaces
                " " + raw + "\n",                                     // around
                QByteArray(raw).replace("\"id\"", "\"zz\":1,\"id\""), // keys out of order
                QByteArray(raw).replace("\"prediction\":", "\"prediction\":1.0e0,\"x\":"),
                QByteArray(raw).replace("Nguy", "Nguy\\u1ec5"), // an escape Qt does not write
                QByteArray(raw).replace("-", "\\/"),            // "\/"
                QByteArray(raw).replace("\"answers\"", "\"ans\\u0077ers\""),
            };
            for (const QByteArray& v : variants) {
                checkCanonicalClaim(v);
                checkSame(v);
            }
        }
    }

    void oddShapesReadTheSame_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray base = m_demo.first();
        auto with = [&](const char* key, const QByteArray& value) -> QByteArray {
            QJsonObject o = QJsonDocument::fromJson(base).object();
            o.remove(QLatin1String(key));
            QByteArray out = QJsonDocument(o).toJson(QJsonDocument::Compact);
            out.chop(1);
            return out + ",\"" + key + "\":" + value + "}";
        };
        QTest::newRow("id number") << with("id", "42");
        QTest::newRow("id blank") << with("id", "\"  \"");
        QTest::newRow("id null") << with("id", "null");
        QTest::newRow("id with escapes") << with("id", "\"a\\\"b\\\\c\\t\\u0001\"");
        QTest::newRow("contestant array") << with("contestant", "[]");
        QTest::newRow("contestant numeric phone")
            << with("contestant", "{\"name\":\"A\",\"phone\":912345678}");
        QTest::newRow("contestant decomposed name") << with(
            "contestant", "{\"birth_year\":1990,\"id_number\":\"001090000001\",\"name\":\"  "
                          "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n A \"}");
        QTest::newRow("birth year huge")
            << with("contestant", "{\"birth_year\":99999999999,\"phone\":\"0912345678\"}");
        QTest::newRow("birth year negative")
            << with("contestant", "{\"birth_year\":-1990,\"phone\":\"0912345678\"}");
        QTest::newRow("birth year text")
            << with("contestant", "{\"birth_year\":\" 1990 \",\"phone\":\"0912345678\"}");
        QTest::newRow("birth year double")
            << with("contestant", "{\"birth_year\":1990.5,\"phone\":\"0912345678\"}");
        QTest::newRow("answers object") << with("answers", "{}");
        QTest::newRow("answers mixed") << with(
            "answers", "[{\"a\":null,\"q\":\"Q1\"},1,{\"q\":\"Q2\"},{\"a\":\"B\",\"q\":3}]");
        QTest::newRow("answers empty") << with("answers", "[]");
        QTest::newRow("prediction negative") << with("prediction", "-5");
        QTest::newRow("prediction huge") << with("prediction", "9000000000000001");
        QTest::newRow("prediction at limit") << with("prediction", "9000000000000000");
        QTest::newRow("prediction beyond 64 bits") << with("prediction", "123456789012345678901");
        QTest::newRow("prediction -0") << with("prediction", "-0");
        QTest::newRow("prediction null") << with("prediction", "null");
        QTest::newRow("prediction text") << with("prediction", "\"12\"");
        QTest::newRow("prediction exponent") << with("prediction", "1e3");
        QTest::newRow("times bad") << with("started_at", "\"yesterday\"");
        QTest::newRow("times number") << with("submitted_at", "1717000000");
        QTest::newRow("duplicate key") << QByteArray("{\"id\":\"a\",\"id\":\"b\"}");
        QTest::newRow("non-ASCII key") << QByteArray("{\"id\":\"a\",\"\xc3\xa9\":1}");
        QTest::newRow("U+FFFF") << QByteArray("{\"id\":\"a\xef\xbf\xbf\"}");
        QTest::newRow("DEL") << QByteArray("{\"id\":\"a\x7f\"}");
        QTest::newRow("emoji") << QByteArray("{\"id\":\"\xf0\x9f\x98\x80\"}");
        QTest::newRow("surrogate escape") << QByteArray("{\"id\":\"\\ud83d\\ude00\"}");
        QTest::newRow("upper-case hex") << QByteArray("{\"id\":\"\\u001F\"}");
        QTest::newRow("leading zero") << QByteArray("{\"n\":01}");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("truncated") << base.left(base.size() / 2);
        QTest::newRow("garbage after") << base + "x";
        QTest::newRow("deep") << QByteArray("{\"a\":") + QByteArray(40, '[') + QByteArray(40, ']') +
                                     "}";
        QTest::newRow("lone surrogate")
            << with("contestant", "{\"name\":\"\\ud800Anh\",\"phone\":\"0912345678\"}");
        QTest::newRow("NUL escaped")
            << with("contestant", "{\"name\":\"A\\u0000nh\",\"phone\":\"0912345678\"}");
        QTest::newRow("birth year 1e20")
            << with("contestant", "{\"birth_year\":1e20,\"phone\":\"0912345678\"}");
        QTest::newRow("birth year 1200")
            << with("contestant", "{\"birth_year\":1200,\"phone\":\"0912345678\"}");
    }

    // Issue 13: what no rule of rules.md names but reading must catch, on both paths (the
    // canonical bytes and the QJsonDocument fallback), each with its reason and field.
    void flawsAreReasons_data()
    {
        QTest::addColumn<QByteArray>("contestant");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name"); // as stored
        QTest::addColumn<QString>("detail");
        const QString anh = QStringLiteral("Anh");
        QTest::newRow("lone surrogate") << QByteArray(R"("name":"\ud800Anh")") << "bad_encoding"
                                        << QStringLiteral("\uFFFDAnh") << "contestant.name";
        QTest::newRow("lone low surrogate") << QByteArray(R"("name":"An\udc00h")") << "bad_encoding"
                                            << QStringLiteral("An\uFFFDh") << "contestant.name";
        QTest::newRow("NUL") << QByteArray(R"("name":"A\u0000nh")") << "bad_encoding"
                             << QStringLiteral("A\uFFFDnh") << "contestant.name";
        QTest::newRow("U+FFFD") << QByteArray("\"name\":\"A\xef\xbf\xbdnh\"") << "bad_encoding"
                                << QStringLiteral("A\uFFFDnh") << "U+FFFD";
        QTest::newRow("birth year 1e20") << QByteArray(R"("birth_year":1e20,"name":"Anh")")
                                         << "bad_birth_year" << anh << "birth_year";
        QTest::newRow("birth year 1.5") << QByteArray(R"("birth_year":1.5,"name":"Anh")")
                                        << "bad_birth_year" << anh << "birth_year";
        QTest::newRow("birth year text") << QByteArray(R"("birth_year":"19x0","name":"Anh")")
                                         << "bad_birth_year" << anh << "birth_year";
        QTest::newRow("birth year 1200")
            << QByteArray(R"("birth_year":1200,"name":"Anh")") << "bad_birth_year" << anh << "1200";
        QTest::newRow("birth year 3000")
            << QByteArray(R"("birth_year":3000,"name":"Anh")") << "bad_birth_year" << anh << "3000";
        QTest::newRow("good") << QByteArray(R"("birth_year":1990,"name":"Anh")") << QString() << anh
                              << QString();
    }
    void flawsAreReasons()
    {
        QFETCH(QByteArray, contestant);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, detail);
        QJsonObject o = QJsonDocument::fromJson(m_demo.first()).object();
        o.remove(QLatin1String("contestant"));
        QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
        // "contestant" sorts before every other key of a submission but "answers".
        const QByteArray withContestant =
            ",\"contestant\":{" + contestant + ",\"phone\":\"0912345678\"},\"id\"";
        canonical.replace(",\"id\"", withContestant);
        const QList<QByteArray> forms{canonical, QByteArray(canonical).replace(",", ", ")};
        for (const QByteArray& raw : forms) {
            SubmissionRecord r;
            QVERIFY2(SubmissionParser::fromRawJson(raw, r), raw.constData());
            m_validator->judge(r);
            QCOMPARE(r.name, name);
            if (code.isEmpty()) {
                QVERIFY2(!r.invalidDetail.contains(QLatin1String("birth")),
                         qPrintable(r.invalidDetail));
                continue;
            }
            QVERIFY(!r.valid);
            QCOMPARE(r.invalidCode, code);
            QVERIFY2(r.invalidDetail.contains(detail), qPrintable(r.invalidDetail));
            QVERIFY(SubmissionValidator::reasonCodes().contains(code));
        }
    }

    void oddShapesReadTheSame()
    {
        QFETCH(QByteArray, json);
        checkCanonicalClaim(json);
        checkSame(json);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
