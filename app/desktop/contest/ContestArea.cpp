#include "ContestArea.h"

#include "ContestSettingsPage.h"
#include "ExclusionsPage.h"
#include "UnitsPage.h"

ContestArea::ContestArea(Database& db, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("contestTabWidget"));
    setDocumentMode(true);
    m_settings = new ContestSettingsPage(db, this);
    m_units = new UnitsPage(db, this);
    m_exclusions = new ExclusionsPage(db, this);
    addTab(m_settings, tr("&Settings"));
    addTab(m_units, tr("&Units"));
    addTab(m_exclusions, tr("&Exclusion list"));
    connect(m_settings, &ContestSettingsPage::settingsSaved, this, &ContestArea::contestChanged);
    connect(m_units, &UnitsPage::recordsChanged, this, &ContestArea::contestChanged);
    connect(m_exclusions, &ExclusionsPage::recordsChanged, this, &ContestArea::contestChanged);
}
