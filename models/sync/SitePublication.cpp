#include "SitePublication.h"

#include "accounts/Authorization.h"
#include "printing/CertificateRegistry.h"
#include "printing/PrintSource.h"

#include <QJsonArray>

QJsonObject SitePublication::results(Database& db)
{
    Authorization::require(db, Permission::PublishAndSync);
    const PrintSource s = PrintSource::load(db);
    QJsonArray individual;
    for (const PrintedPerson& p : s.individualWinners())
        individual << QJsonObject{{QStringLiteral("rank"), p.rank},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("birth_year"), p.birthYear},
                                  {QStringLiteral("unit"), p.unitName},
                                  {QStringLiteral("prize"), p.prizeLabel},
                                  {QStringLiteral("amount"), double(p.amount)}};
    QJsonArray collective;
    for (const PrintedUnit& u : s.collectiveWinners())
        collective << QJsonObject{
            {QStringLiteral("rank"), u.rank},
            {QStringLiteral("unit"), u.name},
            {QStringLiteral("prize"), QStringLiteral("Giải tập thể")},
            {QStringLiteral("amount"), double(s.settings.collectivePrizeAmount)}};
    return QJsonObject{{QStringLiteral("code"), s.settings.code},
                       {QStringLiteral("title"), s.settings.title},
                       {QStringLiteral("snapshot"), double(s.snapshot.id)},
                       {QStringLiteral("locked_at"), s.snapshot.lockedAt},
                       {QStringLiteral("sha256"), s.snapshot.sha256},
                       {QStringLiteral("individual"), individual},
                       {QStringLiteral("collective"), collective}};
}

QJsonObject SitePublication::certificates(Database& db)
{
    Authorization::require(db, Permission::PublishAndSync);
    const PrintSource s = PrintSource::load(db);
    QHash<QString, int> birthYears;
    for (const PrintedPerson& p : s.people)
        birthYears.insert(p.contestant, p.birthYear);
    const CertificateRegistry registry(db);
    QJsonArray valid;
    QJsonArray revoked;
    for (const QString& code : registry.codes()) {
        const CertificateCheck check = registry.check(code);
        if (check.status != CertificateCheck::Status::Valid || !check.certificate) {
            revoked << code;
            continue;
        }
        const IssuedCertificate& c = *check.certificate;
        valid << QJsonObject{{QStringLiteral("code"), c.code},
                             {QStringLiteral("number"), c.number},
                             {QStringLiteral("kind"), c.kind},
                             {QStringLiteral("name"), c.recipientName},
                             {QStringLiteral("birth_year"), birthYears.value(c.recipient)},
                             {QStringLiteral("unit"), c.unit},
                             {QStringLiteral("result"), c.achievement},
                             {QStringLiteral("date"), c.issuedAt.left(10)}};
    }
    return QJsonObject{{QStringLiteral("code"), s.settings.code},
                       {QStringLiteral("snapshot"), double(s.snapshot.id)},
                       {QStringLiteral("sha256"), s.snapshot.sha256},
                       {QStringLiteral("certificates"), valid},
                       {QStringLiteral("revoked"), revoked}};
}
