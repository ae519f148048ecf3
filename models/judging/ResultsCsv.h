#pragma once

#include "results/Results.h"

#include <QByteArray>

// `results --csv`: the individual ranking for spreadsheets (UTF-8 with BOM, formula
// cells neutralised), one row per contestant in rank order.
namespace ResultsCsv {
QByteArray individual(const Results& results);
}
