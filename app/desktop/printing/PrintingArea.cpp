#include "PrintingArea.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "SignerNameDialog.h"
#include "TemplateEditorDialog.h"
#include "audit/AuditText.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"
#include "core/Problem.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "printing/AwardList.h"
#include "printing/AwardListWriter.h"
#include "printing/CertificateBatch.h"
#include "printing/CertificatePdf.h"
#include "printing/CertificateRenderer.h"
#include "printing/CertificateTemplateRepository.h"
#include "printing/CertificateText.h"
#include "printing/PrintSource.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QVBoxLayout>

PrintingArea::PrintingArea(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("printingArea"));
    auto* heading = new QLabel(tr("<h2>Printing</h2>"));
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_documentCombo = new QComboBox;
    m_documentCombo->setObjectName(QStringLiteral("documentCombo"));
    m_documentCombo->addItem(tr("Certificates (Giấy chứng nhận): every contestant who qualified"));
    m_documentCombo->addItem(tr("Award certificates (Giấy khen): the prize winners"));
    m_documentCombo->addItem(tr("Award list: winners, amounts, totals, participation per unit"));

    auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_previewButton = button(tr("&Preview and print…"), "previewButton");
    m_pdfButton = button(tr("Export &PDF…"), "pdfButton");
    m_splitButton = button(tr("One PDF per &person…"), "splitButton");
    m_xlsxButton = button(tr("Export &spreadsheet (XLSX)…"), "xlsxButton");
    m_csvButton = button(tr("Export &CSV…"), "csvButton");
    m_layoutButton = button(tr("Edit &layout…"), "layoutButton");
    auto* refreshButton = button(tr("&Refresh"), "refreshButton");

    auto* grid = new QGridLayout;
    grid->addWidget(m_previewButton, 0, 0);
    grid->addWidget(m_pdfButton, 0, 1);
    grid->addWidget(m_splitButton, 0, 2);
    grid->addWidget(m_xlsxButton, 1, 0);
    grid->addWidget(m_csvButton, 1, 1);
    grid->addWidget(m_layoutButton, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_statusLabel);
    auto* documentLabel = new QLabel(tr("&What to print:"));
    documentLabel->setBuddy(m_documentCombo);
    layout->addWidget(documentLabel);
    layout->addWidget(m_documentCombo);
    layout->addLayout(grid);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_documentCombo, &QComboBox::currentIndexChanged, this, &PrintingArea::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &PrintingArea::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, &PrintingArea::exportPdf);
    connect(m_splitButton, &QPushButton::clicked, this, &PrintingArea::exportSplit);
    connect(m_xlsxButton, &QPushButton::clicked, this, &PrintingArea::exportSpreadsheet);
    connect(m_csvButton, &QPushButton::clicked, this, &PrintingArea::exportCsv);
    connect(m_layoutButton, &QPushButton::clicked, this, &PrintingArea::editLayout);
    connect(refreshButton, &QPushButton::clicked, this, &PrintingArea::refresh);
    refresh();
}

void PrintingArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the results may have been locked in the Results area meanwhile
}

PrintingArea::Document PrintingArea::document() const
{
    return static_cast<Document>(m_documentCombo->currentIndex());
}

void PrintingArea::setDocument(Document d)
{
    m_documentCombo->setCurrentIndex(int(d));
}

QString PrintingArea::kind() const
{
    return document() == Document::AwardCertificates ? QStringLiteral("award")
                                                     : QStringLiteral("certificate");
}

