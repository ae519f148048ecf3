#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// rules.md, "Valid and invalid submissions" and "Scoring", one rule at a time.
class TestSubmissionValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void gradesAValidSubmission();
    void invalidWhen_data();
    void invalidWhen();
    void windowBoundsAreInclusive();
    void unansweredIsAllowedAndWrong();
    void identityPrefersIdNumberThenPhone();
    void eachRepeatIsNamedOnce();

private:
    QJsonObject submission(int answered = 3) const;
    SubmissionRecord judge(const QJsonObject& item) const;
    ContestSettings m_settings;
    AnswerKey m_key;
};

void TestSubmissionValidator::init()
{
    m_settings = ContestSettings::defaults();
    m_settings.questionsPerAttempt = 3;
    m_settings.blueprint = {{QStringLiteral("TTHC"), 3}};
    m_key = AnswerKey();
    m_key.add(QStringLiteral("Q1"), QStringLiteral("ABCD"), QLatin1Char('B'));
    m_key.add(QStringLiteral("Q2"), QStringLiteral("AB"), QLatin1Char('A'));
    m_key.add(QStringLiteral("Q3"), QStringLiteral("ABCDEF"), QLatin1Char('F'));
}

QJsonObject TestSubmissionValidator::submission(int answered) const
{
    QJsonArray answers = {QJsonObject{{"q", "Q1"}, {"a", "B"}}, QJsonObject{{"q", "Q2"}, {"a", "B"}},
                          QJsonObject{{"q", "Q3"}, {"a", "F"}}};
    while (answers.size() > answered)
        answers.removeLast();
    return QJsonObject{
        {"id", "s-1"},
        {"contestant", QJsonObject{{"name", "Nguyễn Thị Ánh"}, {"birth_year", 1990}, {"id_number", "051190001234"},
                                   {"phone", "0905123456"}, {"unit", "UBND-SONKY"}}},
        {"started_at", "2024-06-03T08:15:02+07:00"},
        {"submitted_at", "2024-06-03T08:21:47.350+07:00"},
        {"answers", answers},
        {"prediction", 5321},
    };
}

SubmissionRecord TestSubmissionValidator::judge(const QJsonObject& item) const
{
    SubmissionRecord r = SubmissionParser::fromJson(item);
    SubmissionValidator(m_settings, m_key).judge(r);
    return r;
}

void TestSubmissionValidator::gradesAValidSubmission()
{
    const SubmissionRecord r = judge(submission());
    QVERIFY2(r.valid, qPrintable(r.invalidDetail));
    QCOMPARE(r.correct, 2); // Q2 answered B, key A
    QCOMPARE(r.durationMs, qint64(6 * 60 * 1000 + 45350));
    QCOMPARE(r.contestantKey, QStringLiteral("051190001234"));
    QCOMPARE(*r.prediction, qint64(5321));
}

void TestSubmissionValidator::invalidWhen_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("no identity") << "contestant" << QJsonValue(QJsonObject{{"name", "X"}, {"id_number", "123"}, {"phone", "12"}}) << "no_identity";
    QTest::newRow("started_at missing") << "started_at" << QJsonValue() << "bad_time";
    QTest::newRow("started_at not RFC 3339") << "started_at" << QJsonValue("03/06/2024 08:15") << "bad_time";
    QTest::newRow("submitted_at without offset") << "submitted_at" << QJsonValue("2024-06-03T08:21:47") << "bad_time";
    QTest::newRow("started after submitted") << "started_at" << QJsonValue("2024-06-03T08:30:00+07:00") << "bad_time";
    QTest::newRow("before the window") << "submitted_at" << QJsonValue("2024-06-01T06:59:59.999+07:00") << "outside_window";
    QTest::newRow("after the window") << "submitted_at" << QJsonValue("2024-06-20T22:00:00.001+07:00") << "outside_window";
    QTest::newRow("too few answers") << "answers" << QJsonValue(QJsonArray{QJsonObject{{"q", "Q1"}, {"a", "B"}}}) << "answer_count";
    QTest::newRow("unknown question") << "answers" << QJsonValue(QJsonArray{QJsonObject{{"q", "Q1"}, {"a", "B"}}, QJsonObject{{"q", "Q9"}, {"a", "A"}}, QJsonObject{{"q", "Q3"}, {"a", "A"}}}) << "unknown_question";
    QTest::newRow("same question twice") << "answers" << QJsonValue(QJsonArray{QJsonObject{{"q", "Q1"}, {"a", "B"}}, QJsonObject{{"q", "Q1"}, {"a", "A"}}, QJsonObject{{"q", "Q3"}, {"a", "A"}}}) << "repeated_question";
    QTest::newRow("option the question lacks") << "answers" << QJsonValue(QJsonArray{QJsonObject{{"q", "Q1"}, {"a", "B"}}, QJsonObject{{"q", "Q2"}, {"a", "C"}}, QJsonObject{{"q", "Q3"}, {"a", "A"}}}) << "bad_option";
    QTest::newRow("answers not a list") << "answers" << QJsonValue("B,A,F") << "bad_answers";
    QTest::newRow("prediction missing") << "prediction" << QJsonValue() << "bad_prediction";
    QTest::newRow("prediction negative") << "prediction" << QJsonValue(-1) << "bad_prediction";
    QTest::newRow("prediction fraction") << "prediction" << QJsonValue(12.5) << "bad_prediction";
    QTest::newRow("prediction as text") << "prediction" << QJsonValue("5321") << "bad_prediction";
    QTest::newRow("no id") << "id" << QJsonValue() << "no_id";
}

