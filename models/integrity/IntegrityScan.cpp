#include "IntegrityScan.h"

#include "CopyingScan.h"

#include "core/ContestTime.h"
#include "core/Identity.h"
#include "core/TextFold.h"
#include "results/Results.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

struct Attempt
{
    QString id;
    QString name;
    int birthYear = 0;
    QString idNumber; // normalised, or empty
    QString phone;    // normalised, or empty
    QString key;      // the contestant key
    qint64 durationMs = 0;
    qint64 submittedAtMs = 0;
    QString client; // meta.client of the contest site: a keyed hash of the device
};

// Reads the valid submissions once; their answers go straight to `copying` (a million
// answer texts are not kept).
QList<Attempt> validAttempts(Database& db, CopyingScan& copying)
{
    QList<Attempt> list;
    // meta.client is kept in the raw JSON, as the site sent it.
    const QString client = db.connection().driverName() == QLatin1String("QSQLITE")
                               ? QStringLiteral("json_extract(raw_json, '$.meta.client')")
                               : QStringLiteral("(raw_json::jsonb -> 'meta' ->> 'client')");
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id, name, birth_year, id_number, phone, "
                               "contestant_key, duration_ms, submitted_at_ms, %1, answers "
                               "FROM submissions WHERE valid = 1 AND contestant_key "
                               "<> '' ORDER BY id")
                    .arg(client));
    QHash<QString, int> people; // contestant key -> a number, for the copying scan
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString().simplified();
        a.birthYear = q.value(2).toInt();
        a.idNumber = Identity::normalizeIdNumber(q.value(3).toString());
        a.phone = Identity::normalizePhone(q.value(4).toString());
        a.key = q.value(5).toString();
        a.durationMs = q.value(6).toLongLong();
        a.submittedAtMs = q.value(7).toLongLong();
        a.client = q.value(8).toString();
        auto person = people.constFind(a.key);
        if (person == people.cend())
            person = people.insert(a.key, int(people.size()));
        copying.add(int(list.size()), *person, q.value(9).toString());
        list.append(a);
    }
    return list;
}

// How a person is written, as far as telling people apart goes.
QString folded(const QString& name)
{
    return TextFold::fold(name).simplified();
}

QString personText(const Attempt& a)
{
    return a.birthYear > 0 ? QStringLiteral("%1 (%2)").arg(a.name).arg(a.birthYear) : a.name;
}

class CaseBuilder
{
public:
    CaseBuilder(const Results& results) : m_results(results)
    {
        const QList<PrizeTier>& tiers = results.settings.individualPrizes;
        for (int i = 0; i < tiers.size(); ++i)
            m_prizeOrder.insert(tiers.at(i).key, i + 1);
        for (const IndividualResult& r : results.individual) {
            if (!r.prize.isEmpty())
                m_prizeOf.insert(r.contestant(), r.prize);
        }
    }

    IntegrityCase make(const QString& kind, double strength, QStringList contestants,
                       QStringList submissions, const QString& evidence,
                       const QStringList& idKeys) const
    {
        IntegrityCase c;
        c.kind = kind;
        c.strength = strength;
        contestants.removeDuplicates();
        std::sort(contestants.begin(), contestants.end());
        submissions.removeDuplicates();
        std::sort(submissions.begin(), submissions.end());
        c.contestants = contestants;
        c.submissions = submissions;
        c.evidence = evidence;
        c.id = IntegrityScan::caseId(kind, idKeys);
        for (const QString& key : std::as_const(contestants)) {
            c.names << m_results.memberLabel(TieDecision::Scope::Individual, key);
            const QString prize = m_prizeOf.value(key);
            const int order = m_prizeOrder.value(prize, 0);
            if (order > 0 && (c.prizeOrder == 0 || order < c.prizeOrder)) {
                c.prizeOrder = order;
                c.prizeAtStake = prize;
            }
        }
        return c;
    }

private:
    const Results& m_results;
    QHash<QString, int> m_prizeOrder;
    QHash<QString, QString> m_prizeOf; // contestant key -> prize key
};

void sameIdDifferentPeople(const QList<Attempt>& attempts, const CaseBuilder& builder,
                           QList<IntegrityCase>& cases)
{
    QMap<QString, QList<const Attempt*>> byId;
    for (const Attempt& a : attempts) {
        if (!a.idNumber.isEmpty())
            byId[a.idNumber].append(&a);
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        QMap<QString, const Attempt*> people; // folded name + year -> first attempt
        QStringList submissions;
        for (const Attempt* a : *it) {
            people.insert(folded(a->name) + QLatin1Char('|') + QString::number(a->birthYear), a);
            submissions << a->id;
        }
        if (people.size() < 2)
            continue;
        QStringList written;
        for (const Attempt* a : std::as_const(people))
            written << personText(*a);
        const QString evidence =
            IntegrityScan::tr("ID number %1 was used under %n different names or birth years: %2",
                              nullptr, int(people.size()))
                .arg(it.key(), written.join(QStringLiteral("; ")));
        cases << builder.make(QStringLiteral("identity"), 0.95, {it.key()}, submissions, evidence,
                              {QStringLiteral("id"), it.key()});
    }
}

