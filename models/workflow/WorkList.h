#pragma once

#include "accounts/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What waits for the person logged in (issue 14): a short "Việc cần làm" list, each item
// naming the step and the area where it is done, and the area each role lands in after
// logging in. Read from the stored data only: the contest's window, the questions'
// review states, the submissions, the ties the judges have not decided and the lock.
class WorkList
{
    Q_DECLARE_TR_FUNCTIONS(WorkList)
public:
    // The main window's areas, in the order of its navigation list (MainWindow::Area).
    enum class Area
    {
        Contest,
        QuestionBank,
        Submissions,
        Results,
        Printing,
        Statistics,
        OnlineServer
    };
    struct Item
    {
        QString text;
        Area area = Area::Contest;
    };

    static Area landing(Role role);
    // Setup mode (no accounts) counts as the committee. Never empty: when nothing waits,
    // one item says so.
    static QList<Item> forRole(Database& db, Role role);

    // The facts the items are made of, read once.
    struct State
    {
        int draftQuestions = 0;
        int reviewedQuestions = 0;
        int approvedQuestions = 0;
        qint64 submissions = 0;
        bool windowClosed = false;
        bool locked = false;
        int undecidedTies = 0;
        int certificates = 0; // from the locked results
        int prizes = 0;
    };
    static State read(Database& db);
    static QList<Item> items(const State& state, Role role);
};
