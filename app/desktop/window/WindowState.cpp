#include "WindowState.h"

#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>

namespace {
QString keyOf(int area, const QObject* o)
{
    return QStringLiteral("%1/%2").arg(area).arg(o->objectName());
}

// The fields people type into to narrow a list: every one named so in this suite.
bool isSearchField(const QLineEdit* edit)
{
    const QString name = edit->objectName();
    return name == QLatin1String("searchLineEdit") || name == QLatin1String("filterLineEdit");
}

QList<QTabWidget*> tabsOf(QWidget* area)
{
    QList<QTabWidget*> tabs = area->findChildren<QTabWidget*>();
    if (auto* self = qobject_cast<QTabWidget*>(area))
        tabs.prepend(self); // the Contest area is itself a tab widget
    return tabs;
}
} // namespace

WindowState WindowState::capture(const QStackedWidget* pages)
{
    WindowState s;
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* area = pages->widget(i);
        for (const QTabWidget* t : tabsOf(area))
            if (!t->objectName().isEmpty())
                s.tabs.insert(keyOf(i, t), t->currentIndex());
        for (const QLineEdit* e : area->findChildren<QLineEdit*>())
            if (isSearchField(e) && !e->text().isEmpty())
                s.searches.insert(keyOf(i, e) + QLatin1Char('@') + e->parent()->objectName(),
                                  e->text());
        if (const auto* server = qobject_cast<const ServerArea*>(area))
            s.sync = server->syncStatus();
    }
    return s;
}

void WindowState::restore(QStackedWidget* pages) const
{
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* area = pages->widget(i);
        for (QTabWidget* t : tabsOf(area)) {
            const int index = tabs.value(keyOf(i, t), -1);
            if (index >= 0 && index < t->count())
                t->setCurrentIndex(index);
        }
        for (QLineEdit* e : area->findChildren<QLineEdit*>()) {
            const QString key = keyOf(i, e) + QLatin1Char('@') + e->parent()->objectName();
            if (isSearchField(e) && searches.contains(key))
                e->setText(searches.value(key));
        }
        if (auto* server = qobject_cast<ServerArea*>(area); server && sync)
            server->restoreSyncStatus(*sync);
    }
}
