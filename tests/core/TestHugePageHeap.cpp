#include "core/HugePageHeap.h"

#include <QtTest>

// When a process starts itself again with glibc's heap on huge pages (core/HugePageHeap.h):
// only when the kernel offers them, once, and never against the user's own setting.
class TestHugePageHeap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restartsOnceWhereHugePagesAreOffered();
    void keepsWhatTheUserSet();
};

void TestHugePageHeap::restartsOnceWhereHugePagesAreOffered()
{
    using HugePageHeap::restartTunables;
    QCOMPARE(restartTunables(nullptr, "always [madvise] never\n"), "glibc.malloc.hugetlb=1");
    QCOMPARE(restartTunables(nullptr, "[always] madvise never\n"), "glibc.malloc.hugetlb=1");
    QCOMPARE(restartTunables("", "always [madvise] never\n"), "glibc.malloc.hugetlb=1");
    // Not offered, or no such file: nothing to gain.
    QCOMPARE(restartTunables(nullptr, "always madvise [never]\n"), "");
    QCOMPARE(restartTunables(nullptr, ""), "");
    // The restarted process finds the setting and goes on: no second restart.
    QCOMPARE(restartTunables("glibc.malloc.hugetlb=1", "always [madvise] never\n"), "");
}

void TestHugePageHeap::keepsWhatTheUserSet()
{
    using HugePageHeap::restartTunables;
    QCOMPARE(restartTunables("glibc.malloc.hugetlb=0", "always [madvise] never\n"), "");
    QCOMPARE(restartTunables("glibc.malloc.arena_max=2", "always [madvise] never\n"),
             "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
}

QTEST_GUILESS_MAIN(TestHugePageHeap)
#include "TestHugePageHeap.moc"