void TestSubmissionValidator::invalidWhen()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject item = submission();
    if (code == QLatin1String("outside_window"))
        item.insert("started_at", "2024-05-01T00:00:00+07:00"); // keep the start before the submission
    if (value.isUndefined() || value.isNull())
        item.remove(path);
    else
        item.insert(path, value);
    const SubmissionRecord r = judge(item);
    QVERIFY(!r.valid);
    QCOMPARE(r.invalidCode, code);
    QVERIFY(!r.invalidDetail.isEmpty());
    QVERIFY(!r.rawJson.isEmpty()); // kept whole
}

void TestSubmissionValidator::windowBoundsAreInclusive()
{
    QJsonObject item = submission();
    item.insert("started_at", "2024-06-01T06:50:00+07:00");
    item.insert("submitted_at", "2024-06-01T07:00:00+07:00");
    QVERIFY(judge(item).valid);
    item.insert("started_at", "2024-06-20T21:50:00+07:00");
    item.insert("submitted_at", "2024-06-20T15:00:00Z"); // 22:00 in Vietnam
    QVERIFY(judge(item).valid);
}

void TestSubmissionValidator::unansweredIsAllowedAndWrong()
{
    QJsonObject item = submission();
    item.insert("answers", QJsonArray{QJsonObject{{"q", "Q1"}, {"a", QJsonValue::Null}}, QJsonObject{{"q", "Q2"}, {"a", "A"}},
                                      QJsonObject{{"q", "Q3"}, {"a", QJsonValue::Null}}});
    const SubmissionRecord r = judge(item);
    QVERIFY(r.valid);
    QCOMPARE(r.correct, 1);
}

void TestSubmissionValidator::identityPrefersIdNumberThenPhone()
{
    QJsonObject item = submission();
    item.insert("contestant", QJsonObject{{"name", "X"}, {"id_number", "12"}, {"phone", "+84 905 123 456"}});
    QCOMPARE(judge(item).contestantKey, QStringLiteral("0905123456"));
}

// Every answer after the first for the same question is named, in the order answered; a
// question outside the bank is compared by its text.
void TestSubmissionValidator::eachRepeatIsNamedOnce()
{
    QJsonObject item = submission();
    m_settings.questionsPerAttempt = 6;
    item.insert("answers", QJsonArray{QJsonObject{{"q", "Q9"}, {"a", "A"}}, QJsonObject{{"q", "Q1"}, {"a", "B"}},
                                      QJsonObject{{"q", "Q9"}, {"a", "B"}}, QJsonObject{{"q", "Q1"}, {"a", "B"}},
                                      QJsonObject{{"q", "Q1"}, {"a", "C"}}, QJsonObject{{"q", "Q8"}, {"a", "A"}}});
    const SubmissionRecord r = judge(item);
    QVERIFY(!r.valid);
    QCOMPARE(r.invalidCode, QStringLiteral("unknown_question"));
    QCOMPARE(r.invalidDetail,
             QStringLiteral("question Q9 is not in the bank; question Q9 is not in the bank; question Q9 is "
                            "answered twice; question Q1 is answered twice; question Q1 is answered twice; "
                            "question Q8 is not in the bank"));
    QCOMPARE(r.correct, 0); // invalid: not graded
    item = submission();
    m_settings.questionsPerAttempt = 3;
    QCOMPARE(judge(item).correct, 2); // graded from the same lookups
}

QTEST_GUILESS_MAIN(TestSubmissionValidator)
#include "TestSubmissionValidator.moc"
