#pragma once

#include "contest/ContestSettings.h"
#include "demo/SubmissionGenerator.h"
#include "units/Unit.h"

#include <QJsonObject>
#include <QStringList>

// What the reference server makes of an exam package: whether it is well formed (400
// otherwise), the fingerprint of its questions (the 409 rule), and the inputs the
// submission generator needs to draw realistic attempts from it.
namespace PackageCheck {
QStringList problems(const QJsonObject& package, const QString& pathCode);
QByteArray questionsSha(const QJsonObject& package);
QByteArray packageSha(const QJsonObject& package);

struct GeneratorInputs
{
    ContestSettings settings;
    QList<Unit> units;
    SubmissionGenerator::Bank bank;
};
GeneratorInputs generatorInputs(const QJsonObject& package);

// The built-in demo contest's package (settings, units, approved bank), made exactly as
// `contestctl publish` would make it from a database filled by `contestctl demo`.
QJsonObject demoPackage();
} // namespace PackageCheck
