#include "contest/ContestRepository.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QRandomGenerator>

// The `copying` kind: a generated contest of honest people (each drawn 30 of the bank's
// questions, right by their skill, wrong among the distractors as people are: one popular,
// one rare) raises none; a copy of a weak contestant's answers under another name is
// found with its chance in the evidence; people who share too few questions make no case
// however alike their answers are.
class TestCopyingScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        m_rng.seed(20240605); // each test the same contest, run alone or with the others
        m_minute = 0;
    }
    void cleanup() { m_t.reset(); }
    void anHonestPopulationRaisesNoCopyingCase();
    void aCopyOfAWeakContestantIsFound();
    void tooFewSharedQuestionsMakeNoCase();
    void aGroupOfCopiersIsOneCase();

private:
    struct Sheet
    {
        QStringList questions;
        QStringList answers;
    };
    void makeContest(int bankSize);
    Sheet honestSheet(int bankSize, double skill);
    void submit(int person, const Sheet& sheet);
    void honestPopulation(int people, int bankSize);
    Sheet weakSheet(int bankSize, int wrongFrom);
    QList<IntegrityCase> copyingCases();
    static QString keyOf(int person)
    {
        return QStringLiteral("0512%1").arg(person, 8, 10, QLatin1Char('0'));
    }

    std::unique_ptr<TestDatabase> m_t;
    QRandomGenerator m_rng{20240605};
    QList<QJsonObject> m_pending;
    int m_minute = 0;
};

void TestCopyingScan::makeContest(int bankSize)
{
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 30;
    s.blueprint = {{QStringLiteral("TTHC"), 30}};
    s.certificateMinCorrect = 1;
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), bankSize); // key B, options A-D
}

// Wrong answers as people give them: A (the tempting one) 60 %, C 30 %, D 10 %; about
// one person in thirty leaves a question blank.
TestCopyingScan::Sheet TestCopyingScan::honestSheet(int bankSize, double skill)
{
    QList<int> all;
    for (int i = 1; i <= bankSize; ++i)
        all << i;
    std::shuffle(all.begin(), all.end(), m_rng);
    Sheet s;
    for (int i = 0; i < 30; ++i) {
        s.questions << QStringLiteral("Q%1").arg(all.at(i), 4, 10, QLatin1Char('0'));
        const double r = m_rng.generateDouble();
        if (m_rng.generateDouble() < skill)
            s.answers << QStringLiteral("B");
        else if (r < 0.03)
            s.answers << QString();
        else
            s.answers << (r < 0.6   ? QStringLiteral("A")
                          : r < 0.9 ? QStringLiteral("C")
                                    : QStringLiteral("D"));
    }
    return s;
}

void TestCopyingScan::submit(int person, const Sheet& sheet)
{
    const QDateTime at =
        QDateTime(QDate(2024, 6, 5), QTime(8, 0), Qt::UTC).addSecs(60 * ++m_minute);
    QJsonArray answers;
    for (int i = 0; i < sheet.questions.size(); ++i) {
        answers.append(
            QJsonObject{{"q", sheet.questions.at(i)},
                        {"a", sheet.answers.at(i).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(sheet.answers.at(i))}});
    }
    m_pending << QJsonObject{
        {"id", QStringLiteral("s%1").arg(person)},
        {"contestant", QJsonObject{{"name", QStringLiteral("Người Thứ %1").arg(person)},
                                   {"birth_year", 1960 + person % 40},
                                   {"unit", "UBND-SONKY"},
                                   {"id_number", keyOf(person)}}},
        {"started_at", at.addSecs(-900).toString(Qt::ISODate)},
        {"submitted_at", at.toString(Qt::ISODate)},
        {"answers", answers},
        {"prediction", 1000 + person},
    };
}

void TestCopyingScan::honestPopulation(int people, int bankSize)
{
    for (int p = 1; p <= people; ++p)
        submit(p, honestSheet(bankSize, 0.15 + 0.8 * m_rng.generateDouble()));
}

QList<IntegrityCase> TestCopyingScan::copyingCases()
{
    SubmissionImporter(m_t->db()).importItems(m_pending, QStringLiteral("test"));
    m_pending.clear();
    QList<IntegrityCase> found;
    for (const IntegrityCase& c :
         IntegrityScan::scan(m_t->db(), ResultsService(m_t->db()).computeLive())) {
        if (c.kind == QLatin1String("copying"))
            found << c;
    }
    return found;
}

void TestCopyingScan::anHonestPopulationRaisesNoCopyingCase()
{
    // A bank of 30: everyone shares every question, the hardest setting for false alarms.
    makeContest(30);
    honestPopulation(800, 30);
    const QList<IntegrityCase> cases = copyingCases();
    QVERIFY2(cases.isEmpty(), qPrintable(cases.value(0).evidence));
}

// A weak contestant's sheet: right up to `wrongFrom`, then wrong the way people go wrong
// (mostly the tempting A).
TestCopyingScan::Sheet TestCopyingScan::weakSheet(int bankSize, int wrongFrom)
{
    Sheet source = honestSheet(bankSize, 0);
    const QStringList wrong{"A", "C", "A", "D", "C"};
    for (int i = 0; i < 30; ++i)
        source.answers[i] = i < wrongFrom ? QStringLiteral("B") : wrong.at(i % wrong.size());
    return source;
}

