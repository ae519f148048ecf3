#pragma once

#include "CtlContext.h"

#include <QList>

// The command table, one function per area so each file stays small; allCommands() joins
// them (CommandTable.cpp, beside who may run each one).
QList<CtlCommand> allCommands();
QList<CtlCommand> contestCommands(); // init, contest set/show, demo
QList<CtlCommand> unitCommands();    // units import/list, exclusions import/list
QList<CtlCommand> questionCommands(); // questions import/export/list/approve
QList<CtlCommand> submissionCommands(); // submissions import
QList<CtlCommand> auditCommands();      // audit verify/list
QList<CtlCommand> resultsCommands();    // results, results lock/unlock, ties
QList<CtlCommand> syncCommands();       // publish, sync (the online server)
QList<CtlCommand> printCommands();      // print certificates/award-list/template, verify
QList<CtlCommand> userCommands();       // users add/list/passwd/role/disable/enable/unlock
QList<CtlCommand> reportCommands();     // report progress/units (statistics)
QList<CtlCommand> backupCommands();
QList<CtlCommand> integrityCommands(); // integrity (the judges' cases)
QList<CtlCommand> topicCommands();     // topics list/add/rename/retire
