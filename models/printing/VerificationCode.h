#pragma once

#include <QString>

// The code printed on a certificate (and in its QR code) that `contestctl verify CODE`
// looks up. Derived from the locked snapshot's SHA-256, the recipient and the kind, so
// reprinting from the same snapshot gives the same code, and a certificate printed from
// other results cannot carry it. 10 characters of Crockford base 32 (no I, L, O, U:
// nothing to misread when typed from paper) are 50 bits.
namespace VerificationCode {
QString make(const QString& snapshotSha256, const QString& recipient, const QString& kind);
// Upper case, spaces and dashes removed, O→0 and I/L→1 as Crockford reads them.
QString normalise(const QString& typed);
// What the QR code holds: the verification page of the contest site when the contest
// has one ({siteUrl}/xac-minh/{code}, a phone's camera opens it), else the code itself.
QString qrPayload(const QString& code, const QString& siteUrl = QString());
} // namespace VerificationCode
