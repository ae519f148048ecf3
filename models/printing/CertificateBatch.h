#pragma once

#include "CertificateEntry.h"
#include "CertificateTemplate.h"
#include "PrintSource.h"

#include <QCoreApplication>

class Database;

// The certificates of one kind, ready to draw: who gets one (from the locked snapshot),
// in print order (by unit, so each office's pile comes out together), each numbered and
// coded in the registry.
struct CertificateBatch
{
    Q_DECLARE_TR_FUNCTIONS(CertificateBatch)
public:
    PrintSource source;
    CertificateTemplate layout;
    QList<CertificateEntry> entries;

    // Throws UserError (results not locked, unknown kind, no signer's name). `signerName`,
    // when given, is printed under the signature for this print instead of the layout's.
    static CertificateBatch prepare(Database& db, const QString& kind,
                                    const QString& signerName = QString());
    // The layout prints the signer's name ({signer_name}) but names nobody.
    static bool lacksSignerName(const CertificateTemplate& layout);
    // Who gets a certificate of `kind`, sorted: pure, no numbers yet.
    // certificate: eligible contestants with correct >= certificate_min_correct;
    // award: individual prize winners, then collective prize winners.
    static QList<CertificateEntry> recipients(const PrintSource& source, const QString& kind);
};
