#pragma once

#include <QString>

namespace Duration {
// 254350 ms -> "04:14.350" (mm:ss.mmm; minutes grow past 59 rather than wrap)
QString format(qint64 ms);
} // namespace Duration
