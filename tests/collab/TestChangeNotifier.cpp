#include "TestBank.h"
#include "TestDatabase.h"
#include "collab/ChangeNotifier.h"
#include "contest/ContestRepository.h"

#include <QSignalSpy>

// What the second window hears of the first: another connection's commit is reported
// (pushed by NOTIFY on PostgreSQL, found by data_version on SQLite); its own is not.
class TestChangeNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void anotherConnectionsCommitIsReported();
    void ownCommitsAndReadsAreNotReported();
    void aRolledBackTransactionIsNotReported();

private:
    // Waits until `spy` has `count` signals: on SQLite by checking, as the window does on
    // its timer; on PostgreSQL by letting the notice arrive.
    bool reported(ChangeNotifier& notifier, QSignalSpy& spy, int count);
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<Database> m_window;
};

void TestChangeNotifier::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_window = Database::open(m_t->location());
}

void TestChangeNotifier::cleanup()
{
    m_window.reset();
    m_t.reset();
}

bool TestChangeNotifier::reported(ChangeNotifier& notifier, QSignalSpy& spy, int count)
{
    if (notifier.pushed()) {
        while (spy.count() < count && spy.wait(10000)) {
        }
        return spy.count() == count;
    }
    notifier.check();
    return spy.count() == count;
}

void TestChangeNotifier::anotherConnectionsCommitIsReported()
{
    ChangeNotifier notifier(*m_window);
    notifier.setPollInterval(0);
    QCOMPARE(notifier.pushed(), TestEngine::onPostgres());
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    QVERIFY(!notifier.check());
    ContestRepository(m_t->db()).save(ContestSettings::defaults());
    QVERIFY(reported(notifier, spy, 1));
    addTestQuestions(m_t->db(), 2);
    QVERIFY(reported(notifier, spy, 2));
}

void TestChangeNotifier::ownCommitsAndReadsAreNotReported()
{
    ChangeNotifier notifier(*m_window);
    notifier.setPollInterval(0);
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    ContestRepository(*m_window).save(ContestSettings::defaults());      // the window's own save
    m_t->db().transaction([&] { ContestRepository(m_t->db()).load(); }); // a read elsewhere
    // Then a real change elsewhere: it is the only one reported (on PostgreSQL the notices
    // arrive in order, so an unwanted earlier one would be counted first).
    addTestQuestions(m_t->db(), 1);
    QVERIFY(reported(notifier, spy, 1));
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

void TestChangeNotifier::aRolledBackTransactionIsNotReported()
{
    ChangeNotifier notifier(*m_window);
    notifier.setPollInterval(0);
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    try {
        m_t->db().transaction([&] {
            addTestQuestions(m_t->db(), 1);
            throw std::runtime_error("cancelled");
        });
    } catch (const std::runtime_error&) {
    }
    ContestRepository(m_t->db()).save(ContestSettings::defaults());
    QVERIFY(reported(notifier, spy, 1));
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "TestChangeNotifier.moc"
