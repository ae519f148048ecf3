#pragma once

#include "SubmissionRecord.h"

#include <QJsonObject>

// Reads a SUBMISSION object of the server API (spec/server-api.md) into a record, keeping
// whatever is there; wrong or missing fields are left for the validator to judge.
namespace SubmissionParser {
SubmissionRecord fromJson(const QJsonObject& item);
// The same from an item's bytes as a server sent them: false when they are not one JSON
// object. Bytes already in canonical form (see CanonicalJson) are read directly and kept
// as the raw JSON; any other form goes through QJsonDocument, exactly as fromJson.
bool fromRawJson(QByteArrayView raw, SubmissionRecord& record);
// An id for an item that has none, stable for the same content, so that it is kept once.
QString syntheticId(const QByteArray& rawJson);
} // namespace SubmissionParser
