#include "core/CsvReader.h"

#include <QtTest>

class TestCsvTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsCommaSeparatedWithBom();
    void readsSemicolonsAndCrlf();
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks();
    void lineNumbersCountPhysicalLines();
    void skipsBlankLinesAndTrimsUnquotedFields();
    void refusesTextThatIsNotUtf8();
    void refusesAnUnclosedQuote();
    void refusesTextAfterAClosingQuote();
    void refusesAnEmptyFile();
    void mapsColumnsInAnyOrder();
    void reportsUnknownAndMissingColumns();
};

void TestCsvTable::readsCommaSeparatedWithBom()
{
    const CsvTable t = CsvTable::parse("\xEF\xBB\xBF" "code,name\nA,Ánh\n", QStringLiteral("u.csv"));
    QCOMPARE(t.header(), QStringList({"code", "name"}));
    QCOMPARE(t.delimiter(), QLatin1Char(','));
    QCOMPARE(t.records().size(), 1);
    QCOMPARE(t.records().at(0).fields, QStringList({"A", "Ánh"}));
}

void TestCsvTable::readsSemicolonsAndCrlf()
{
    // Excel in a Vietnamese locale writes semicolons, and commas inside values.
    const CsvTable t = CsvTable::parse("code;name\r\nA;UBND xã Sơn Kỳ, huyện Sơn Hà\r\nB;b\r\n", QStringLiteral("u.csv"));
    QCOMPARE(t.delimiter(), QLatin1Char(';'));
    QCOMPARE(t.records().size(), 2);
    QCOMPARE(t.records().at(0).fields.at(1), QStringLiteral("UBND xã Sơn Kỳ, huyện Sơn Hà"));
    QCOMPARE(t.records().at(1).fields, QStringList({"B", "b"}));
}

void TestCsvTable::quotedFieldsKeepDelimitersQuotesAndLineBreaks()
{
    const CsvTable t = CsvTable::parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n", QStringLiteral("q.csv"));
    QCOMPARE(t.records().size(), 1);
    QCOMPARE(t.records().at(0).fields, QStringList({"x, y", "say \"hi\"", "two\nlines"}));
}

void TestCsvTable::lineNumbersCountPhysicalLines()
{
    const CsvTable t = CsvTable::parse("a,b\n1,\"multi\nline\"\n\n3,x\n", QStringLiteral("l.csv"));
    QCOMPARE(t.records().size(), 2);
    QCOMPARE(t.records().at(0).line, 2);
    QCOMPARE(t.records().at(1).line, 5);
}

void TestCsvTable::skipsBlankLinesAndTrimsUnquotedFields()
{
    const CsvTable t = CsvTable::parse("a,b\n\n  x , \" y \" \n,\n", QStringLiteral("t.csv"));
    QCOMPARE(t.records().size(), 1);
    QCOMPARE(t.records().at(0).fields, QStringList({"x", " y "}));
}

void TestCsvTable::refusesTextThatIsNotUtf8()
{
    // "Sơn Hà" cannot be written in Latin-1, but a Windows-1252 "Hà" can: that is the trap.
    try {
        CsvTable::parse("code,name\nA,H\xE0\n", QStringLiteral("latin1.csv"));
        QFAIL("Latin-1 text was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("latin1.csv:2")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("UTF-8")));
    }
}

void TestCsvTable::refusesAnUnclosedQuote()
{
    try {
        CsvTable::parse("a,b\n1,2\n3,\"never closed\n4,5\n", QStringLiteral("q.csv"));
        QFAIL("an unclosed quote was accepted");
    } catch (const UserError& e) {
        QVERIFY2(e.message().startsWith(QLatin1String("q.csv:3:")), qPrintable(e.message()));
    }
}

void TestCsvTable::refusesTextAfterAClosingQuote()
{
    QVERIFY_THROWS_EXCEPTION(UserError, CsvTable::parse("a,b\n\"x\"y,2\n", QStringLiteral("q.csv")));
}

void TestCsvTable::refusesAnEmptyFile()
{
    QVERIFY_THROWS_EXCEPTION(UserError, CsvTable::parse("", QStringLiteral("e.csv")));
    QVERIFY_THROWS_EXCEPTION(UserError, CsvTable::parse("\xEF\xBB\xBF\r\n\r\n", QStringLiteral("e.csv")));
}

void TestCsvTable::mapsColumnsInAnyOrder()
{
    const CsvTable t = CsvTable::parse("Name, CODE\nx,y\n", QStringLiteral("o.csv"));
    Problems problems;
    const auto map = t.mapColumns({"code", "name"}, {}, problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(map.value("code"), 1);
    QCOMPARE(map.value("name"), 0);
}

void TestCsvTable::reportsUnknownAndMissingColumns()
{
    const CsvTable t = CsvTable::parse("code,nmae,code\nx,y,z\n", QStringLiteral("o.csv"));
    Problems problems;
    t.mapColumns({"code", "name"}, {}, problems);
    QCOMPARE(problems.size(), 3); // unknown 'nmae', 'code' twice, missing 'name'
    for (const Problem& p : problems)
        QCOMPARE(p.location, QStringLiteral("o.csv:1"));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "TestCsvTable.moc"
