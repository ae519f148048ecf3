#pragma once

#include "AttemptStore.h"
#include "PublishedContest.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// The repeated parts of the site's pages, built from escaped pieces: the entry form's
// fields (each with its label and, when wrong, its message tied by aria-describedby),
// the error summary, the drawn questions with the saved answers checked, and dates as
// the contest's people read them (dd/MM/yyyy HH:mm in the contest's offset).
namespace SiteHtml {
QString entryFields(const PublishedContest& contest, const QUrlQuery& values,
                    const QJsonObject& errors);
QString errorSummary(const QJsonObject& errors);
QString questions(const PublishedContest& contest, const AttemptStore::Attempt& attempt);
QString dateTime(const Timestamp& t);
QString dateTime(qint64 utcMs, int offsetMinutes);
QString duration(qint64 ms); // "12 phút 05 giây"
// A urlencoded form body ("+" is a space there, unlike in a URL's query).
QUrlQuery formBody(const QByteArray& body);
QString formValue(const QUrlQuery& form, const QString& key);
} // namespace SiteHtml
