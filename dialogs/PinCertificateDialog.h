#pragma once

#include "sync/PeerCertificate.h"

#include <QDialog>

#include <optional>

// Shows a certificate the client does not trust (subject, issuer, validity, SHA-256) and
// asks an administrator whether to pin it for this server. Like MessageBox, a test can
// answer the next one without a dialog being shown.
class PinCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    PinCertificateDialog(const QString& server, const PeerCertificate& peer,
                         QWidget* parent = nullptr);

    // True when the administrator confirmed pinning `peer` for `server`.
    static bool confirm(QWidget* parent, const QString& server, const PeerCertificate& peer);

    // Test hooks: the next confirm() returns `pin` at once; what it would have shown.
    static void setNextAnswer(bool pin);
    static int shownCount();
    static PeerCertificate lastPeer();
};
