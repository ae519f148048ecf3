#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// What `contestctl publish results` and `publish certificates` send to the contest site
// (contest-site.md): built from the LOCKED results only, never from live data, and with
// nothing that identifies a person beyond name, birth year and unit (no ID number,
// phone or address ever leaves the suite this way).
class SitePublication
{
    Q_DECLARE_TR_FUNCTIONS(SitePublication)
public:
    // The prize winners and collective prizes of the locked results, with the snapshot's
    // number and SHA-256 as the printed award list carries them. Throws UserError when
    // nothing is locked.
    static QJsonObject results(Database& db);
    // The certificate register: every certificate issued from the locked results, and as
    // "revoked" the codes printed from results since unlocked (or found altered).
    static QJsonObject certificates(Database& db);
};
