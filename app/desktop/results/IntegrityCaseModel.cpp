#include "IntegrityCaseModel.h"

#include <QBrush>
#include <QColor>

void IntegrityCaseModel::setCases(const QList<IntegrityCase>& cases,
                                  const QHash<QString, IntegrityDecisions::Decision>& decisions,
                                  const QHash<QString, QString>& prizeLabels)
{
    beginResetModel();
    m_cases = cases;
    m_decisions = decisions;
    m_prizeLabels = prizeLabels;
    endResetModel();
}

int IntegrityCaseModel::undecided() const
{
    int count = 0;
    for (const IntegrityCase& c : m_cases)
        count += m_decisions.contains(c.id) ? 0 : 1;
    return count;
}

int IntegrityCaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int IntegrityCaseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrityCaseModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("identity"))
        return tr("Identity");
    if (kind == QLatin1String("speed"))
        return tr("Speed");
    if (kind == QLatin1String("burst"))
        return tr("Many people, one device");
    if (kind == QLatin1String("copying"))
        return tr("Copying");
    return kind; // a kind added later reads as its code until it has a label
}

QString IntegrityCaseModel::decisionText(const IntegrityDecisions::Decision& d) const
{
    return d.exclude ? tr("Excluded by the judges: %1").arg(d.reason)
                     : tr("Cleared by the judges: %1").arg(d.reason);
}

QVariant IntegrityCaseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size() || index.column() >= ColumnCount)
        return {};
    const IntegrityCase& c = m_cases.at(index.row());
    const auto decision = m_decisions.constFind(c.id);
    const bool decided = decision != m_decisions.cend();
    if (role == CaseIdRole)
        return c.id;
    if (role == DecidedRole)
        return decided;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return kindLabel(c.kind);
        case PeopleColumn:
            return c.names.join(QLatin1Char('\n'));
        case EvidenceColumn:
            return c.evidence;
        case PrizeColumn:
            return c.prizeAtStake.isEmpty() ? QString()
                                            : m_prizeLabels.value(c.prizeAtStake, c.prizeAtStake);
        case DecisionColumn:
            return decided ? decisionText(*decision) : tr("Not decided");
        }
    }
    // A prize winner's undecided case holds up locking: it stands out.
    if (role == Qt::BackgroundRole && !decided && !c.prizeAtStake.isEmpty())
        return QBrush(QColor(0xff, 0xf3, 0xe0));
    if (role == Qt::ForegroundRole && index.column() == DecisionColumn && !decided)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return {};
}

QVariant IntegrityCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case PeopleColumn:
        return tr("People");
    case EvidenceColumn:
        return tr("Evidence");
    case PrizeColumn:
        return tr("Prize at stake");
    case DecisionColumn:
        return tr("Judges' decision");
    }
    return {};
}
