#include "HonestPopulation.h"

#include "DemoContest.h"
#include "SubmissionGenerator.h"
#include "core/Rfc3339.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace {

// Turns the demo generator's people into households and devices, batch by batch.
class Households
{
public:
    explicit Households(unsigned seed) : m_rng(seed) {}

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
                m_phone = m_lastPhone; // the same household phone and device
            } else {
                m_phone = person.value(QStringLiteral("phone")).toString();
                m_client = m_rng.bounded(100) < 2
                               ? QStringLiteral("office-") +
                                     person.value(QStringLiteral("unit")).toString()
                               : QStringLiteral("dev-%1").arg(m_rng.generate64(), 16, 16,
                                                              QLatin1Char('0'));
            }
            m_lastPhone = m_phone;
        }
        person.insert(QStringLiteral("phone"), m_phone);
        s.insert(QStringLiteral("contestant"), person);
        s.insert(QStringLiteral("meta"),
                 QJsonObject{{QStringLiteral("attempt"), s.value(QStringLiteral("id"))},
                             {QStringLiteral("client"), m_client}});
        raiseQuickDurations(s);
    }

private:
    void raiseQuickDurations(QJsonObject& s)
    {
        const std::optional<Timestamp> started =
            Rfc3339::parse(s.value(QStringLiteral("started_at")).toString());
        const std::optional<Timestamp> submitted =
            Rfc3339::parse(s.value(QStringLiteral("submitted_at")).toString());
        if (!started || !submitted || submitted->utcMs - started->utcMs >= 90000)
            return;
        Timestamp begin = *started;
        begin.utcMs = submitted->utcMs - 90000 - qint64(m_rng.bounded(120)) * 1000;
        s.insert(QStringLiteral("started_at"), begin.toString());
    }

    QRandomGenerator m_rng;
    QString m_lastPerson;
    QString m_phone, m_lastPhone, m_client;
    bool m_lastJoined = false;
};

} // namespace

namespace HonestPopulation {

void populate(Database& db, int people, unsigned seed)
{
    DemoContest::populate(db, 0);
    const std::unique_ptr<SubmissionGenerator> generator = DemoContest::submissionGenerator(db);
    SubmissionImporter importer(db);
    Households households(seed);
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
