#include "audit/AuditLog.h"
#include "core/Money.h"
#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "printing/AwardList.h"
#include "printing/AwardListWriter.h"
#include "printing/CertificateBatch.h"
#include "printing/CertificatePdf.h"
#include "printing/CertificateRenderer.h"
#include "printing/CertificateTemplateRepository.h"
#include "printing/VietnameseNumber.h"

#include "TestDatabase.h"

#include <QCollator>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>

// The demo contest (200 people, its planted tie decided, results locked) printed the
// way the secretariat does it, then read back from the files with poppler's tools.
class TestPrinting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificatesArePrintedOnePagePerQualifyingContestant();
    void reprintKeepsNumbersAndCodes();
    void awardCertificatesGoToWinners();
    void splitWritesOneReadableFilePerPerson();
    void awardListPdfHasTotalsAndAmountInWords();
    void awardListXlsxIsAWorkbook();
    void awardListCsvHasBomAndNeutralisedCells();
    void verifyFindsPrintedCodesOnly();
    void awardListAndNumbersFollowTheJudgesOrder();
    void lockedResultsKeepTheBirthYear();
    void awardListSaysWhyARatePassesAHundredPercent();
    // Last: it alters the locked results.
    void anAlteredSnapshotIsNotValidAndFailsTheAudit();

private:
    struct Run
    {
        int code = -1;
        QString out;
    };
    static Run run(const QString& program, const QStringList& args);
    static bool hasTool(const char* name)
    {
        return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
    }
    QString pdfText(const QString& path) const;
    int pdfPages(const QString& path) const;
    QJsonObject snapshot() const { return ResultsLock(m_t->db()).current()->json(); }

    std::unique_ptr<TestDatabase> m_t;
    QStringList m_decidedOrder; // the judges' order of the demo's tie, best first
    QTemporaryDir m_out;
    QStringList m_printedCodes;
};

TestPrinting::Run TestPrinting::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

QString TestPrinting::pdfText(const QString& path) const
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .out;
}

int TestPrinting::pdfPages(const QString& path) const
{
    const QString info = run(QStringLiteral("pdfinfo"), {path}).out;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestPrinting::initTestCase()
{
    AuditLog::setCurrentUser(QStringLiteral("thu.ky"));
    m_t = std::make_unique<TestDatabase>();
    DemoContest::populate(m_t->db(), 200);
    // Before the lock nothing prints: certificates must match the results the committee froze.
    try {
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
        QFAIL("printed without locked results");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("lock the results first")),
                 qPrintable(e.message()));
    }
    const Results live = ResultsService(m_t->db()).computeLive();
    QCOMPARE(live.unresolvedTies.size(), 1);
    TieDecision d;
    d.prize = live.unresolvedTies.first().prize;
    d.members = live.unresolvedTies.first().members;
    // Against the listing (members come in ID-number order): the order must be the judges'.
    d.order = d.members;
    std::reverse(d.order.begin(), d.order.end());
    d.reason = QStringLiteral("Bốc thăm công khai");
    TieDecisionRepository(m_t->db()).record(d, QStringLiteral("Đinh Thị Trà; Phạm Văn Hòa"));
    m_decidedOrder = d.order;
    ResultsLock(m_t->db()).lock(ResultsService(m_t->db()).computeLive());

    // The default layouts name no signer: nothing is numbered or drawn until someone does.
    try {
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
        QFAIL("printed certificates without a signer's name");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("signer's name")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("TRƯỞNG BAN")), qPrintable(e.message()));
    }
    QCOMPARE(CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"),
                                       QStringLiteral("Nguyễn Văn Bình"))
                 .layout.values.value(QStringLiteral("signer_name")),
             QStringLiteral("Nguyễn Văn Bình"));
    CertificateTemplateRepository layouts(m_t->db());
    for (const QString& kind : CertificateTemplate::kinds()) {
        CertificateTemplate layout = layouts.load(kind);
        layout.values[QStringLiteral("signer_name")] = QStringLiteral("Nguyễn Văn Bình");
        layouts.save(layout);
    }
}

