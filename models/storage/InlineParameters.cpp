#include "InlineParameters.h"

#include <QSqlDriver>
#include <QSqlField>

namespace {

QString literal(const QVariant& value, const QSqlDriver& driver)
{
    QVariant v = value;
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        v = QStringLiteral("");
    else if (v.typeId() == QMetaType::Bool)
        v = v.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(v.toBool() ? 1 : 0);
    QSqlField field(QString(), v.metaType());
    field.setValue(v);
    return driver.formatValue(field);
}

} // namespace

std::optional<QString> InlineParameters::apply(const QString& sql, const QVariantList& values,
                                               const QSqlDriver& driver)
{
    QString out;
    out.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            // Up to the closing quote; a doubled quote inside reopens at once, so the
            // loop handles it as two literals back to back.
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'?') {
            if (next >= values.size())
                return std::nullopt;
            out += literal(values.at(next++), driver);
        } else {
            out += c;
        }
    }
    if (next != values.size())
        return std::nullopt;
    return out;
}
