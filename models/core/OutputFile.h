#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// Every file the suite writes for people (CSV, XLSX, PDF, PNG, JSON, exports, templates,
// reports, certificates) goes through here, so each is written whole or not at all: the
// bytes go to a temporary file beside the target (QSaveFile), every write, the last flush
// and the sync to disk are checked, and only then is the temporary renamed over the
// target. On any failure (a full disk, a quota, a missing folder) the temporary is removed,
// the target is left as it was (absent, or its previous version) and an EnvironmentError
// names the file: contestctl exits 2 on it.
//
// Why not QSaveFile alone: Qt 6.4's QSaveFile::commit() ignores a failure of the flush it
// makes, so a small file whose bytes all sat in the buffer (a CSV, a template) "succeeded"
// on a full disk and left an empty file under the name (issue 13).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    static void write(const QString& path, const QByteArray& data);
    // `produce` writes into the device; false from it cancels: nothing is written and
    // write() returns false.
    static bool write(const QString& path, const std::function<bool(QIODevice&)>& produce);
    // For a library that writes only to a path it is given (libxlsxwriter): `produce`
    // writes a temporary file in the target's folder, whose bytes then go to `path` as
    // above. The temporary is removed whatever happens.
    static void writeVia(const QString& path,
                         const std::function<void(const QString& temporaryPath)>& produce);

    // Test hook: every output fails as on a full disk once it has written this many bytes
    // (-1: never). Also set from the environment variable named by byteLimitVariable, so
    // that a test can check each contestctl command's full-disk behaviour from outside.
    static void setByteLimitForTesting(qint64 bytes);
    static constexpr const char* byteLimitVariable = "CONTEST_TEST_OUTPUT_BYTE_LIMIT";
};
