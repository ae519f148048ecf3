#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

// What the committee made public on the site, in the server's data file: the locked
// results of each contest (as sent) and the certificate register, one row per code so
// /xac-minh/{code} is one lookup whatever the number of certificates.
class PublicationStore
{
public:
    explicit PublicationStore(Database& db); // throws std::runtime_error

    void saveResults(const QString& contestCode, const QJsonObject& results);
    std::optional<QJsonObject> results(const QString& contestCode) const;
    // Replaces the contest's register in one transaction.
    void saveCertificates(const QString& contestCode, const QJsonObject& reg);
    struct Lookup
    {
        bool revoked = false;
        QJsonObject certificate;
        QString contestCode;
    };
    std::optional<Lookup> certificate(const QString& code) const;

private:
    Database& m_db;
};
