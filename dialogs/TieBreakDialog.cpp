#include "TieBreakDialog.h"

#include "core/Duration.h"
#include "results/RankingEngine.h"
#include "results/RankingKeys.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString prizeLabelOf(const Results& r, const QString& key)
{
    if (key.isEmpty())
        return TieBreakDialog::tr("no prize");
    if (key == QLatin1String("collective"))
        return TieBreakDialog::tr("collective prize");
    for (const PrizeTier& tier : r.settings.individualPrizes) {
        if (tier.key == key)
            return tier.label;
    }
    return key;
}
} // namespace

TieBreakDialog::TieBreakDialog(const Results& results, const UnresolvedTie& tie, QWidget* parent)
    : QDialog(parent), m_results(results), m_tie(tie)
{
    setObjectName(QStringLiteral("tieBreakDialog"));
    setWindowTitle(tr("Judges' decision on a tie"));
    auto* layout = new QVBoxLayout(this);

    QStringList slotPrizes;
    for (const QString& p : tie.slotPrizes)
        slotPrizes << prizeLabelOf(results, p);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(
        tr("<b>%Ln contestant(s) are equal on every ranking key</b> at the boundary of "
           "<b>%1</b>. Their places would give: %2. The software does not break such a tie; the "
           "judges decide the order and the reason, which will be read in public.",
           nullptr, int(tie.members.size()))
            .arg(prizeLabelOf(results, tie.prize).toHtmlEscaped(),
                 slotPrizes.join(QLatin1String(", ")).toHtmlEscaped()));
    layout->addWidget(intro);

    m_comparison = new QTableWidget(this);
    m_comparison->setObjectName(QStringLiteral("comparisonTableWidget"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per value, full text in the tooltip: rows of equal height are easier to
    // compare across the columns.
    m_comparison->setWordWrap(false);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_comparison, 1);

    auto* orderRow = new QHBoxLayout;
    auto* orderColumn = new QVBoxLayout;
    orderColumn->addWidget(new QLabel(tr("Decided order, best first:"), this));
    m_order = new QListWidget(this);
    m_order->setObjectName(QStringLiteral("orderListWidget"));
    for (const QString& key : tie.members) {
        auto* item = new QListWidgetItem(memberLabel(key), m_order);
        item->setData(Qt::UserRole, key);
    }
    m_order->setCurrentRow(0);
    // Small boxes below, so that the comparison above gets the room.
    const int lines = fontMetrics().lineSpacing();
    m_order->setMaximumHeight(lines * 6);
    orderColumn->addWidget(m_order);
    orderRow->addLayout(orderColumn, 2);
    auto* moveButtons = new QVBoxLayout;
    moveButtons->addStretch(1);
    m_moveUp = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveDown =
        new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move &down"), this);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    moveButtons->addWidget(m_moveUp);
    moveButtons->addWidget(m_moveDown);
    moveButtons->addStretch(1);
    orderRow->addLayout(moveButtons);

    auto* form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this order (required)"));
    m_reason->setMaximumHeight(lines * 5);
    form->addRow(tr("&Reason:"), m_reason);
    m_judges = new QLineEdit(this);
    m_judges->setObjectName(QStringLiteral("judgesLineEdit"));
    m_judges->setPlaceholderText(tr("Names of the judges present (required)"));
    form->addRow(tr("&Judges present:"), m_judges);
    orderRow->addLayout(form, 3);
    layout->addLayout(orderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record decision"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordButton"));
    layout->addWidget(buttons);

    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TieBreakDialog::updateRecordButton);
    connect(m_judges, &QLineEdit::textChanged, this, &TieBreakDialog::updateRecordButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillComparison();
    updateRecordButton();
    resize(QSize(960, 640).boundedTo(screen()->availableSize()));
}

QString TieBreakDialog::localTime(qint64 utcMs) const
{
    const qint64 shift = qint64(m_results.settings.timezoneOffsetMinutes) * 60000;
    return QDateTime::fromMSecsSinceEpoch(utcMs + shift, Qt::UTC)
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss.zzz"));
}

QString TieBreakDialog::memberLabel(const QString& key) const
{
    return m_results.memberLabel(m_tie.scope, key);
}

QStringList TieBreakDialog::order() const
{
    QStringList keys;
    for (int i = 0; i < m_order->count(); ++i)
        keys << m_order->item(i)->data(Qt::UserRole).toString();
    return keys;
}

TieDecision TieBreakDialog::decision() const
{
    TieDecision d;
    d.scope = m_tie.scope;
    d.prize = m_tie.prize;
    d.members = m_tie.members;
    d.order = order();
    d.reason = m_reason->toPlainText().trimmed();
    return d;
}