void TestPrinting::certificatesArePrintedOnePagePerQualifyingContestant()
{
    const CertificateBatch batch =
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
    // Who qualifies, straight from the snapshot's JSON.
    QStringList expected;
    for (const QJsonValue& v : snapshot().value(QStringLiteral("individual")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("eligible")).toBool() &&
            o.value(QStringLiteral("correct")).toInt() >=
                batch.source.settings.certificateMinCorrect)
            expected << o.value(QStringLiteral("name")).toString();
    }
    QVERIFY(expected.size() > 20);
    QCOMPARE(batch.entries.size(), expected.size());
    QSet<QString> numbers;
    QCollator collator{QLocale(QLocale::Vietnamese)};
    for (int i = 0; i < batch.entries.size(); ++i) {
        const CertificateEntry& e = batch.entries.at(i);
        numbers.insert(e.number);
        QVERIFY(e.number.endsWith(QLatin1String("/GCN-BTC")));
        QCOMPARE(e.code.size(), 10);
        QVERIFY(e.birthYear > 1900);
        if (i > 0) // sorted by unit
            QVERIFY(collator.compare(batch.entries.at(i - 1).unitName, e.unitName) <= 0);
    }
    QCOMPARE(numbers.size(), batch.entries.size());

    const QString pdf = m_out.filePath(QStringLiteral("giay-chung-nhan.pdf"));
    QCOMPARE(CertificatePdf::write(pdf, CertificateRenderer(batch.layout, batch.source.settings),
                                   batch.entries),
             int(batch.entries.size()));
    m_printedCodes << batch.entries.first().code << batch.entries.last().code;
    if (!hasTool("pdftotext") || !hasTool("pdfinfo"))
        QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
    QCOMPARE(pdfPages(pdf), int(expected.size()));
    const QString text = pdfText(pdf);
    QCOMPARE(text.count(QStringLiteral("GIẤY CHỨNG NHẬN")), int(expected.size()));
    for (const QString& name : expected)
        QVERIFY2(text.contains(QStringLiteral("Ông/Bà: ") + name),
                 qPrintable(name)); // exactly, with its marks
    for (const CertificateEntry& e : batch.entries)
        QVERIFY2(text.contains(QStringLiteral("Mã xác thực: ") + e.code), qPrintable(e.code));
    QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QCOMPARE(text.count(QStringLiteral("Nguyễn Văn Bình")), int(expected.size()));
}

void TestPrinting::reprintKeepsNumbersAndCodes()
{
    const CertificateBatch a = CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
    const CertificateBatch b = CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
    QCOMPARE(a.entries.size(), b.entries.size());
    for (int i = 0; i < a.entries.size(); ++i) {
        QCOMPARE(a.entries.at(i).number, b.entries.at(i).number);
        QCOMPARE(a.entries.at(i).code, b.entries.at(i).code);
    }
}

void TestPrinting::awardCertificatesGoToWinners()
{
    const CertificateBatch batch = CertificateBatch::prepare(m_t->db(), QStringLiteral("award"));
    int winners = 0;
    for (const QJsonValue& v : snapshot().value(QStringLiteral("individual")).toArray())
        winners += v.toObject().value(QStringLiteral("prize")).isString();
    int units = 0;
    for (const QJsonValue& v : snapshot().value(QStringLiteral("collective")).toArray())
        units += v.toObject().value(QStringLiteral("prize")).toBool();
    QCOMPARE(winners, 16); // the plan: 1 + 2 + 3 + 10
    QCOMPARE(batch.entries.size(), winners + units);
    QVERIFY(batch.entries.first().number.endsWith(QLatin1String("/GK-BTC")));
    const QString pdf = m_out.filePath(QStringLiteral("giay-khen.pdf"));
    CertificatePdf::write(pdf, CertificateRenderer(batch.layout, batch.source.settings),
                          batch.entries);
    m_printedCodes << batch.entries.first().code;
    if (!hasTool("pdftotext"))
        QSKIP("poppler-utils not installed");
    const QString text = pdfText(pdf);
    QCOMPARE(text.count(QStringLiteral("GIẤY KHEN")), int(batch.entries.size()));
    QVERIFY(text.contains(QStringLiteral("Đã đạt Giải Nhất cá nhân")));
    QVERIFY(text.contains(QStringLiteral("Tập thể: ")));
}

