#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Issue 17, item 6: topics are data (rules.md). contestctl adds, renames and retires them,
// validated and audited; a topic the blueprint draws from is not retired.
class TestTopicCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addRenameRetireAreListedAndAudited();
    void badCodesAndDuplicatesAreRefused();
    void aTopicOfTheBlueprintIsNotRetired();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList& args);
    QString m_ctl;
    QTemporaryDir m_dir;
    std::unique_ptr<TestLocation> m_location;
};

void TestTopicCommands::initTestCase()
{
    m_ctl = qEnvironmentVariable("CONTESTCTL");
    if (m_ctl.isEmpty())
        QSKIP("CONTESTCTL is not set (run through ctest)");
    m_location = std::make_unique<TestLocation>(m_dir.path(), QStringLiteral("topics.sqlite"));
    QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
}

TestTopicCommands::Run TestTopicCommands::ctl(const QStringList& args)
{
    QProcess p;
    p.start(m_ctl, QStringList{QStringLiteral("--db"), m_location->location()} + args);
    if (!p.waitForFinished(60000))
        qFatal("contestctl did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestTopicCommands::addRenameRetireAreListedAndAudited()
{
    Run r = ctl({QStringLiteral("topics"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("8 topics")), qPrintable(r.out));

    r = ctl({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("MOITRUONG"),
             QStringLiteral("Bảo vệ môi trường")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("topics"), QStringLiteral("rename"), QStringLiteral("MOITRUONG"),
             QStringLiteral("Môi trường và khí hậu")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("topics"), QStringLiteral("retire"), QStringLiteral("MOITRUONG")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    r = ctl({QStringLiteral("topics"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray topics = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(topics.size(), 9);
    const QJsonObject added = topics.last().toObject();
    QCOMPARE(added.value(QStringLiteral("code")).toString(), QStringLiteral("MOITRUONG"));
    QCOMPARE(added.value(QStringLiteral("name")).toString(),
             QStringLiteral("Môi trường và khí hậu"));
    QCOMPARE(added.value(QStringLiteral("retired")).toBool(), true);

    r = ctl({QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    for (const char* action : {"topic.add", "topic.rename", "topic.retire"})
        QVERIFY2(r.out.contains(QLatin1String(action)), qPrintable(r.out));
}

void TestTopicCommands::badCodesAndDuplicatesAreRefused()
{
    for (const QString& code : {QStringLiteral("tthc"), QStringLiteral("T-1"), QStringLiteral("X"),
                                QStringLiteral("MỚI")}) {
        const Run r =
            ctl({QStringLiteral("topics"), QStringLiteral("add"), code, QStringLiteral("Tên")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("field 'code'")), qPrintable(r.err));
    }
    Run r = ctl({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("TTHC"),
                 QStringLiteral("Khác")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("TTHC exists already")), qPrintable(r.err));
    r = ctl({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("KHAC"),
             QStringLiteral("đề án 06")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("DA06")), qPrintable(r.err));
    r = ctl({QStringLiteral("topics"), QStringLiteral("rename"), QStringLiteral("NOPE"),
             QStringLiteral("Tên")});
    QCOMPARE(r.code, 1);
    r = ctl({QStringLiteral("topics"), QStringLiteral("list")});
    QVERIFY2(!r.out.contains(QLatin1String("KHAC")), qPrintable(r.out));
}

void TestTopicCommands::aTopicOfTheBlueprintIsNotRetired()
{
    // The default contest's blueprint draws from TTHC.
    Run r = ctl({QStringLiteral("topics"), QStringLiteral("retire"), QStringLiteral("TTHC")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("TTHC")) && r.err.contains(QLatin1String("blueprint")),
             qPrintable(r.err));
    r = ctl({QStringLiteral("topics"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& t : QJsonDocument::fromJson(r.out.toUtf8()).array())
        QVERIFY(t.toObject().value(QStringLiteral("code")).toString() != QLatin1String("TTHC") ||
                !t.toObject().value(QStringLiteral("retired")).toBool());
}

QTEST_GUILESS_MAIN(TestTopicCommands)
#include "TestTopicCommands.moc"
