#pragma once

#include <QString>

#include <optional>

// How the list and the detail pane write a submission's values, the same in both.
namespace SubmissionText {
// dd/MM/yyyy HH:mm:ss in the contest's time zone; `fallback` (the text sent) when the time
// could not be read.
QString dateTime(std::optional<qint64> utcMs, int offsetMinutes, const QString& fallback);
// "Valid", "Invalid: <reason>", with ", conflict" when another version was received.
QString status(bool valid, const QString& invalidCode, bool conflict);
} // namespace SubmissionText
