#pragma once

#include "ServerArea.h"

#include <QHash>
#include <QString>

#include <optional>

class QStackedWidget;

// What a person was looking at, carried from one window to the next when the language
// changes (issue 14): the tab of each area, the text of each search or filter field and
// the last sync's status. Widgets are found by their object names under each area.
struct WindowState
{
    QHash<QString, int> tabs;         // "area/objectName" -> current index
    QHash<QString, QString> searches; // "area/objectName" -> text
    std::optional<ServerArea::SyncStatus> sync;

    static WindowState capture(const QStackedWidget* pages);
    void restore(QStackedWidget* pages) const;
};
