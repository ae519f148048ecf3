#include "BurstScan.h"

#include "CaseBuilder.h"

#include "core/ContestTime.h"
#include "results/Results.h"
#include "storage/Database.h"
#include "submissions/CompactAnswers.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

using Run = QList<const ScannedAttempt*>; // one device's submissions within the window

constexpr qsizetype kAlikeComparedUpTo = 200; // submissions of a run

// The runs of `minutes` with at least `identities` people, merged where they overlap.
QList<Run> runsOf(QList<const ScannedAttempt*>& list, qint64 window, int identities)
{
    std::sort(list.begin(), list.end(), [](const ScannedAttempt* a, const ScannedAttempt* b) {
        return a->submittedAtMs != b->submittedAtMs ? a->submittedAtMs < b->submittedAtMs
                                                    : a->id < b->id;
    });
    QList<std::pair<int, int>> spans;
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
        if (!spans.isEmpty() && left <= spans.last().second)
            spans.last().second = right;
        else
            spans.append({left, right});
    }
    QList<Run> runs;
    for (const auto& [from, to] : std::as_const(spans))
        runs << list.mid(from, to - from + 1);
    return runs;
}

// Tells colleagues at their office's computer from one person under several names; each
// method gives the reason a run is not colleagues, or nothing.
class ColleagueCheck
{
public:
    ColleagueCheck(Database& db, const Results& results) : m_db(db)
    {
        for (const Unit& u : results.units) {
            m_unitNames.insert(u.code, u.name);
            if (u.kind != QLatin1String("other"))
                m_offices.insert(u.code);
        }
    }

    QString notOneOffice(const Run& run) const
    {
        QSet<QString> units;
        for (const ScannedAttempt* a : run)
            units.insert(a->unit);
        if (units.size() > 1)
            return BurstScan::tr("They declared %n different units.", nullptr, int(units.size()));
        const QString unit = *units.cbegin();
        if (m_offices.contains(unit))
            return {};
        return BurstScan::tr("They all declared %1, which is no office whose staff would "
                             "share a computer.")
            .arg(unit.isEmpty() ? BurstScan::tr("no unit") : m_unitNames.value(unit, unit));
    }

    static QString notEachTheirOwn(const Run& run)
    {
        QHash<QString, QString> idOf, phoneOf; // ID number / phone -> the person giving it
        for (const ScannedAttempt* a : run) {
            if (a->idNumber.isEmpty() || a->phone.isEmpty() ||
                idOf.value(a->idNumber, a->key) != a->key ||
                phoneOf.value(a->phone, a->key) != a->key)
                return BurstScan::tr("Not each of them gave an ID number and a phone of "
                                     "their own.");
            idOf.insert(a->idNumber, a->key);
            phoneOf.insert(a->phone, a->key);
        }
        return {};
    }

