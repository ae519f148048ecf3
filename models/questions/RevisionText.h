#pragma once

#include "Question.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// A question's history as its author reads it (issue 14): the stored action ("status:
// approved", "import: bank.gift") and the names and values of the changed fields
// ("status", "approved") in the reader's language. What is stored does not change.
class RevisionText
{
    Q_DECLARE_TR_FUNCTIONS(RevisionText)
public:
    static QString statusLabel(Question::Status status);
    static QString difficultyLabel(Question::Difficulty difficulty);
    static QString action(const QString& stored);
    static QString field(const QString& key);
    // One stored value of `key` as text ("approved" -> "Đã duyệt", options one per line).
    static QString value(const QString& key, const QJsonValue& v);
};
