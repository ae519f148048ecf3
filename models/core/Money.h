#pragma once

#include <QString>

// Amounts the Vietnamese way: "1.500.000 đồng".
namespace Money {
QString groupDigits(qint64 amount); // 1500000 -> "1.500.000"
QString format(qint64 amount);      // 1500000 -> "1.500.000 đồng"
} // namespace Money