void TestCopyingScan::aCopyOfAWeakContestantIsFound()
{
    makeContest(60);
    honestPopulation(400, 60);
    // A weak contestant's sheet (5 right, 25 wrong), copied under another name with two
    // answers changed. A copy of a good contestant has too few wrong answers to tell from
    // chance.
    const Sheet source = weakSheet(60, 5);
    Sheet copy = source;
    copy.answers[0] = QStringLiteral("C");
    copy.answers[5] = QStringLiteral("B");
    submit(901, source);
    submit(902, copy);

    const QList<IntegrityCase> cases = copyingCases();
    QCOMPARE(cases.size(), 1);
    const IntegrityCase& c = cases.at(0);
    QCOMPARE(c.contestants, QStringList({keyOf(901), keyOf(902)}));
    QCOMPARE(c.submissions, QStringList({"s901", "s902"}));
    QCOMPARE(c.names.size(), 2);
    QVERIFY2(c.names.at(0).startsWith(QStringLiteral("Người Thứ 901")), qPrintable(c.names.at(0)));
    // The evidence says what they share and how unlikely that is by chance.
    QVERIFY2(c.evidence.contains(QLatin1String("30 questions")), qPrintable(c.evidence));
    QVERIFY2(c.evidence.contains(QLatin1String("1 in ")), qPrintable(c.evidence));
    QVERIFY(c.strength > 0.9);
    QVERIFY(c.id.startsWith(QLatin1String("c-")));
}

void TestCopyingScan::tooFewSharedQuestionsMakeNoCase()
{
    makeContest(120);
    honestPopulation(400, 120);
    // Two pairs with the same rare wrong answer (D) on every question they share: one
    // pair shares 9 questions, too few for a figure to mean anything; one shares 12.
    // Each pair on its own questions, so that they share nothing with the other.
    const auto pair = [this](int first, int shared, int offset) {
        Sheet a, b;
        for (int i = 0; i < 30; ++i) {
            a.questions << QStringLiteral("Q%1").arg(offset + 1 + i, 4, 10, QLatin1Char('0'));
            b.questions << QStringLiteral("Q%1").arg(offset + 31 - shared + i, 4, 10,
                                                     QLatin1Char('0'));
            a.answers << (i >= 30 - shared ? QStringLiteral("D") : QStringLiteral("B"));
            b.answers << (i < shared ? QStringLiteral("D") : QStringLiteral("B"));
        }
        submit(first, a);
        submit(first + 1, b);
    };
    pair(911, 9, 0);
    pair(921, 12, 60);
    const QList<IntegrityCase> cases = copyingCases();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).contestants, QStringList({keyOf(921), keyOf(922)}));
    QVERIFY2(cases.at(0).evidence.contains(QLatin1String("12 questions")),
             qPrintable(cases.at(0).evidence));
}

// Three people copying one sheet are alike pair by pair (three pairs): the judges see one
// case with the three of them, its evidence giving each pair and its chance; a separate
// pair of copiers stays a case of two.
void TestCopyingScan::aGroupOfCopiersIsOneCase()
{
    makeContest(60);
    honestPopulation(400, 60);
    const Sheet source = weakSheet(60, 4);
    Sheet second = source, third = source;
    second.answers[4] = QStringLiteral("B");
    third.answers[6] = QStringLiteral("D");
    submit(931, source);
    submit(932, second);
    submit(933, third);
    Sheet pairSource = weakSheet(60, 6);
    pairSource.questions.clear(); // the 30 questions the group was not drawn: no bridge
    for (int q = 1; q <= 60; ++q) {
        const QString id = QStringLiteral("Q%1").arg(q, 4, 10, QLatin1Char('0'));
        if (!source.questions.contains(id))
            pairSource.questions << id;
    }
    Sheet pairCopy = pairSource;
    pairCopy.answers[0] = QStringLiteral("C");
    submit(941, pairSource);
    submit(942, pairCopy);

    QList<IntegrityCase> cases = copyingCases();
    QCOMPARE(cases.size(), 2);
    std::sort(cases.begin(), cases.end(), [](const IntegrityCase& a, const IntegrityCase& b) {
        return a.contestants.size() > b.contestants.size();
    });
    const IntegrityCase& group = cases.at(0);
    QCOMPARE(group.contestants, QStringList({keyOf(931), keyOf(932), keyOf(933)}));
    QCOMPARE(group.submissions, QStringList({"s931", "s932", "s933"}));
    QCOMPARE(group.names.size(), 3);
    // Each of the three pairs, with its chance.
    QCOMPARE(group.evidence.count(QLatin1String("1 in ")), 3);
    for (const char* pair : {"Người Thứ 931 (1971) and Người Thứ 932 (1972)",
                             "Người Thứ 931 (1971) and Người Thứ 933 (1973)",
                             "Người Thứ 932 (1972) and Người Thứ 933 (1973)"})
        QVERIFY2(group.evidence.contains(QString::fromUtf8(pair)), qPrintable(group.evidence));
    QCOMPARE(cases.at(1).contestants, QStringList({keyOf(941), keyOf(942)}));

    // The group's id rests on its people: the same on the next run.
    QStringList ids;
    for (const IntegrityCase& c : copyingCases())
        ids << c.id;
    QVERIFY(ids.contains(group.id));
}

QTEST_GUILESS_MAIN(TestCopyingScan)
#include "TestCopyingScan.moc"
