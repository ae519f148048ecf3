#include "contest/ContestRepository.h"
#include "submissions/AnswerKey.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestSubmissionImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importsJsonLinesKeepingInvalidOnes();
    void sameIdIdenticalIsADuplicateDifferentIsAConflict();
    void sameIdTwiceInOneFileIsJudgedAgainstTheFirst();
    void aFileLongerThanOneStatementIsStoredWhole();
    void acceptsAnArrayOrAPageObject();
    void aBrokenLineStoresNothing();
    void refusesToGradeWithoutABank();
    void regradesWhenTheAnswerKeyChanges();

private:
    static QByteArray item(const QString& id, const QString& answer = QStringLiteral("B"),
                           int prediction = 800);
    std::unique_ptr<TestDatabase> m_t;
};

void TestSubmissionImporter::init()
{
    m_t = std::make_unique<TestDatabase>();
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 2;
    s.blueprint = {{QStringLiteral("TTHC"), 2}};
    s.certificateMinCorrect = 1;
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 2);
}

void TestSubmissionImporter::cleanup()
{
    m_t.reset();
}

QByteArray TestSubmissionImporter::item(const QString& id, const QString& answer, int prediction)
{
    const QJsonObject o{
        {"id", id},
        {"contestant", QJsonObject{{"name", "Trần Văn Bình"},
                                   {"birth_year", 1985},
                                   {"phone", "0905 111 222"},
                                   {"unit", "UBND-SONKY"}}},
        {"started_at", "2024-06-05T09:00:00+07:00"},
        {"submitted_at", "2024-06-05T09:04:10.5+07:00"},
        {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", answer}},
                               QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
        {"prediction", prediction},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestSubmissionImporter::importsJsonLinesKeepingInvalidOnes()
{
    const QByteArray data = item("a") + "\n" + item("b", "C") + "\r\n\n" + item("c", "Z") + "\n";
    const StoreSummary s =
        SubmissionImporter(m_t->db()).importBytes(data, QStringLiteral("export.jsonl"));
    QCOMPARE(s.added, 2);
    QCOMPARE(s.invalid, 1); // option Z does not exist: kept, with its reason
    QCOMPARE(s.total(), 3);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 3);
    const QList<GradedSubmission> graded = SubmissionStore(m_t->db()).loadGraded();
    QCOMPARE(graded.size(), 3);
    int valid = 0;
    for (const GradedSubmission& g : graded) {
        if (g.id == QLatin1String("a"))
            QCOMPARE(g.correct, 2);
        if (g.id == QLatin1String("b"))
            QCOMPARE(g.correct, 1);
        if (g.id == QLatin1String("c"))
            QVERIFY(g.invalidReason.contains(QLatin1String("Z")));
        valid += g.valid ? 1 : 0;
    }
    QCOMPARE(valid, 2);
}

void TestSubmissionImporter::sameIdIdenticalIsADuplicateDifferentIsAConflict()
{
    SubmissionImporter importer(m_t->db());
    importer.importBytes(item("a") + "\n", QStringLiteral("1.jsonl"));
    const StoreSummary again =
        importer.importBytes(item("a") + "\n" + item("a", "A") + "\n" + item("a", "A") + "\n",
                             QStringLiteral("2.jsonl"));
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(again.conflicts, 1);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).conflictCount(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 2); // the first version stands
}

// Rows are stored 200 to a statement: an id seen earlier in the same file counts as stored.
void TestSubmissionImporter::sameIdTwiceInOneFileIsJudgedAgainstTheFirst()
{
    SubmissionImporter importer(m_t->db());
    const StoreSummary s = importer.importBytes(item("b") + "\n" + item("b", "A") + "\n" +
                                                    item("b") + "\n" + item("b", "A") + "\n",
                                                QStringLiteral("twice.jsonl"));
    QCOMPARE(s.added + s.invalid, 1);
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(s.duplicates, 2);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).conflictCount(), 1);
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 2); // the first version stands
}

void TestSubmissionImporter::aFileLongerThanOneStatementIsStoredWhole()
{
    QByteArray lines;
    for (int i = 0; i < 450; ++i)
        lines += item(QStringLiteral("c%1").arg(i), i % 2 ? "A" : "C", 100 + i) + "\n";
    SubmissionImporter importer(m_t->db());
    const StoreSummary s = importer.importBytes(lines, QStringLiteral("long.jsonl"));
    QCOMPARE(s.total(), 450);
    QCOMPARE(s.added + s.invalid, 450);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 450);
    const StoreSummary again = importer.importBytes(lines, QStringLiteral("long.jsonl"));
    QCOMPARE(again.duplicates, 450);
    QCOMPARE(SubmissionStore(m_t->db()).count(), 450);
}

void TestSubmissionImporter::acceptsAnArrayOrAPageObject()
{
    SubmissionImporter importer(m_t->db());
    const StoreSummary a =
        importer.importBytes("[" + item("a") + "," + item("b") + "]", QStringLiteral("a.json"));
    QCOMPARE(a.added, 2);
    const StoreSummary p = importer.importBytes("{\"items\": [" + item("c") +
                                                    "], \"cursor\": \"x\", \"has_more\": false}",
                                                QStringLiteral("page.json"));
    QCOMPARE(p.added, 1);
}

void TestSubmissionImporter::aBrokenLineStoresNothing()
{
    try {
        SubmissionImporter(m_t->db()).importBytes(item("a") + "\n" + item("b").left(40) + "\n",
                                                  QStringLiteral("cut.jsonl"));
        QFAIL("a truncated line was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(QLatin1String("cut.jsonl:2:")), qPrintable(e.message()));
    }
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
    QVERIFY_THROWS_EXCEPTION(
        UserError, SubmissionImporter(m_t->db()).importBytes("[1, 2]", QStringLiteral("n.json")));
    QVERIFY_THROWS_EXCEPTION(UserError, SubmissionImporter(m_t->db()).importBytes(
                                            "{\"items\": 3}", QStringLiteral("n.json")));
    QCOMPARE(SubmissionStore(m_t->db()).count(), 0);
}

void TestSubmissionImporter::refusesToGradeWithoutABank()
{
    TestDatabase empty;
    QVERIFY_THROWS_EXCEPTION(
        UserError,
        SubmissionImporter(empty.db()).importBytes(item("a"), QStringLiteral("a.jsonl")));
}

void TestSubmissionImporter::regradesWhenTheAnswerKeyChanges()
{
    SubmissionImporter(m_t->db()).importBytes(item("a", "A") + "\n", QStringLiteral("a.jsonl"));
    QCOMPARE(SubmissionStore(m_t->db()).loadGraded().at(0).correct, 1);
    // The authors find Q0001 was keyed wrong: A is right.
    m_t->db().exec(QStringLiteral("UPDATE questions SET correct_key = 'A' WHERE id = 'Q0001'"));
    SubmissionStore store(m_t->db());
    const ContestSettings settings = ContestRepository(m_t->db()).loadOrDefaults();
    QCOMPARE(store.ensureJudged(settings, AnswerKey::load(m_t->db())), 1);
    QCOMPARE(store.loadGraded().at(0).correct, 2);
    QCOMPARE(store.ensureJudged(settings, AnswerKey::load(m_t->db())), 0); // nothing changed since
}

QTEST_GUILESS_MAIN(TestSubmissionImporter)
#include "TestSubmissionImporter.moc"
