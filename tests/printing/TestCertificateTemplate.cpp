#include "contest/ContestSettings.h"
#include "printing/CertificateEntry.h"
#include "printing/CertificatePdf.h"
#include "printing/CertificateRenderer.h"
#include "printing/CertificateTemplateRepository.h"
#include "printing/CertificateText.h"
#include "printing/VerificationCode.h"

#include "TestDatabase.h"

#include <QJsonDocument>
#include <QPainter>

// The layout the secretariat tunes to its pre-printed blanks must survive the database
// and a JSON file unchanged; the names and codes around it must be predictable.
class TestCertificateTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void partialFileKeepsDefaults();
    void badFileIsRefused();
    void storedPerKind();
    void exportImportFile();
    void placeholdersFilled();
    void fileNamesAreReadableAscii();
    void verificationCodeIsStableAndTypeable();
    void backgroundAndOffsetsReachThePage();
};

void TestCertificateTemplate::jsonRoundTrip()
{
    CertificateTemplate t = CertificateTemplate::defaults(QStringLiteral("award"));
    t.offsetX = 1.5;
    t.offsetY = -0.75;
    t.backgroundImage = QStringLiteral("/tmp/phoi.png");
    t.fields[2].align = Qt::AlignRight;
    t.values[QStringLiteral("signer_name")] = QStringLiteral("Nguyễn Văn Bình");
    QCOMPARE(CertificateTemplate::fromJson(t.toJson()), t);
}

void TestCertificateTemplate::partialFileKeepsDefaults()
{
    const QJsonObject o{{"kind", "certificate"}, {"offset_x_mm", 2.0}};
    const CertificateTemplate t = CertificateTemplate::fromJson(o);
    QCOMPARE(t.offsetX, 2.0);
    QCOMPARE(t.fields, CertificateTemplate::defaults(QStringLiteral("certificate")).fields);
}

void TestCertificateTemplate::badFileIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(UserError,
                             CertificateTemplate::fromJson(QJsonObject{{"kind", "diploma"}}));
    QVERIFY_THROWS_EXCEPTION(UserError, CertificateTemplate::fromJson(
                                            QJsonObject{{"kind", "award"}, {"offset_x_mm", "2"}}));
    QVERIFY_THROWS_EXCEPTION(UserError, CertificateTemplate::fromJson(QJsonObject{
                                            {"kind", "award"}, {"page_size", "Letter"}}));
}

void TestCertificateTemplate::storedPerKind()
{
    TestDatabase t;
    CertificateTemplateRepository repo(t.db());
    QCOMPARE(repo.load(QStringLiteral("certificate")),
             CertificateTemplate::defaults(QStringLiteral("certificate")));
    CertificateTemplate c = CertificateTemplate::defaults(QStringLiteral("certificate"));
    c.offsetY = 3;
    c.numberStart = 125;
    repo.save(c);
    repo.save(c); // saving again replaces
    QCOMPARE(repo.load(QStringLiteral("certificate")), c);
    QCOMPARE(repo.load(QStringLiteral("award")),
             CertificateTemplate::defaults(QStringLiteral("award")));
}

void TestCertificateTemplate::exportImportFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mau.json"));
    CertificateTemplate c = CertificateTemplate::defaults(QStringLiteral("certificate"));
    c.values[QStringLiteral("place")] = QStringLiteral("Sơn Hà");
    CertificateTemplateRepository::exportFile(c, path);
    QCOMPARE(CertificateTemplateRepository::importFile(path), c);
    QVERIFY_THROWS_EXCEPTION(UserError, CertificateTemplateRepository::importFile(
                                            dir.filePath(QStringLiteral("none.json"))));
}

void TestCertificateTemplate::placeholdersFilled()
{
    ContestSettings s = ContestSettings::defaults();
    s.organizer = QStringLiteral("Ủy ban nhân dân huyện Sơn Hà");
    CertificateTemplate t = CertificateTemplate::defaults(QStringLiteral("certificate"));
    t.values[QStringLiteral("date")] = QStringLiteral("2024-06-30");
    const CertificateText text(t, s);
    CertificateEntry e;
    e.kind = QStringLiteral("certificate");
    e.name = QStringLiteral("Nguyễn Thị Ánh");
    e.correct = 28;
    const auto v = text.values(e);
    QCOMPARE(
        CertificateText::fill(QStringLiteral("{place}, ngày {day} tháng {month} năm {year}"), v),
        QStringLiteral("Sơn Hà, ngày 30 tháng 6 năm 2024"));
    QCOMPARE(v.value(QStringLiteral("organizer_upper")),
             QStringLiteral("ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ"));
    QCOMPARE(v.value(QStringLiteral("achievement")),
             QStringLiteral("Đã tham gia và đạt kết quả 28/%1 câu trả lời đúng tại Cuộc thi.")
                 .arg(s.questionsPerAttempt));
    QCOMPARE(CertificateText::fill(QStringLiteral("{unknown} {name}"), v),
             QStringLiteral("{unknown} Nguyễn Thị Ánh"));
    t.values[QStringLiteral("date")] = QStringLiteral("2025-02-05"); // Decree 30: 05, 02
    QCOMPARE(CertificateText::fill(QStringLiteral("ngày {day} tháng {month}"),
                                   CertificateText(t, s).values(e)),
             QStringLiteral("ngày 05 tháng 02"));
}

