#pragma once

#include "Migrator.h"

#include <vector>

// The schema's history: step N brings version N-1 to N. Never edit a released step;
// add a new one.
namespace SchemaSteps {
const std::vector<Migrator::Step>& all();
}
