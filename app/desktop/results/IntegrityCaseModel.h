#pragma once

#include "integrity/IntegrityCase.h"
#include "integrity/IntegrityDecisions.h"

#include <QAbstractTableModel>
#include <QHash>

// The integrity cases as the judges read them (page "Trường hợp nghi vấn"): what kind, who
// by name, the evidence in words, the prize at stake and what the judges decided. In the
// order IntegrityScan gives: prize winners' cases first.
class IntegrityCaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        PeopleColumn,
        EvidenceColumn,
        PrizeColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        DecidedRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `prizeLabels`: prize key -> its label ("first" -> "Giải Nhất").
    void setCases(const QList<IntegrityCase>& cases,
                  const QHash<QString, IntegrityDecisions::Decision>& decisions,
                  const QHash<QString, QString>& prizeLabels);
    const IntegrityCase& caseAt(int row) const { return m_cases.at(row); }
    int undecided() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString& kind);

private:
    QString decisionText(const IntegrityDecisions::Decision& d) const;

    QList<IntegrityCase> m_cases;
    QHash<QString, IntegrityDecisions::Decision> m_decisions;
    QHash<QString, QString> m_prizeLabels;
};
