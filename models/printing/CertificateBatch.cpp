#include "CertificateBatch.h"

#include "CertificateRegistry.h"
#include "CertificateTemplateRepository.h"
#include "CertificateText.h"
#include "core/VietnameseCollation.h"

#include <QHash>

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
        // By unit name as Vietnamese sorts it, rank order within a unit (stable sort). Our own
        // collation, not QCollator: Windows' collation puts the same names in another order.
        QHash<QString, QByteArray> keys;
        for (const CertificateEntry& e : std::as_const(out)) {
            if (!keys.contains(e.unitName))
                keys.insert(e.unitName, VietnameseCollation::sortKey(e.unitName));
        }
        std::stable_sort(out.begin(), out.end(),
                         [&](const CertificateEntry& a, const CertificateEntry& b) {
                             return keys.value(a.unitName) < keys.value(b.unitName);
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

bool CertificateBatch::lacksSignerName(const CertificateTemplate& layout)
{
    if (!layout.values.value(QStringLiteral("signer_name")).trimmed().isEmpty())
        return false;
    const QString placeholder = QStringLiteral("{signer_name}");
    return std::any_of(layout.fields.cbegin(), layout.fields.cend(),
                       [&](const TemplateField& f) { return f.text.contains(placeholder); });
}

CertificateBatch CertificateBatch::prepare(Database& db, const QString& kind,
                                           const QString& signerName)
{
    if (!CertificateTemplate::kinds().contains(kind))
        throw UserError(tr("unknown certificate kind '%1' (certificate or award)").arg(kind));
    CertificateBatch b;
    b.source = PrintSource::load(db);
    b.layout = CertificateTemplateRepository(db).load(kind);
    if (!signerName.trimmed().isEmpty())
        b.layout.values[QStringLiteral("signer_name")] = signerName.trimmed();
    // Before any number is issued: a certificate without the signer's name under the
    // signature is not one the office can hand out.
    if (lacksSignerName(b.layout)) {
        throw UserError(
            tr("the %1 layout has no signer's name: give the name of the person who "
               "signs (under \"%2\") in the layout editor, or for this print only "
               "(contestctl print certificates --signer NAME)")
                .arg(kind, b.layout.values.value(QStringLiteral("signer_title")).simplified()));
    }
    b.entries = recipients(b.source, kind);
    const CertificateText text(b.layout, b.source.settings);
    CertificateRegistry(db).issue(b.entries, b.source.snapshot, b.layout.numberSuffix,
                                  b.layout.numberStart,
                                  [&](const CertificateEntry& e) { return text.achievement(e); });
    return b;
}
