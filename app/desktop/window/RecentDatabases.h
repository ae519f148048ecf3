#pragma once

#include <QStringList>

// The databases opened last, most recent first, kept in QSettings for File → Open recent.
namespace RecentDatabases {
constexpr int maximum = 8;
QStringList list();
void add(const QString& path);
void clear();
} // namespace RecentDatabases