void onePhoneManyIds(const QList<Attempt>& attempts, int threshold, const CaseBuilder& builder,
                     QList<IntegrityCase>& cases)
{
    QMap<QString, QList<const Attempt*>> byPhone;
    for (const Attempt& a : attempts) {
        if (!a.phone.isEmpty() && !a.idNumber.isEmpty())
            byPhone[a.phone].append(&a);
    }
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
        QMap<QString, const Attempt*> ids; // ID number -> first attempt
        QSet<QString> names;
        QStringList submissions;
        for (const Attempt* a : *it) {
            if (!ids.contains(a->idNumber))
                ids.insert(a->idNumber, a);
            names.insert(folded(a->name));
            submissions << a->id;
        }
        if (ids.size() < threshold)
            continue;
        QStringList people, keys;
        for (auto p = ids.cbegin(); p != ids.cend(); ++p) {
            people << QStringLiteral("%1 (%2)").arg(personText(**p), p.key());
            keys << (*p)->key;
        }
        const QString evidence =
            IntegrityScan::tr("one phone %1 under %2 ID numbers and %3 names: %4")
                .arg(it.key())
                .arg(ids.size())
                .arg(names.size())
                .arg(people.join(QStringLiteral("; ")));
        // More identities, and more distinct names, make a family less likely.
        const double strength = std::min(0.99, 0.5 + 0.1 * ids.size());
        cases << builder.make(QStringLiteral("identity"), strength, keys, submissions, evidence,
                              {QStringLiteral("phone"), it.key()});
    }
}

void tooFast(const QList<Attempt>& attempts, const Results& results, double secondsPerQuestion,
             const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    const int questions = results.settings.questionsPerAttempt;
    const qint64 floorMs = qint64(secondsPerQuestion * 1000 * questions);
    QMap<QString, QList<const Attempt*>> fastest; // contestant -> fast attempts
    for (const Attempt& a : attempts) {
        if (a.durationMs >= 0 && a.durationMs < floorMs)
            fastest[a.key].append(&a);
    }
    const QLocale locale;
    for (auto it = fastest.cbegin(); it != fastest.cend(); ++it) {
        QStringList submissions, times;
        qint64 best = floorMs;
        for (const Attempt* a : *it) {
            submissions << a->id;
            times << IntegrityScan::tr("%1 s").arg(locale.toString(a->durationMs / 1000.0, 'f', 1));
            best = std::min(best, a->durationMs);
        }
        const QString evidence =
            IntegrityScan::tr("%n submission(s) of %1 questions answered in %2; a person needs at "
                              "least %3 s (%4 s a question)",
                              nullptr, int(it->size()))
                .arg(questions)
                .arg(times.join(QStringLiteral(", ")))
                .arg(locale.toString(floorMs / 1000.0, 'f', 0))
                .arg(locale.toString(secondsPerQuestion));
        const double strength = std::min(0.99, 1.0 - double(best) / double(floorMs) / 2);
        cases << builder.make(QStringLiteral("speed"), strength, {it.key()}, submissions, evidence,
                              {QStringLiteral("speed"), it.key()});
    }
}

// Several identities from one device within a few minutes: one person under several
// names, or a script. A family taking turns on one phone stays under the threshold.
void bursts(const QList<Attempt>& attempts, const Results& results, int minutes, int identities,
            const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    QMap<QString, QList<const Attempt*>> byClient;
    for (const Attempt& a : attempts) {
        if (!a.client.isEmpty())
            byClient[a.client].append(&a);
    }
    const qint64 window = qint64(minutes) * 60 * 1000;
    const int offset = results.settings.timezoneOffsetMinutes;
    for (auto it = byClient.begin(); it != byClient.end(); ++it) {
        QList<const Attempt*>& list = *it;
        if (list.size() < identities)
            continue;
        std::sort(list.begin(), list.end(), [](const Attempt* a, const Attempt* b) {
            return a->submittedAtMs != b->submittedAtMs ? a->submittedAtMs < b->submittedAtMs
                                                        : a->id < b->id;
        });
        // Windows of `minutes` with enough identities, merged where they overlap.
        QList<std::pair<int, int>> runs;
        QHash<QString, int> inWindow;
        for (int left = 0, right = 0; right < list.size(); ++right) {
            ++inWindow[list[right]->key];
            while (list[right]->submittedAtMs - list[left]->submittedAtMs > window) {
                if (--inWindow[list[left]->key] == 0)
                    inWindow.remove(list[left]->key);
                ++left;
            }
            if (inWindow.size() < identities)
                continue;
            if (!runs.isEmpty() && left <= runs.last().second)
                runs.last().second = right;
            else
                runs.append({left, right});
        }
        for (const auto& [from, to] : std::as_const(runs)) {
            QStringList keys, submissions, people;
            QSet<QString> seen;
            for (int i = from; i <= to; ++i) {
                submissions << list[i]->id;
                if (!seen.contains(list[i]->key)) {
                    seen.insert(list[i]->key);
                    keys << list[i]->key;
                    people << personText(*list[i]);
                }
            }
            const QString evidence =
                IntegrityScan::tr("%n different people sent from one device (the same browser "
                                  "and connection) between %1 and %2: %3",
                                  nullptr, int(keys.size()))
                    .arg(ContestTime::format(list[from]->submittedAtMs, offset),
                         ContestTime::format(list[to]->submittedAtMs, offset),
                         people.join(QStringLiteral("; ")));
            const double strength = std::min(0.99, 0.4 + 0.1 * keys.size());
            QStringList idKeys = keys;
            std::sort(idKeys.begin(), idKeys.end());
            idKeys.prepend(it.key());
            idKeys.prepend(QStringLiteral("burst"));
            cases << builder.make(QStringLiteral("burst"), strength, keys, submissions, evidence,
                                  idKeys);
        }
    }
}

