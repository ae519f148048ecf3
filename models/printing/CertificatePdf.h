#pragma once

#include "CertificateEntry.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class CertificateRenderer;

// Certificates into PDF files: all in one (a batch for the printer) or one file per
// person (to e-mail each office its own).
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)
public:
    using Progress = std::function<bool(int done)>; // false: cancel

    // Returns the pages written. Throws EnvironmentError when the file cannot be written.
    static int write(const QString& path, const CertificateRenderer& renderer,
                     const QList<CertificateEntry>& entries, const Progress& progress = {});
    // One PDF per entry in `dir` (created); returns the files written.
    static QStringList writeSplit(const QString& dir, const CertificateRenderer& renderer,
                                  const QList<CertificateEntry>& entries,
                                  const Progress& progress = {});
    // No. "125/GCN-BTC", "Nguyễn Thị Ánh" -> "125-GCN-BTC_Nguyen-Thi-Anh.pdf": readable,
    // ASCII only (safe on every file system and in e-mail), unique by the certificate
    // number, and no ID number in it.
    static QString fileName(const CertificateEntry& e);
    // Diacritics removed, đ→d, anything else but letters and digits becomes '-'.
    static QString asciiName(const QString& text);
};
