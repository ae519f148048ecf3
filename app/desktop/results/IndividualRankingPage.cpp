#include "IndividualRankingPage.h"

#include "IndividualFilterProxyModel.h"
#include "IndividualRankingModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

IndividualRankingPage::IndividualRankingPage(IndividualRankingModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("individualRankingPage"));
    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Find by name, ID number, phone or unit…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(300);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(new QLabel(tr("Show:"), this));
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showComboBox"));
    m_show->addItem(tr("Everyone"), int(IndividualFilterProxyModel::Show::All));
    m_show->addItem(tr("Prize winners"), int(IndividualFilterProxyModel::Show::Winners));
    m_show->addItem(tr("Not eligible"), int(IndividualFilterProxyModel::Show::Ineligible));
    m_show->addItem(tr("Unresolved ties"), int(IndividualFilterProxyModel::Show::UnresolvedTies));
    toolbar->addWidget(m_show);
    toolbar->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);

    m_proxy = new IndividualFilterProxyModel(this);
    m_proxy->setRankingModel(model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("individualTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view then never measures half a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths from what the columns hold (fixed formats are measured, free text gets a
    // share), never from the rows: measuring half a million rows would stall the view.
    const QFontMetrics fm = m_table->fontMetrics();
    const QList<QPair<int, QString>> samples = {
        {IndividualRankingModel::RankColumn, QStringLiteral("99999")},
        {IndividualRankingModel::NameColumn, QStringLiteral("Nguyễn Thị Phương")},
        {IndividualRankingModel::BirthYearColumn, QStringLiteral("2000")},
        {IndividualRankingModel::UnitColumn, QStringLiteral("Phòng Giáo dục và")},
        {IndividualRankingModel::CorrectColumn, QStringLiteral("30")},
        {IndividualRankingModel::PredictionColumn, QStringLiteral("1000000")},
        {IndividualRankingModel::ErrorColumn, QStringLiteral("100000")},
        {IndividualRankingModel::DurationColumn, QStringLiteral("00:00.000")},
        {IndividualRankingModel::SubmittedAtColumn, QStringLiteral("00/00/0000 00:00:00")},
        {IndividualRankingModel::EligibleColumn, QStringLiteral("No: Đơn vị")}};
    for (const auto& [column, sample] : samples) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) +
                                    fm.averageCharWidth() * 2);
    }
    header->setMinimumSectionSize(fm.averageCharWidth() * 4);
    // The prize column holds the tie warning whole; the unit name takes what is left.
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_table->setColumnWidth(
        IndividualRankingModel::PrizeColumn,
        fm.horizontalAdvance(IndividualRankingModel::tr("Unresolved tie — judges decide")) +
            iconWidth + fm.averageCharWidth() * 4);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IndividualRankingModel::UnitColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &IndividualFilterProxyModel::setText);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(IndividualFilterProxyModel::Show(m_show->currentData().toInt()));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IndividualRankingPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IndividualRankingPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IndividualRankingPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IndividualRankingPage::updateCount);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(IndividualRankingModel::KindRole).toInt() ==
            int(IndividualRankingModel::Kind::UnresolvedTie))
            Q_EMIT tieActivated(index.data(IndividualRankingModel::ContestantRole).toString());
    });
    updateCount();
}

void IndividualRankingPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%Ln contestant(s)", nullptr, total)
                                    : tr("%1 of %Ln contestant(s)", nullptr, total).arg(shown));
}
