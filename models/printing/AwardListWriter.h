#pragma once

#include "AwardList.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

// The award list in the three forms the committee and the finance office ask for.
class AwardListWriter
{
    Q_DECLARE_TR_FUNCTIONS(AwardListWriter)
public:
    // A4 portrait, header repeated on each page of a table, signature blocks at the end,
    // the participation list on its own page.
    static void writePdf(const AwardList& list, const QString& path, const QString& placeAndDate);
    // The same pages on any paginated device (a QPrinter for paper and the preview).
    static void paint(const AwardList& list, QPagedPaintDevice& device,
                      const QString& placeAndDate);
    // Formatted workbook: "Khen thưởng" and "Tham gia" sheets.
    static void writeXlsx(const AwardList& list, const QString& path);
    static QByteArray csv(const AwardList& list);
    // By the extension: .pdf, .xlsx or .csv. Throws UserError on another one.
    static void write(const AwardList& list, const QString& path, const QString& placeAndDate);

private:
    // The workbook into `file` (a temporary); `path` names the target in messages.
    static void writeWorkbook(const AwardList& list, const QString& file, const QString& path);
};
