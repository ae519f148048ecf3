#pragma once

#include "questions/Question.h"

#include <QCoreApplication>

class Database;
class QWidget;

// Import and export of the bank from the desktop: the file through FileDialog, the import
// shown in a preview (with near-duplicate warnings) before anything is written.
class QuestionTransfer
{
    Q_DECLARE_TR_FUNCTIONS(QuestionTransfer)
public:
    // Returns a line for the area's result label; empty when nothing happened.
    static QString importFile(Database& db, const QString& user, const QList<Question>& bank,
                              QWidget* parent);
    static QString exportFile(const QList<Question>& bank, QWidget* parent);

    // "TTHC-0003 (line 12) is 91% like TTHC-0001" for each new or changed question of the
    // plan that is very like a question of the bank.
    static QStringList nearDuplicateWarnings(const QList<Question>& incoming,
                                             const QList<int>& lines, const QList<Question>& bank);
};
