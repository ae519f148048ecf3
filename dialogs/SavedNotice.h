#pragma once

#include <QString>

class QWidget;

// Says where an export went, with a link that opens its folder (issue 14): in the status
// bar of the main window `from` belongs to, so that work goes on without a box to close.
// Tests read what was said last.
namespace SavedNotice {
void show(QWidget* from, const QString& path);
QString lastPath();
QString lastText();
} // namespace SavedNotice
