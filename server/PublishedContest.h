#pragma once

#include "core/Rfc3339.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A published exam package as the contestant side reads it: the window, the units, the
// blueprint and the questions with their keys. The keys stay in here: publicJson() and
// questionsJson() are what may leave the server, and neither carries them.
struct PublishedContest
{
    struct Option
    {
        QString key;
        QString text;
    };
    struct Question
    {
        QString id;
        QString topic;
        QString text;
        QList<Option> options;
        QString answer; // the key: never sent
    };
    struct Unit
    {
        QString code;
        QString name;
    };
    enum class State
    {
        Upcoming,
        Open,
        Closed
    };

    QString code;
    QString title;
    QString organizer;
    QString rules; // thể lệ, plain text (package field "rules", optional)
    QString predictionQuestion;
    Timestamp opensAt;
    Timestamp closesAt;
    int questionsPerAttempt = 30;
    int attemptsMax = 0;    // 0: unlimited
    bool showScore = false; // package field "show_score": the confirmation gives the score
    QList<QPair<QString, int>> blueprint;
    QList<Unit> units;
    QList<Question> questions;
    QHash<QString, qsizetype> questionIndex;

    static PublishedContest fromPackage(const QJsonObject& package);

    State state(qint64 nowMs) const;
    static QString stateName(State s); // "upcoming", "open", "closed"
    const Question* question(const QString& id) const;
    bool hasUnit(const QString& code) const;
    QString unitName(const QString& code) const;
    QJsonObject publicJson(qint64 nowMs) const;
    // The drawn questions as the contestant sees them: text and options, never the key.
    QJsonArray questionsJson(const QStringList& ids) const;
};
