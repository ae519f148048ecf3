#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "submissions/AnswerKey.h"
#include "submissions/JudgingPipeline.h"
#include "submissions/SubmissionValidator.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QTest>

// Several threads judge the batches; whatever their timing, the storing thread gets the
// file's order, the first broken item is the one named, and a storer that stops early
// does not leave threads waiting for ever.
class TestJudgingPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keepsTheFileOrderWhateverTheJudges_data();
    void keepsTheFileOrderWhateverTheJudges();
    void namesTheFirstBrokenItemOfTheFile();
    void aStorerThatStopsEarlyLeavesNoThreadWaiting();

private:
    static QByteArray lines(int count, const QList<int>& broken = {});
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<SubmissionValidator> m_validator;
    AnswerKey m_key;
};

void TestJudgingPipeline::init()
{
    m_t = std::make_unique<TestDatabase>();
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 1;
    s.blueprint = {{QStringLiteral("TTHC"), 1}};
    s.certificateMinCorrect = 1;
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 1);
    m_key = AnswerKey::load(m_t->db());
    m_validator = std::make_unique<SubmissionValidator>(s, m_key);
}

void TestJudgingPipeline::cleanup()
{
    m_validator.reset();
    m_t.reset();
}

// `count` submissions s0, s1, ... a line each; the lines numbered in `broken` (1-based)
// are cut short.
QByteArray TestJudgingPipeline::lines(int count, const QList<int>& broken)
{
    QByteArray data;
    for (int i = 0; i < count; ++i) {
        const QByteArray line =
            "{\"id\":\"s" + QByteArray::number(i) +
            "\",\"contestant\":{\"name\":\"Lê Thị Hoa\",\"birth_year\":1990,\"phone\":\"0905"
            "111222\",\"unit\":\"UBND-SONKY\"},\"started_at\":\"2024-06-05T09:00:00+07:00\","
            "\"submitted_at\":\"2024-06-05T09:04:10+07:00\",\"answers\":[{\"q\":\"Q0001\","
            "\"a\":\"B\"}],\"prediction\":800}";
        data += (broken.contains(i + 1) ? line.left(30) : line) + '\n';
    }
    return data;
}

void TestJudgingPipeline::keepsTheFileOrderWhateverTheJudges_data()
{
    QTest::addColumn<int>("judges");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one judge") << 1 << 50;
    QTest::newRow("four judges, small batches") << 4 << 7;
    QTest::newRow("eight judges, batches of one") << 8 << 1;
}

void TestJudgingPipeline::keepsTheFileOrderWhateverTheJudges()
{
    QFETCH(int, judges);
    QFETCH(int, batchSize);
    const int n = 3001;
    QByteArray data = lines(n);
    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    SubmissionFileReader reader(device, QStringLiteral("x.jsonl"),
                                SubmissionFileReader::Form::JsonLines);
    reader.setChunkSize(997);
    JudgingPipeline pipeline(reader, QStringLiteral("x.jsonl"), *m_validator, batchSize, judges);
    int next = 0;
    for (;;) {
        JudgingPipeline::Batch batch = pipeline.next();
        QVERIFY(!batch.error);
        for (const SubmissionRecord& r : std::as_const(batch.records)) {
            QCOMPARE(r.id, QStringLiteral("s%1").arg(next));
            QVERIFY(r.valid);
            QCOMPARE(r.rawSha256.size(), 64);
            ++next;
        }
        if (batch.last)
            break;
        pipeline.recycle(std::move(batch));
    }
    QCOMPARE(next, n);
}

void TestJudgingPipeline::namesTheFirstBrokenItemOfTheFile()
{
    // Batches of 10: the later broken line is in a batch that a judge may well finish
    // first; the message must still name line 301.
    for (int round = 0; round < 20; ++round) {
        QByteArray data = lines(1000, {301, 302, 905});
        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        SubmissionFileReader reader(device, QStringLiteral("x.jsonl"),
                                    SubmissionFileReader::Form::JsonLines);
        JudgingPipeline pipeline(reader, QStringLiteral("x.jsonl"), *m_validator, 10, 4);
        int stored = 0;
        for (;;) {
            JudgingPipeline::Batch batch = pipeline.next();
            if (batch.error) {
                try {
                    std::rethrow_exception(batch.error);
                } catch (const UserError& e) {
                    QVERIFY2(e.message().startsWith(QLatin1String("x.jsonl:301: not JSON")),
                             qPrintable(e.message()));
                }
                break;
            }
            QVERIFY2(!batch.last, "a broken file reached its end");
            stored += int(batch.records.size());
        }
        QCOMPARE(stored, 300);
    }
}

void TestJudgingPipeline::aStorerThatStopsEarlyLeavesNoThreadWaiting()
{
    QByteArray data = lines(20000);
    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    SubmissionFileReader reader(device, QStringLiteral("x.jsonl"),
                                SubmissionFileReader::Form::JsonLines);
    {
        JudgingPipeline pipeline(reader, QStringLiteral("x.jsonl"), *m_validator, 10, 3);
        QCOMPARE(pipeline.next().records.size(), 10);
        // Every stage is full by now, or soon: the destructor must still return.
    }
    QVERIFY(device.pos() < data.size()); // it stopped reading, too
}

QTEST_GUILESS_MAIN(TestJudgingPipeline)
#include "TestJudgingPipeline.moc"
