#include "CtlCommands.h"

#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "statistics/ProgressReport.h"
#include "statistics/UnitParticipationReport.h"

#include <QDateTime>

namespace {

// Messages to people follow the locale; the summary lines scripts parse stay fixed English
// (docs/contestctl.md).
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

QDate parseDate(const QString& text, const ContestSettings& settings)
{
    if (text.isEmpty()) // today where the contest is
        return QDateTime::currentDateTimeUtc()
            .addSecs(qint64(settings.timezoneOffsetMinutes) * 60)
            .date();
    const QDate d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        throw UserError(ReportCommands::tr("--date '%1': expected a day as dd/MM/yyyy, e.g. 07/06/2024").arg(text));
    return d;
}

int runProgress(CtlContext& ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    const QString date = ctx.takeOption(QStringLiteral("--date"));
    ctx.positionals(0, QStringLiteral("report progress --out FILE.pdf [--date dd/MM/yyyy]"));
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw UserError(ReportCommands::tr("say where: --out FILE.pdf"));
    Database& db = ctx.openExisting();
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    const ProgressReport report = ProgressReport::build(db, parseDate(date, settings));
    report.writePdf(out);
    ctx.out() << QStringLiteral("%1: progress report as of %2: %3 contestant(s), %4 valid "
                                "submission(s), %5 day(s) left\n")
                     .arg(out, report.date().toString(QStringLiteral("dd/MM/yyyy")))
                     .arg(report.stats().contestants)
                     .arg(report.stats().validSubmissions)
                     .arg(report.stats().daysLeft);
    return 0;
}

int runUnits(CtlContext& ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    const QString kind = ctx.takeOption(QStringLiteral("--kind"));
    ctx.positionals(0, QStringLiteral("report units --out FILE.csv|.xlsx|.pdf [--kind KIND]"));
    if (out.isEmpty())
        throw UserError(ReportCommands::tr("say where: --out FILE.csv|.xlsx|.pdf"));
    const UnitParticipationReport report =
        UnitParticipationReport::compute(ctx.openExisting(), kind);
    report.write(out);
    ctx.out() << QStringLiteral("%1: %2 unit(s)\n").arg(out).arg(report.rows().size());
    return 0;
}

} // namespace

QList<CtlCommand> reportCommands()
{
    return {
        {{QStringLiteral("report"), QStringLiteral("progress")},
         QStringLiteral("report progress --out FILE.pdf [--date dd/MM/yyyy]"),
         QStringLiteral("the progress report (Báo cáo tiến độ Cuộc thi) as of a day, as PDF"),
         QStringLiteral("The figures as they stood at the end of --date in the contest's "
                        "timezone (default: today): contestants, submissions valid and invalid, "
                        "the daily trend, days left, the units leading by participation rate and "
                        "those with nobody yet, the average score of counted attempts, with "
                        "three charts. A day before the window opens is refused."),
         runProgress},
        {{QStringLiteral("report"), QStringLiteral("units")},
         QStringLiteral("report units --out FILE.csv|.xlsx|.pdf [--kind KIND]"),
         QStringLiteral("participation by unit for the reform index"),
         QStringLiteral("Each unit with contestants: kind, headcount, contestants, rate, average "
                        "correct and perfect scores of counted attempts, rank. --kind keeps one "
                        "kind of unit (agency, commune, school)."),
         runUnits},
    };
}
