#pragma once

#include "RecordTablePage.h"

class Database;
class ExclusionTableModel;
class QSortFilterProxyModel;

class ExclusionsPage : public RecordTablePage
{
    Q_OBJECT
public:
    explicit ExclusionsPage(Database& db, QWidget* parent = nullptr);

    ExclusionTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }

public Q_SLOTS:
    void reload() override;
    void importExclusions();

protected:
    QString countText(int shown, int total) const override;

private:
    Database& m_db;
    ExclusionTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};
