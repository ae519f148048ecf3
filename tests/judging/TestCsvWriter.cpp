#include "core/CsvWriter.h"
#include "core/Duration.h"

#include <QtTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesBomQuotesAndCrlf()
    {
        CsvWriter w;
        w.addRow({"a", "Sơn Hà, Quảng Ngãi", "say \"hi\"", "two\nlines"});
        QCOMPARE(w.data(), QByteArray("\xEF\xBB\xBF" "a,\"Sơn Hà, Quảng Ngãi\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    }
    void neutralisesFormulas()
    {
        QCOMPARE(CsvWriter::neutralise("=HYPERLINK(\"x\")"), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(CsvWriter::neutralise("+84 905"), QStringLiteral("'+84 905"));
        QCOMPARE(CsvWriter::neutralise("-1"), QStringLiteral("'-1"));
        QCOMPARE(CsvWriter::neutralise("@SUM(A1)"), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::neutralise("Nguyễn"), QStringLiteral("Nguyễn"));
    }
    void formatsDurations()
    {
        QCOMPARE(Duration::format(254350), QStringLiteral("04:14.350"));
        QCOMPARE(Duration::format(0), QStringLiteral("00:00.000"));
        QCOMPARE(Duration::format(3723004), QStringLiteral("62:03.004"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