    QString answeredAlike(const Run& run)
    {
        const QHash<QString, QHash<QString, QString>> sheets = answersOf(run);
        for (qsizetype i = 0; i < run.size(); ++i) {
            for (qsizetype j = i + 1; j < run.size(); ++j) {
                const ScannedAttempt& a = *run.at(i);
                const ScannedAttempt& b = *run.at(j);
                if (a.key == b.key)
                    continue;
                const QHash<QString, QString>& sa = sheets.value(a.id);
                const QHash<QString, QString>& sb = sheets.value(b.id);
                int shared = 0, same = 0;
                for (auto q = sa.cbegin(); q != sa.cend(); ++q) {
                    const auto other = sb.constFind(q.key());
                    if (other == sb.cend())
                        continue;
                    ++shared;
                    same += *other == *q;
                }
                if (shared < BurstScan::kAlikeMinShared || (shared - same) * 10 > shared)
                    continue;
                const QLocale locale;
                return BurstScan::tr("%1 and %2 gave the same answer to %3 of the %4 "
                                     "questions both were drawn, with predictions %5 and %6.")
                    .arg(a.personText(), b.personText())
                    .arg(same)
                    .arg(shared)
                    .arg(locale.toString(a.prediction), locale.toString(b.prediction));
            }
        }
        return {};
    }

private:
    // submission id -> question -> the chosen key ("" for blank)
    QHash<QString, QHash<QString, QString>> answersOf(const Run& run)
    {
        QHash<QString, QHash<QString, QString>> sheets;
        // In slices: a script's run can be longer than the bound values a query takes.
        constexpr qsizetype kSlice = 500;
        for (qsizetype from = 0; from < run.size(); from += kSlice) {
            QStringList marks;
            QVariantList ids;
            for (const ScannedAttempt* a : run.mid(from, kSlice)) {
                marks << QStringLiteral("?");
                ids << a->id;
            }
            QSqlQuery q =
                m_db.exec(QStringLiteral("SELECT id, answers FROM submissions WHERE id IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          ids);
            while (q.next()) {
                QHash<QString, QString>& sheet = sheets[q.value(0).toString()];
                const QString answers = q.value(1).toString();
                CompactAnswers::forEach(QStringView(answers),
                                        [&](QStringView question, QStringView chosen) {
                                            sheet.insert(question.toString(), chosen.toString());
                                        });
            }
        }
        return sheets;
    }

    Database& m_db;
    QSet<QString> m_offices;
    QHash<QString, QString> m_unitNames;
};

} // namespace

void BurstScan::find(Database& db, const QList<ScannedAttempt>& attempts, const Results& results,
                     const CaseBuilder& builder, QList<IntegrityCase>& cases)
{
    const IntegrityThresholds& thresholds = results.settings.integrity;
    QMap<QString, QList<const ScannedAttempt*>> byClient;
    for (const ScannedAttempt& a : attempts) {
        if (!a.client.isEmpty())
            byClient[a.client].append(&a);
    }
    const qint64 window = qint64(thresholds.burstMinutes) * 60 * 1000;
    const int offset = results.settings.timezoneOffsetMinutes;
    ColleagueCheck colleagues(db, results);
    for (auto it = byClient.begin(); it != byClient.end(); ++it) {
        if (it->size() < thresholds.burstIdentities)
            continue;
        for (const Run& run : runsOf(*it, window, thresholds.burstIdentities)) {
            QStringList reasons;
            for (const QString& reason :
                 {colleagues.notOneOffice(run), ColleagueCheck::notEachTheirOwn(run)}) {
                if (!reason.isEmpty())
                    reasons << reason;
            }
            // Every pair is compared; a long run that is a case already (a script's
            // thousands) is not, so that the scan stays linear in the submissions.
            const QString alike = reasons.isEmpty() || run.size() <= kAlikeComparedUpTo
                                      ? colleagues.answeredAlike(run)
                                      : QString();
            if (!alike.isEmpty())
                reasons << alike;
            if (reasons.isEmpty())
                continue; // colleagues at their office's computer
            QStringList keys, submissions, people;
            QSet<QString> seen;
            for (const ScannedAttempt* a : run) {
                submissions << a->id;
                if (!seen.contains(a->key)) {
                    seen.insert(a->key);
                    keys << a->key;
                    people << a->personText();
                }
            }
            const QString evidence =
                BurstScan::tr("%n different people sent from one device (the same browser "
                              "and connection) between %1 and %2: %3",
                              nullptr, int(keys.size()))
                    .arg(ContestTime::format(run.first()->submittedAtMs, offset),
                         ContestTime::format(run.last()->submittedAtMs, offset),
                         people.join(QStringLiteral("; "))) +
                QStringLiteral(". ") + reasons.join(QLatin1Char(' '));
            // One sheet under several names is what a burst is there for.
            const double strength =
                std::min(0.99, std::max(alike.isEmpty() ? 0.0 : 0.9, 0.4 + 0.1 * keys.size()));
            QStringList idKeys = keys;
            std::sort(idKeys.begin(), idKeys.end());
            idKeys.prepend(it.key());
            idKeys.prepend(QStringLiteral("burst"));
            cases << builder.make(QStringLiteral("burst"), strength, keys, submissions, evidence,
                                  idKeys);
        }
    }
}
