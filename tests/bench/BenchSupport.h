#pragma once

// What the benchmarks share: the build type printed first, CPU time, the load average,
// and the sqlite3 shell run on a script as a floor, timed.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <sys/resource.h>

// Every benchmark says first how it was built: a Debug build's figures say little about
// the suite's speed. CONTEST_BUILD_TYPE comes from tests/bench/CMakeLists.txt.
inline void printBuildType()
{
    const char* type = CONTEST_BUILD_TYPE;
    std::printf("build type: %s%s\n", *type ? type : "(none)",
                std::strcmp(type, "Release") == 0 || std::strcmp(type, "RelWithDebInfo") == 0
                    ? ""
                    : " (not optimised: these figures do not measure the suite)");
    std::fflush(stdout);
}

// CPU seconds of this process (or of its finished children): on a shared, loaded machine
// wall time mostly measures the neighbours, CPU time measures the work.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed())
                                       : QStringLiteral("?");
}

struct TimedRun
{
    bool ok = false;
    double seconds = 0; // wall
    double cpu = 0;     // the child's
};

// `script` written to `dir`/`scriptName`, then `sqlite3 -init SCRIPT DATABASE .quit` in
// `dir`, timed.
inline TimedRun runSqlite3(const QString& dir, const QString& scriptName, const QByteArray& script,
                           const QString& database)
{
    TimedRun r;
    QFile file(dir + QLatin1Char('/') + scriptName);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size())
        return r;
    file.close();
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-init"), scriptName, database, QStringLiteral(".quit")});
    r.ok = p.waitForFinished(-1) && p.exitCode() == 0;
    r.seconds = clock.elapsed() / 1000.0;
    r.cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    if (!r.ok)
        std::fprintf(stderr, "sqlite3 %s failed\n", qPrintable(scriptName));
    return r;
}
