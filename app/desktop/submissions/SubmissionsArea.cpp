#include "SubmissionsArea.h"

#include "BackgroundRead.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SubmissionDetailPane.h"
#include "SubmissionTableModel.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "submissions/SubmissionImporter.h"
#include "submissions/SubmissionValidator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Long enough not to search on every key of a name, short enough to feel immediate.
constexpr int kSearchPauseMs = 300;

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

SubmissionsArea::SubmissionsArea(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("submissionsArea"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Submissions"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* toolbar = new QHBoxLayout;
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("All submissions"), int(SubmissionFilter::Status::All));
    m_statusCombo->addItem(tr("Valid"), int(SubmissionFilter::Status::Valid));
    m_statusCombo->addItem(tr("Invalid"), int(SubmissionFilter::Status::Invalid));
    m_statusCombo->addItem(tr("With conflicts"), int(SubmissionFilter::Status::Conflicts));
    toolbar->addWidget(m_statusCombo);

    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonComboBox"));
    m_reasonCombo->addItem(tr("Any reason"), QString());
    for (const QString& code : SubmissionValidator::reasonCodes())
        m_reasonCombo->addItem(SubmissionValidator::reasonLabel(code), code);
    m_reasonCombo->setEnabled(false);
    // The longest reason would widen the toolbar past a 1024-pixel screen: the box keeps a
    // reasonable width and its list opens as wide as the reasons (issue 14).
    m_reasonCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reasonCombo->setMinimumContentsLength(22);
    m_reasonCombo->view()->setMinimumWidth(m_reasonCombo->view()->sizeHintForColumn(0) + 24);
    toolbar->addWidget(m_reasonCombo);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, ID number or phone (marks optional)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    toolbar->addWidget(m_search, 1);

    m_importButton = new QPushButton(tr("Import file…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        tr("Import the contractor's export (.jsonl, one submission a line, or .json)"));
    toolbar->addWidget(m_importButton);
    layout->addLayout(toolbar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    m_model = new SubmissionTableModel(db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("submissionsTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(SubmissionTableModel::SubmittedAtColumn,
                                                  Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed heights and widths: nothing is measured over a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths from typical values (and the headers): nothing is measured over the rows.
    const QStringList samples = {QStringLiteral("00/00/0000 00:00:00"),
                                 QStringLiteral("Nguyễn Thị Thanh Hương"),
                                 QStringLiteral("0000"),
                                 QStringLiteral("000000000000"),
                                 QStringLiteral("+84 000 000 000"),
                                 QStringLiteral("UBND-SONKY"),
                                 QStringLiteral("00"),
                                 QStringLiteral("00:00.000"),
                                 QStringLiteral("00,000"),
                                 QString()};
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    for (int column = 0; column < SubmissionTableModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        // Room for the cell margins and the header's sort arrow.
        m_table->setColumnWidth(column, qMax(metrics.horizontalAdvance(samples.at(column)) + 16,
                                             headerMetrics.horizontalAdvance(header) + 28));
    }
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail = new SubmissionDetailPane(db, this);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScrollArea"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    // The pane follows the splitter's width; long texts elide or scroll inside it.
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("submissionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &SubmissionsArea::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, m_model, &SubmissionTableModel::prepareSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &SubmissionsArea::applySearch);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &SubmissionsArea::applyFilter);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &SubmissionsArea::applyFilter);
    connect(m_importButton, &QPushButton::clicked, this, &SubmissionsArea::importFile);
    connect(m_model, &SubmissionTableModel::loadingChanged, this, [this](bool loading) {
        updateSummary();
        // The list is empty while it is read: say so rather than show an empty table.
        m_table->viewport()->setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
    });
    // Queued: a window read fails while the view paints, where no message box may open.
    connect(m_model, &SubmissionTableModel::readFailed, this, &SubmissionsArea::showReadError,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        m_detail->showSubmission(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubmissionsArea::showCurrent);
}

void SubmissionsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    // The list needs the room for its columns; the detail pane scrolls.
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 64 / 100, width - width * 64 / 100});
    reload();
}

void SubmissionsArea::reload()
{
    m_loaded = true;
    try {
        const int offset = ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes;
        m_model->setTimezoneOffsetMinutes(offset);
        m_detail->setTimezoneOffsetMinutes(offset);
        m_detail->loadReference();
    } catch (const UserError& e) {
        showReadError(e.message());
    } catch (const EnvironmentError& e) {
        showReadError(e.message());
    }
    // Counting valid ones scans the whole table (seconds at a million): in the background.
    m_countsText = tr("Counting submissions…");
    m_counting = true;
    runBackgroundRead<SubmissionCounts>(
        m_db.location(), this, [](Database& db) { return SubmissionQuery(db).counts(); },
        [this](SubmissionCounts counts, const QString& error) {
            m_counting = false;
            const QLocale locale;
            m_countsText =
                error.isEmpty()
                    ? tr("%1 submission(s): %2 valid, %3 invalid, %4 with conflicts")
                          .arg(locale.toString(counts.total), locale.toString(counts.valid),
                               locale.toString(counts.invalid), locale.toString(counts.conflicts))
                    : error;
            updateSummary();
            Q_EMIT countsChanged();
        });
    m_model->reload();
}

void SubmissionsArea::applyFilter()
{
    const auto status = static_cast<SubmissionFilter::Status>(m_statusCombo->currentData().toInt());
    m_reasonCombo->setEnabled(status == SubmissionFilter::Status::Invalid);
    SubmissionFilter filter;
    filter.status = status;
    if (status == SubmissionFilter::Status::Invalid)
        filter.reason = m_reasonCombo->currentData().toString();
    m_model->setFilter(filter);
}

void SubmissionsArea::applySearch()
{
    m_searchTimer->stop();
    if (m_search->text().trimmed() == m_model->searchText())
        return;
    m_model->setSearchText(m_search->text());
}

void SubmissionsArea::updateSummary()
{
    const QString shown = m_model->isLoading()
                              ? tr("reading…")
                              : tr("%1 shown").arg(QLocale().toString(m_model->rowCount()));
    m_summary->setText(m_countsText.isEmpty() ? shown
                                              : m_countsText + QStringLiteral(" — ") + shown);
}

void SubmissionsArea::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    try {
        m_detail->showSubmission(current.isValid() ? m_model->rowidAt(current.row()) : 0);
    } catch (const EnvironmentError& e) {
        showReadError(e.message());
    }
}

void SubmissionsArea::showReadError(const QString& message)
{
    MessageBox::critical(this, tr("Submissions"), message);
}

void SubmissionsArea::importFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import submissions"), QString(),
                                    tr("Submission files (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        StoreSummary summary;
        {
            WaitCursor wait;
            summary = SubmissionImporter(m_db).importFile(path);
        }
        reload();
        MessageBox::information(this, tr("Import submissions"),
                                tr("%1 imported: %2").arg(path, summary.describe()));
    } catch (const UserError& e) {
        MessageBox::critical(this, tr("Import submissions"),
                             tr("%1 was not imported:\n\n%2").arg(path, e.message()));
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Import submissions"),
                             tr("%1 was not imported:\n\n%2").arg(path, e.message()));
    }
}

bool SubmissionsArea::readAgain()
{
    reload();
    return true;
}
