#include "QuestionStatsPage.h"

#include "KeyCorrectionDialog.h"
#include "accounts/Authorization.h"
#include "statistics/QuestionStats.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString& text) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

// Moodle's figures are on a scale of 100; none is shown as a dash.
QTableWidgetItem* figureItem(const std::optional<double>& value)
{
    // Without a figure the row sorts after every figured one (the model's order).
    return new NumberItem(value ? *value : 1e9,
                          value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–"));
}

} // namespace

QuestionStatsPage::QuestionStatsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("questionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("questionStatsTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_correct = new QPushButton(tr("Correct the key…"), this);
    m_correct->setObjectName(QStringLiteral("correctKeyButton"));
    connect(m_correct, &QPushButton::clicked, this, &QuestionStatsPage::correctKey);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &QuestionStatsPage::updateCorrectButton);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_correct, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateCorrectButton();
}

void QuestionStatsPage::updateCorrectButton()
{
    const bool committee = Authorization::allows(m_db, Permission::LockResults);
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_correct->setEnabled(committee && selected);
    m_correct->setToolTip(
        !committee  ? tr("Only the organizing committee corrects an answer key: it changes the "
                          "results.")
        : !selected ? tr("Select a question first.")
                    : tr("See what a corrected key would change, then apply it."));
}

void QuestionStatsPage::correctKey()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    KeyCorrectionDialog dialog(m_db, m_table->item(row, 0)->text(), this);
    dialog.exec();
    if (dialog.applied()) {
        refresh();
        Q_EMIT keyCorrected();
    }
}

void QuestionStatsPage::refresh()
{
    const QuestionStats stats = QuestionStats::compute(m_db);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Topic"), tr("Drawn"), tr("Facility"),
                                        tr("Discrimination index"), tr("Discriminative efficiency"),
                                        tr("Correct (strongest quarter)"), tr("Check"),
                                        tr("Text")});
    m_table->horizontalHeaderItem(3)->setToolTip(tr("The share of right answers, in percent."));
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("How well the question separates strong from weak contestants: the correlation of "
           "its mark with the rest of the attempt, ×100. Under 30 needs checking; under 0 "
           "(the strongest get it wrong) usually means a wrong key."));
    m_table->horizontalHeaderItem(5)->setToolTip(
        tr("The discrimination index against the highest this question could reach, ×100."));
    m_table->setRowCount(int(stats.rows().size()));
    int flagged = 0;
    for (int r = 0; r < stats.rows().size(); ++r) {
        const QuestionStats::Row& row = stats.rows().at(r);
        const QList<QTableWidgetItem*> items = {
            new QTableWidgetItem(row.id),
            new QTableWidgetItem(row.topic),
            new NumberItem(double(row.drawn), QLocale().toString(row.drawn)),
            new NumberItem(row.share(), percent(row.share())),
            figureItem(row.analysis.discriminationIndex),
            figureItem(row.analysis.discriminativeEfficiency),
            new NumberItem(row.strongShare(),
                           row.strongDrawn ? percent(row.strongShare()) : QString()),
            new QTableWidgetItem(QuestionStats::flagText(row.flags)),
            new QTableWidgetItem(row.text)};
        // A suspected wrong key matters most (it changes rankings): the strongest colour.
        QColor colour;
        if (row.flags & QuestionStats::NegativeDiscrimination)
            colour = QColor(0xF8, 0xC8, 0xC8);
        else if (row.flags != QuestionStats::NoFlag)
            colour = QColor(0xFF, 0xEB, 0xB0);
        flagged += row.flags != QuestionStats::NoFlag;
        for (int c = 0; c < items.size(); ++c) {
            if (colour.isValid()) {
                items.at(c)->setBackground(colour);
                items.at(c)->setForeground(QColor(Qt::black));
            }
            m_table->setItem(r, c, items.at(c));
        }
        items.at(8)->setToolTip(row.text);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(4, Qt::AscendingOrder); // likely wrong keys first
    updateCorrectButton();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(8, QHeaderView::Stretch);
    const ItemAnalysis::Contest& c = stats.contest();
    const auto figure = [](const std::optional<double>& v) {
        return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
    };
    m_summary->setText(
        tr("%Ln question(s) drawn, %1 to check. Mean %2 correct (standard deviation %3) over "
           "%4 attempts; internal consistency (CIC) %5, error ratio %6. A submission is among "
           "the strongest quarter with at least %7 correct answers.",
           nullptr, int(stats.rows().size()))
            .arg(flagged)
            .arg(QLocale().toString(c.meanCorrect, 'f', 2), QLocale().toString(c.sd, 'f', 2),
                 QLocale().toString(c.attempts), figure(c.cic), figure(c.errorRatio))
            .arg(stats.strongThreshold()));
}
