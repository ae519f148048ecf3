#include "PasswordPrompt.h"

#include "core/Problem.h"

#include <QCoreApplication>

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Turns terminal echo off for its lifetime, and back on however the read ends.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        tcgetattr(STDIN_FILENO, &m_saved);
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

QString ask(const QString& prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    std::string line;
    {
        EchoOff quiet;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            line.push_back(static_cast<char>(c));
    }
    err << '\n';
    err.flush();
    QString text = QString::fromLocal8Bit(line.c_str());
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

namespace PasswordPrompt {

QString obtain(const char* envName, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    if (!stdinIsTerminal()) {
        throw UserError(
            QStringLiteral(
                "a password is needed: set %1 or run contestctl on a terminal to be asked")
                .arg(QString::fromLatin1(envName)));
    }
    const QString first = ask(prompt);
    if (confirm && ask(QStringLiteral("Again: ")) != first)
        throw UserError(QCoreApplication::translate("PasswordPrompt", "the two passwords differ; nothing was changed"));
    return first;
}

} // namespace PasswordPrompt
