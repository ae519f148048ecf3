#include "TestDatabase.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "demo/DemoContest.h"
#include "statistics/ProgressReport.h"
#include "statistics/ReportChart.h"
#include "submissions/SubmissionValidator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

// The progress report read back from its PDF: the Vietnamese labels of the
// administrative layout and the figures as of the chosen day, checked against the
// database with plain SQL.
class TestProgressReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHoldsTheFiguresOfTheDay();
    void aDayBeforeTheWindowIsRefused();
    void vietnameseNumbers();

private:
    QString pdfText(const QString& path) const;
    TestDatabase m_t;
};

void TestProgressReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) not installed");
    DemoContest::populate(m_t.db(), 400);
}

QString TestProgressReport::pdfText(const QString& path) const
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    // Lines wrap where the layout chose: compare with single spaces.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

void TestProgressReport::pdfHoldsTheFiguresOfTheDay()
{
    const QDate day(2024, 6, 7);
    const ProgressReport report = ProgressReport::build(m_t.db(), day);
    const QString path = m_t.dir() + QStringLiteral("/progress.pdf");
    report.writePdf(path);
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");

    // The end of 7 June in Vietnam.
    const qint64 until = QDateTime(QDate(2024, 6, 7), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery q = m_t.db().exec(
        QStringLiteral("SELECT COUNT(DISTINCT contestant_key), COUNT(*) FROM submissions "
                       "WHERE valid = 1 AND contestant_key <> '' AND submitted_at_ms < ?"),
        {until});
    QVERIFY(q.next());
    const qint64 contestants = q.value(0).toLongLong();
    QVERIFY(contestants > 20);
    QCOMPARE(report.stats().contestants, contestants);
    QSqlQuery all =
        m_t.db().exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN valid = 1 THEN 1 ELSE 0 END) "
                                     "FROM submissions WHERE submitted_at_ms < ?"),
                      {until});
    QVERIFY(all.next());
    const qint64 total = all.value(0).toLongLong();
    const qint64 valid = all.value(1).toLongLong();
    QVERIFY(total > valid); // the demo has invalid submissions too

    const auto n = [](qint64 v) { return ReportChart::number(double(v), false); };
    for (const QString& expected : {
             QStringLiteral("ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ"),
             QStringLiteral("BAN TỔ CHỨC CUỘC THI"),
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Sơn Hà, ngày 07 tháng 6 năm 2024"),
             QStringLiteral("BÁO CÁO"),
             QStringLiteral("Tiến độ Cuộc thi"),
             QStringLiteral("I. TÌNH HÌNH CHUNG (tính đến hết ngày 07/06/2024)"),
             QStringLiteral("Cuộc thi đã diễn ra 7 ngày, còn 13 ngày."),
             QStringLiteral("Số người dự thi: %1 người.").arg(n(contestants)),
             QStringLiteral("Tổng số lượt bài dự thi: %1 lượt, trong đó hợp lệ %2 lượt")
                 .arg(n(total), n(valid)),
             QStringLiteral("không hợp lệ %1 lượt").arg(n(total - valid)),
             QStringLiteral("Lý do không hợp lệ:"),
             QStringLiteral("II. DIỄN BIẾN THEO NGÀY"),
             QStringLiteral("III. THAM GIA THEO ĐƠN VỊ"),
             QStringLiteral("IV. KẾT QUẢ BÀI THI"),
             QStringLiteral("Biểu đồ 1."),
             QStringLiteral("Biểu đồ 2."),
             QStringLiteral("Biểu đồ 3."),
             QStringLiteral("TM. BAN TỔ CHỨC"),
         })
        QVERIFY2(text.contains(expected), qPrintable(expected));

    // Reasons in the document's language whatever the interface's (English here).
    for (const QString& code : SubmissionValidator::reasonCodes())
        QVERIFY2(!text.contains(SubmissionValidator::reasonLabel(code)), qPrintable(code));

    // The unit leading by participation rate, and the units with nobody by then.
    QVERIFY(!report.byRate().isEmpty());
    const auto& top = report.byRate().first();
    QVERIFY2(text.contains(top.name), qPrintable(top.name));
    QSqlQuery without = m_t.db().exec(
        QStringLiteral("SELECT COUNT(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM submissions s "
                       "WHERE s.unit = u.code AND s.valid = 1 AND s.contestant_key <> '' AND "
                       "s.submitted_at_ms < ?)"),
        {until});
    QVERIFY(without.next());
    // A person counts in the unit of their counted attempt only: a unit may have
    // submissions and still nobody counted there.
    QVERIFY(report.unitsWithoutContestants().size() >= without.value(0).toInt());
    if (!report.unitsWithoutContestants().isEmpty())
        QVERIFY(text.contains(QStringLiteral("Đơn vị chưa có người dự thi")));

    // One or two A4 pages.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished(60000);
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() <= 2, qPrintable(pages.captured(1)));
}

void TestProgressReport::aDayBeforeTheWindowIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(UserError, ProgressReport::build(m_t.db(), QDate(2024, 5, 31)));
}

void TestProgressReport::vietnameseNumbers()
{
    QCOMPARE(ReportChart::number(1234567, false), QStringLiteral("1.234.567"));
    QCOMPARE(ReportChart::number(0.853, true), QStringLiteral("85%"));
    QCOMPARE(ReportChart::number(0.053, true), QStringLiteral("5,3%"));
}

QTEST_MAIN(TestProgressReport)
#include "TestProgressReport.moc"
