#include "IntegrityScan.h"

#include "BurstScan.h"
#include "CaseBuilder.h"
#include "CopyingScan.h"
#include "ScannedAttempt.h"

#include "core/Identity.h"
#include "core/TextFold.h"
#include "results/Results.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

// Reads the valid submissions once; their answers go straight to `copying` (a million
// answer texts are not kept).
QList<ScannedAttempt> validAttempts(Database& db, CopyingScan& copying)
{
    QList<ScannedAttempt> list;
    // meta.client is kept in the raw JSON, as the site sent it.
    const QString client = db.connection().driverName() == QLatin1String("QSQLITE")
                               ? QStringLiteral("json_extract(raw_json, '$.meta.client')")
                               : QStringLiteral("(raw_json::jsonb -> 'meta' ->> 'client')");
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id, name, birth_year, id_number, phone, "
                               "contestant_key, duration_ms, submitted_at_ms, %1, answers, "
                               "unit, prediction "
                               "FROM submissions WHERE valid = 1 AND contestant_key "
                               "<> '' ORDER BY id")
                    .arg(client));
    QHash<QString, int> people; // contestant key -> a number, for the copying scan
    while (q.next()) {
        ScannedAttempt a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString().simplified();
        a.birthYear = q.value(2).toInt();
        a.idNumber = Identity::normalizeIdNumber(q.value(3).toString());
        a.phone = Identity::normalizePhone(q.value(4).toString());
        a.key = q.value(5).toString();
        a.durationMs = q.value(6).toLongLong();
        a.submittedAtMs = q.value(7).toLongLong();
        a.client = q.value(8).toString();
        a.unit = q.value(10).toString();
        a.prediction = q.value(11).toLongLong();
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

void sameIdDifferentPeople(const QList<ScannedAttempt>& attempts, const CaseBuilder& builder,
                           QList<IntegrityCase>& cases)
{
    QMap<QString, QList<const ScannedAttempt*>> byId;
    for (const ScannedAttempt& a : attempts) {
        if (!a.idNumber.isEmpty())
            byId[a.idNumber].append(&a);
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        QMap<QString, const ScannedAttempt*> people; // folded name + year -> first attempt
        QStringList submissions;
        for (const ScannedAttempt* a : *it) {
            people.insert(folded(a->name) + QLatin1Char('|') + QString::number(a->birthYear), a);
            submissions << a->id;
        }
        if (people.size() < 2)
            continue;
        QStringList written;
        for (const ScannedAttempt* a : std::as_const(people))
            written << a->personText();
        const QString evidence =
            IntegrityScan::tr("ID number %1 was used under %n different names or birth years: %2",
                              nullptr, int(people.size()))
                .arg(it.key(), written.join(QStringLiteral("; ")));
        cases << builder.make(QStringLiteral("identity"), 0.95, {it.key()}, submissions, evidence,
                              {QStringLiteral("id"), it.key()});
    }
}

void onePhoneManyIds(const QList<ScannedAttempt>& attempts, int threshold,
                     const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    QMap<QString, QList<const ScannedAttempt*>> byPhone;
    for (const ScannedAttempt& a : attempts) {
        if (!a.phone.isEmpty() && !a.idNumber.isEmpty())
            byPhone[a.phone].append(&a);
    }
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
        QMap<QString, const ScannedAttempt*> ids; // ID number -> first attempt
        QSet<QString> names;
        QStringList submissions;
        for (const ScannedAttempt* a : *it) {
            if (!ids.contains(a->idNumber))
                ids.insert(a->idNumber, a);
            names.insert(folded(a->name));
            submissions << a->id;
        }
        if (ids.size() < threshold)
            continue;
        QStringList people, keys;
        for (auto p = ids.cbegin(); p != ids.cend(); ++p) {
            people << QStringLiteral("%1 (%2)").arg((*p)->personText(), p.key());
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

void tooFast(const QList<ScannedAttempt>& attempts, const Results& results,
             double secondsPerQuestion, const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    const int questions = results.settings.questionsPerAttempt;
    const qint64 floorMs = qint64(secondsPerQuestion * 1000 * questions);
    QMap<QString, QList<const ScannedAttempt*>> fastest; // contestant -> fast attempts
    for (const ScannedAttempt& a : attempts) {
        if (a.durationMs >= 0 && a.durationMs < floorMs)
            fastest[a.key].append(&a);
    }
    const QLocale locale;
    for (auto it = fastest.cbegin(); it != fastest.cend(); ++it) {
        QStringList submissions, times;
        qint64 best = floorMs;
        for (const ScannedAttempt* a : *it) {
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

// Once in how many contests of this size chance would make a pair this alike.
double contestsPerPair(const CopyingScan::Pair& p)
{
    return 1.0 / (p.chance * p.pairsInContest);
}

// The rarer against the contest's pairs, the stronger; never a certainty.
double strengthOf(const CopyingScan::Pair& p)
{
    return std::min(0.99, 0.9 + 0.01 * std::log10(std::max(contestsPerPair(p), 1.0)));
}

QString onePair(const QList<ScannedAttempt>& attempts, const CopyingScan::Pair& p)
{
    const QLocale locale;
    const ScannedAttempt& a = attempts.at(p.first);
    const ScannedAttempt& b = attempts.at(p.second);
    return IntegrityScan::tr("%1 and %2 were drawn %3 questions in common and both answered %4 "
                             "of them wrong, with the same wrong answer %5 times (%6). For two "
                             "people answering on their own, choosing among the wrong answers "
                             "as everyone who answered those questions wrong did, the chance of "
                             "that is %7; with %8 pairs of submissions in the contest, chance "
                             "would make a pair this alike about once in %9 contests")
        .arg(a.personText(), b.personText())
        .arg(p.shared)
        .arg(p.bothWrong)
        .arg(p.sameWrong.size())
        .arg(p.sameWrong.join(QStringLiteral(", ")), oneIn(p.chance),
             locale.toString(p.pairsInContest, 'f', 0),
             locale.toString(qint64(std::min(contestsPerPair(p), 1e15))));
}

// Three people copying one sheet are three alike pairs: one group for the judges, its
// evidence each pair with its chance. `pairs` are joined by the people they share.
QString aGroup(const QList<ScannedAttempt>& attempts, const QList<CopyingScan::Pair>& pairs,
               int people)
{
    const QLocale locale;
    QStringList lines;
    double rarest = 1;
    for (const CopyingScan::Pair& p : pairs) {
        const ScannedAttempt& a = attempts.at(p.first);
        const ScannedAttempt& b = attempts.at(p.second);
        lines << IntegrityScan::tr("%1 and %2: %3 questions in common, %4 of them wrong for "
                                   "both, the same wrong answer %5 times (%6), by chance %7")
                     .arg(a.personText(), b.personText())
                     .arg(p.shared)
                     .arg(p.bothWrong)
                     .arg(p.sameWrong.size())
                     .arg(p.sameWrong.join(QStringLiteral(", ")), oneIn(p.chance));
        rarest = std::max(rarest, contestsPerPair(p));
    }
    return IntegrityScan::tr("%n people whose answers agree, wrong answers included, far beyond "
                             "chance, pair by pair: %1. The chance model is the one of a pair "
                             "answering on their own; with %2 pairs of submissions in the "
                             "contest, chance would make the most alike of these pairs about "
                             "once in %3 contests",
                             nullptr, people)
        .arg(lines.join(QStringLiteral("; ")),
             locale.toString(pairs.first().pairsInContest, 'f', 0),
             locale.toString(qint64(std::min(rarest, 1e15))));
}

void copying(const QList<ScannedAttempt>& attempts, const CopyingScan& scan,
             const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    const QList<CopyingScan::Pair> pairs = scan.find(); // the least likely first
    // The groups: people joined by alike pairs (union-find over contestant keys).
    QHash<QString, QString> parent;
    const auto root = [&parent](QString key) {
        while (parent.value(key, key) != key)
            key = parent.value(key);
        return key;
    };
    for (const CopyingScan::Pair& p : pairs) {
        const QString a = root(attempts.at(p.first).key);
        const QString b = root(attempts.at(p.second).key);
        if (a != b)
            parent.insert(std::max(a, b), std::min(a, b));
    }
    QMap<QString, QList<CopyingScan::Pair>> groups; // root -> its pairs, least likely first
    for (const CopyingScan::Pair& p : pairs)
        groups[root(attempts.at(p.first).key)] << p;

    for (const QList<CopyingScan::Pair>& group : std::as_const(groups)) {
        QStringList keys, submissions;
        for (const CopyingScan::Pair& p : group) {
            keys << attempts.at(p.first).key << attempts.at(p.second).key;
            submissions << attempts.at(p.first).id << attempts.at(p.second).id;
        }
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        const QString evidence = group.size() == 1 ? onePair(attempts, group.first())
                                                   : aGroup(attempts, group, int(keys.size()));
        // The same people, the same id: a pair's is what it was before groups.
        QStringList idKeys = keys;
        idKeys.prepend(QStringLiteral("copying"));
        cases << builder.make(QStringLiteral("copying"), strengthOf(group.first()), keys,
                              submissions, evidence, idKeys);
    }
}

} // namespace

QString IntegrityScan::caseId(const QString& kind, QStringList keys)
{
    return CaseBuilder::caseId(kind, keys);
}

QList<IntegrityCase> IntegrityScan::scan(Database& db, const Results& results)
{
    const IntegrityThresholds& thresholds = results.settings.integrity;
    const AnswerKey key = AnswerKey::load(db);
    CopyingScan copyingScan(key);
    const QList<ScannedAttempt> attempts = validAttempts(db, copyingScan);
    const CaseBuilder builder(results);
    QList<IntegrityCase> cases;
    sameIdDifferentPeople(attempts, builder, cases);
    onePhoneManyIds(attempts, thresholds.phoneIdentities, builder, cases);
    tooFast(attempts, results, thresholds.minSecondsPerQuestion, builder, cases);
    BurstScan::find(db, attempts, results, builder, cases);
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