void TestPrinting::splitWritesOneReadableFilePerPerson()
{
    const CertificateBatch batch =
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
    const QString dir = m_out.filePath(QStringLiteral("tach"));
    const QStringList files = CertificatePdf::writeSplit(
        dir, CertificateRenderer(batch.layout, batch.source.settings), batch.entries.mid(0, 3));
    QCOMPARE(files.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        QCOMPARE(name, CertificatePdf::fileName(batch.entries.at(i)));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+-GCN-BTC_[A-Za-z-]+\\.pdf$"))
                     .match(name)
                     .hasMatch(),
                 qPrintable(name));
        QVERIFY2(!name.contains(batch.entries.at(i).recipient), "no ID number in a file name");
        if (hasTool("pdfinfo"))
            QCOMPARE(pdfPages(files.at(i)), 1);
    }
}

void TestPrinting::awardListPdfHasTotalsAndAmountInWords()
{
    const PrintSource source = PrintSource::load(m_t->db());
    const AwardList list = AwardList::build(source);
    qint64 expected = 0;
    for (const PrintedPerson& p : source.individualWinners())
        expected += p.amount;
    expected += source.settings.collectivePrizeAmount * source.collectiveWinners().size();
    // The plan's prizes: 1,5 + 2×1 + 3×0,5 + 10×0,3 million, and 5 units × 2 million.
    QCOMPARE(expected, qint64(18000000));
    QCOMPARE(list.grandTotal, expected);
    QCOMPARE(list.grandTotalWords, QStringLiteral("Bằng chữ: Mười tám triệu đồng"));

    const QString pdf = m_out.filePath(QStringLiteral("danh-sach.pdf"));
    AwardListWriter::write(list, pdf, QStringLiteral("Sơn Hà, ngày 30 tháng 6 năm 2024"));
    if (!hasTool("pdftotext"))
        QSKIP("poppler-utils not installed");
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("DANH SÁCH KHEN THƯỞNG")));
    QVERIFY(text.contains(QStringLiteral("Bằng chữ: Mười tám triệu đồng")));
    QVERIFY(text.contains(Money::groupDigits(expected)));
    QVERIFY(text.contains(QStringLiteral("Tổng cộng")));
    for (const QString& s : {QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("KẾ TOÁN"),
                             QStringLiteral("TRƯỞNG BAN TỔ CHỨC")})
        QVERIFY2(text.contains(s), qPrintable(s));
    for (const PrintedPerson& p : source.individualWinners())
        QVERIFY2(text.contains(p.name), qPrintable(p.name));
    QVERIFY(text.contains(QStringLiteral("DANH SÁCH THAM GIA THEO ĐƠN VỊ")));
}

void TestPrinting::awardListXlsxIsAWorkbook()
{
    const QString xlsx = m_out.filePath(QStringLiteral("danh-sach.xlsx"));
    AwardListWriter::write(AwardList::build(PrintSource::load(m_t->db())), xlsx, QString());
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    if (!hasTool("unzip"))
        QSKIP("unzip not installed: checked the zip header only");
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx}).out;
    QVERIFY(listing.contains(QLatin1String("xl/worksheets/sheet1.xml")));
    QVERIFY(listing.contains(QLatin1String("xl/worksheets/sheet2.xml")));
}

