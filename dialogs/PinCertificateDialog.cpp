#include "PinCertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
std::optional<bool> nextAnswer;
int shown = 0;
PeerCertificate last;

QLabel* selectableLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PinCertificateDialog::PinCertificateDialog(const QString& server, const PeerCertificate& peer,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted server certificate"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The certificate of %1 is not trusted by this computer. Compare the fingerprint "
           "below with the one the server's operator gave you (by phone or on paper). Pin it "
           "only if they are identical: from then on this exact certificate is accepted for "
           "this server.")
            .arg(server));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), selectableLabel(peer.subject, QStringLiteral("subjectLabel")));
    form->addRow(tr("Issuer:"), selectableLabel(peer.issuer, QStringLiteral("issuerLabel")));
    form->addRow(tr("Valid:"),
                 selectableLabel(tr("from %1 to %2")
                                     .arg(peer.notBefore.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                          peer.notAfter.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                                 QStringLiteral("validityLabel")));
    QLabel* sha = selectableLabel(peer.sha256, QStringLiteral("sha256Label"));
    sha->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("SHA-256:"), sha);
    if (!peer.errors.isEmpty())
        form->addRow(tr("Why:"), selectableLabel(peer.errors.join(QLatin1Char('\n')),
                                                 QStringLiteral("errorsLabel")));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* pin = buttons->addButton(tr("Pin this certificate"), QDialogButtonBox::AcceptRole);
    pin->setObjectName(QStringLiteral("pinPushButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // declining is the safe answer
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool PinCertificateDialog::confirm(QWidget* parent, const QString& server,
                                   const PeerCertificate& peer)
{
    ++shown;
    last = peer;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    PinCertificateDialog dialog(server, peer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void PinCertificateDialog::setNextAnswer(bool pin)
{
    nextAnswer = pin;
}

int PinCertificateDialog::shownCount()
{
    return shown;
}

PeerCertificate PinCertificateDialog::lastPeer()
{
    return last;
}
