#include "QuestionTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace QuestionTestSupport;

// contestctl's questions commands as a script runs them: exit codes, messages, files.
class TestQuestionCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestLocation>
        m_db; // a file in m_dir, or a database on the PostgreSQL test server
    QString m_ctl;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const QStringList& args)
    {
        QProcess p;
        p.start(m_ctl, QStringList{QStringLiteral("--db"), m_db->location()} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ctl = qEnvironmentVariable("CONTESTCTL");
        if (m_ctl.isEmpty() || !QFile::exists(m_ctl))
            QSKIP("CONTESTCTL does not name the contestctl binary (run through ctest)");
        REQUIRE_FIXTURES();
        QVERIFY(m_dir.isValid());
        qputenv("USER", "Importer");
        m_db = std::make_unique<TestLocation>(m_dir.path(), QStringLiteral("bank.sqlite"));
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
    }

    void importEachFixture()
    {
        Run r = ctl({QStringLiteral("questions"), QStringLiteral("import"),
                     fixturesDir() + QStringLiteral("/questions.aiken.txt"),
                     QStringLiteral("--author"), QStringLiteral("Lan")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 imported")), qPrintable(r.out));

        r = ctl({QStringLiteral("questions"), QStringLiteral("import"),
                 fixturesDir() + QStringLiteral("/questions.gift.txt"), QStringLiteral("--format"),
                 QStringLiteral("gift")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("4 imported")), qPrintable(r.out));
        QVERIFY(r.out.contains(
            QStringLiteral("questions.gift.txt:22: skipped multiple response 'colours'")));
        QVERIFY(r.out.contains(QStringLiteral("5 skipped")));

        r = ctl({QStringLiteral("questions"), QStringLiteral("import"),
                 fixturesDir() + QStringLiteral("/nested_categories_with_questions.xml")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("4 imported")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("skipped essay 'Kappa Essay Question'")));
    }

    void errorsExitOneAndImportNothing()
    {
        const QString file = fixturesDir() + QStringLiteral("/aiken_errors.txt");
        Run r = ctl({QStringLiteral("questions"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        for (const char* line :
             {"aiken_errors.txt:1:", "aiken_errors.txt:5:", "aiken_errors.txt:14:"})
            QVERIFY2(r.err.contains(QLatin1String(line)), qPrintable(r.err));
        r = ctl({QStringLiteral("questions"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 10);

        r = ctl({QStringLiteral("questions"), QStringLiteral("import"), file,
                 QStringLiteral("--skip-invalid")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 imported")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("3 invalid")));
    }

    void dryRunWritesNothing()
    {
        const Run r =
            ctl({QStringLiteral("questions"), QStringLiteral("import"),
                 dataFile(QStringLiteral("questions-bank.csv")), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("questions-bank.csv:2: TTHC-0012 added")),
                 qPrintable(r.out));
        const Run list = ctl({QStringLiteral("questions"), QStringLiteral("list"),
                              QStringLiteral("--topic"), QStringLiteral("TTHC")});
        QVERIFY(!list.out.contains(QStringLiteral("TTHC-0012")));
    }

    void latin1ExitsOne()
    {
        const Run r = ctl({QStringLiteral("questions"), QStringLiteral("import"),
                           dataFile(QStringLiteral("questions-latin1.txt")),
                           QStringLiteral("--skip-invalid")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("questions-latin1.txt:1")) &&
                     r.err.contains(QStringLiteral("UTF-8")),
                 qPrintable(r.err));
    }

    void historyAndCategoryMapping()
    {
        Run r = ctl({QStringLiteral("questions"), QStringLiteral("history"),
                     QStringLiteral("THECHE-0001")});
        QCOMPARE(r.code, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!history.isEmpty());
        // The revision names who ran the import (no accounts here: the system user), not the
        // author it was given.
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("changed_by")).toString(),
                 QStringLiteral("Importer"));
        QCOMPARE(
            ctl({QStringLiteral("questions"), QStringLiteral("history"), QStringLiteral("NOPE-1")})
                .code,
            1);

        QCOMPARE(ctl({QStringLiteral("questions"), QStringLiteral("map"),
                      QStringLiteral("$course$/Iota/Mu"), QStringLiteral("DA06")})
                     .code,
                 0);
        QCOMPARE(ctl({QStringLiteral("questions"), QStringLiteral("map"), QStringLiteral("x"),
                      QStringLiteral("NOPE")})
                     .code,
                 1);
        r = ctl({QStringLiteral("questions"), QStringLiteral("categories")});
        QVERIFY2(r.out.contains(QStringLiteral("$course$/Iota/Mu -> DA06")), qPrintable(r.out));
        QCOMPARE(ctl({QStringLiteral("questions"), QStringLiteral("map"),
                      QStringLiteral("--remove"), QStringLiteral("$course$/Iota/Mu")})
                     .code,
                 0);
    }

    void badArguments()
    {
        QCOMPARE(
            ctl({QStringLiteral("questions"), QStringLiteral("import"), QStringLiteral("x.doc")})
                .code,
            1);
        QCOMPARE(ctl({QStringLiteral("questions"), QStringLiteral("import"),
                      QStringLiteral("x.txt"), QStringLiteral("--format"), QStringLiteral("word")})
                     .code,
                 1);
        QCOMPARE(ctl({QStringLiteral("questions"), QStringLiteral("list"),
                      QStringLiteral("--status"), QStringLiteral("nope")})
                     .code,
                 1);
        QCOMPARE(
            ctl({QStringLiteral("questions"), QStringLiteral("approve"), QStringLiteral("NOPE-1")})
                .code,
            1);
    }

    void exportReimportApprove()
    {
        for (const QString& ext : {QStringLiteral("csv"), QStringLiteral("gift"),
                                   QStringLiteral("xml"), QStringLiteral("txt")}) {
            const QString file = m_dir.filePath(QStringLiteral("bank.") + ext);
            Run r = ctl({QStringLiteral("questions"), QStringLiteral("export"), file});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("12 questions written")), qPrintable(r.out));
            r = ctl({QStringLiteral("questions"), QStringLiteral("import"), file});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("0 imported, 0 updated, 12 unchanged")),
                     qPrintable(ext + QLatin1Char(' ') + r.out));
        }
        // The reviewer is whoever runs the command (no accounts here: the system user);
        // naming someone else is not an option any more.
        Run r = ctl({QStringLiteral("questions"), QStringLiteral("approve"),
                     QStringLiteral("THECHE-0001"), QStringLiteral("--by"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        qputenv("USER", "Ban Tổ chức");
        r = ctl({QStringLiteral("questions"), QStringLiteral("approve"),
                 QStringLiteral("THECHE-0001"), QStringLiteral("THECHE-0002")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("questions"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--status"), QStringLiteral("approved")});
        const QJsonArray approved = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(approved.size(), 2);
        QCOMPARE(approved.at(0).toObject().value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("Ban Tổ chức"));
        QCOMPARE(approved.at(0).toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("Lan"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionCommands)
#include "TestQuestionCommands.moc"
