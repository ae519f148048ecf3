#include "SitePublishPanel.h"

#include "MessageBox.h"
#include "ServerSession.h"
#include "accounts/Authorization.h"
#include "core/Problem.h"
#include "sync/ServerClient.h"
#include "sync/SitePublication.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SitePublishPanel::SitePublishPanel(Database& db, ServerSession& session, QWidget* parent)
    : QGroupBox(tr("Contest site"), parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("sitePublishGroupBox"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_resultsButton = new QPushButton(tr("Publish &results"), this);
    m_resultsButton->setObjectName(QStringLiteral("publishResultsPushButton"));
    m_resultsButton->setToolTip(tr("Show the winners of the locked results on the contest site "
                                   "(names, birth years and units only)."));
    m_certificatesButton = new QPushButton(tr("Publish &certificates"), this);
    m_certificatesButton->setObjectName(QStringLiteral("publishCertificatesPushButton"));
    m_certificatesButton->setToolTip(tr("Send the certificate register, so that the QR code of a "
                                        "printed certificate can be checked on the site."));
    connect(m_resultsButton, &QPushButton::clicked, this, &SitePublishPanel::publishResults);
    connect(m_certificatesButton, &QPushButton::clicked, this,
            &SitePublishPanel::publishCertificates);
    buttons->addWidget(m_resultsButton);
    buttons->addWidget(m_certificatesButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("sitePublishResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_resultLabel);
    updatePermissions();
}

void SitePublishPanel::updatePermissions()
{
    const bool allowed = Authorization::allows(m_db, Permission::PublishAndSync);
    for (QPushButton* button : {m_resultsButton, m_certificatesButton}) {
        button->setEnabled(allowed);
        if (!allowed)
            button->setToolTip(tr("Only the committee publishes to the contest site."));
    }
}

void SitePublishPanel::publishResults()
{
    publish(QStringLiteral("results"));
}

void SitePublishPanel::publishCertificates()
{
    publish(QStringLiteral("certificates"));
}

void SitePublishPanel::publish(const QString& what)
{
    const bool results = what == QLatin1String("results");
    const QString question =
        results ? tr("Publish the winners of the locked results on the contest site? Anyone can "
                     "read them there (names, birth years, units and prizes; never ID numbers, "
                     "phones or addresses).")
                : tr("Publish the certificate register on the contest site? Anyone holding a "
                     "printed certificate can then check it there by its QR code.");
    if (MessageBox::question(this, results ? tr("Publish results") : tr("Publish certificates"),
                             question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        // The core checks the role too: a button enabled by mistake still sends nothing.
        Authorization::require(m_db, Permission::PublishAndSync);
        const QJsonObject body =
            results ? SitePublication::results(m_db) : SitePublication::certificates(m_db);
        const QString code = body.value(QLatin1String("code")).toString();
        const bool done =
            m_session.run([&](ServerClient& client) { client.publishToSite(code, what, body); });
        if (m_session.pinned())
            Q_EMIT pinChanged();
        if (!done) {
            m_resultLabel->setText(tr("Not published: the server's certificate was not pinned."));
            return;
        }
        if (results)
            m_resultLabel->setText(
                tr("Published the locked results no. %1 (SHA-256 %2): %3 individual and %4 "
                   "collective prizes.")
                    .arg(qint64(body.value(QLatin1String("snapshot")).toDouble()))
                    .arg(body.value(QLatin1String("sha256")).toString())
                    .arg(body.value(QLatin1String("individual")).toArray().size())
                    .arg(body.value(QLatin1String("collective")).toArray().size()));
        else
            m_resultLabel->setText(
                tr("Published the certificate register: %1 valid, %2 revoked.")
                    .arg(body.value(QLatin1String("certificates")).toArray().size())
                    .arg(body.value(QLatin1String("revoked")).toArray().size()));
    } catch (const UserError& e) {
        m_resultLabel->setText(tr("Not published: %1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        m_resultLabel->setText(tr("Not published: %1").arg(e.message()));
    }
}
