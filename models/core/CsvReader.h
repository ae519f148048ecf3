#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One data row of a CSV file, with the line it starts on so messages can name it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A CSV table as spreadsheet users write it: UTF-8 with or without BOM, comma or
// semicolon (guessed from the header), quoted fields with "" escapes and line breaks,
// CRLF or LF. Blank lines are skipped.
class CsvTable
{
public:
    // Throws UserError (naming file and line) for text that is not UTF-8, an unclosed
    // quote or a stray character after a closing quote.
    static CsvTable parse(const QByteArray& data, const QString& fileName);
    static CsvTable readFile(const QString& path); // UserError if it cannot be read
    // As parse(), with the problem added to `problems` instead of thrown.
    static std::optional<CsvTable> tryParse(const QByteArray& data, const QString& fileName, Problems& problems);

    QString fileName() const { return m_fileName; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    const QList<CsvRecord>& records() const { return m_records; }
    int headerLine() const { return m_headerLine; }

    // Maps each of `required` (and `optional`) to its column index. The header is matched
    // case-insensitively; missing required, duplicate and unknown columns are problems.
    QHash<QString, int> mapColumns(const QStringList& required, const QStringList& optional,
                                   Problems& problems) const;

    QString where(int line, const QString& column) const; // "units.csv:4: column 'kind'"
    // False, with a problem naming the line, when a record has more fields than the header
    // (an unquoted value holding the delimiter).
    bool fieldCountFits(const CsvRecord& record, Problems& problems) const;

private:
    QString m_fileName;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    int m_headerLine = 0;
    QList<CsvRecord> m_records;
};
