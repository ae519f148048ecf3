#include "ServerSession.h"

#include "PinCertificateDialog.h"
#include "ServerSettings.h"
#include "storage/Database.h"
#include "sync/ServerClient.h"
#include "sync/TokenStore.h"

#include <QNetworkAccessManager>

ServerConfig ServerSession::config() const
{
    const ServerSettings settings = ServerSettings::load(m_db.location());
    if (settings.serverKey().isEmpty())
        throw UserError(tr("Set the server's address under Server settings first."));
    ServerConfig config = settings.config();
    const std::optional<QByteArray> token = m_tokens.read(config.key());
    if (!token || token->isEmpty())
        throw UserError(
            tr("No token is saved for %1: enter it under Server settings.").arg(config.key()));
    config.token = *token;
    return config;
}

bool ServerSession::askToPin(const CertificateError& e, bool mayAsk)
{
    if (e.peer().isNull() || !mayAsk)
        throw e;
    ServerSettings settings = ServerSettings::load(m_db.location());
    if (!PinCertificateDialog::confirm(m_parent, settings.config().key(), e.peer()))
        return false;
    settings.pinnedSha256 = e.peer().sha256.toLatin1();
    settings.save(m_db.location());
    m_pinned = true;
    return true;
}

bool ServerSession::run(const std::function<void(ServerClient&)>& work, bool mayAskToPin)
{
    m_pinned = false;
    for (int attempt = 0;; ++attempt) {
        QNetworkAccessManager manager;
        ServerClient client(manager, config());
        try {
            work(client);
            return true;
        } catch (const CertificateError& e) {
            // A second failure after pinning means the pin did not help; an automatic
            // sync never asks (nobody may be at the screen): both say so instead.
            if (attempt > 0)
                throw;
            if (!askToPin(e, mayAskToPin))
                return false;
        }
    }
}
