#include "SavedNotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace {

struct Said
{
    QString path;
    QString text;
};

Said& last()
{
    static Said said;
    return said;
}

QMainWindow* mainWindowOf(QWidget* from)
{
    for (QWidget* w = from; w; w = w->parentWidget()) {
        if (auto* main = qobject_cast<QMainWindow*>(w))
            return main;
    }
    return nullptr;
}

} // namespace

void SavedNotice::show(QWidget* from, const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    last().path = path;
    last().text = QCoreApplication::translate("SavedNotice", "Saved to %1")
                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    QMainWindow* window = mainWindowOf(from);
    if (!window)
        return;
    auto* label = window->statusBar()->findChild<QLabel*>(QStringLiteral("savedNoticeLabel"));
    if (!label) {
        label = new QLabel(window->statusBar());
        label->setObjectName(QStringLiteral("savedNoticeLabel"));
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        QObject::connect(label, &QLabel::linkActivated, label,
                         [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
        auto* timer = new QTimer(label);
        timer->setObjectName(QStringLiteral("savedNoticeTimer"));
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, label, &QLabel::clear);
        window->statusBar()->addWidget(label);
    }
    label->setText(QStringLiteral("%1 — <a href=\"%2\">%3</a>")
                       .arg(last().text.toHtmlEscaped(),
                            QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded),
                            QCoreApplication::translate("SavedNotice", "Open folder")));
    label->show();
    // Long enough to read and click, not so long that it speaks of an old export.
    label->findChild<QTimer*>(QStringLiteral("savedNoticeTimer"))->start(60000);
}

QString SavedNotice::lastPath()
{
    return last().path;
}

QString SavedNotice::lastText()
{
    return last().text;
}
