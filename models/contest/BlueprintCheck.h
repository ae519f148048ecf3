#pragma once

#include "ContestSettings.h"

#include <QCoreApplication>
#include <QList>

class Database;

// For each topic of the blueprint: how many approved questions the bank holds against how
// many an attempt draws. The server cannot draw an attempt from a topic that has fewer
// approved questions than its count, so publishing is refused until each topic has enough.
struct BlueprintLine
{
    QString topic;
    QString topicName;
    int drawn = 0;     // per attempt, from the blueprint
    int approved = 0;  // approved questions of this topic in the bank
    int inBank = 0;    // all questions of this topic not retired
    bool enough() const { return approved >= drawn; }
};

class BlueprintCheck
{
    Q_DECLARE_TR_FUNCTIONS(BlueprintCheck)
public:
    static QList<BlueprintLine> check(Database& db, const ContestSettings& settings);
    static bool covers(const QList<BlueprintLine>& lines);
    // One problem per topic short of approved questions (empty when publishable).
    static Problems problems(const QList<BlueprintLine>& lines);
};