void PrintingArea::refresh()
{
    try {
        const std::optional<ResultsSnapshot> s = ResultsLock(m_db).current();
        m_locked = s.has_value();
        QString text =
            m_locked ? tr("Printing from the locked results (snapshot %1, locked %2 by %3).")
                           .arg(s->id)
                           .arg(ContestTime::formatStored(
                                    s->lockedAt,
                                    ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes),
                                AuditText::user(m_db, s->lockedBy))
                     : tr("The results are not locked yet: certificates and award lists are "
                          "printed only from locked results. %1")
                           .arg(missingStep());
        if (m_locked) {
            const PrintSource source = PrintSource::load(m_db);
            text +=
                QLatin1Char(' ') +
                tr("%Ln certificate(s), ", nullptr, int(source.certificateHolders().size())) +
                tr("%Ln individual prize(s), ", nullptr, int(source.individualWinners().size())) +
                tr("%Ln collective prize(s).", nullptr, int(source.collectiveWinners().size()));
        }
        m_statusLabel->setText(text);
    } catch (const UserError& e) { // a locked snapshot that was altered
        m_locked = false;
        m_statusLabel->setText(e.message());
    } catch (const EnvironmentError& e) {
        m_locked = false;
        m_statusLabel->setText(e.message());
    }
    updateButtons();
}

QString PrintingArea::missingStep()
{
    int ties = 0;
    try {
        ties = int(ResultsService(m_db).computeLive().unresolvedTies.size());
    } catch (const UserError&) { // nothing to rank yet: the lock is still the next step
    } catch (const EnvironmentError&) {
    }
    if (ties > 0) {
        return tr("Waiting for the judges (Ban Giám khảo) to decide %Ln tie(s) at a prize "
                  "boundary; then the committee (Ban Tổ chức) locks the results.",
                  nullptr, ties);
    }
    return tr("Waiting for the committee (Ban Tổ chức) to lock the results in the Results area.");
}

void PrintingArea::updateButtons()
{
    const bool certificates = document() != Document::AwardList;
    for (QPushButton* b : {m_previewButton, m_pdfButton})
        b->setEnabled(m_locked);
    m_splitButton->setEnabled(m_locked && certificates);
    m_xlsxButton->setEnabled(m_locked && !certificates);
    m_csvButton->setEnabled(m_locked && !certificates);
    m_layoutButton->setEnabled(certificates);
    // A greyed button says why (issue 14).
    const QString notLocked =
        m_locked ? QString() : tr("Not available: %1").arg(m_statusLabel->text());
    const QString onlyList = tr("Not available for certificates: choose the award list above.");
    const QString onlyCertificates =
        tr("Not available for the award list: choose certificates above.");
    for (QPushButton* b : {m_previewButton, m_pdfButton})
        b->setToolTip(notLocked);
    m_splitButton->setToolTip(!m_locked ? notLocked : certificates ? QString() : onlyCertificates);
    for (QPushButton* b : {m_xlsxButton, m_csvButton})
        b->setToolTip(!m_locked ? notLocked : certificates ? onlyList : QString());
    m_layoutButton->setToolTip(certificates ? QString() : onlyCertificates);
}

void PrintingArea::showError(const QString& title, const QString& message)
{
    MessageBox::warning(this, title, message);
}

