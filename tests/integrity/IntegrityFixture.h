#pragma once

#include "contest/ContestRepository.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

// A small contest with one case of each kind planted next to its honest look-alike:
// one ID number under two people (and the same person typed without marks), one phone
// under three ID numbers (and a couple sharing one), a 3-second submission by the first
// prize winner (and a quick but human 6 seconds). Prize: one first prize.
class IntegrityFixture
{
public:
    IntegrityFixture()
    {
        ContestSettings s = ContestSettings::defaults();
        s.questionsPerAttempt = 2; // the speed floor: 2 s a question, 4 s
        s.blueprint = {{QStringLiteral("TTHC"), 2}};
        s.certificateMinCorrect = 1;
        s.individualPrizes = {{QStringLiteral("first"), QStringLiteral("Giải Nhất"), 1, 1500000}};
        ContestRepository(m_t.db()).save(s);
        addTestQuestions(m_t.db(), 2);
        submit("i1", "Nguyễn Văn An", 1990, "051190001234", "", 60);
        submit("i2", "Nguyen Van An", 1990, "051190001234", "", 65);
        submit("i3", "Trần Thị Bình", 1985, "051190001234", "", 70, "A");
        submit("p1", "Lê Văn Cường", 1970, "051170000001", "0905123456", 80, "A");
        submit("p2", "Lê Thị Dung", 1972, "051172000002", "0905123456", 81, "A");
        submit("p3", "Lê Văn Em", 1995, "051195000003", "0905123456", 82, "A");
        submit("h1", "Phạm Văn Phúc", 1960, "051160000004", "0905999888", 90, "A");
        submit("h2", "Phạm Thị Giang", 1962, "051162000005", "0905999888", 91, "A");
        submit("s1", "Hoàng Minh Hải", 2000, "051200000006", "", 3);
        submit("s2", "Đỗ Thu Hà", 2001, "051201000007", "", 6, "A");
    }

    Database& db() { return m_t.db(); }
    // The next submission comes `minutes` after the previous one (1 by default).
    void wait(int minutes) { m_minute += minutes - 1; }

    // `client`: the site's meta.client (empty: none, as from a contractor's server).
    void submit(const QString& id, const QString& name, int year, const QString& idNumber,
                const QString& phone, int seconds, const QString& a1 = QStringLiteral("B"),
                const QString& client = QString())
    {
        const QDateTime submitted =
            QDateTime(QDate(2024, 6, 5), QTime(9, 0), Qt::UTC).addSecs(60 * ++m_minute);
        QJsonObject contestant{{"name", name}, {"birth_year", year}, {"unit", "UBND-SONKY"}};
        if (!idNumber.isEmpty())
            contestant.insert("id_number", idNumber);
        if (!phone.isEmpty())
            contestant.insert("phone", phone);
        QJsonObject o{
            {"id", id},
            {"contestant", contestant},
            {"started_at", submitted.addSecs(-seconds).toString(Qt::ISODate)},
            {"submitted_at", submitted.toString(Qt::ISODate)},
            {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", a1}},
                                   QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
            {"prediction", 100},
        };
        if (!client.isEmpty())
            o.insert("meta", QJsonObject{{"attempt", id}, {"client", client}});
        SubmissionImporter(m_t.db()).importBytes(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                 QStringLiteral("x.jsonl"));
    }

private:
    TestDatabase m_t;
    int m_minute = 0;
};
