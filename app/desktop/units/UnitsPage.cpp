#include "UnitsPage.h"

#include "ImportPreviewDialog.h"
#include "MessageBox.h"
#include "UnitFilterProxyModel.h"
#include "UnitTableModel.h"
#include "units/UnitImporter.h"
#include "units/UnitRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

UnitsPage::UnitsPage(Database& db, QWidget* parent)
    : RecordTablePage(tr("Units"),
                      tr("Offices, communes, schools and organisations whose people take part. "
                         "They compete for the collective prizes and give the participation "
                         "rate. Import them from a CSV file with the columns code, name, kind, "
                         "headcount, collective_eligible."),
                      parent),
      m_db(db)
{
    setObjectName(QStringLiteral("unitsPage"));
    m_model = new UnitTableModel(this);
    m_proxy = new UnitFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const QString& kind : Unit::knownKinds())
        m_kindCombo->addItem(Unit::kindLabel(kind), kind);
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kindCombo->currentData().toString()); });
    addFilterWidget(m_kindCombo);

    setProxyModel(m_proxy);
    connect(importButton(), &QPushButton::clicked, this, &UnitsPage::importUnits);
    reload();
    tableView()->resizeColumnsToContents();
    tableView()->setColumnWidth(UnitTableModel::NameColumn,
                                qMax(tableView()->columnWidth(UnitTableModel::NameColumn), 320));
}

void UnitsPage::reload()
{
    try {
        m_model->setUnits(UnitRepository(m_db).list());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Units"), e.message());
    }
}

QString UnitsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%Ln unit(s)", nullptr, total);
    return tr("%1 of %Ln unit(s) shown", nullptr, total).arg(shown);
}

void UnitsPage::importUnits()
{
    runImport(tr("Import units"), UnitImporter(m_db));
}