void TestPrinting::awardListCsvHasBomAndNeutralisedCells()
{
    AwardList list = AwardList::build(PrintSource::load(m_t->db()));
    list.individual.rows[0][1] = QStringLiteral("=HYPERLINK(\"http://x\")"); // a hostile name
    const QByteArray csv = AwardListWriter::csv(list);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.contains(QStringLiteral("'=HYPERLINK")));
    QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(text.contains(QStringLiteral("Bằng chữ: Mười tám triệu đồng")));
    QVERIFY(text.contains(QStringLiteral("18000000")));
    // Through the extension too.
    const QString path = m_out.filePath(QStringLiteral("danh-sach.csv"));
    AwardListWriter::write(AwardList::build(PrintSource::load(m_t->db())), path, QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(3), QByteArray("\xEF\xBB\xBF"));
    QVERIFY_THROWS_EXCEPTION(
        UserError,
        AwardListWriter::write(list, m_out.filePath(QStringLiteral("x.doc")), QString()));
}

void TestPrinting::verifyFindsPrintedCodesOnly()
{
    const QString ctl = qEnvironmentVariable("CONTESTCTL");
    if (ctl.isEmpty())
        QSKIP("CONTESTCTL not set (run through ctest)");
    QVERIFY(!m_printedCodes.isEmpty());
    const CertificateBatch batch =
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
    const CertificateEntry& e = batch.entries.first();
    const Run ok =
        run(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("verify"), e.code.toLower()});
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.out.contains(e.name) && ok.out.contains(e.number) &&
                 ok.out.contains(QLatin1String("valid")),
             qPrintable(ok.out));
    for (const QString& code : m_printedCodes)
        QCOMPARE(
            run(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("verify"), code}).code,
            0);
    const Run unknown = run(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("verify"),
                                  QStringLiteral("ZZZZZZZZZZ")});
    QCOMPARE(unknown.code, 1);
    QCOMPARE(unknown.out.trimmed(), QStringLiteral("unknown"));
    // contestctl prints from the same snapshot: its award list works end to end.
    const QString csv = m_out.filePath(QStringLiteral("ctl.csv"));
    QCOMPARE(run(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("print"),
                       QStringLiteral("award-list"), QStringLiteral("--out"), csv})
                 .code,
             0);
    QVERIFY(QFileInfo::exists(csv));
}

