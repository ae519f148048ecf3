#pragma once

#include <QByteArray>
#include <QStringList>

// CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese right), CRLF, quotes
// where needed, and cells that a spreadsheet would run as a formula (=, +, -, @, tab,
// carriage return at the start) neutralised with a leading apostrophe.
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList& cells);
    QByteArray data() const { return m_data; }
    static QString neutralise(const QString& cell);

private:
    QByteArray m_data;
};
