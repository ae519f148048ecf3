#include "OwnerOnlyFile.h"

#include <QFile>

#ifndef Q_OS_WIN
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace OwnerOnlyFile {

bool createEmpty(const QString& path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    return file.open(QIODevice::NewOnly | QIODevice::WriteOnly);
#else
    // O_EXCL: never truncate or re-mode a file someone else created meanwhile. The mode
    // is given at creation, so there is no moment in which the file is readable by others.
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                    S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#endif
}

bool tighten(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return false;
#else
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return false;
    // Only the owner (or root) may change the mode; a shared file of another user is left
    // as it is rather than failing the open.
    return ::chmod(native.constData(), st.st_mode & S_IRWXU) == 0;
#endif
}

} // namespace OwnerOnlyFile
