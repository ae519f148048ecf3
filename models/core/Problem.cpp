#include "Problem.h"

QString Problem::toString() const
{
    return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
}

QString joinProblems(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

UserError::UserError(const QString& message)
    : std::runtime_error(message.toStdString()), m_message(message)
{
}

UserError::UserError(const Problems& problems)
    : std::runtime_error(joinProblems(problems).toStdString()), m_message(joinProblems(problems)),
      m_problems(problems)
{
}

EnvironmentError::EnvironmentError(const QString& message)
    : std::runtime_error(message.toStdString()), m_message(message)
{
}
