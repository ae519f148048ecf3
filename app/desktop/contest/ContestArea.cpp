#include "ContestArea.h"

#include "ContestSettingsPage.h"
#include "ExclusionsPage.h"
#include "TopicsPage.h"
#include "UnitsPage.h"
#include "accounts/Authorization.h"

#include <QPushButton>

ContestArea::ContestArea(Database& db, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("contestTabWidget"));
    setDocumentMode(true);
    m_settings = new ContestSettingsPage(db, this);
    m_units = new UnitsPage(db, this);
    m_exclusions = new ExclusionsPage(db, this);
    m_topics = new TopicsPage(db, this);
    addTab(m_settings, tr("&Settings"));
    addTab(m_topics, tr("&Topics"));
    addTab(m_units, tr("&Units"));
    addTab(m_exclusions, tr("&Exclusion list"));
    connect(m_settings, &ContestSettingsPage::settingsSaved, this, &ContestArea::contestChanged);
    connect(m_topics, &TopicsPage::topicsChanged, this, &ContestArea::contestChanged);
    connect(m_units, &UnitsPage::recordsChanged, this, &ContestArea::contestChanged);
    connect(m_exclusions, &ExclusionsPage::recordsChanged, this, &ContestArea::contestChanged);
    // Only the committee changes these (the core refuses anyone else); for the other
    // roles the pages are for reading.
    m_settings->setEnabled(Authorization::allows(db, Permission::EditSettings));
    const bool mayEditUnits = Authorization::allows(db, Permission::EditUnits);
    for (QWidget* page : {static_cast<QWidget*>(m_units), static_cast<QWidget*>(m_exclusions)}) {
        if (auto* import = page->findChild<QPushButton*>(QStringLiteral("importButton")))
            import->setEnabled(mayEditUnits);
    }
}

bool ContestArea::readAgain()
{
    if (!m_settings->hasUnsavedEdits())
        m_settings->reload();
    m_topics->reload();
    m_units->reload();
    m_exclusions->reload();
    return true;
}
