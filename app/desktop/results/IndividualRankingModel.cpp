#include "IndividualRankingModel.h"

#include "core/Duration.h"
#include "core/TextFold.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QStyle>

#include <iterator>

namespace {
// Light backgrounds, one per prize tier, with dark text set explicitly so that they
// stay readable under a dark desktop theme too.
const QColor tierColours[] = {QColor(0xff, 0xe0, 0x82), QColor(0xdd, 0xe6, 0xee),
                              QColor(0xf3, 0xd2, 0xb3), QColor(0xd8, 0xee, 0xd4)};
const QColor tieColour(0xff, 0xc7, 0xc7);
const QColor ineligibleText(0x80, 0x80, 0x80);
} // namespace

IndividualRankingModel::IndividualRankingModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void IndividualRankingModel::setResults(std::shared_ptr<const Results> results)
{
    beginResetModel();
    m_results = std::move(results);
    m_prizeLabels.clear();
    m_prizeTiers.clear();
    m_unitNames.clear();
    m_searchTexts.clear();
    if (m_results) {
        const QList<PrizeTier>& tiers = m_results->settings.individualPrizes;
        for (int i = 0; i < tiers.size(); ++i) {
            m_prizeLabels.insert(tiers.at(i).key, tiers.at(i).label);
            m_prizeTiers.insert(tiers.at(i).key, i);
        }
        for (const Unit& unit : m_results->units)
            m_unitNames.insert(unit.code, unit.name);
    }
    endResetModel();
}

QString IndividualRankingModel::prizeLabel(const QString& key) const
{
    return m_prizeLabels.value(key, key);
}

QString IndividualRankingModel::unitName(const QString& code) const
{
    return m_unitNames.value(code);
}

QString IndividualRankingModel::formatLocal(qint64 utcMs, int offsetMinutes)
{
    // Shifting the instant and printing it as UTC shows the wall clock of that offset
    // without depending on the time zones the computer knows.
    return QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offsetMinutes) * 60000, Qt::UTC)
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

IndividualRankingModel::Kind IndividualRankingModel::kindOf(int row) const
{
    const IndividualResult& r = m_results->individual.at(row);
    if (r.unresolvedTie)
        return Kind::UnresolvedTie;
    if (!r.eligible)
        return Kind::Ineligible;
    if (!r.prize.isEmpty())
        return Kind::Winner;
    return Kind::Plain;
}

const QString& IndividualRankingModel::searchText(int row) const
{
    if (m_searchTexts.isEmpty() && m_results) {
        m_searchTexts.reserve(m_results->individual.size());
        for (const IndividualResult& r : m_results->individual) {
            const GradedSubmission& s = m_results->countedOf(r);
            const QString joined =
                QStringList{s.name,  r.contestant(), s.idNumber,
                            s.phone, s.unitCode,     m_unitNames.value(s.unitCode)}
                    .join(QLatin1Char('\n'));
            m_searchTexts.append(TextFold::fold(joined));
        }
    }
    return m_searchTexts.at(row);
}

int IndividualRankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_results ? 0 : int(m_results->individual.size());
}

int IndividualRankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndividualRankingModel::display(const IndividualResult& row, int column) const
{
    const GradedSubmission& s = m_results->countedOf(row);
    switch (column) {
    case RankColumn:
        return row.rank;
    case NameColumn:
        return s.name;
    case BirthYearColumn:
        return s.birthYear > 0 ? QVariant(s.birthYear) : QVariant();
    case UnitColumn: {
        const QString name = m_unitNames.value(s.unitCode);
        return name.isEmpty() ? s.unitCode : name;
    }
    case CorrectColumn:
        return s.correct;
    case PredictionColumn:
        return s.prediction;
    case ErrorColumn:
        return row.predictionError;
    case DurationColumn:
        return Duration::format(s.durationMs);
    case SubmittedAtColumn:
        return formatLocal(s.submittedAt.utcMs, m_results->settings.timezoneOffsetMinutes);
    case EligibleColumn:
        return row.eligible ? tr("Yes") : tr("No: %1").arg(row.reason);
    case PrizeColumn:
        if (row.unresolvedTie)
            return tr("Unresolved tie — judges decide");
        return row.prize.isEmpty() ? QString() : prizeLabel(row.prize);
    }
    return QVariant();
}

QVariant IndividualRankingModel::background(const IndividualResult& row) const
{
    if (row.unresolvedTie)
        return QBrush(tieColour);
    if (row.eligible && !row.prize.isEmpty()) {
        const int tier = m_prizeTiers.value(row.prize, 0);
        return QBrush(tierColours[qMin(tier, int(std::size(tierColours)) - 1)]);
    }
    return QVariant();
}

QVariant IndividualRankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const IndividualResult& row = m_results->individual.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case KindRole:
        return int(kindOf(index.row()));
    case ContestantRole:
        return row.contestant();
    case Qt::BackgroundRole:
        return background(row);
    case Qt::ForegroundRole:
        if (row.unresolvedTie || (row.eligible && !row.prize.isEmpty()))
            return QBrush(Qt::black);
        if (!row.eligible)
            return QBrush(ineligibleText);
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == PrizeColumn && row.unresolvedTie)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn) {
            const QString& code = m_results->unitCodeOf(row);
            const QString name = m_unitNames.value(code);
            return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
        }
        if (index.column() == NameColumn)
            return row.contestant();
        if (index.column() == PrizeColumn && row.unresolvedTie)
            return tr("Equal on every ranking key at a prize boundary: the judges decide the "
                      "order (double-click the row).");
        if (index.column() == PrizeColumn && row.decidedByJudges)
            return tr("Order decided by the judges.");
        if (index.column() == EligibleColumn && !row.eligible)
            return row.reason;
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RankColumn:
        case BirthYearColumn:
        case CorrectColumn:
        case PredictionColumn:
        case ErrorColumn:
        case DurationColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant();
    }
    return QVariant();
}

QVariant IndividualRankingModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Name");
    case BirthYearColumn:
        return tr("Born");
    case UnitColumn:
        return tr("Unit");
    case CorrectColumn:
        return tr("Correct");
    case PredictionColumn:
        return tr("Prediction");
    case ErrorColumn:
        return tr("Error");
    case DurationColumn:
        return tr("Duration");
    case SubmittedAtColumn:
        return tr("Submitted at");
    case EligibleColumn:
        return tr("Eligible");
    case PrizeColumn:
        return tr("Prize");
    }
    return QVariant();
}