void TestPrinting::awardListAndNumbersFollowTheJudgesOrder()
{
    // Issue 14: the judges put the second-listed person ahead; the award list (STT, prize,
    // amount) and the Giấy khen numbers must say the same.
    QCOMPARE(m_decidedOrder.size(), 2);
    const PrintSource source = PrintSource::load(m_t->db());
    const QList<PrintedPerson> winners = source.individualWinners();
    int ahead = -1;
    int behind = -1;
    for (int i = 0; i < winners.size(); ++i) {
        if (winners.at(i).contestant == m_decidedOrder.at(0))
            ahead = i;
        if (winners.at(i).contestant == m_decidedOrder.at(1))
            behind = i;
    }
    QVERIFY(ahead >= 0 && behind >= 0);
    QCOMPARE(behind, ahead + 1);
    QVERIFY(winners.at(ahead).amount > winners.at(behind).amount);
    QCOMPARE(winners.at(behind).rank, winners.at(ahead).rank + 1);

    const AwardList list = AwardList::build(source);
    QCOMPARE(list.individual.rows.at(ahead).at(1).toString(), winners.at(ahead).name);
    QCOMPARE(list.individual.rows.at(ahead).at(0).toInt(), ahead + 1); // STT
    QCOMPARE(list.individual.rows.at(behind).at(1).toString(), winners.at(behind).name);

    const CertificateBatch awards = CertificateBatch::prepare(m_t->db(), QStringLiteral("award"));
    auto numberOf = [&](const QString& who) {
        for (const CertificateEntry& e : awards.entries) {
            if (e.recipient == who)
                return e.number.section(QLatin1Char('/'), 0, 0).toInt();
        }
        return -1;
    };
    QVERIFY(numberOf(m_decidedOrder.at(0)) > 0);
    QCOMPARE(numberOf(m_decidedOrder.at(1)), numberOf(m_decidedOrder.at(0)) + 1);

    // The locked JSON names the decision on both rows.
    for (const QJsonValue& v : snapshot().value(QStringLiteral("individual")).toArray()) {
        const QJsonObject o = v.toObject();
        if (m_decidedOrder.contains(o.value(QStringLiteral("contestant")).toString())) {
            const QJsonObject decision = o.value(QStringLiteral("judges_decision")).toObject();
            QCOMPARE(decision.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Bốc thăm công khai"));
        }
    }
}

void TestPrinting::awardListSaysWhyARatePassesAHundredPercent()
{
    // More contestants than the headcount (people outside the unit chose it): the printed
    // list says so under the table, as the Results area does (issue 14).
    PrintSource source = PrintSource::load(m_t->db());
    QVERIFY(!source.units.isEmpty());
    PrintedUnit& u = source.units.first();
    u.contestants = 9;
    u.headcount = 7;
    const AwardList list = AwardList::build(source);
    QVERIFY(list.participation.note.contains(QStringLiteral("nhiều hơn biên chế")));
    QCOMPARE(list.participation.rows.first().at(1).toString(), u.name + QStringLiteral(" (*)"));
    const QString csv = m_out.filePath(QStringLiteral("ty-le.csv"));
    AwardListWriter::write(list, csv, QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(list.participation.note));
    for (PrintedUnit& unit : source.units)
        unit.headcount = unit.contestants + 1;
    QVERIFY(AwardList::build(source).participation.note.isEmpty());
}

void TestPrinting::lockedResultsKeepTheBirthYear()
{
    QSqlQuery q = m_t->db().exec(QStringLiteral("SELECT id, birth_year FROM submissions"));
    QHash<QString, int> years;
    while (q.next())
        years.insert(q.value(0).toString(), q.value(1).toInt());
    int checked = 0;
    for (const QJsonValue& v : snapshot().value(QStringLiteral("individual")).toArray()) {
        const QJsonObject o = v.toObject();
        const int year = years.value(o.value(QStringLiteral("submission")).toString());
        QCOMPARE(o.value(QStringLiteral("birth_year")).toInt(), year);
        checked += year > 1900 ? 1 : 0;
    }
    QVERIFY(checked > 100);
}

void TestPrinting::anAlteredSnapshotIsNotValidAndFailsTheAudit()
{
    const QString ctl = qEnvironmentVariable("CONTESTCTL");
    if (ctl.isEmpty())
        QSKIP("CONTESTCTL not set (run through ctest)");
    QVERIFY(!m_printedCodes.isEmpty());
    const QString code = m_printedCodes.first();
    const ResultsSnapshot locked = *ResultsLock(m_t->db()).current();
    // Someone with the database file gives a prize to another person, and rewrites the
    // hash stored beside the snapshot so that it still matches its own content.
    QByteArray forged = locked.content;
    forged.replace("\"eligible\":false", "\"eligible\":true");
    if (forged == locked.content)
        forged.insert(forged.size() - 1, ",\"forged\":true");
    m_t->db().exec(
        QStringLiteral("UPDATE results_snapshots SET content_json = ?, sha256 = ? WHERE id = ?"),
        {QString::fromUtf8(forged), ResultsLock::sha256(forged), locked.id});
    QVERIFY(ResultsLock(m_t->db()).current()->contentIntact());

    const QString lock = QStringLiteral("snapshot %1").arg(locked.id);
    try {
        CertificateBatch::prepare(m_t->db(), QStringLiteral("certificate"));
        QFAIL("printed from altered results");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(lock), qPrintable(e.message()));
    }
    QProcess p;
    p.start(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("audit"),
                  QStringLiteral("verify")});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(lock) && err.contains(QLatin1String("changed after it was locked")),
             qPrintable(err));

    const Run verify =
        run(ctl, {QStringLiteral("--db"), m_t->path(), QStringLiteral("verify"), code});
    QCOMPARE(verify.code, 1);
    QVERIFY2(verify.out.contains(QLatin1String("status: NOT valid")) && verify.out.contains(lock),
             qPrintable(verify.out));
}

QTEST_MAIN(TestPrinting)
#include "TestPrinting.moc"
