#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPdfWriter;

// Every PDF the suite writes goes through here: 300 dpi, our creator and the document's
// title, and OutputFile, so an interrupted, cancelled or failed run (a full disk included)
// never leaves half a PDF or an empty file under the name nor replaces the previous one.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
public:
    // `paint` draws the pages and returns false to cancel (then nothing is written and
    // write() returns false). Throws EnvironmentError when the file cannot be written.
    static bool write(const QString& path, const QString& title,
                      const std::function<bool(QPdfWriter&)>& paint);
};
