#pragma once

#include "SubmissionRecord.h"

#include <QJsonObject>

// Reads a SUBMISSION object of the server API (spec/server-api.md) into a record, keeping
// whatever is there; wrong or missing fields are left for the validator to judge.
namespace SubmissionParser {
SubmissionRecord fromJson(const QJsonObject& item);
// The same from an item's bytes as a server sent them: false when they are not one JSON
// object that Qt reads (then `error`, when given, says why and where). Bytes already in
// canonical form (see CanonicalJson) are read directly and kept as the raw JSON; any other
// form goes through QJsonDocument, exactly as fromJson.
bool fromRawJson(QByteArrayView raw, SubmissionRecord& record, QString* error = nullptr);
// The same, keeping `raw` itself (shared, not copied) as the record's raw JSON when it is
// canonical.
bool fromRawJson(const QByteArray& raw, SubmissionRecord& record, QString* error = nullptr);
// An item that a page holds but that cannot be read (a number beyond a double, nesting
// deeper than Qt reads): kept as sent, with the id found by the page reader, and the
// "unreadable" flaw that makes it invalid.
SubmissionRecord unreadable(QByteArrayView raw, const QString& id, const QString& why);
// An id for an item that has none, stable for the same content, so that it is kept once.
QString syntheticId(const QByteArray& rawJson);
} // namespace SubmissionParser
