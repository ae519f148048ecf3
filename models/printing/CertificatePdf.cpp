#include "CertificatePdf.h"

#include "CertificateRenderer.h"
#include "PdfFile.h"
#include "core/Problem.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace {

int writeOne(const QString& path, const CertificateRenderer& renderer,
             const QList<CertificateEntry>& entries, const CertificatePdf::Progress& progress)
{
    const QString title = entries.value(0).kind == QLatin1String("award")
                              ? QStringLiteral("Giấy khen")
                              : QStringLiteral("Giấy chứng nhận");
    int pages = 0;
    PdfFile::write(path, title, [&](QPdfWriter& writer) {
        pages = renderer.renderAll(writer, entries, progress);
        return pages >= entries.size(); // cancelled part-way: nothing is written
    });
    return pages;
}

} // namespace

int CertificatePdf::write(const QString& path, const CertificateRenderer& renderer,
                          const QList<CertificateEntry>& entries, const Progress& progress)
{
    return writeOne(path, renderer, entries, progress);
}

QStringList CertificatePdf::writeSplit(const QString& dir, const CertificateRenderer& renderer,
                                       const QList<CertificateEntry>& entries,
                                       const Progress& progress)
{
    const bool created = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        throw EnvironmentError(QStringLiteral("%1: cannot create the folder").arg(dir));
    QStringList written;
    try {
        for (int i = 0; i < entries.size(); ++i) {
            if (progress && !progress(i))
                break;
            const QString path = QDir(dir).filePath(fileName(entries.at(i)));
            writeOne(path, renderer, {entries.at(i)}, {});
            written << path;
        }
    } catch (const EnvironmentError&) {
        // Each file is whole or absent (OutputFile); a folder this run made and could not
        // fill is not left behind empty.
        if (created && written.isEmpty())
            QDir().rmdir(dir);
        throw;
    }
    return written;
}

QString CertificatePdf::asciiName(const QString& text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        QChar a = c;
        if (c == QChar(0x0111))
            a = QLatin1Char('d');
        else if (c == QChar(0x0110))
            a = QLatin1Char('D');
        if (a.category() == QChar::Mark_NonSpacing)
            continue;
        if (a.unicode() < 128 && a.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += a;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

QString CertificatePdf::fileName(const CertificateEntry& e)
{
    // By certificate number and name, as the register and the paper say it: an ID number
    // in a file name travels with every copy of the folder (issue 14). The number makes it
    // unique within a kind; "125/GCN-BTC" becomes "125-GCN-BTC".
    QString name = asciiName(e.name);
    if (name.isEmpty())
        name = QStringLiteral("certificate");
    const QString number = asciiName(e.number);
    return number.isEmpty() ? QStringLiteral("%1.pdf").arg(name.left(60))
                            : QStringLiteral("%1_%2.pdf").arg(number, name.left(60));
}
