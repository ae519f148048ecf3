#include "CsvWriter.h"

CsvWriter::CsvWriter() : m_data("\xEF\xBB\xBF") {}

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

void CsvWriter::addRow(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& raw : cells) {
        QString cell = neutralise(raw);
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char(';')) || cell != cell.trimmed()) {
            cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        out << cell;
    }
    m_data += out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}
