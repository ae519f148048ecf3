#include "ResultsExplainer.h"

#include "IdentityCode.h"
#include "RankingEngine.h"
#include "RankingKeys.h"
#include "core/Identity.h"

namespace {
// The prizes a tie's slots would give; a slot past the last prize gives none.
QString slotText(const QStringList& slots)
{
    QStringList out;
    for (const QString& p : slots)
        out << (p.isEmpty() ? ResultsExplainer::tr("none") : p);
    return out.join(QLatin1String(", "));
}

// The row that decided the rank from above: the last of the group just above.
int firstOfGroup(const Results& r, int at)
{
    while (at > 0 && r.individual.at(at - 1).rank == r.individual.at(at).rank)
        --at;
    return at;
}
int lastOfGroup(const Results& r, int at)
{
    while (at + 1 < r.individual.size() && r.individual.at(at + 1).rank == r.individual.at(at).rank)
        ++at;
    return at;
}
} // namespace

QString ResultsExplainer::keyName(RankingKey key)
{
    switch (key) {
    case RankingKey::Correct:
        return tr("correct answers (more is better)");
    case RankingKey::PredictionError:
        return tr("prediction error (smaller is better)");
    case RankingKey::Duration:
        return tr("duration (shorter is better)");
    case RankingKey::SubmittedAt:
        return tr("submission time (earlier is better)");
    case RankingKey::Attempts:
        return tr("number of attempts (fewer is better)");
    case RankingKey::StartedAt:
        return tr("start time (earlier is better)");
    }
    return {};
}

QString ResultsExplainer::keyText(const Results& r, RankingKey key, const IndividualResult& row)
{
    const GradedSubmission& s = r.countedOf(row);
    switch (key) {
    case RankingKey::Correct:
        return QString::number(s.correct);
    case RankingKey::PredictionError:
        return tr("%1 (prediction %2, target %3)")
            .arg(row.predictionError)
            .arg(s.prediction)
            .arg(r.predictionTarget);
    case RankingKey::Duration:
        return tr("%1 ms").arg(s.durationMs);
    case RankingKey::SubmittedAt:
        return s.submittedAt.toString();
    case RankingKey::Attempts:
        return QString::number(row.consideredAttempts);
    case RankingKey::StartedAt:
        return s.startedAt.toString();
    }
    return {};
}

QString ResultsExplainer::attemptLine(const Results& r, const IndividualResult& row, int position)
{
    const int index = r.attemptOrder.at(row.firstAttempt + position);
    const GradedSubmission& s = r.submissions.at(index);
    QString line = tr("  %1. %2, submitted %3: %4 correct, prediction %5, duration %6 ms")
                       .arg(position + 1)
                       .arg(s.id, s.submittedAt.toString())
                       .arg(s.correct)
                       .arg(s.prediction)
                       .arg(s.durationMs);
    if (index == row.counted)
        line += tr(" [counted]");
    else if (position >= row.consideredAttempts)
        line += tr(" [not considered: beyond the %1 attempts allowed]").arg(r.settings.maxAttempts);
    return line;
}

