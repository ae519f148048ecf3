#include "IntegrityCasesPage.h"

#include "IntegrityCaseModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IntegrityCasesPage::IntegrityCasesPage(IntegrityCaseModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("integrityCasesPage"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(
        tr("Cases found among the valid submissions for the judges to look at. A case is a "
           "reason to look, never a verdict: families and offices share phones and "
           "connections. Prize winners' cases come first; locking waits for their decision."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("integrityCasesTableView"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The evidence is the long text: it takes the room left and wraps; the people and the
    // decision wrap in a column of their own width rather than push it out of view.
    header->setSectionResizeMode(IntegrityCaseModel::EvidenceColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    for (const int column : {int(IntegrityCaseModel::PeopleColumn),
                             int(IntegrityCaseModel::DecisionColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 30 * em);
    }
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("integritySummaryLabel"));
    m_summary->setWordWrap(true);
    row->addWidget(m_summary, 1);
    m_decide = new QPushButton(tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("decideCaseButton"));
    m_decide->setToolTip(tr("Clear the selected case, or exclude its contestants with a reason "
                            "(judges only)."));
    row->addWidget(m_decide);
    layout->addLayout(row);

    connect(m_decide, &QPushButton::clicked, this, &IntegrityCasesPage::requestSelected);
    connect(m_table, &QTableView::doubleClicked, this, &IntegrityCasesPage::requestSelected);
    connect(model, &QAbstractItemModel::modelReset, this, &IntegrityCasesPage::updateSummary);
    updateSummary();
}

void IntegrityCasesPage::setEditable(bool editable)
{
    m_editable = editable;
    updateSummary();
}

void IntegrityCasesPage::updateSummary()
{
    const int cases = m_model->rowCount();
    m_summary->setText(tr("%n case(s), %1 not decided", nullptr, cases).arg(m_model->undecided()));
    m_decide->setEnabled(m_editable && cases > 0);
}

void IntegrityCasesPage::requestSelected()
{
    if (!m_editable)
        return;
    const QModelIndex current = m_table->currentIndex();
    Q_EMIT decideRequested(current.isValid() ? current.row() : 0);
}
