#pragma once

#include "RecordTablePage.h"

class Database;
class QComboBox;
class UnitFilterProxyModel;
class UnitTableModel;

class UnitsPage : public RecordTablePage
{
    Q_OBJECT
public:
    explicit UnitsPage(Database& db, QWidget* parent = nullptr);

    UnitTableModel* model() const { return m_model; }
    UnitFilterProxyModel* proxyModel() const { return m_proxy; }

public Q_SLOTS:
    void reload() override;
    void importUnits();

protected:
    QString countText(int shown, int total) const override;

private:
    Database& m_db;
    UnitTableModel* m_model = nullptr;
    UnitFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_kindCombo = nullptr;
};
