#include "DecisionsPage.h"

#include "audit/AuditText.h"
#include "core/ContestTime.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;

QGroupBox* group(const QString& title, QListWidget* list, QPushButton* button, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(list, 1);
    if (button) {
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(button);
        layout->addLayout(row);
    }
    return box;
}
} // namespace

DecisionsPage::DecisionsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("decisionsPage"));
    auto* layout = new QVBoxLayout(this);

    m_ties = new QListWidget(this);
    m_ties->setObjectName(QStringLiteral("unresolvedTiesListWidget"));
    m_decide = new QPushButton(tr("&Decide tie…"), this);
    m_decide->setObjectName(QStringLiteral("decideSelectedTieButton"));
    layout->addWidget(group(tr("Unresolved ties (the judges decide)"), m_ties, m_decide, this), 1);

    m_stale = new QListWidget(this);
    m_stale->setObjectName(QStringLiteral("staleDecisionsListWidget"));
    m_stale->setWordWrap(true);
    m_review = new QPushButton(tr("&Review: withdraw…"), this);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setToolTip(tr("Withdraw this decision (with a reason) so that the judges can "
                            "decide the tie as it now stands."));
    layout->addWidget(
        group(tr("Decisions to review (they no longer match a tie)"), m_stale, m_review, this), 1);

    m_active = new QListWidget(this);
    m_active->setObjectName(QStringLiteral("activeDecisionsListWidget"));
    m_active->setWordWrap(true);
    m_withdraw = new QPushButton(tr("&Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    layout->addWidget(group(tr("Judges' decisions in force"), m_active, m_withdraw, this), 1);

    connect(m_decide, &QPushButton::clicked, this, [this] {
        if (m_ties->currentItem())
            Q_EMIT decideRequested(m_ties->currentItem()->data(IdRole).toInt());
    });
    connect(m_ties, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_editable)
            Q_EMIT decideRequested(item->data(IdRole).toInt());
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_stale->currentItem())
            Q_EMIT withdrawRequested(m_stale->currentItem()->data(IdRole).toLongLong());
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (m_active->currentItem())
            Q_EMIT withdrawRequested(m_active->currentItem()->data(IdRole).toLongLong());
    });
    auto updateButtons = [this] {
        m_decide->setEnabled(m_editable && m_ties->currentItem());
        m_review->setEnabled(m_editable && m_stale->currentItem() &&
                             m_stale->currentItem()->data(IdRole).toLongLong() > 0);
        m_withdraw->setEnabled(m_editable && m_active->currentItem());
    };
    connect(m_ties, &QListWidget::currentRowChanged, this, updateButtons);
    connect(m_stale, &QListWidget::currentRowChanged, this, updateButtons);
    connect(m_active, &QListWidget::currentRowChanged, this, updateButtons);
    updateButtons();
}

QString DecisionsPage::describe(const Results& results, const TieDecision& d) const
{
    // People by name (birth year, unit), never by ID number (issue 14).
    QStringList order;
    for (const QString& key : d.order)
        order << results.memberLabel(d.scope, key);
    const int tier = int(m_prizeKeys.indexOf(d.prize));
    const QString prize = tier >= 0 ? m_prizeLabels.at(tier) : d.prize;
    const QString when = ContestTime::format(d.decidedAt.utcMs, m_offsetMinutes);
    AuditText::Names names;
    names.users = m_userNames;
    return tr("%1: order %2. Reason: %3 (by %4, %5)")
        .arg(prize, order.join(QLatin1String(" > ")), d.reason, AuditText::user(d.decidedBy, names),
             when);
}

void DecisionsPage::setResults(const Results& results, const QList<StoredTieDecision>& active,
                               bool editable)
{
    m_editable = editable;
    m_offsetMinutes = results.settings.timezoneOffsetMinutes;
    m_prizeKeys.clear();
    m_prizeLabels.clear();
    for (const PrizeTier& tier : results.settings.individualPrizes) {
        m_prizeKeys << tier.key;
        m_prizeLabels << tier.label;
    }
    m_ties->clear();
    for (int i = 0; i < results.unresolvedTies.size(); ++i) {
        const UnresolvedTie& tie = results.unresolvedTies.at(i);
        const int tier = int(m_prizeKeys.indexOf(tie.prize));
        const QString prize = tier >= 0 ? m_prizeLabels.at(tier) : tie.prize;
        QStringList names;
        for (const QString& key : tie.members)
            names << results.memberLabel(tie.scope, key);
        auto* item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxWarning),
            QStringLiteral("%1: %2").arg(prize, names.join(QLatin1String("; "))), m_ties);
        item->setData(IdRole, i);
    }
    if (m_ties->count() > 0)
        m_ties->setCurrentRow(0);

    m_stale->clear();
    for (const StaleDecision& stale : results.staleDecisions) {
        qint64 id = 0;
        for (const StoredTieDecision& s : active) {
            if (s.decision == stale.decision)
                id = s.id;
        }
        auto* item = new QListWidgetItem(
            tr("%1\nWhy to review: %2").arg(describe(results, stale.decision), stale.why), m_stale);
        item->setData(IdRole, id);
    }
    if (m_stale->count() > 0)
        m_stale->setCurrentRow(0);

    m_active->clear();
    for (const StoredTieDecision& s : active) {
        auto* item = new QListWidgetItem(
            tr("#%1 %2 Judges: %3").arg(s.id).arg(describe(results, s.decision), s.judges),
            m_active);
        item->setData(IdRole, s.id);
    }
    m_decide->setEnabled(editable && m_ties->currentItem());
    m_review->setEnabled(editable && m_stale->currentItem());
    m_withdraw->setEnabled(editable && m_active->currentItem());
}
