#pragma once

#include "Topic.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The topics of the bank and the blueprint (rules.md: topics are data, the plan's eight
// are the default set). Changes need Permission::EditSettings (the committee), are
// validated (code format, duplicates, a topic the blueprint uses is not retired) and are
// written to the audit log with the change they record.
class TopicRepository
{
    Q_DECLARE_TR_FUNCTIONS(TopicRepository)
public:
    explicit TopicRepository(Database& db) : m_db(db) {}
    QList<Topic> list() const;       // in display order, retired ones included
    QStringList codes() const;       // every topic's, retired ones included (questions keep them)
    QStringList activeCodes() const; // what a blueprint may use

    // A code is 2 to 16 capital letters, digits or '_' starting with a letter: it begins
    // every question ID ("TTHC-0012"), so no '-' and no space.
    static bool isValidCode(const QString& code);

    Topic add(const QString& code, const QString& name);
    Topic rename(const QString& code, const QString& name);
    // Refused while the contest's blueprint draws questions from it.
    Topic retire(const QString& code);

private:
    Topic require(const QString& code) const;
    QString checkedName(const QString& name, const QString& exceptCode) const;

    Database& m_db;
};