// "1 in 3,400", "1 in 2.5 million", "1 in 10^15": how a judge reads a small chance.
QString oneIn(double chance)
{
    const QLocale locale;
    const double n = chance > 0 ? 1.0 / chance : 1e300;
    if (n < 1e6)
        return IntegrityScan::tr("1 in %1").arg(locale.toString(qint64(std::llround(n))));
    if (n < 1e9)
        return IntegrityScan::tr("1 in %1 million").arg(locale.toString(n / 1e6, 'g', 3));
    if (n < 1e12)
        return IntegrityScan::tr("1 in %1 billion").arg(locale.toString(n / 1e9, 'g', 3));
    return IntegrityScan::tr("1 in 10^%1").arg(int(std::floor(std::log10(n))));
}

void copying(const QList<Attempt>& attempts, const CopyingScan& scan, const CaseBuilder& builder,
             QList<IntegrityCase>& cases)
{
    const QLocale locale;
    for (const CopyingScan::Pair& p : scan.find()) {
        const Attempt& a = attempts.at(p.first);
        const Attempt& b = attempts.at(p.second);
        // Once in how many contests of this size chance would make a pair this alike.
        const double contests = 1.0 / (p.chance * p.pairsInContest);
        const QString evidence =
            IntegrityScan::tr("%1 and %2 were drawn %3 questions in common and both answered %4 "
                              "of them wrong, with the same wrong answer %5 times (%6). For two "
                              "people answering on their own, choosing among the wrong answers "
                              "as everyone who answered those questions wrong did, the chance of "
                              "that is %7; with %8 pairs of submissions in the contest, chance "
                              "would make a pair this alike about once in %9 contests")
                .arg(personText(a), personText(b))
                .arg(p.shared)
                .arg(p.bothWrong)
                .arg(p.sameWrong.size())
                .arg(p.sameWrong.join(QStringLiteral(", ")), oneIn(p.chance),
                     locale.toString(p.pairsInContest, 'f', 0),
                     locale.toString(qint64(std::min(contests, 1e15))));
        // The rarer against the contest's pairs, the stronger; never a certainty.
        const double strength = std::min(0.99, 0.9 + 0.01 * std::log10(std::max(contests, 1.0)));
        QStringList keys{a.key, b.key};
        std::sort(keys.begin(), keys.end());
        cases << builder.make(QStringLiteral("copying"), strength, keys, {a.id, b.id}, evidence,
                              {QStringLiteral("copying"), keys.at(0), keys.at(1)});
    }
}

} // namespace

QString IntegrityScan::caseId(const QString& kind, QStringList keys)
{
    const QByteArray basis = (kind + QLatin1Char('\n') + keys.join(QLatin1Char('\n'))).toUtf8();
    return QStringLiteral("c-") +
           QString::fromLatin1(
               QCryptographicHash::hash(basis, QCryptographicHash::Sha256).toHex().left(12));
}

QList<IntegrityCase> IntegrityScan::scan(Database& db, const Results& results)
{
    const IntegrityThresholds& thresholds = results.settings.integrity;
    const AnswerKey key = AnswerKey::load(db);
    CopyingScan copyingScan(key);
    const QList<Attempt> attempts = validAttempts(db, copyingScan);
    const CaseBuilder builder(results);
    QList<IntegrityCase> cases;
    sameIdDifferentPeople(attempts, builder, cases);
    onePhoneManyIds(attempts, thresholds.phoneIdentities, builder, cases);
    tooFast(attempts, results, thresholds.minSecondsPerQuestion, builder, cases);
    bursts(attempts, results, thresholds.burstMinutes, thresholds.burstIdentities, builder, cases);
    copying(attempts, copyingScan, builder, cases);
    std::sort(cases.begin(), cases.end(), [](const IntegrityCase& a, const IntegrityCase& b) {
        const int pa = a.prizeOrder ? a.prizeOrder : INT_MAX;
        const int pb = b.prizeOrder ? b.prizeOrder : INT_MAX;
        if (pa != pb)
            return pa < pb;
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return a.id < b.id;
    });
    return cases;
}
