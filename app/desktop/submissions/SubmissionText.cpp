#include "SubmissionText.h"

#include "submissions/SubmissionValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace SubmissionText {

QString dateTime(std::optional<qint64> utcMs, int offsetMinutes, const QString& fallback)
{
    if (!utcMs)
        return fallback;
    // The contest's offset, not the computer's zone: the committee reads contest time.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*utcMs, QTimeZone(offsetMinutes * 60));
    return at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QString status(bool valid, const QString& invalidCode, bool conflict)
{
    QString text = valid ? QCoreApplication::translate("SubmissionText", "Valid")
                         : QCoreApplication::translate("SubmissionText", "Invalid: %1")
                               .arg(SubmissionValidator::reasonLabel(invalidCode));
    if (conflict)
        text = QCoreApplication::translate("SubmissionText", "%1, conflict").arg(text);
    return text;
}

} // namespace SubmissionText
