#pragma once

#include "CertificateTemplate.h"

class Database;

// The certificate layouts as stored (one per kind); the defaults until someone saves one.
class CertificateTemplateRepository
{
public:
    explicit CertificateTemplateRepository(Database& db) : m_db(db) {}

    CertificateTemplate load(const QString& kind) const;
    void save(const CertificateTemplate& t);

    // The JSON file a secretariat passes on with its pre-printed blanks. Throw UserError
    // (bad file) or EnvironmentError (cannot write).
    static void exportFile(const CertificateTemplate& t, const QString& path);
    static CertificateTemplate importFile(const QString& path);

private:
    Database& m_db;
};
