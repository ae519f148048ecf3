#pragma once

#include <QString>

// What one certificate page says about its recipient, resolved from the snapshot.
struct CertificateEntry
{
    QString kind;      // "certificate" or "award"
    QString recipient; // contestant key, or "unit:CODE" for a collective award
    bool collective = false;
    QString name; // person or unit
    int birthYear = 0;
    QString unitCode;
    QString unitName;
    int correct = 0;
    QString prizeLabel;
    // Filled when the certificate is issued (CertificateRegistry).
    QString number; // "125/GCN-BTC"
    QString code;   // verification code
};