void TestCertificateTemplate::fileNamesAreReadableAscii()
{
    // By certificate number and name, never by ID number (issue 14).
    CertificateEntry e;
    e.name = QStringLiteral("Nguyễn Thị Ánh");
    e.recipient = QStringLiteral("051190001234");
    e.number = QStringLiteral("125/GCN-BTC");
    QCOMPARE(CertificatePdf::fileName(e), QStringLiteral("125-GCN-BTC_Nguyen-Thi-Anh.pdf"));
    e.name = QStringLiteral("Đặng Đức Độ / ../x");
    QCOMPARE(CertificatePdf::fileName(e), QStringLiteral("125-GCN-BTC_Dang-Duc-Do-x.pdf"));
    QCOMPARE(CertificatePdf::asciiName(QStringLiteral("Trần Thị Hương Ưng Ỷ")),
             QStringLiteral("Tran-Thi-Huong-Ung-Y"));
}

void TestCertificateTemplate::verificationCodeIsStableAndTypeable()
{
    const QString a = VerificationCode::make(QStringLiteral("abc"), QStringLiteral("051190001234"),
                                             QStringLiteral("certificate"));
    QCOMPARE(a.size(), 10);
    QCOMPARE(a, VerificationCode::make(QStringLiteral("abc"), QStringLiteral("051190001234"),
                                       QStringLiteral("certificate")));
    QVERIFY(a != VerificationCode::make(QStringLiteral("abd"), QStringLiteral("051190001234"),
                                        QStringLiteral("certificate")));
    QVERIFY(a != VerificationCode::make(QStringLiteral("abc"), QStringLiteral("051190001234"),
                                        QStringLiteral("award")));
    for (QChar c : a)
        QVERIFY(!QStringLiteral("ILOU").contains(c));
    QCOMPARE(VerificationCode::normalise(a.toLower().insert(5, QStringLiteral("-"))), a);
    // With a contest site the QR opens its verification page; without one it holds the code.
    QCOMPARE(VerificationCode::qrPayload(a, QStringLiteral("https://thi.sonha.gov.vn/")),
             QStringLiteral("https://thi.sonha.gov.vn/xac-minh/") + a);
    QCOMPARE(VerificationCode::qrPayload(a), QStringLiteral("CONTEST-ADMIN VERIFY ") + a);
}

// The pre-printed blank: printed on plain paper, left out on the blank itself (but still
// shown in the preview); the printer offset moves everything.
void TestCertificateTemplate::backgroundAndOffsetsReachThePage()
{
    QTemporaryDir dir;
    const QString background = dir.filePath(QStringLiteral("phoi.png"));
    QImage red(297, 210, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(background));
    CertificateTemplate t = CertificateTemplate::defaults(QStringLiteral("certificate"));
    t.backgroundImage = background;
    t.frame = false;
    t.fields.clear();
    CertificateEntry e;
    e.code = QStringLiteral("ABCDE12345");
    auto page = [&](const CertificateTemplate& layout, bool preview) {
        QImage image(297 * 2, 210 * 2, QImage::Format_RGB32); // 2 px per mm
        image.setDotsPerMeterX(2000);
        image.setDotsPerMeterY(2000);
        image.fill(Qt::white);
        QPainter p(&image);
        CertificateRenderer(layout, ContestSettings::defaults()).render(p, e, preview);
        return image;
    };
    QCOMPARE(page(t, false).pixelColor(100, 20), QColor(Qt::red));
    t.printBackground = false;
    QCOMPARE(page(t, false).pixelColor(100, 20), QColor(Qt::white));
    QCOMPARE(page(t, true).pixelColor(100, 20), QColor(Qt::red));
    // The QR code's top-left finder pattern is dark; 10 mm to the right it moves along.
    t.backgroundImage.clear();
    const QPoint finder(int(t.qrX * 2) + 2, int(t.qrY * 2) + 2);
    QCOMPARE(page(t, false).pixelColor(finder), QColor(Qt::black));
    t.offsetX = 10;
    QCOMPARE(page(t, false).pixelColor(finder), QColor(Qt::white));
    QCOMPARE(page(t, false).pixelColor(finder + QPoint(20, 0)), QColor(Qt::black));
}

QTEST_MAIN(TestCertificateTemplate)
#include "TestCertificateTemplate.moc"
