#pragma once

#include <QString>

#include <functional>
#include <vector>

class Database;

// The schema's history: step N brings version N-1 to N. Never edit a released step;
// add a new one.
namespace SchemaSteps {

struct Step
{
    int version;
    QString description;
    std::function<void(Database&)> apply;
};

const std::vector<Step>& all();

} // namespace SchemaSteps
