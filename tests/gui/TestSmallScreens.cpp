#include "DemoCommittee.h"
#include "EveryDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "storage/ContestDatabase.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace {
// A small laptop's screen less a panel and a title bar: what a window may really use.
const QSize kSmallest(1024, 600 - 48);
const QSize kCommon(1366, 768 - 48);

bool fits(const QSize& s, const QSize& screen)
{
    return s.width() <= screen.width() && s.height() <= screen.height();
}

QString sizeText(const QSize& s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

// Every button of `w` lies inside it, once it has the size it would get on `screen`.
QStringList buttonsOutside(QWidget* w)
{
    QStringList out;
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(w) || qobject_cast<QDialogButtonBox*>(b->parentWidget()) == nullptr)
            continue;
        const QRect r(b->mapTo(w, QPoint(0, 0)), b->size());
        if (!w->rect().contains(r))
            out << b->text();
    }
    return out;
}
} // namespace

// Issue 14, small screens: on 1024×600 (small laptops in district offices) and 1366×768
// the main window and every dialog fit, their buttons visible; content scrolls instead.
// Screenshots of both sizes go to CONTEST_SCREENSHOT_DIR when it is set (docs/images).
class TestSmallScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowFitsEveryArea_data();
    void mainWindowFitsEveryArea();
    void everyDialogFitsWithItsButtons();

private:
    void shoot(QWidget* w, const QString& name);
    std::unique_ptr<TestDatabase> m_t;
    QPointer<MainWindow> m_window;
};

void TestSmallScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSmallScreens"));
    QSettings().clear();
    // Vietnamese: its labels are the longer ones.
    Language::apply(Language::vietnamese());
    m_t = std::make_unique<TestDatabase>();
    DemoCommittee::populate(m_t->db(), 300, false);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_t->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSmallScreens::cleanupTestCase()
{
    delete m_window;
    Session::end();
    m_t.reset();
}

void TestSmallScreens::shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONTEST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestSmallScreens::mainWindowFitsEveryArea_data()
{
    QTest::addColumn<int>("area");
    QTest::addColumn<QSize>("screen");
    for (const QSize& screen : {kSmallest, kCommon})
        for (int i = 0; i < MainWindow::areaCount; ++i)
            QTest::addRow("%d on %dx%d", i, screen.width(), screen.height() + 48) << i << screen;
}

void TestSmallScreens::mainWindowFitsEveryArea()
{
    QFETCH(int, area);
    QFETCH(QSize, screen);
    m_window->showArea(static_cast<MainWindow::Area>(area));
    QCoreApplication::processEvents();
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    if (!fits(minimum, screen)) {
        // Which page, and which of its parts, asks for more than the screen has.
        QStringList big;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
            if (!w->isWindow() &&
                (m.width() > screen.width() - 220 || m.height() > screen.height() - 120))
                big << QStringLiteral("%1#%2 %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                sizeText(m));
        }
        QFAIL(qPrintable(QStringLiteral("needs at least %1: %2")
                             .arg(sizeText(minimum), big.join(QStringLiteral("; ")))));
    }
    m_window->resize(screen);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), screen);
    static const char* const names[] = {"contest",  "questions",  "submissions", "results",
                                        "printing", "statistics", "server"};
    shoot(m_window, QStringLiteral("main-%1x%2-%3")
                        .arg(screen.width())
                        .arg(screen.height() + 48)
                        .arg(QLatin1String(names[area])));
}

void TestSmallScreens::everyDialogFitsWithItsButtons()
{
    Database& db = m_t->db();
    const Results withTie = ResultsService(db).computeLive();
    QVERIFY(!withTie.unresolvedTies.isEmpty());
    QStringList problems;
    for (const auto& [name, make] : EveryDialog::list(db, withTie)) {
        QDialog* dialog = make();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        if (!fits(minimum, kSmallest))
            problems << QStringLiteral("%1 needs at least %2").arg(name, sizeText(minimum));
        // Opened at its preferred size, bounded by the screen, as a window manager does.
        dialog->resize(dialog->sizeHint().boundedTo(kSmallest).expandedTo(minimum));
        QCoreApplication::processEvents();
        const QStringList outside = buttonsOutside(dialog);
        if (!outside.isEmpty())
            problems << QStringLiteral("%1: buttons outside: %2").arg(name, outside.join(", "));
        shoot(dialog, QStringLiteral("dialog-1024x600-") +
                          name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        dialog->reject();
        delete dialog;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSmallScreens)
#include "TestSmallScreens.moc"
