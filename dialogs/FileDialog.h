#pragma once

#include <QString>

class QWidget;

// Every file picker of the suite goes through here so that a test can answer it without a
// native dialog blocking the event loop (KeePassXC does the same).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    // The next picker returns `fileName` at once (an empty string means "cancelled").
    static void setNextFileName(const QString& fileName);
    static void clearNextFileName();

private:
    static bool takeNext(QString& fileName);
};
