#pragma once

#include "CertificateEntry.h"
#include "CertificateTemplate.h"

#include <QDate>
#include <QHash>

struct ContestSettings;

// The words on a certificate: the template's {placeholders} filled for one recipient.
class CertificateText
{
public:
    CertificateText(const CertificateTemplate& t, const ContestSettings& settings,
                    QDate printDate = QDate()); // invalid: today in the contest's time zone

    QHash<QString, QString> values(const CertificateEntry& e) const;
    QString achievement(const CertificateEntry& e) const;
    // "Sơn Hà, ngày 30 tháng 6 năm 2024": how the documents of this print run are dated.
    QString placeAndDate() const;
    static QString fill(const QString& text, const QHash<QString, QString>& values);
    // "Ủy ban nhân dân huyện Sơn Hà" -> "Sơn Hà": the place a document is dated at.
    static QString placeFromOrganizer(const QString& organizer);

private:
    QHash<QString, QString> m_common; // the same on every page
    QString m_achievementCertificate;
    QString m_achievementAward;
    QString m_achievementCollective;
};
