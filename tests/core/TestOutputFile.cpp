#include "core/OutputFile.h"
#include "core/Problem.h"
#include "printing/CertificateTemplate.h"
#include "printing/CertificateTemplateRepository.h"
#include "questions/QuestionExporter.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

// Issue 13: on a full disk, small outputs (a CSV, a template, an Aiken export) printed
// success and left an empty file; others failed but left one. Every output goes through
// OutputFile: whole or nothing, and an EnvironmentError naming the file.
class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesWholeAndReplacesThePreviousVersion();
    void aFullDiskLeavesNothing_data();
    void aFullDiskLeavesNothing();
    void smallExportsFailOnAFullDisk_data();
    void smallExportsFailOnAFullDisk();
    void theTestHookFailsEveryWriter();
    void aCancelledOrFailedProducerLeavesNothing();
    void aLibraryWritingToAPathGoesThroughATemporary();

private:
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// A real write failure without root or a small file system: RLIMIT_FSIZE makes every
// write past `bytes` of a file fail (EFBIG), as a full disk fails (ENOSPC).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of the process dying
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

void TestOutputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    OutputFile::setByteLimitForTesting(-1);
}

void TestOutputFile::cleanup()
{
    OutputFile::setByteLimitForTesting(-1);
    m_dir.reset();
}

void TestOutputFile::writesWholeAndReplacesThePreviousVersion()
{
    const QString path = m_dir->filePath(QStringLiteral("list.csv"));
    OutputFile::write(path, "first\n");
    OutputFile::write(path, "second\n");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second\n"));
    QCOMPARE(entries(), QStringList{QStringLiteral("list.csv")});
}

void TestOutputFile::aFullDiskLeavesNothing_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small: all of it in Qt's buffer until the last flush") << 300;
    QTest::newRow("large: written as it comes") << 300000;
}

void TestOutputFile::aFullDiskLeavesNothing()
{
    QFETCH(int, size);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    const QString kept = m_dir->filePath(QStringLiteral("kept.csv"));
    OutputFile::write(kept, "previous version\n");
    for (const QString& target : {path, kept}) {
        try {
            const FileSizeLimit limit(100);
            OutputFile::write(target, QByteArray(size, 'x'));
            QFAIL("a failed write was reported as a success");
        } catch (const EnvironmentError& e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(target)),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(entries(), QStringList{QStringLiteral("kept.csv")}); // no empty or temporary file
    QFile f(kept);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous version\n"));
}

void TestOutputFile::smallExportsFailOnAFullDisk_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("print template export") << QStringLiteral("template");
    QTest::newRow("questions export, Aiken") << QStringLiteral("aiken");
}

// What issue 13 saw: these printed success and left a 0-byte file.
void TestOutputFile::smallExportsFailOnAFullDisk()
{
    QFETCH(QString, kind);
    const QString path = m_dir->filePath(QStringLiteral("export.txt"));
    Question q;
    q.id = QStringLiteral("TTHC-0001");
    q.topic = QStringLiteral("TTHC");
    q.text = QStringLiteral("Thủ tục nào được giải quyết trực tuyến?");
    q.options = {{QStringLiteral("A"), QStringLiteral("Tất cả")},
                 {QStringLiteral("B"), QStringLiteral("Không có")}};
    q.correctKey = QStringLiteral("A");
    const FileSizeLimit limit(10);
    if (kind == QLatin1String("template")) {
        QVERIFY_THROWS_EXCEPTION(
            EnvironmentError,
            CertificateTemplateRepository::exportFile(
                CertificateTemplate::defaults(QStringLiteral("certificate")), path));
    } else {
        QVERIFY_THROWS_EXCEPTION(EnvironmentError,
                                 QuestionExporter::writeFile(path, {q}, QuestionFormat::Aiken));
    }
    QCOMPARE(entries(), QStringList());
}

void TestOutputFile::theTestHookFailsEveryWriter()
{
    OutputFile::setByteLimitForTesting(1000);
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY_THROWS_EXCEPTION(EnvironmentError, OutputFile::write(pdf, [](QIODevice& device) {
                                 QPdfWriter writer(&device);
                                 QPainter painter(&writer);
                                 painter.drawText(100, 100, QStringLiteral("Báo cáo"));
                                 return true;
                             }));
    OutputFile::write(m_dir->filePath(QStringLiteral("small.csv")), "a;b\n"); // under the limit
    QCOMPARE(entries(), QStringList{QStringLiteral("small.csv")});
}

void TestOutputFile::aCancelledOrFailedProducerLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("certificates.pdf"));
    QVERIFY(!OutputFile::write(path, [](QIODevice& device) {
        device.write("half a PDF");
        return false; // cancelled
    }));
    QVERIFY_THROWS_EXCEPTION(UserError, OutputFile::write(path, [](QIODevice& device) -> bool {
                                 device.write("half a PDF");
                                 throw UserError(QStringLiteral("stopped"));
                             }));
    QCOMPARE(entries(), QStringList());
}

void TestOutputFile::aLibraryWritingToAPathGoesThroughATemporary()
{
    const QString path = m_dir->filePath(QStringLiteral("list.xlsx"));
    QString used;
    OutputFile::writeVia(path, [&](const QString& temporary) {
        used = temporary;
        QFile f(temporary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("workbook");
    });
    QCOMPARE(QFileInfo(used).absolutePath(), QFileInfo(path).absolutePath()); // same folder
    QCOMPARE(entries(), QStringList{QStringLiteral("list.xlsx")});
    QVERIFY_THROWS_EXCEPTION(
        EnvironmentError,
        OutputFile::writeVia(m_dir->filePath(QStringLiteral("b.xlsx")), [](const QString&) {
            throw EnvironmentError(QStringLiteral("cannot write"));
        }));
    OutputFile::setByteLimitForTesting(3);
    QVERIFY_THROWS_EXCEPTION(EnvironmentError,
                             OutputFile::writeVia(path, [&](const QString& temporary) {
                                 QFile f(temporary);
                                 QVERIFY(f.open(QIODevice::WriteOnly));
                                 f.write("another workbook");
                             }));
    QCOMPARE(entries(), QStringList{QStringLiteral("list.xlsx")});
}

QTEST_MAIN(TestOutputFile)
#include "TestOutputFile.moc"
