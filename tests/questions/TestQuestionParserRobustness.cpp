#include "QuestionTestSupport.h"
#include "questions/QuestionExporter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace QuestionTestSupport;

// Every parser is fed a few thousand deterministic mutations of real files (truncations,
// random bytes, huge lines, deep nesting). None may crash, hang or take long: a bank file
// comes from outside and a broken one must end in a message.
class TestQuestionParserRobustness : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_seeds;

    static QByteArray mutate(const QByteArray& seed, QRandomGenerator& rng)
    {
        QByteArray d = seed;
        const auto pos = [&] {
            return d.isEmpty()
                       ? 0
                       : static_cast<qsizetype>(rng.bounded(static_cast<quint32>(d.size())));
        };
        switch (rng.bounded(8)) {
        case 0: // truncation
            d.truncate(pos());
            break;
        case 1: { // random bytes over the text: ASCII half the time, so that UTF-8 survives
            const bool ascii = rng.bounded(2) == 0;
            for (int i = 0, n = 1 + rng.bounded(20); i < n && !d.isEmpty(); ++i)
                d[pos()] = static_cast<char>(ascii ? 32 + rng.bounded(95) : rng.bounded(256));
            break;
        }
        case 2: { // syntax characters inserted
            static const QByteArray syntax = "{}=~#:\\/$<>&;\"\n\r[]%-A)ANSWER:";
            for (int i = 0, n = 1 + rng.bounded(30); i < n; ++i)
                d.insert(pos(), syntax.at(rng.bounded(static_cast<quint32>(syntax.size()))));
            break;
        }
        case 3: // a chunk repeated
            if (!d.isEmpty()) {
                const qsizetype from = pos();
                d.insert(pos(), d.mid(from, 1 + rng.bounded(200)).repeated(1 + rng.bounded(20)));
            }
            break;
        case 4: // lines dropped
            d.replace('\n', rng.bounded(2) ? QByteArray(" ") : QByteArray());
            break;
        case 5: // deep nesting
        {
            static const QList<QByteArray> openers = {
                "{", "<a>", "::", "[", "\"", "<question type=\"multichoice\">"};
            d.insert(pos(), openers.at(rng.bounded(static_cast<quint32>(openers.size())))
                                .repeated(2000 + rng.bounded(3000)));
            break;
        }
        case 6: // invalid UTF-8 sequence or a NUL
            d.insert(pos(), rng.bounded(2) ? QByteArray("\xC3\x28\xF0\x28") : QByteArray(1, '\0'));
            break;
        default: // swapped halves
            d = d.mid(d.size() / 2) + d.left(d.size() / 2);
            break;
        }
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList names = {
            QStringLiteral("questions.aiken.txt"), QStringLiteral("aiken_errors.txt"),
            QStringLiteral("questions.gift.txt"), QStringLiteral("questions_in_category.gift.txt"),
            QStringLiteral("nested_categories_with_questions.xml")};
        for (const QString& n : names) {
            const QByteArray d = readFile(fixturesDir() + QLatin1Char('/') + n);
            if (!d.isEmpty())
                m_seeds << d;
        }
        m_seeds << readFile(dataFile(QStringLiteral("questions-bank.csv")));
        m_seeds << readFile(dataFile(QStringLiteral("questions-mixed.gift")));
        const QList<Question> bank = {makeQuestion(
            QStringLiteral("TTHC-0001"), QStringLiteral("TTHC"), QStringLiteral("Hỏi {x}?"),
            {QStringLiteral("a"), QStringLiteral("b = c")}, QStringLiteral("B"))};
        for (const QString& f : QuestionFormats::names())
            m_seeds << QuestionExporter::toBytes(bank, *QuestionFormats::fromName(f));
    }

    void mutationsNeverCrashOrHang()
    {
        QRandomGenerator rng(20240601);
        QElapsedTimer total;
        total.start();
        qint64 slowest = 0;
        int parsed = 0;
        const QList<QuestionFormat> formats = {QuestionFormat::Aiken, QuestionFormat::Gift,
                                               QuestionFormat::MoodleXml, QuestionFormat::Csv};
        for (int i = 0; i < 3000; ++i) {
            const QByteArray input = mutate(m_seeds.at(i % m_seeds.size()), rng);
            for (QuestionFormat f : formats) {
                QElapsedTimer one;
                one.start();
                const ParseResult r = QuestionFormats::parse(f, input, QStringLiteral("fuzz"));
                slowest = qMax(slowest, one.elapsed());
                ++parsed;
                // Whatever came out must be sane enough to validate.
                for (const ParsedQuestion& q : r.questions)
                    QVERIFY(q.options.size() <= Question::kMaxOptions);
            }
        }
        qInfo("%d parses in %lld ms, slowest %lld ms", parsed, total.elapsed(), slowest);
        // A sample goes the whole way through planning against a database too.
        TestDatabase t;
        QuestionImporter importer(t.db());
        for (int i = 0; i < 300; ++i) {
            const QByteArray input = mutate(m_seeds.at(i % m_seeds.size()), rng);
            for (QuestionFormat f : formats) {
                QuestionImportOptions options;
                options.format = f;
                const QuestionImportPlan plan =
                    importer.planFromBytes(input, QStringLiteral("fuzz"), options);
                if (plan.canApply(true))
                    importer.apply(plan, true);
            }
        }
        QVERIFY(QuestionRepository(t.db()).count() >= 0);
        QVERIFY2(slowest < 2000, "one input took over 2 s: unbounded work somewhere");
    }

    void hugeInputs()
    {
        const QByteArray bigLine = QByteArray(4 * 1024 * 1024, 'x');
        const QList<QByteArray> inputs = {bigLine,
                                          QByteArray("{").repeated(500000),
                                          QByteArray("::").repeated(500000),
                                          QByteArray("\\").repeated(500000),
                                          QByteArray("<quiz>") + QByteArray("<a>").repeated(200000),
                                          QByteArray("A) x\n").repeated(100000),
                                          QByteArray("~").repeated(500000),
                                          QByteArray("\"").repeated(500001)};
        for (const QByteArray& input : inputs) {
            for (QuestionFormat f : {QuestionFormat::Aiken, QuestionFormat::Gift,
                                     QuestionFormat::MoodleXml, QuestionFormat::Csv}) {
                QElapsedTimer t;
                t.start();
                QuestionFormats::parse(f, input, QStringLiteral("huge"));
                QVERIFY2(t.elapsed() < 5000,
                         qPrintable(QStringLiteral("%1 ms on a huge input in %2")
                                        .arg(t.elapsed())
                                        .arg(QuestionFormats::name(f))));
            }
        }
        const ParseResult tooBig = QuestionFormats::parse(
            QuestionFormat::Gift, QByteArray(QuestionFormats::kMaxFileBytes + 1, 'x'),
            QStringLiteral("big"));
        QVERIFY(tooBig.fatal);
    }
};

QTEST_GUILESS_MAIN(TestQuestionParserRobustness)
#include "TestQuestionParserRobustness.moc"
