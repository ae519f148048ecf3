#include "HonestPopulation.h"

#include "DemoContest.h"
#include "SubmissionGenerator.h"
#include "contest/ContestRepository.h"
#include "core/Rfc3339.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"
#include "units/UnitRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace {

// Turns the demo generator's people into households, devices and offices, batch by batch.
class Households
{
public:
    Households(unsigned seed, const QSet<QString>& offices, qint64 closesAtMs)
        : m_rng(seed), m_offices(offices), m_closesAtMs(closesAtMs)
    {
    }

    void adjust(QJsonObject& s)
    {
        QJsonObject person = s.value(QStringLiteral("contestant")).toObject();
        // The next person (their attempts come together; a broken one may lack its ID).
        const QString who = person.value(QStringLiteral("name")).toString() + QLatin1Char('|') +
                            QString::number(person.value(QStringLiteral("birth_year")).toInt());
        if (who != m_lastPerson) {
            m_lastPerson = who;
            const bool joinsFamily =
                !m_lastJoined && !m_lastPhone.isEmpty() && m_rng.bounded(100) < 33;
            m_lastJoined = joinsFamily;
            if (joinsFamily) {
                m_phone = m_lastPhone; // the household's phone and device
                m_client = m_home;
            } else {
                m_phone = person.value(QStringLiteral("phone")).toString();
                m_home = QStringLiteral("dev-%1").arg(m_rng.generate64(), 16, 16, QLatin1Char('0'));
                const QString unit = person.value(QStringLiteral("unit")).toString();
                // Staff registered with their office (it counts them by ID number) take
                // it at its shared computer now and then; the public has no such office.
                const bool atOffice = m_offices.contains(unit) &&
                                      person.contains(QStringLiteral("id_number")) &&
                                      m_rng.bounded(100) < kAtOfficePercent;
                m_client = atOffice ? QStringLiteral("office-") + unit : m_home;
            }
            m_lastPhone = m_phone;
        }
        person.insert(QStringLiteral("phone"), m_phone);
        s.insert(QStringLiteral("contestant"), person);
        s.insert(QStringLiteral("meta"),
                 QJsonObject{{QStringLiteral("attempt"), s.value(QStringLiteral("id"))},
                             {QStringLiteral("client"), m_client}});
        if (m_client.startsWith(QLatin1String("office-")))
            takeTurns(s);
    }

private:
    static constexpr int kAtOfficePercent = 5;

    // An office has its staff take the contest one after the other at its one computer
    // (it counts toward the office's reform index): half of the time a colleague takes the
    // next turn in the office's session, 20 to 80 s after the one before them.
    void takeTurns(QJsonObject& s)
    {
        const std::optional<Timestamp> started =
            Rfc3339::parse(s.value(QStringLiteral("started_at")).toString());
        std::optional<Timestamp> submitted =
            Rfc3339::parse(s.value(QStringLiteral("submitted_at")).toString());
        if (!started || !submitted)
            return;
        const qint64 duration = submitted->utcMs - started->utcMs;
        qint64& lastTurn = m_lastTurn[m_client];
        const qint64 next = lastTurn + (20 + qint64(m_rng.bounded(60))) * 1000 + duration;
        if (lastTurn > 0 && next <= m_closesAtMs && m_rng.bounded(100) < 50) {
            Timestamp begin = *started;
            begin.utcMs = next - duration;
            submitted->utcMs = next;
            s.insert(QStringLiteral("started_at"), begin.toString());
            s.insert(QStringLiteral("submitted_at"), submitted->toString());
        }
        lastTurn = submitted->utcMs;
    }

    QRandomGenerator m_rng;
    const QSet<QString> m_offices; // units whose staff may share a computer
    const qint64 m_closesAtMs;
    QString m_lastPerson;
    QString m_phone, m_lastPhone, m_client, m_home;
    bool m_lastJoined = false;
    QHash<QString, qint64> m_lastTurn; // office client -> its last submission
};

} // namespace

namespace HonestPopulation {

void populate(Database& db, int people, unsigned seed)
{
    DemoContest::populate(db, 0);
    const std::unique_ptr<SubmissionGenerator> generator = DemoContest::submissionGenerator(db);
    SubmissionImporter importer(db);
    QSet<QString> offices;
    for (const Unit& u : UnitRepository(db).list()) {
        if (u.kind != QLatin1String("other"))
            offices.insert(u.code);
    }
    Households households(seed, offices, ContestRepository(db).loadOrDefaults().closesAt.utcMs);
    db.transaction([&] {
        generator->generateInBatches(people, [&](const QList<QJsonObject>& batch) {
            QList<QJsonObject> adjusted = batch;
            for (QJsonObject& s : adjusted)
                households.adjust(s);
            importer.importItems(adjusted, QStringLiteral("honest"));
        });
    });
}

} // namespace HonestPopulation
