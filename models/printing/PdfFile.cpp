#include "PdfFile.h"

#include "core/Problem.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace {

[[noreturn]] void cannotWrite(const QString& path, const QSaveFile& file)
{
    throw EnvironmentError(PdfFile::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

} // namespace

bool PdfFile::write(const QString& path, const QString& title,
                    const std::function<bool(QPdfWriter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file);
    bool complete = false;
    {
        // The writer must be gone (its last page flushed) before the file is committed.
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Contest Admin"));
        writer.setTitle(title);
        complete = paint(writer);
    }
    if (!complete) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        cannotWrite(path, file);
    return true;
}
