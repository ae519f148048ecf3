#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Who last changed something and when, for the message that refuses a save over someone
// else's change ("Trần Thị B, 28/11/2026 20:41"). Empty parts when unknown.
struct LastChange
{
    Q_DECLARE_TR_FUNCTIONS(LastChange)
public:
    QString who;
    QString at; // RFC 3339 as stored

    static LastChange ofSettings(Database& db);
    static LastChange ofQuestion(Database& db, const QString& questionId);

    // "X, dd/MM/yyyy HH:mm" (local time), either part alone, or empty when unknown.
    QString describe() const;

    // The whole refusal: what changed, by whom and when, and what to do.
    static QString refusal(const QString& what, const LastChange& change);
};
