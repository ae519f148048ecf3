#pragma once

#include "AreaPage.h"

#include <QTabWidget>

class ContestSettingsPage;
class Database;
class ExclusionsPage;
class TopicsPage;
class UnitsPage;

// The "Contest" area: its settings, its question topics, its units and its exclusion
// list, one tab each.
class ContestArea : public QTabWidget, public AreaPage
{
    Q_OBJECT
public:
    explicit ContestArea(Database& db, QWidget* parent = nullptr);

    ContestSettingsPage* settingsPage() const { return m_settings; }
    UnitsPage* unitsPage() const { return m_units; }
    ExclusionsPage* exclusionsPage() const { return m_exclusions; }
    TopicsPage* topicsPage() const { return m_topics; }

    bool readAgain() override; // the settings only when they hold no unsaved edit

Q_SIGNALS:
    // Settings, units or exclusions were stored.
    void contestChanged();

private:
    ContestSettingsPage* m_settings = nullptr;
    UnitsPage* m_units = nullptr;
    ExclusionsPage* m_exclusions = nullptr;
    TopicsPage* m_topics = nullptr;
};
