#include "ProgressReportDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "statistics/ProgressReport.h"
#include "statistics/StatisticsTally.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

ProgressReportDialog::ProgressReportDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("progressReportDialog"));
    setWindowTitle(tr("Progress report"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reportDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(420);

    // Any day of the window, today (where the contest is) when it falls inside.
    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    const int offset = settings.timezoneOffsetMinutes;
    const QDate first =
        QDate(1970, 1, 1).addDays(StatisticsTally::dayNumber(settings.opensAt.utcMs, offset));
    const QDate last =
        QDate(1970, 1, 1).addDays(StatisticsTally::dayNumber(settings.closesAt.utcMs, offset));
    m_date->setDateRange(first, last);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(qint64(offset) * 60).date();
    m_date->setDate(std::clamp(today, first, last));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* previewButton =
        buttons->addButton(tr("Preview and print…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto* pdfButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(previewButton, &QPushButton::clicked, this, &ProgressReportDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &ProgressReportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ProgressReportDialog::updateSummary);

    auto* form = new QFormLayout;
    form->addRow(tr("Figures as of the end of:"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

QDate ProgressReportDialog::date() const
{
    return m_date->date();
}

void ProgressReportDialog::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void ProgressReportDialog::updateSummary()
{
    try {
        const ProgressReport report = ProgressReport::build(m_db, date());
        const QLocale locale;
        m_summary->setText(
            tr("%1 contestants and %2 valid of %3 submissions by then; %4 day(s) left; "
               "%5 unit(s) with nobody yet.")
                .arg(locale.toString(report.stats().contestants),
                     locale.toString(report.stats().validSubmissions),
                     locale.toString(report.stats().totalSubmissions))
                .arg(report.stats().daysLeft)
                .arg(report.unitsWithoutContestants().size()));
    } catch (const UserError& e) {
        m_summary->setText(e.message());
    } catch (const EnvironmentError& e) {
        m_summary->setText(e.message());
    }
}

void ProgressReportDialog::paint(QPrinter* printer)
{
    try {
        printer->setFullPage(true); // the report keeps its own margins
        ProgressReport::build(m_db, date()).paint(*printer);
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Progress report"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::warning(this, tr("Progress report"), e.message());
    }
}

void ProgressReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("progressPreviewDialog"));
    dialog.setWindowTitle(tr("Progress report: print preview"));
    dialog.resize(QSize(900, 1000).boundedTo(screen()->availableSize()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ProgressReportDialog::paint);
    dialog.exec();
}

bool ProgressReportDialog::savePdf()
{
    const QString name =
        QStringLiteral("bao-cao-tien-do-%1.pdf").arg(date().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save progress report"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    try {
        ProgressReport::build(m_db, date()).writePdf(path);
        SavedNotice::show(parentWidget(), path); // the dialog's window shows no status bar
        ok = true;
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Progress report"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::warning(this, tr("Progress report"), e.message());
    }
    QApplication::restoreOverrideCursor();
    return ok;
}
