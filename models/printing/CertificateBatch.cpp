#include "CertificateBatch.h"

#include "CertificateRegistry.h"
#include "CertificateTemplateRepository.h"
#include "CertificateText.h"

#include <QCollator>

#include <algorithm>

namespace {

CertificateEntry personEntry(const PrintedPerson& p, const QString& kind)
{
    CertificateEntry e;
    e.kind = kind;
    e.recipient = p.contestant;
    e.name = p.name;
    e.birthYear = p.birthYear;
    e.unitCode = p.unitCode;
    e.unitName = p.unitName;
    e.correct = p.correct;
    e.prizeLabel = p.prizeLabel;
    return e;
}

} // namespace

QList<CertificateEntry> CertificateBatch::recipients(const PrintSource& source, const QString& kind)
{
    QList<CertificateEntry> out;
    if (kind == QLatin1String("certificate")) {
        for (const PrintedPerson& p : source.certificateHolders())
            out << personEntry(p, kind);
        // By unit name as Vietnamese sorts it, rank order within a unit (stable sort).
        QCollator collator{QLocale(QLocale::Vietnamese)};
        std::stable_sort(out.begin(), out.end(),
                         [&](const CertificateEntry& a, const CertificateEntry& b) {
                             return collator.compare(a.unitName, b.unitName) < 0;
                         });
        return out;
    }
    if (kind != QLatin1String("award"))
        throw UserError(tr("unknown certificate kind '%1' (certificate or award)").arg(kind));
    // Award certificates follow the award list: prize order, which the committee reads out.
    for (const PrintedPerson& p : source.individualWinners())
        out << personEntry(p, kind);
    for (const PrintedUnit& u : source.collectiveWinners()) {
        CertificateEntry e;
        e.kind = kind;
        e.collective = true;
        e.recipient = QStringLiteral("unit:") + u.code;
        e.name = u.name;
        e.unitCode = u.code;
        e.unitName = u.name;
        e.prizeLabel = QStringLiteral("Giải tập thể");
        out << e;
    }
    return out;
}

CertificateBatch CertificateBatch::prepare(Database& db, const QString& kind)
{
    if (!CertificateTemplate::kinds().contains(kind))
        throw UserError(tr("unknown certificate kind '%1' (certificate or award)").arg(kind));
    CertificateBatch b;
    b.source = PrintSource::load(db);
    b.layout = CertificateTemplateRepository(db).load(kind);
    b.entries = recipients(b.source, kind);
    const CertificateText text(b.layout, b.source.settings);
    CertificateRegistry(db).issue(b.entries, b.source.snapshot, b.layout.numberSuffix,
                                  b.layout.numberStart,
                                  [&](const CertificateEntry& e) { return text.achievement(e); });
    return b;
}
