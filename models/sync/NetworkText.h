#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// What went wrong on the network or with the keychain, in the reader's language (issue
// 14): Qt's and QtKeychain's own texts are English ("Host … not found", "Cannot autolaunch
// D-Bus without X11 $DISPLAY"), so each error code gets our phrase, naming the host.
class NetworkText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkText)
public:
    static QString error(QNetworkReply::NetworkError error, const QString& host);
    // QKeychain::Error as an int (the header stays out of callers); `detail` is the
    // library's text, recognised for the D-Bus case.
    static QString keychainError(int error, const QString& detail);
};
