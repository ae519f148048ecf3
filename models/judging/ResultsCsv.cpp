#include "ResultsCsv.h"

#include "core/CsvWriter.h"
#include "core/Duration.h"

namespace ResultsCsv {

QByteArray individual(const Results& results)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("rank"), QStringLiteral("contestant"), QStringLiteral("name"), QStringLiteral("birth_year"),
                QStringLiteral("unit"), QStringLiteral("correct"), QStringLiteral("prediction"),
                QStringLiteral("prediction_error"), QStringLiteral("duration"), QStringLiteral("duration_ms"),
                QStringLiteral("submitted_at"), QStringLiteral("eligible"), QStringLiteral("reason"),
                QStringLiteral("prize"), QStringLiteral("amount"), QStringLiteral("certificate"), QStringLiteral("submission")});
    for (const IndividualResult& r : results.individual) {
        const GradedSubmission& s = results.countedOf(r);
        QString label;
        qint64 amount = 0;
        for (const PrizeTier& tier : results.settings.individualPrizes) {
            if (tier.key == r.prize) {
                label = tier.label;
                amount = tier.amount;
            }
        }
        if (r.unresolvedTie)
            label = QStringLiteral("(unresolved tie)");
        csv.addRow({QString::number(r.rank), r.contestant(), s.name, s.birthYear ? QString::number(s.birthYear) : QString(),
                    s.unitCode, QString::number(s.correct), QString::number(s.prediction),
                    QString::number(r.predictionError), Duration::format(s.durationMs), QString::number(s.durationMs),
                    s.submittedAt.toString(), r.eligible ? QStringLiteral("1") : QStringLiteral("0"), r.reason, label,
                    amount ? QString::number(amount) : QString(), r.certificate ? QStringLiteral("1") : QStringLiteral("0"),
                    s.id});
    }
    return csv.data();
}

} // namespace ResultsCsv
