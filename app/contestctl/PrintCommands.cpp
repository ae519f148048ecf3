#include "CtlCommands.h"

#include "core/Problem.h"
#include "judging/ResultsLock.h"
#include "printing/AwardList.h"
#include "printing/AwardListWriter.h"
#include "printing/CertificateBatch.h"
#include "printing/CertificatePdf.h"
#include "printing/CertificateRegistry.h"
#include "printing/CertificateRenderer.h"
#include "printing/CertificateTemplateRepository.h"
#include "printing/CertificateText.h"

#include <QElapsedTimer>

namespace {

// Messages to people follow the locale; the summary lines scripts parse stay fixed English
// (docs/contestctl.md).
class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
};

int runCertificates(CtlContext& ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    const QString split = ctx.takeOption(QStringLiteral("--split"));
    QString kind = ctx.takeOption(QStringLiteral("--kind"));
    const QString signer = ctx.takeOption(QStringLiteral("--signer"));
    ctx.positionals(0,
                    QStringLiteral("print certificates --out FILE.pdf [--kind certificate|award] "
                                   "[--split DIR] [--signer NAME]"));
    if (out.isEmpty() && split.isEmpty())
        throw UserError(PrintCommands::tr("say where: --out FILE.pdf and/or --split DIR"));
    if (!out.isEmpty() && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw UserError(PrintCommands::tr("%1: certificates are written as .pdf").arg(out));
    if (kind.isEmpty())
        kind = QStringLiteral("certificate");
    Database& db = ctx.openExisting();
    QElapsedTimer timer;
    timer.start();
    const CertificateBatch batch = CertificateBatch::prepare(db, kind, signer);
    const CertificateRenderer renderer(batch.layout, batch.source.settings);
    if (!out.isEmpty()) {
        const int pages = CertificatePdf::write(out, renderer, batch.entries);
        ctx.out() << QStringLiteral("%1: %2 %3 page(s)\n").arg(out).arg(pages).arg(kind);
    }
    if (!split.isEmpty()) {
        const QStringList files = CertificatePdf::writeSplit(split, renderer, batch.entries);
        ctx.out() << QStringLiteral("%1: %2 file(s)\n").arg(split).arg(files.size());
    }
    ctx.out() << QStringLiteral("from locked snapshot %1 (sha256 %2) in %3 ms\n")
                     .arg(batch.source.snapshot.id)
                     .arg(batch.source.snapshot.sha256)
                     .arg(timer.elapsed());
    return 0;
}

int runAwardList(CtlContext& ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    ctx.positionals(0, QStringLiteral("print award-list --out FILE.pdf|.xlsx|.csv"));
    if (out.isEmpty())
        throw UserError(PrintCommands::tr("say where: --out FILE.pdf|.xlsx|.csv"));
    Database& db = ctx.openExisting();
    const PrintSource source = PrintSource::load(db);
    const AwardList list = AwardList::build(source);
    // Dated like the certificates: the same place and date of the certificate layout.
    const CertificateTemplate layout =
        CertificateTemplateRepository(db).load(QStringLiteral("certificate"));
    const QString placeAndDate = CertificateText(layout, source.settings).placeAndDate();
    AwardListWriter::write(list, out, placeAndDate);
    ctx.out() << QStringLiteral("%1: %2 individual and %3 collective prize(s), total %4\n")
                     .arg(out)
                     .arg(list.individual.rows.size())
                     .arg(list.collective.rows.size())
                     .arg(list.grandTotal);
    return 0;
}

int runTemplateExport(CtlContext& ctx)
{
    const QString kind = ctx.takeOption(QStringLiteral("--kind"));
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    ctx.positionals(
        0, QStringLiteral("print template export --kind certificate|award --out FILE.json"));
    if (!CertificateTemplate::kinds().contains(kind) || out.isEmpty())
        throw UserError(PrintCommands::tr("say --kind certificate|award and --out FILE.json"));
    CertificateTemplateRepository::exportFile(
        CertificateTemplateRepository(ctx.openExisting()).load(kind), out);
    ctx.out() << QStringLiteral("%1: %2 template written\n").arg(out, kind);
    return 0;
}

int runTemplateImport(CtlContext& ctx)
{
    const QString file =
        ctx.positionals(1, QStringLiteral("print template import FILE.json")).first();
    const CertificateTemplate t = CertificateTemplateRepository::importFile(file);
    CertificateTemplateRepository(ctx.openExisting()).save(t);
    ctx.out() << QStringLiteral("%1 template stored\n").arg(t.kind);
    return 0;
}

int runVerify(CtlContext& ctx)
{
    const QString code = ctx.positionals(1, QStringLiteral("verify CODE")).first();
    Database& db = ctx.openExisting();
    const CertificateCheck check = CertificateRegistry(db).check(code);
    if (!check.certificate) {
        ctx.out() << QStringLiteral("unknown\n");
        return 1;
    }
    const IssuedCertificate& c = *check.certificate;
    ctx.out() << QStringLiteral("%1 %2 (code %3)\n")
                     .arg(c.kind == QLatin1String("award") ? QStringLiteral("Giấy khen")
                                                           : QStringLiteral("Giấy chứng nhận"),
                          c.number, c.code)
              << QStringLiteral("recipient: %1 (%2)\n").arg(c.recipientName, c.recipient)
              << QStringLiteral("unit: %1\n").arg(c.unit)
              << QStringLiteral("certifies: %1\n").arg(c.achievement)
              << QStringLiteral("issued: %1 from locked results snapshot %2 (sha256 %3)\n")
                     .arg(c.issuedAt)
                     .arg(c.snapshotId)
                     .arg(c.snapshotSha256);
    switch (check.status) {
    case CertificateCheck::Status::Valid:
        ctx.out() << QStringLiteral(
            "status: valid, the results it rests on are the current locked results\n");
        return 0;
    case CertificateCheck::Status::Superseded:
        ctx.out() << QStringLiteral("status: the results were unlocked or locked again since: "
                                    "check with the committee\n");
        return 0;
    case CertificateCheck::Status::NotValid:
    case CertificateCheck::Status::Unknown:
        break;
    }
    ctx.out() << QStringLiteral("status: NOT valid: %1\n").arg(check.reason);
    return 1;
}

} // namespace