QString TieBreakDialog::judges() const
{
    return m_judges->text().trimmed();
}

void TieBreakDialog::updateRecordButton()
{
    m_record->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() && !judges().isEmpty());
}

void TieBreakDialog::moveSelected(int step)
{
    const int from = m_order->currentRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_order->count())
        return;
    QListWidgetItem* item = m_order->takeItem(from);
    m_order->insertItem(to, item);
    m_order->setCurrentRow(to);
    // The columns follow the order, so the judges read the result left to right.
    fillComparison();
}

void TieBreakDialog::fillComparison()
{
    const QStringList keys = order();
    m_comparison->clear();
    m_comparison->setColumnCount(int(keys.size()));
    QStringList headers;
    for (int i = 0; i < keys.size(); ++i)
        // By name, as the order list: an ID number means nothing to the judges (issue 14).
        headers << QStringLiteral("%1. %2").arg(i + 1).arg(memberLabel(keys.at(i)));
    m_comparison->setHorizontalHeaderLabels(headers);
    m_comparison->setRowCount(0);
    for (int c = 0; c < keys.size(); ++c) {
        if (m_tie.scope == TieDecision::Scope::Collective) {
            for (const CollectiveResult& row : m_results.collective) {
                if (row.unitCode == keys.at(c))
                    fillCollectiveColumn(c, row);
            }
        } else if (const int at = m_results.findContestant(keys.at(c)); at >= 0) {
            fillIndividualColumn(c, m_results.individual.at(at));
        }
    }
}

namespace {
void setCell(QTableWidget* table, int row, const QString& label, int column, const QString& text)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    table->setVerticalHeaderItem(row, new QTableWidgetItem(label));
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}
} // namespace

void TieBreakDialog::fillIndividualColumn(int column, const IndividualResult& row)
{
    const GradedSubmission& s = m_results.countedOf(row);
    int r = 0;
    setCell(m_comparison, r++, tr("Name"), column, s.name);
    setCell(m_comparison, r++, tr("ID / phone"), column, row.contestant());
    QString unitName = s.unitCode;
    for (const Unit& unit : m_results.units) {
        if (unit.code == s.unitCode)
            unitName = QStringLiteral("%1 (%2)").arg(unit.name, unit.code);
    }
    setCell(m_comparison, r++, tr("Unit"), column, unitName);
    setCell(m_comparison, r++, tr("Rank"), column, QString::number(row.rank));
    for (RankingKey key : RankingKeys::effectiveOrder(m_results.settings)) {
        QString label, text;
        switch (key) {
        case RankingKey::Correct:
            label = tr("Correct answers");
            text = QString::number(s.correct);
            break;
        case RankingKey::PredictionError:
            label = tr("Prediction error");
            text = tr("%1 (guess %2, target %3)")
                       .arg(row.predictionError)
                       .arg(s.prediction)
                       .arg(m_results.predictionTarget);
            break;
        case RankingKey::Duration:
            label = tr("Duration");
            text = Duration::format(s.durationMs);
            break;
        case RankingKey::SubmittedAt:
            label = tr("Submitted at");
            text = localTime(s.submittedAt.utcMs);
            break;
        case RankingKey::Attempts:
            label = tr("Attempts");
            text = QString::number(row.consideredAttempts);
            break;
        case RankingKey::StartedAt:
            label = tr("Started at");
            text = localTime(s.startedAt.utcMs);
            break;
        }
        setCell(m_comparison, r++, label, column, text);
    }
    for (int p = 0; p < row.validAttempts; ++p) {
        const int index = m_results.attemptOrder.at(row.firstAttempt + p);
        const GradedSubmission& a = m_results.submissions.at(index);
        QString text = tr("%1: %2 correct, %3")
                           .arg(localTime(a.submittedAt.utcMs))
                           .arg(a.correct)
                           .arg(Duration::format(a.durationMs));
        if (index == row.counted)
            text += tr(" — counted");
        setCell(m_comparison, r++, tr("Attempt %1").arg(p + 1), column, text);
    }
}

void TieBreakDialog::fillCollectiveColumn(int column, const CollectiveResult& row)
{
    int r = 0;
    QString unitName = row.unitCode;
    for (const Unit& unit : m_results.units) {
        if (unit.code == row.unitCode)
            unitName = unit.name;
    }
    setCell(m_comparison, r++, tr("Unit"), column, unitName);
    setCell(m_comparison, r++, tr("Rank"), column, QString::number(row.rank));
    setCell(m_comparison, r++, tr("Contestants"), column, QLocale().toString(row.contestants));
    setCell(m_comparison, r++, tr("Perfect scores"), column, QString::number(row.perfect));
    setCell(m_comparison, r++, tr("Average duration"), column, Duration::format(row.avgDurationMs));
}
