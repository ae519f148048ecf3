#include "HtmlTemplate.h"

#include <QFile>

QString HtmlTemplate::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray HtmlTemplate::resource(const QString& name)
{
    QFile f(QStringLiteral(":/site/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray HtmlTemplate::render(const QString& name, const Values& values)
{
    const QString text = QString::fromUtf8(resource(name));
    QString out;
    out.reserve(text.size() * 2);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            out += QStringView(text).mid(pos);
            break;
        }
        out += QStringView(text).mid(pos, open - pos);
        const bool raw = text.mid(open, 3) == QLatin1String("{{{");
        const QLatin1String closing = raw ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype start = open + (raw ? 3 : 2);
        const qsizetype close = text.indexOf(closing, start);
        if (close < 0) {
            out += QStringView(text).mid(open);
            break;
        }
        const QString value = values.value(text.mid(start, close - start).trimmed());
        out += raw ? value : escape(value);
        pos = close + closing.size();
    }
    return out.toUtf8();
}