void PrintingArea::paintDocument(QPrinter* printer)
{
    try {
        if (document() == Document::AwardList) {
            const PrintSource source = PrintSource::load(m_db);
            const CertificateTemplate layout =
                CertificateTemplateRepository(m_db).load(QStringLiteral("certificate"));
            AwardListWriter::paint(AwardList::build(source), *printer,
                                   CertificateText(layout, source.settings).placeAndDate());
            return;
        }
        const CertificateBatch batch = CertificateBatch::prepare(m_db, kind(), m_signerForPrint);
        // Positions are from the paper's edge, not from the printable area.
        printer->setFullPage(true);
        CertificateRenderer(batch.layout, batch.source.settings).renderAll(*printer, batch.entries);
    } catch (const UserError& e) {
        showError(tr("Nothing to print"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Nothing to print"), e.message());
    }
}

bool PrintingArea::askSignerIfMissing()
{
    m_signerForPrint.clear();
    if (document() == Document::AwardList)
        return true;
    try {
        CertificateTemplateRepository layouts(m_db);
        CertificateTemplate layout = layouts.load(kind());
        if (!CertificateBatch::lacksSignerName(layout))
            return true;
        const auto answer =
            SignerNameDialog::ask(this, layout.values.value(QStringLiteral("signer_title")));
        if (!answer)
            return false;
        if (answer->keepInLayout) {
            layout.values[QStringLiteral("signer_name")] = answer->name;
            layouts.save(layout);
        } else {
            m_signerForPrint = answer->name;
        }
        return true;
    } catch (const UserError& e) {
        showError(tr("Not printed"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Not printed"), e.message());
    }
    return false;
}

void PrintingArea::preview()
{
    if (!askSignerIfMissing())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    // A page large enough to read, its toolbar on a 1024×600 screen too (issue 14).
    dialog.resize(QSize(900, 800).boundedTo(screen()->availableSize()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &PrintingArea::paintDocument);
    dialog.exec();
}

bool PrintingArea::writeCertificates(const QString& path, const QString& splitDir)
{
    m_printing = true;
    const auto ended = qScopeGuard([this] { m_printing = false; });
    try {
        const CertificateBatch batch = CertificateBatch::prepare(m_db, kind(), m_signerForPrint);
        const CertificateRenderer renderer(batch.layout, batch.source.settings);
        QProgressDialog progress(
            tr("Printing %Ln certificate(s)…", nullptr, int(batch.entries.size())), tr("Cancel"), 0,
            int(batch.entries.size()), this);
        progress.setObjectName(QStringLiteral("printProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const auto step = [&progress](int done) {
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        };
        int written = 0;
        if (splitDir.isEmpty())
            written = CertificatePdf::write(path, renderer, batch.entries, step);
        else
            written =
                int(CertificatePdf::writeSplit(splitDir, renderer, batch.entries, step).size());
        progress.setValue(int(batch.entries.size()));
        if (written < batch.entries.size()) {
            MessageBox::information(this, tr("Printing cancelled"),
                                    splitDir.isEmpty()
                                        ? tr("Cancelled: no file was written.")
                                        : tr("Cancelled after %Ln file(s).", nullptr, written));
            return false;
        }
        SavedNotice::show(this, splitDir.isEmpty() ? path : splitDir);
        return true;
    } catch (const UserError& e) {
        showError(tr("Not printed"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Not printed"), e.message());
    }
    return false;
}

bool PrintingArea::writeAwardList(const QString& path)
{
    try {
        const PrintSource source = PrintSource::load(m_db);
        const CertificateTemplate layout =
            CertificateTemplateRepository(m_db).load(QStringLiteral("certificate"));
        AwardListWriter::write(AwardList::build(source), path,
                               CertificateText(layout, source.settings).placeAndDate());
        SavedNotice::show(this, path);
        return true;
    } catch (const UserError& e) {
        showError(tr("Not exported"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Not exported"), e.message());
    }
    return false;
}

bool PrintingArea::exportPdf()
{
    const bool list = document() == Document::AwardList;
    const QString name = list ? QStringLiteral("danh-sach-khen-thuong.pdf")
                         : kind() == QLatin1String("award") ? QStringLiteral("giay-khen.pdf")
                                                            : QStringLiteral("giay-chung-nhan.pdf");
    if (!list && !askSignerIfMissing())
        return false;
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export PDF"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    return list ? writeAwardList(path) : writeCertificates(path, QString());
}

bool PrintingArea::exportSpreadsheet()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export spreadsheet"),
                                                     QStringLiteral("danh-sach-khen-thuong.xlsx"),
                                                     tr("Excel workbook (*.xlsx)"));
    return !path.isEmpty() && writeAwardList(path);
}

bool PrintingArea::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("danh-sach-khen-thuong.csv"), tr("CSV (*.csv)"));
    return !path.isEmpty() && writeAwardList(path);
}

bool PrintingArea::exportSplit()
{
    if (!askSignerIfMissing())
        return false;
    const QString folder = FileDialog::getExistingDirectory(
        this, tr("Folder for one PDF per person"), QStringLiteral("giay-chung-nhan"));
    if (folder.isEmpty())
        return false;
    return writeCertificates(QString(), folder);
}

void PrintingArea::editLayout()
{
    TemplateEditorDialog dialog(m_db, kind(), this);
    dialog.exec();
}
