#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

// Runs `handler` on the modal dialog as soon as it is shown (it runs its own event loop);
// polls instead of sleeping, and gives up after about five seconds.
inline void whenModalShown(const std::function<void(QDialog*)>& handler, int triesLeft = 500)
{
    QTimer::singleShot(triesLeft == 500 ? 0 : 10, [handler, triesLeft] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            handler(dialog);
            return;
        }
        if (triesLeft > 0)
            whenModalShown(handler, triesLeft - 1);
    });
}
