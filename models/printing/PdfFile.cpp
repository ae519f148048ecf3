#include "PdfFile.h"

#include "core/HeapRetention.h"
#include "core/OutputFile.h"

#include <QPdfWriter>

bool PdfFile::write(const QString& path, const QString& title,
                    const std::function<bool(QPdfWriter&)>& paint)
{
    const HeapRetention keep; // every page allocates and frees the same buffers again
    return OutputFile::write(path, [&](QIODevice& device) {
        // The writer must be gone (its last page flushed) before the file is committed.
        QPdfWriter writer(&device);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Contest Admin"));
        writer.setTitle(title);
        return paint(writer);
    });
}
