#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <stdexcept>

// One thing wrong with a user's input, with where it is (file, line, column, key)
// so the message can point the user at it.
struct Problem
{
    QString location; // e.g. "units.csv:4: column 'kind'" or "contest.json: key 'closes_at'"
    QString message;

    QString toString() const;
};
using Problems = QList<Problem>;

QString joinProblems(const Problems& problems);

// Thrown for bad input from the user: contestctl exits 1 on it.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString& message);
    explicit UserError(const Problems& problems);
    QString message() const { return m_message; }
    const Problems& problems() const { return m_problems; }

private:
    QString m_message;
    Problems m_problems;
};

// Thrown when the environment fails (database cannot be opened, is locked, server
// unreachable): contestctl exits 2 on it.
class EnvironmentError : public std::runtime_error
{
public:
    explicit EnvironmentError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};