QString ResultsExplainer::rankLines(const Results& r, int at)
{
    const IndividualResult& row = r.individual.at(at);
    const QList<RankingKey> order = RankingKeys::effectiveOrder(r.settings);
    QStringList lines;
    lines << tr("Rank %1 of %2 contestants.").arg(row.rank).arg(r.individual.size());
    const int first = firstOfGroup(r, at), last = lastOfGroup(r, at);
    if (last > first)
        lines << tr("Shared with %n other contestant(s) equal on every ranking key.", "",
                    last - first);
    // Name the first key that separates this person from the neighbours.
    auto decidingKey = [&](const IndividualResult& other) {
        for (RankingKey k : order) {
            const qint64 mine =
                RankingKeys::value(k, r.countedOf(row), r.predictionTarget, row.consideredAttempts);
            const qint64 theirs = RankingKeys::value(k, r.countedOf(other), r.predictionTarget,
                                                     other.consideredAttempts);
            if (mine != theirs)
                return tr("%1: %2 against %3")
                    .arg(keyName(k), keyText(r, k, row), keyText(r, k, other));
        }
        return QString();
    };
    if (first > 0) {
        const IndividualResult& above = r.individual.at(first - 1);
        lines << tr("Below %1 (rank %2) on %3.")
                     .arg(above.contestant())
                     .arg(above.rank)
                     .arg(decidingKey(above));
    }
    if (last + 1 < r.individual.size()) {
        const IndividualResult& below = r.individual.at(last + 1);
        lines << tr("Above %1 (rank %2) on %3.")
                     .arg(below.contestant())
                     .arg(below.rank)
                     .arg(decidingKey(below));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ResultsExplainer::prizeLines(const Results& r, const IndividualResult& row)
{
    if (!row.eligible)
        return tr("Prize: none. Not eligible: %1. Ineligible contestants are passed over and get "
                  "no certificate.")
            .arg(row.reason);
    if (row.unresolvedTie) {
        for (const UnresolvedTie& tie : r.unresolvedTies) {
            if (tie.scope == TieDecision::Scope::Individual &&
                tie.members.contains(row.contestant()))
                return tr("Prize: withheld. Unresolved tie for '%1' with %2: they are equal on "
                          "every key and their slots give different prizes (%3). The judges "
                          "decide; the slots stay reserved.")
                    .arg(tie.prize, tie.members.join(QLatin1String(", ")),
                         slotText(tie.slotPrizes));
        }
    }
    QString text = row.prize.isEmpty() ? tr("Prize: none; every prize slot went to eligible "
                                            "contestants ranked higher.")
                                       : tr("Prize: %1.").arg(row.prize);
    if (row.decidedByJudges) {
        for (const TieDecision& d : r.decisions) {
            if (d.scope == TieDecision::Scope::Individual && d.members.contains(row.contestant()))
                text += tr(" Tie decided by the judges (%1, %2): order %3; reason: %4.")
                            .arg(d.decidedBy, d.decidedAt.toString(),
                                 d.order.join(QLatin1String(", ")), d.reason);
        }
    }
    return text;
}

QString ResultsExplainer::explain(const Results& r, const QString& contestantKey)
{
    const int at = r.findContestant(contestantKey);
    if (at < 0)
        return tr("No ranked contestant has the key %1.").arg(contestantKey);
    const IndividualResult& row = r.individual.at(at);
    QStringList lines;
    lines << tr("Contestant %1 (%2), unit %3.")
                 .arg(row.contestant(), r.nameOf(row), r.unitCodeOf(row));

    const QString allowed = r.settings.maxAttempts > 0
                                ? tr("the first %1 count").arg(r.settings.maxAttempts)
                                : tr("all count");
    lines << tr("Valid attempts: %1 (%2).").arg(row.validAttempts).arg(allowed);
    for (int p = 0; p < row.validAttempts; ++p)
        lines << attemptLine(r, row, p);
    for (const GradedSubmission& s : r.submissions) {
        if (!s.valid &&
            IdentityCode::key(IdentityCode::idNumber(s.idNumber), IdentityCode::phone(s.phone)) !=
                0 &&
            Identity::contestantKey(s.idNumber, s.phone) == row.contestant())
            lines << tr("  invalid, not ranked: %1 (%2)").arg(s.id, s.invalidReason);
    }
    switch (r.settings.countedAttempt) {
    case CountedAttempt::Best:
        lines << tr("Counted: the best attempt by the ranking order (the earliest among equals).");
        break;
    case CountedAttempt::First:
        lines << tr("Counted: the first attempt by submission time.");
        break;
    case CountedAttempt::Last:
        lines << tr("Counted: the last attempt considered, by submission time.");
        break;
    }
    lines << tr("Ranking keys, in order:");
    for (RankingKey k : RankingKeys::effectiveOrder(r.settings))
        lines << tr("  %1: %2").arg(keyName(k), keyText(r, k, row));
    lines << rankLines(r, at);
    lines << prizeLines(r, row);
    const GradedSubmission& counted = r.countedOf(row);
    if (row.certificate)
        lines << tr("Certificate: yes (%1 correct, at least %2 needed).")
                     .arg(counted.correct)
                     .arg(r.settings.certificateMinCorrect);
    else if (row.eligible)
        lines << tr("Certificate: no (%1 correct, at least %2 needed).")
                     .arg(counted.correct)
                     .arg(r.settings.certificateMinCorrect);
    else
        lines << tr("Certificate: no (not eligible).");
    return lines.join(QLatin1Char('\n'));
}