QList<CtlCommand> printCommands()
{
    return {
        {{QStringLiteral("print"), QStringLiteral("certificates")},
         QStringLiteral("print certificates --out FILE.pdf [--kind certificate|award] "
                        "[--split DIR] [--signer NAME]"),
         QStringLiteral("certificates from the locked results, one page per person"),
         QStringLiteral(
             "--kind certificate (default): Giấy chứng nhận for every eligible contestant with at "
             "least\n"
             "certificate_min_correct right answers, sorted by unit. --kind award: Giấy khen for "
             "the\n"
             "individual and collective prize winners. --split DIR also writes one PDF per person\n"
             "(125-GCN-BTC_Nguyen-Thi-Anh.pdf). Each certificate gets a number and a "
             "verification\n"
             "code (text and QR code) that `contestctl verify CODE` checks. Needs locked results.\n"
             "The signer's name printed under the signature comes from the layout; when the\n"
             "layout names nobody, nothing is printed until --signer NAME gives it (for this "
             "print)."),
         runCertificates},
        {{QStringLiteral("print"), QStringLiteral("award-list")},
         QStringLiteral("print award-list --out FILE.pdf|.xlsx|.csv"),
         QStringLiteral(
             "the award list: winners, amounts, totals in words, participation per unit"),
         QStringLiteral("The format follows the extension. Needs locked results."),
         runAwardList},
        {{QStringLiteral("print"), QStringLiteral("template"), QStringLiteral("export")},
         QStringLiteral("print template export --kind certificate|award --out FILE.json"),
         QStringLiteral("write a certificate layout to a JSON file"),
         QStringLiteral("Positions are in mm."),
         runTemplateExport},
        {{QStringLiteral("print"), QStringLiteral("template"), QStringLiteral("import")},
         QStringLiteral("print template import FILE.json"),
         QStringLiteral("store a certificate layout from a JSON file"),
         QStringLiteral("Keys left out keep the defaults of the kind."),
         runTemplateImport},
        {{QStringLiteral("verify")},
         QStringLiteral("verify CODE"),
         QStringLiteral("whose certificate a verification code is, or \"unknown\" (exit 1)"),
         QStringLiteral(
             "CODE as printed under the QR code; case, spaces and dashes do not matter.\n"
             "\"status: NOT valid\" (exit 1) when the locked results it was printed from no\n"
             "longer hash to the SHA-256 their lock entry in the audit log recorded, or its own\n"
             "record was altered; the line says which."),
         runVerify},
    };
}
