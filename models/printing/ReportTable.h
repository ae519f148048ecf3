#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

// A table of a printed report, kept as typed values so that the PDF prints them the
// Vietnamese way, the spreadsheet keeps numbers as numbers and the CSV as plain text.
struct ReportColumn
{
    enum class Type
    {
        Text,
        Integer,
        Money,
        Percent
    };
    QString header;
    double widthMm = 20; // PDF; the spreadsheet derives its widths from it
    Type type = Type::Text;
};

struct ReportTable
{
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totalRow; // empty: none; bold under the rows
    QString note;          // printed under the table (why a figure looks odd); empty: none

    // As printed: money "1.500.000", percent "85,3%", integers plain.
    static QString display(const QVariant& value, ReportColumn::Type type);
};
