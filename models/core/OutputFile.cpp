#include "OutputFile.h"

#include "Problem.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

qint64& byteLimit()
{
    static qint64 limit = qEnvironmentVariableIsSet(OutputFile::byteLimitVariable)
                              ? qEnvironmentVariable(OutputFile::byteLimitVariable).toLongLong()
                              : -1;
    return limit;
}

// A QSaveFile that remembers the first failed write: QPdfWriter, QImage and QTextStream
// do not look at what write() returns, and Qt's own record of it is private.
class CheckedSaveFile : public QSaveFile
{
public:
    CheckedSaveFile(const QString& path, qint64 limit) : QSaveFile(path), m_limit(limit) {}
    QString failure;

    // Everything written reached the disk: the buffer flushed and synced, no write failed.
    bool settle()
    {
        if (failure.isEmpty() && !flush())
            failure = whyShort();
#ifdef Q_OS_UNIX
        // EINVAL: a file that cannot be synced (a pipe): nothing to wait for.
        if (failure.isEmpty() && ::fsync(handle()) != 0 && errno != EINVAL)
            failure = qt_error_string(errno);
#endif
        return failure.isEmpty();
    }

protected:
    // Why a write fell short. Qt records no reason when the system wrote part of it (its
    // message is then "Unknown error"); one more byte at the same place gets the reason
    // (ENOSPC, EFBIG, EDQUOT), and this file is discarded anyway.
    QString whyShort()
    {
#ifdef Q_OS_UNIX
        const char probe = 0;
        if (handle() >= 0 && ::write(handle(), &probe, 1) < 0)
            return qt_error_string(errno);
#endif
        return errorString();
    }

    qint64 writeData(const char* data, qint64 len) override
    {
        if (!failure.isEmpty())
            return -1;
        if (m_limit >= 0 && m_written + len > m_limit) {
            failure = qt_error_string(ENOSPC);
            return -1;
        }
        const qint64 written = QSaveFile::writeData(data, len);
        if (written != len) {
            failure = whyShort();
            return -1;
        }
        m_written += written;
        return written;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

[[noreturn]] void cannotWrite(const QString& path, const QString& why)
{
    throw EnvironmentError(OutputFile::tr("%1: cannot write: %2; nothing was written")
                               .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

void OutputFile::setByteLimitForTesting(qint64 bytes)
{
    byteLimit() = bytes;
}

bool OutputFile::write(const QString& path, const std::function<bool(QIODevice&)>& produce)
{
    CheckedSaveFile file(path, byteLimit());
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    // An exception from `produce` leaves through here: ~QSaveFile removes the temporary.
    if (!produce(file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.settle()) {
        file.cancelWriting();
        file.commit(); // removes the temporary
        cannotWrite(path, file.failure);
    }
    if (!file.commit())
        cannotWrite(path, file.errorString());
    return true;
}

void OutputFile::write(const QString& path, const QByteArray& data)
{
    write(path, [&](QIODevice& device) {
        device.write(data);
        return true;
    });
}

void OutputFile::writeVia(const QString& path,
                          const std::function<void(const QString& temporaryPath)>& produce)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        cannotWrite(path, temporary.errorString());
    temporary.close(); // kept by name until `temporary` goes
    produce(temporary.fileName());
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        cannotWrite(path, written.errorString());
    write(path, written.readAll());
}
