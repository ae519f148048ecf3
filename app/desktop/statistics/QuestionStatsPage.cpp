#include "QuestionStatsPage.h"

#include "statistics/QuestionStats.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    return QString::number(share * 100, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) +
           QLatin1Char('%');
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void QuestionStatsPage::refresh()
{
    const QuestionStats stats = QuestionStats::compute(m_db);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Topic"), tr("Drawn"), tr("Correct"),
                                        tr("Correct (strongest quarter)"), tr("Check"),
                                        tr("Text")});
    m_table->setRowCount(int(stats.rows().size()));
    int flagged = 0;
    for (int r = 0; r < stats.rows().size(); ++r) {
        const QuestionStats::Row& row = stats.rows().at(r);
        const QList<QTableWidgetItem*> items = {
            new QTableWidgetItem(row.id),
            new QTableWidgetItem(row.topic),
            new NumberItem(double(row.drawn), QLocale().toString(row.drawn)),
            new NumberItem(row.share(), percent(row.share())),
            new NumberItem(row.strongShare(),
                           row.strongDrawn ? percent(row.strongShare()) : QString()),
            new QTableWidgetItem(QuestionStats::flagText(row.flags)),
            new QTableWidgetItem(row.text)};
        // A suspected wrong key matters most (it changes rankings): the strongest colour.
        QColor colour;
        if (row.flags & QuestionStats::PossiblyKeyedWrong)
            colour = QColor(0xF8, 0xC8, 0xC8);
        else if (row.flags & (QuestionStats::TooHard | QuestionStats::TooEasy))
            colour = QColor(0xFF, 0xEB, 0xB0);
        flagged += row.flags != QuestionStats::NoFlag;
        for (int c = 0; c < items.size(); ++c) {
            if (colour.isValid()) {
                items.at(c)->setBackground(colour);
                items.at(c)->setForeground(QColor(Qt::black));
            }
            m_table->setItem(r, c, items.at(c));
        }
        items.at(6)->setToolTip(row.text);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(3, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_summary->setText(tr("%Ln question(s) drawn, %1 to check. A submission is among the strongest "
                          "quarter with at least %2 correct answers.",
                          nullptr, int(stats.rows().size()))
                           .arg(flagged)
                           .arg(stats.strongThreshold()));
}
