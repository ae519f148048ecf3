#include "CsvReader.h"

#include "Utf8.h"

#include <QFile>
#include <QFileInfo>

namespace {

QChar guessDelimiter(const QString& text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

CsvTable CsvTable::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw UserError(QCoreApplication::translate("CsvTable", "%1: cannot read the file: %2")
                            .arg(path, file.errorString()));
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

CsvTable CsvTable::parse(const QByteArray& data, const QString& fileName)
{
    const QString text = Utf8::decodeStrict(data, fileName);
    CsvTable table;
    table.m_fileName = fileName;
    table.m_delimiter = guessDelimiter(text);

    const QChar delim = table.m_delimiter;
    QList<CsvRecord> rows;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterQuote = false;
    int line = 1;
    current.line = 1;
    int quoteStartLine = 0;

    auto endField = [&] {
        current.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(current.fields))
            rows << current;
        current = CsvRecord();
        current.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field.append(c);
            }
            continue;
        }
        if (c == delim) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            if (!c.isSpace()) {
                throw UserError(QCoreApplication::translate(
                                    "CsvTable", "%1:%2: unexpected character '%3' after a closing "
                                                "quote (write a quote inside a quoted field as \"\")")
                                    .arg(fileName)
                                    .arg(line)
                                    .arg(c));
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        throw UserError(QCoreApplication::translate(
                            "CsvTable", "%1:%2: a quoted field is never closed (missing \")")
                            .arg(fileName)
                            .arg(quoteStartLine));
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();

    if (rows.isEmpty()) {
        throw UserError(QCoreApplication::translate("CsvTable", "%1: the file is empty (no header row)")
                            .arg(fileName));
    }
    table.m_header = rows.takeFirst().fields;
    for (QString& h : table.m_header)
        h = h.trimmed().toLower();
    table.m_headerLine = 1;
    table.m_records = rows;
    return table;
}

QHash<QString, int> CsvTable::mapColumns(const QStringList& required, const QStringList& optional,
                                         Problems& problems) const
{
    QHash<QString, int> map;
    const QString headerWhere = QStringLiteral("%1:%2").arg(m_fileName).arg(m_headerLine);
    for (int i = 0; i < m_header.size(); ++i) {
        const QString& name = m_header.at(i);
        if (name.isEmpty() && i == m_header.size() - 1)
            continue; // a trailing delimiter, as some spreadsheets write
        if (!required.contains(name) && !optional.contains(name)) {
            problems << Problem{headerWhere,
                                QCoreApplication::translate("CsvTable", "unknown column '%1' (expected: %2)")
                                    .arg(name, (required + optional).join(QStringLiteral(", ")))};
        } else if (map.contains(name)) {
            problems << Problem{headerWhere, QCoreApplication::translate("CsvTable", "column '%1' appears twice").arg(name)};
        } else {
            map.insert(name, i);
        }
    }
    for (const QString& name : required) {
        if (!map.contains(name)) {
            problems << Problem{headerWhere,
                                QCoreApplication::translate("CsvTable", "missing column '%1' (the header must be: %2)")
                                    .arg(name, required.join(QLatin1Char(',')))};
        }
    }
    return map;
}

QString CsvTable::where(int line, const QString& column) const
{
    return QCoreApplication::translate("CsvTable", "%1:%2: column '%3'").arg(m_fileName).arg(line).arg(column);
}

std::optional<CsvTable> CsvTable::tryParse(const QByteArray& data, const QString& fileName, Problems& problems)
{
    try {
        return parse(data, fileName);
    } catch (const UserError& e) {
        problems << Problem{QString(), e.message()};
        return std::nullopt;
    }
}

bool CsvTable::fieldCountFits(const CsvRecord& record, Problems& problems) const
{
    if (record.fields.size() <= m_header.size())
        return true;
    problems << Problem{QStringLiteral("%1:%2").arg(m_fileName).arg(record.line),
                        QCoreApplication::translate("CsvTable", "%1 fields, but the header has %2 columns (a value "
                                                                "with a delimiter must be in quotes)")
                            .arg(record.fields.size())
                            .arg(m_header.size())};
    return false;
}
