#pragma once

#include <QString>

// How the contest tells people apart (rules.md, "Scoring"): citizen ID number when
// given, else the normalised phone number.
namespace Identity {

// Spaces removed; 12 digits (CCCD) or 9 digits (old CMND). Anything else: empty.
QString normalizeIdNumber(QStringView raw);

// Every non-digit removed; an 11-digit number starting with 84 becomes 0...; usable when
// it is then 10 digits starting with 0. Not usable: empty.
QString normalizePhone(QStringView raw);

// The identity key: normalised ID number, else normalised phone, else empty.
QString contestantKey(QStringView idNumber, QStringView phone);

} // namespace Identity
