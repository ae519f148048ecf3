#include "CertificatePreview.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintingArea.h"
#include "SavedNotice.h"
#include "TemplateEditorDialog.h"
#include "audit/AuditLog.h"
#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "printing/CertificateTemplateRepository.h"

#include "TestDatabase.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

// The Printing area driven as the secretariat uses it, with the file-picker and message
// box hooks answering instead of a person.
class TestPrintingArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void refusesUntilLocked();
    void exportsCertificatesAndAwardList();
    void cancelLeavesNoFile();
    void printerGetsEveryPage();
    void layoutEditorPreviewsAndSaves();

private:
    void lock();
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_out;
};

void TestPrintingArea::initTestCase()
{
    AuditLog::setCurrentUser(QStringLiteral("thu.ky"));
    m_t = std::make_unique<TestDatabase>();
    DemoContest::populate(m_t->db(), 120);
}

void TestPrintingArea::cleanup()
{
    FileDialog::clearNextFileName();
}

void TestPrintingArea::lock()
{
    const Results live = ResultsService(m_t->db()).computeLive();
    for (const UnresolvedTie& tie : live.unresolvedTies) {
        TieDecision d;
        d.scope = tie.scope;
        d.prize = tie.prize;
        d.members = tie.members;
        d.order = tie.members;
        d.reason = QStringLiteral("Bốc thăm");
        TieDecisionRepository(m_t->db()).record(d, QStringLiteral("BGK"));
    }
    ResultsLock(m_t->db()).lock(ResultsService(m_t->db()).computeLive());
}

void TestPrintingArea::refusesUntilLocked()
{
    PrintingArea area(m_t->db());
    // The demo's tie is undecided: the page names who acts first, and the greyed button
    // says why.
    const QString status = area.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("not locked")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("judges (Ban Giám khảo) to decide 1 tie")),
             qPrintable(status));
    QVERIFY(!area.findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());
    QVERIFY(area.findChild<QPushButton*>(QStringLiteral("pdfButton"))
                ->toolTip()
                .contains(QStringLiteral("Ban Giám khảo")));
    lock();
    area.refresh();
    QVERIFY(area.findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());
    QVERIFY(area.findChild<QPushButton*>(QStringLiteral("splitButton"))->isEnabled());
    QVERIFY(!area.findChild<QPushButton*>(QStringLiteral("xlsxButton"))->isEnabled());
    area.setDocument(PrintingArea::Document::AwardList);
    QVERIFY(area.findChild<QPushButton*>(QStringLiteral("xlsxButton"))->isEnabled());
    QVERIFY(!area.findChild<QPushButton*>(QStringLiteral("splitButton"))->isEnabled());
    if (qEnvironmentVariableIsSet("CONTEST_SCREENSHOT_DIR")) {
        area.resize(900, 500);
        area.grab().save(qEnvironmentVariable("CONTEST_SCREENSHOT_DIR") +
                         QStringLiteral("/printing-area.png"));
    }
}

void TestPrintingArea::exportsCertificatesAndAwardList()
{
    PrintingArea area(m_t->db());
    const QString pdf = m_out.filePath(QStringLiteral("gcn.pdf"));
    FileDialog::setNextFileName(pdf);
    // The demo's layout names no signer: the secretary is asked before anything is drawn
    // (issue 14), and the name is kept in the layout.
    QVERIFY(CertificateTemplateRepository(m_t->db())
                .load(QStringLiteral("certificate"))
                .values.value(QStringLiteral("signer_name"))
                .isEmpty());
    bool asked = false;
    QTimer::singleShot(0, &area, [&asked] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QLatin1String("signerNameDialog"));
        asked = true;
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // no name, no print
        dialog->findChild<QLineEdit*>(QStringLiteral("signerNameLineEdit"))
            ->setText(QStringLiteral("Nguyễn Văn Bình"));
        ok->click();
    });
    QVERIFY(area.exportPdf());
    QVERIFY(asked);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(CertificateTemplateRepository(m_t->db())
                 .load(QStringLiteral("certificate"))
                 .values.value(QStringLiteral("signer_name")),
             QStringLiteral("Nguyễn Văn Bình"));

    QVERIFY(QDir(m_out.path()).mkpath(QStringLiteral("tach")));
    FileDialog::setNextFileName(m_out.filePath(QStringLiteral("tach"))); // a folder picker
    QVERIFY(area.exportSplit());
    QCOMPARE(SavedNotice::lastPath(), m_out.filePath(QStringLiteral("tach")));
    QVERIFY(!QDir(m_out.filePath(QStringLiteral("tach")))
                 .entryList({QStringLiteral("*.pdf")})
                 .isEmpty());

    area.setDocument(PrintingArea::Document::AwardList);
    const QString xlsx = m_out.filePath(QStringLiteral("ds.xlsx"));
    FileDialog::setNextFileName(xlsx);
    QVERIFY(area.exportSpreadsheet());
    // Every export says where it went (issue 14).
    QCOMPARE(SavedNotice::lastPath(), xlsx);
    QVERIFY(SavedNotice::lastText().contains(QFileInfo(xlsx).fileName()));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    FileDialog::setNextFileName(QString()); // the user cancels the picker
    QVERIFY(!area.exportCsv());
}

void TestPrintingArea::cancelLeavesNoFile()
{
    PrintingArea area(m_t->db());
    const QString pdf = m_out.filePath(QStringLiteral("cancelled.pdf"));
    FileDialog::setNextFileName(pdf);
    // The user presses Cancel as soon as the batch starts.
    QTimer::singleShot(0, &area, [&area] {
        if (auto* p = area.findChild<QProgressDialog*>(QStringLiteral("printProgress")))
            p->cancel();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!area.exportPdf());
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Cancelled")));
}

void TestPrintingArea::printerGetsEveryPage()
{
    PrintingArea area(m_t->db());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_out.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    area.paintDocument(&printer);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo not installed");
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished();
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(QString::fromUtf8(p.readAllStandardOutput()))
                          .captured(1)
                          .toInt();
    QVERIFY(pages > 10);
}

void TestPrintingArea::layoutEditorPreviewsAndSaves()
{
    TemplateEditorDialog dialog(m_t->db(), QStringLiteral("certificate"));
    dialog.resize(1200, 820);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // CONTEST_SCREENSHOT_DIR=... keeps a picture of the editor to look at.
    if (qEnvironmentVariableIsSet("CONTEST_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("CONTEST_SCREENSHOT_DIR") +
                           QStringLiteral("/template-editor.png"));
    const QImage before = dialog.preview()->page();
    QVERIFY(!before.isNull());
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("offsetXSpin"))->setValue(5);
    QVERIFY(dialog.preview()->page() != before); // live: the page moved
    QVERIFY(dialog.save());
    QCOMPARE(CertificateTemplateRepository(m_t->db()).load(QStringLiteral("certificate")).offsetX,
             5.0);

    const QString json = m_out.filePath(QStringLiteral("mau.json"));
    FileDialog::setNextFileName(json);
    dialog.exportFile();
    QVERIFY(QFileInfo::exists(json));
    dialog.resetToDefaults();
    QCOMPARE(dialog.currentTemplate().offsetX, 0.0);
    FileDialog::setNextFileName(json);
    dialog.importFile();
    QCOMPARE(dialog.currentTemplate().offsetX, 5.0);
}

QTEST_MAIN(TestPrintingArea)
#include "TestPrintingArea.moc"
