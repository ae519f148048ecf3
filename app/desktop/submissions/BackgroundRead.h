#pragma once

#include "core/Problem.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <utility>

// Runs a read of the contest database off the GUI thread, on a connection of its own to
// the same file (SQLite lets readers run beside the window's connection), and hands the
// result to `done` in the GUI thread, unless `receiver` is gone by then. With a million
// submissions a scan of the table takes seconds: the window must stay usable meanwhile.
//   Work: Result(Database&)          Done: void(Result, QString error)
template <typename Result, typename Work, typename Done>
void runBackgroundRead(const QString& location, QObject* receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([location, guard, work, done]() mutable {
        Result result{};
        QString error;
        try {
            std::unique_ptr<Database> db = Database::open(location);
            result = work(*db);
        } catch (const EnvironmentError& e) {
            error = e.message();
        } catch (const UserError& e) {
            error = e.message();
        }
        QCoreApplication* app = QCoreApplication::instance();
        if (!app)
            return; // the application is quitting
        QMetaObject::invokeMethod(
            app,
            [guard, done, result = std::move(result), error]() mutable {
                if (guard)
                    done(std::move(result), error);
            },
            Qt::QueuedConnection);
    });
}
