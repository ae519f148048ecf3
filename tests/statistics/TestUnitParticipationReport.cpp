#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "statistics/UnitParticipationReport.h"

#include <QFileInfo>

class TestUnitParticipationReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void figuresMatchDirectSql();
    void ranksFollowContestants();
    void filtersByKind();
    void exportsEveryFormat();

private:
    TestDatabase m_t;
};

void TestUnitParticipationReport::initTestCase()
{
    DemoContest::populate(m_t.db(), 300);
}

// The report's own query against the plainest SQL that states the same thing per unit.
void TestUnitParticipationReport::figuresMatchDirectSql()
{
    const auto report = UnitParticipationReport::compute(m_t.db());
    // Every listed unit (nobody yet = 0%, a figure for the reform index) and any unit that
    // only contestants name.
    QSqlQuery units = m_t.db().exec(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT code FROM units UNION "
        "SELECT unit FROM submissions WHERE valid = 1 AND contestant_key <> '') AS listed"));
    QVERIFY(units.next());
    QCOMPARE(report.rows().size(), units.value(0).toInt());
    QVERIFY(report.rows().size() > 5);
    for (const auto& row : report.rows()) {
        QSqlQuery q =
            m_t.db().exec(QStringLiteral("SELECT COUNT(DISTINCT contestant_key) FROM submissions "
                                         "WHERE valid = 1 AND contestant_key <> '' AND unit = ?"),
                          {row.code});
        QVERIFY(q.next());
        QCOMPARE(row.contestants, q.value(0).toLongLong());
        QSqlQuery perfect = m_t.db().exec(
            QStringLiteral(
                "SELECT COUNT(DISTINCT contestant_key) FROM submissions "
                "WHERE valid = 1 AND contestant_key <> '' AND unit = ? AND correct = 30"),
            {row.code});
        QVERIFY(perfect.next());
        QCOMPARE(row.perfect, perfect.value(0).toLongLong());
        if (row.headcount)
            QCOMPARE(*row.rate, double(row.contestants) / *row.headcount);
        QVERIFY(row.averageCorrect >= 0 && row.averageCorrect <= 30);
        QVERIFY(!row.kind.isEmpty());
    }
}

void TestUnitParticipationReport::ranksFollowContestants()
{
    const auto rows = UnitParticipationReport::compute(m_t.db()).rows();
    QCOMPARE(rows.first().rank, 1);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).contestants >= rows.at(i).contestants);
        QVERIFY(rows.at(i - 1).rank <= rows.at(i).rank);
        const bool equal = rows.at(i - 1).contestants == rows.at(i).contestants &&
                           rows.at(i - 1).perfect == rows.at(i).perfect;
        QCOMPARE(rows.at(i).rank, equal ? rows.at(i - 1).rank : i + 1);
    }
}

void TestUnitParticipationReport::filtersByKind()
{
    const auto all = UnitParticipationReport::compute(m_t.db());
    const QString kind = all.rows().first().kind;
    const auto some = UnitParticipationReport::compute(m_t.db(), kind);
    QVERIFY(!some.rows().isEmpty());
    QVERIFY(some.rows().size() <= all.rows().size());
    for (const auto& row : some.rows())
        QCOMPARE(row.kind, kind);
}

void TestUnitParticipationReport::exportsEveryFormat()
{
    const auto report = UnitParticipationReport::compute(m_t.db());
    const QByteArray csv = report.csv();
    QCOMPARE(csv.count("\r\n"), report.rows().size() + 1);
    for (const QString& ext :
         {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        const QString path = m_t.dir() + QStringLiteral("/units.") + ext;
        report.write(path);
        QVERIFY2(QFileInfo(path).size() > 100, qPrintable(ext));
    }
    QVERIFY_THROWS_EXCEPTION(std::exception,
                             report.write(m_t.dir() + QStringLiteral("/units.doc")));
}

// A GUI application: the PDF lays its text out with the embedded print fonts.
QTEST_MAIN(TestUnitParticipationReport)
#include "TestUnitParticipationReport.moc"
