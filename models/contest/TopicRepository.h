#pragma once

#include "Topic.h"

#include <QList>

class Database;

class TopicRepository
{
public:
    explicit TopicRepository(Database& db) : m_db(db) {}
    QList<Topic> list() const; // in display order
    QStringList codes() const;

private:
    Database& m_db;
};
