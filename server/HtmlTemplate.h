#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The site's pages are files under server/site/ compiled in as resources (:/site/...).
// {{name}} is replaced by the value HTML-escaped (whatever a contestant typed shows as
// text), {{{name}}} by a fragment the code already built from escaped parts.
class HtmlTemplate
{
public:
    using Values = QHash<QString, QString>;

    static QByteArray render(const QString& name, const Values& values);
    static QString escape(const QString& text);
    static QByteArray resource(const QString& name); // the file's bytes; empty when absent
};
