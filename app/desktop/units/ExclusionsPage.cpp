#include "ExclusionsPage.h"

#include "ExclusionTableModel.h"
#include "ImportPreviewDialog.h"
#include "MessageBox.h"
#include "units/ExclusionImporter.h"
#include "units/ExclusionRepository.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

ExclusionsPage::ExclusionsPage(Database& db, QWidget* parent)
    : RecordTablePage(tr("Exclusion list"),
                      tr("People and units not eligible for individual prizes: members of the "
                         "organising committee, the jury, the secretariat and the technical staff, "
                         "and every official of a unit that has such a member. Import the list "
                         "from a CSV file with the columns type, value, reason."),
                      parent),
      m_db(db)
{
    setObjectName(QStringLiteral("exclusionsPage"));
    m_model = new ExclusionTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setProxyModel(m_proxy);
    connect(importButton(), &QPushButton::clicked, this, &ExclusionsPage::importExclusions);
    reload();
    tableView()->resizeColumnsToContents();
}

void ExclusionsPage::reload()
{
    try {
        m_model->setExclusions(ExclusionRepository(m_db).list());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Exclusion list"), e.message());
    }
}

QString ExclusionsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%Ln entry(ies)", nullptr, total);
    return tr("%1 of %Ln entry(ies) shown", nullptr, total).arg(shown);
}

void ExclusionsPage::importExclusions()
{
    runImport(tr("Import exclusion list"), ExclusionImporter(m_db));
}
