#pragma once

#include <QString>
#include <QStringView>

// The identity rules of core/Identity.h, encoded as one 64-bit integer instead of a
// string, so that a million submissions can be grouped by hashing integers without
// allocating a QString per submission. The code round-trips to the exact string key
// that Identity::contestantKey() gives (the tests check both agree), and two codes are
// equal exactly when the two string keys are equal. 0 means "not given / not usable".
namespace IdentityCode {

quint64 idNumber(QStringView raw); // like Identity::normalizeIdNumber
quint64 phone(QStringView raw);    // like Identity::normalizePhone
inline quint64 key(quint64 idCode, quint64 phoneCode)
{
    return idCode != 0 ? idCode : phoneCode;
}
QString toString(quint64 code); // the normalised string; empty for 0
bool isPhone(quint64 code);
// Orders codes as their strings would sort, without making the strings.
bool lessAsText(quint64 a, quint64 b);

} // namespace IdentityCode
