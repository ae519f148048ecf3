#include "printing/PrintFonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QRawFont>
#include <QtTest>

// A certificate with a missing glyph would print a box in someone's name: prove the
// embedded font has every Vietnamese letter with every tone mark, in every style.
class TestPrintFonts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embeddedFontLoads();
    void everyVietnameseLetterHasAGlyph_data();
    void everyVietnameseLetterHasAGlyph();
    void textIsNormalisedToNfc();

private:
    static QStringList vietnameseLetters();
};

QStringList TestPrintFonts::vietnameseLetters()
{
    // The 12 vowels (a ă â e ê i o ô ơ u ư y) with no mark and the five tone marks
    // (huyền, sắc, hỏi, ngã, nặng), the consonants, đ; upper and lower case.
    const QString vowels = QStringLiteral("aăâeêioôơuưy");
    const QList<QChar> tones = {QChar(0x0300), QChar(0x0301), QChar(0x0309), QChar(0x0303),
                                QChar(0x0323)};
    QStringList letters;
    for (QChar v : vowels) {
        letters << QString(v);
        for (QChar t : tones)
            letters << QString(QString(v) + t).normalized(QString::NormalizationForm_C);
    }
    for (QChar c : QStringLiteral("bcdđghklmnpqrstvx"))
        letters << QString(c);
    const QStringList lower = letters;
    for (const QString& l : lower)
        letters << l.toUpper();
    return letters;
}

void TestPrintFonts::embeddedFontLoads()
{
    // A name of its own: a system "Liberation Serif" (fonts-liberation 1.x, without
    // Vietnamese in bold) must not stand in for the embedded files.
    const QStringList systemFamilies = QFontDatabase::families();
    QCOMPARE(PrintFonts::family(), QStringLiteral("LiberationSerif2"));
    QVERIFY(!systemFamilies.contains(PrintFonts::family()));
    for (bool bold : {false, true}) {
        const QFontInfo info(PrintFonts::font(12, bold));
        QCOMPARE(info.family(), QStringLiteral("LiberationSerif2"));
        QCOMPARE(info.bold(), bold);
    }
}

void TestPrintFonts::everyVietnameseLetterHasAGlyph_data()
{
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("italic");
    QTest::newRow("regular") << false << false;
    QTest::newRow("bold") << true << false;
    QTest::newRow("italic") << false << true;
    QTest::newRow("bold italic") << true << true;
}

void TestPrintFonts::everyVietnameseLetterHasAGlyph()
{
    QFETCH(bool, bold);
    QFETCH(bool, italic);
    const QFont font = PrintFonts::font(14, bold, italic);
    const QRawFont raw = QRawFont::fromFont(font);
    QVERIFY(raw.isValid());
    const QFontMetrics metrics(font);
    const QStringList letters = vietnameseLetters();
    QCOMPARE(letters.size(), (12 * 6 + 17) * 2);
    for (const QString& letter : letters) {
        // Precomposed: one code point the font must map itself (no fallback font).
        QCOMPARE(letter.size(), 1);
        QVERIFY2(raw.supportsCharacter(letter.at(0)),
                 qPrintable(QStringLiteral("no glyph for %1").arg(letter)));
        QVERIFY2(metrics.inFont(letter.at(0)), qPrintable(letter));
    }
}

void TestPrintFonts::textIsNormalisedToNfc()
{
    const QString decomposed = QStringLiteral("Nguye\u0302\u0303n Thi\u0323 A\u0301nh");
    QCOMPARE(PrintFonts::text(decomposed), QStringLiteral("Nguyễn Thị Ánh"));
}

QTEST_MAIN(TestPrintFonts)
#include "TestPrintFonts.moc"
