#pragma once

#include "ContestSettings.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON form of the settings, as `contestctl contest set` reads and `contest show`
// writes it (spec/contestctl.md).
namespace ContestSettingsJson {
QJsonObject toJson(const ContestSettings& settings);
QByteArray toBytes(const ContestSettings& settings); // indented, UTF-8

// Reads `data` over `base`: keys present replace base's values (nested objects key by
// key), keys absent keep them. Throws UserError listing every problem (bad JSON with
// line and column, unknown key, wrong type, and ContestSettings::validate()'s).
ContestSettings fromBytes(const QByteArray& data, const QString& fileName, const ContestSettings& base);
ContestSettings fromJson(const QJsonObject& object, const QString& fileName, const ContestSettings& base);
} // namespace ContestSettingsJson
