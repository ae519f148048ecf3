#pragma once

#include "core/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// The exam package of PUT .../package (spec/server-api.md): the contest settings, the
// units and the approved questions. Checked here first, so the server is never sent a
// package it would have to refuse or that could not draw an attempt.
class PackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PackageBuilder)
public:
    explicit PackageBuilder(Database& db) : m_db(db) {}

    // Every reason the package cannot be published (empty: it can).
    Problems problems() const;
    // Throws UserError listing problems() when there are any.
    QJsonObject build() const;

private:
    Database& m_db;
};
