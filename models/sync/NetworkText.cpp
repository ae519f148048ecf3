#include "NetworkText.h"

#include <qt6keychain/keychain.h>

QString NetworkText::error(QNetworkReply::NetworkError error, const QString& host)
{
    switch (error) {
    case QNetworkReply::NoError:
        return QString();
    case QNetworkReply::ConnectionRefusedError:
        return tr("the server %1 refused the connection (is contest-server running?)").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server %1 closed the connection before answering").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("the server %1 was not found (check the address and the network)").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("the server %1 did not answer in time").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("a secure connection to %1 could not be made (certificate or TLS)").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("the network is not available to reach %1").arg(host);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("the server %1 redirected the request too often or elsewhere").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy on the way to %1 failed (check the proxy settings)").arg(host);
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
        return tr("the server %1 refused access").arg(host);
    case QNetworkReply::ContentNotFoundError:
        return tr("the server %1 does not know this address (wrong server URL?)").arg(host);
    case QNetworkReply::ServiceUnavailableError:
        return tr("the server %1 is not available at the moment").arg(host);
    case QNetworkReply::InternalServerError:
    case QNetworkReply::UnknownServerError:
        return tr("the server %1 had an internal error").arg(host);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolUnknownError:
        return tr("the server %1 answered in a way this program does not understand").arg(host);
    default:
        break;
    }
    return tr("the network request to %1 failed (error %2)").arg(host).arg(int(error));
}

QString NetworkText::keychainError(int error, const QString& detail)
{
    if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        error == QKeychain::NoBackendAvailable)
        return tr("no keychain service runs in this session (no desktop login, or no D-Bus)");
    switch (error) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return tr("nothing is stored in the keychain for it");
    case QKeychain::CouldNotDeleteEntry:
        return tr("the keychain could not delete the entry");
    case QKeychain::AccessDeniedByUser:
        return tr("access to the keychain was refused");
    case QKeychain::AccessDenied:
        return tr("the keychain refused access");
    case QKeychain::NotImplemented:
        return tr("the keychain on this system cannot do this");
    default:
        break;
    }
    return tr("the keychain failed (error %1)").arg(error);
}
