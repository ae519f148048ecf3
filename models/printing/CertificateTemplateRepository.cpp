#include "CertificateTemplateRepository.h"

#include "core/OutputFile.h"

#include "accounts/Authorization.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

CertificateTemplate CertificateTemplateRepository::load(const QString& kind) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT template_json FROM certificate_templates WHERE kind = ?"), {kind});
    if (!q.next())
        return CertificateTemplate::defaults(kind);
    return CertificateTemplate::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

void CertificateTemplateRepository::save(const CertificateTemplate& t)
{
    Authorization::require(m_db, Permission::PrintCertificates);
    const Problems problems = t.validate();
    if (!problems.isEmpty())
        throw UserError(problems);
    const QString json =
        QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM certificate_templates WHERE kind = ?"), {t.kind});
        m_db.exec(QStringLiteral("INSERT INTO certificate_templates (kind, template_json, "
                                 "updated_at) VALUES (?, ?, ?)"),
                  {t.kind, json, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    });
}

void CertificateTemplateRepository::exportFile(const CertificateTemplate& t, const QString& path)
{
    OutputFile::write(path, QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented));
}

CertificateTemplate CertificateTemplateRepository::importFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UserError(QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        throw UserError(
            QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
    return CertificateTemplate::fromJson(doc.object());
}
