#pragma once

#include <QSortFilterProxyModel>

// Filters units by free text (any column, case-insensitive) and by kind.
class UnitFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UnitFilterProxyModel(QObject* parent = nullptr);
    void setKind(const QString& kind); // empty: every kind
    QString kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_kind;
};
