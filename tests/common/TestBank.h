#pragma once

#include "storage/Database.h"

#include <QString>

// A small answer key in the bank for tests that grade: questions Q0001..Qnnnn of topic
// TTHC with options A-D, the correct one B (written with plain SQL so that tests of
// grading do not depend on the bank's editing code).
inline void addTestQuestions(Database& db, int count, const QString& correct = QStringLiteral("B"))
{
    db.transaction([&] {
        for (int i = 1; i <= count; ++i) {
            const QString id = QStringLiteral("Q%1").arg(i, 4, 10, QLatin1Char('0'));
            db.exec(QStringLiteral("INSERT INTO questions (id, topic, text, correct_key, status, created_at, updated_at) "
                                   "VALUES (?, 'TTHC', ?, ?, 'approved', '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z')"),
                    {id, QStringLiteral("Câu hỏi %1").arg(i), correct});
            for (const char* key : {"A", "B", "C", "D"}) {
                db.exec(QStringLiteral("INSERT INTO question_options (question_id, option_key, text) VALUES (?, ?, ?)"),
                        {id, QString::fromLatin1(key), QStringLiteral("Phương án %1").arg(QLatin1String(key))});
            }
        }
    });
}
