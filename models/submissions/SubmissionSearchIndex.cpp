#include "SubmissionSearchIndex.h"

#include "core/TextFold.h"
#include "storage/Database.h"

#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <string_view>

namespace {

// A phone is found whatever its separators: "0916.398.967", "0916 398 967".
QByteArray digitsOnly(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            out.append(static_cast<char>('0' + c.digitValue()));
    }
    return out;
}

bool looksLikeNumber(QStringView word)
{
    bool digit = false;
    for (QChar c : word) {
        if (c.isDigit())
            digit = true;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('+') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    return digit;
}

// Separators of the index never occur inside a folded field.
QByteArray cleanField(const QString& folded)
{
    QByteArray bytes = folded.toUtf8();
    for (char& c : bytes) {
        if (c == '\t' || c == '\n')
            c = ' ';
    }
    return bytes;
}

} // namespace

void SubmissionSearchIndex::clear()
{
    m_text.clear();
    m_starts.clear();
    m_rowids.clear();
}

void SubmissionSearchIndex::reserve(int count)
{
    m_text.reserve(qsizetype(count) * 40);
    m_starts.reserve(count);
    m_rowids.reserve(count);
}

void SubmissionSearchIndex::add(qint64 rowid, QStringView name, QStringView idNumber,
                                QStringView phone)
{
    m_starts.append(static_cast<quint32>(m_text.size()));
    m_rowids.append(rowid);
    m_text.append(cleanField(TextFold::fold(name)));
    m_text.append('\t');
    m_text.append(cleanField(TextFold::fold(idNumber)));
    m_text.append('\t');
    m_text.append(digitsOnly(phone));
    m_text.append('\n');
}

void SubmissionSearchIndex::build(Database& db)
{
    clear();
    QSqlQuery total = db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
    if (total.next())
        reserve(total.value(0).toInt());
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT {{ROW_SEQ}}, name, id_number, phone FROM submissions ORDER BY {{ROW_SEQ}}"));
    while (q.next()) {
        add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString());
    }
    m_text.squeeze();
}

qint64 SubmissionSearchIndex::memoryBytes() const
{
    return m_text.capacity() + m_starts.capacity() * qint64(sizeof(quint32)) +
           m_rowids.capacity() * qint64(sizeof(qint64));
}

QList<QByteArray> SubmissionSearchIndex::queryWords(const QString& query)
{
    QList<QByteArray> words;
    const QStringList parts =
        query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        QByteArray word =
            looksLikeNumber(part) ? digitsOnly(part) : cleanField(TextFold::fold(part));
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    // The longest word is scanned for; the others are checked in its records only.
    std::stable_sort(words.begin(), words.end(),
                     [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    return words;
}

QVector<qint64> SubmissionSearchIndex::search(const QString& query) const
{
    const QList<QByteArray> words = queryWords(query);
    QVector<qint64> hits;
    if (words.isEmpty() || m_rowids.isEmpty())
        return hits;
    const QByteArrayMatcher matcher(words.first());
    const std::string_view text(m_text.constData(), size_t(m_text.size()));
    qsizetype from = 0;
    while (true) {
        const qsizetype at = matcher.indexIn(m_text, from);
        if (at < 0)
            break;
        // The record holding the hit: the last one starting at or before it.
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), quint32(at));
        const qsizetype record = (next - m_starts.cbegin()) - 1;
        const qsizetype start = m_starts.at(record);
        const qsizetype end = next == m_starts.cend() ? m_text.size() : qsizetype(*next);
        const std::string_view slice = text.substr(size_t(start), size_t(end - start));
        bool all = true;
        for (qsizetype i = 1; i < words.size() && all; ++i)
            all =
                slice.find(std::string_view(words.at(i).constData(), size_t(words.at(i).size()))) !=
                std::string_view::npos;
        if (all)
            hits.append(m_rowids.at(record));
        from = end; // one hit per record
    }
    return hits;
}
