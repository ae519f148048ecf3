#include "ContestArea.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "TopicsPage.h"
#include "audit/AuditLog.h"
#include "contest/TopicRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

// Issue 17, item 6: the committee manages topics in the Contest area; the page shows the
// repository's refusals (bad code, a topic of the blueprint) and changes nothing then.
class TestTopicsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addRenameAndRetireFromTheContestArea()
    {
        TestDatabase t;
        ContestArea area(t.db());
        TopicsPage* page = area.topicsPage();
        QVERIFY(page);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("topicsTableWidget"));
        auto* code = page->findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        auto* result = page->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QCOMPARE(table->rowCount(), 8);

        // A code that cannot begin question IDs is refused with the field named.
        code->setText(QStringLiteral("môi-trường"));
        name->setText(QStringLiteral("Môi trường"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page->findChild<QPushButton*>(QStringLiteral("addButton"))->click();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("field 'code'")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(table->rowCount(), 8);

        code->setText(QStringLiteral("MOITRUONG"));
        QSignalSpy changed(&area, &ContestArea::contestChanged);
        page->findChild<QPushButton*>(QStringLiteral("addButton"))->click();
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(changed.count(), 1);
        QVERIFY(result->text().contains(QLatin1String("MOITRUONG")));

        table->selectRow(8);
        name->setText(QStringLiteral("Môi trường và khí hậu"));
        page->findChild<QPushButton*>(QStringLiteral("renameButton"))->click();
        QCOMPARE(table->item(8, 1)->text(), QStringLiteral("Môi trường và khí hậu"));

        // TTHC is in the blueprint: refused, naming it.
        table->selectRow(1);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("TTHC"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page->findChild<QPushButton*>(QStringLiteral("retireButton"))->click();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("TTHC")) &&
                     MessageBox::lastText().contains(QLatin1String("blueprint")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!TopicRepository(t.db()).list().at(1).retired);

        table->selectRow(8);
        page->findChild<QPushButton*>(QStringLiteral("retireButton"))->click();
        QVERIFY(TopicRepository(t.db()).list().at(8).retired);
        QVERIFY(!TopicRepository(t.db()).activeCodes().contains(QStringLiteral("MOITRUONG")));

        QStringList actions;
        for (const AuditEntry& e : AuditLog(t.db()).entries())
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("topic.add"), QStringLiteral("topic.rename"),
                                       QStringLiteral("topic.retire")}));
    }
};

QTEST_MAIN(TestTopicsPage)
#include "TestTopicsPage.moc"
