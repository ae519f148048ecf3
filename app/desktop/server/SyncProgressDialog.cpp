#include "SyncProgressDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SyncProgressDialog::SyncProgressDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("syncProgressDialog"));
    setWindowTitle(tr("Pulling submissions"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto label = [this](const char* name) {
        auto* l = new QLabel(QStringLiteral("0"), this);
        l->setObjectName(QLatin1String(name));
        return l;
    };
    m_pagesLabel = label("pagesLabel");
    m_itemsLabel = label("itemsLabel");
    m_speedLabel = label("speedLabel");
    m_elapsedLabel = label("elapsedLabel");
    form->addRow(tr("Pages:"), m_pagesLabel);
    form->addRow(tr("Submissions:"), m_itemsLabel);
    form->addRow(tr("Speed:"), m_speedLabel);
    form->addRow(tr("Elapsed:"), m_elapsedLabel);
    layout->addLayout(form);
    m_summaryLabel = new QLabel(tr("Connecting to the server…"), this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);
    m_button = new QPushButton(tr("Cancel"), this);
    m_button->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_button, &QPushButton::clicked, this, &SyncProgressDialog::reject);
    layout->addWidget(m_button, 0, Qt::AlignRight);

    m_clock.start();
    m_tick = new QTimer(this);
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &SyncProgressDialog::updateElapsed);
    m_tick->start();
    updateElapsed();
}

void SyncProgressDialog::showProgress(int pages, qint64 items, double itemsPerSecond)
{
    const QLocale locale;
    m_pagesLabel->setText(locale.toString(pages));
    m_itemsLabel->setText(locale.toString(items));
    m_speedLabel->setText(tr("%1 submissions/s").arg(locale.toString(itemsPerSecond, 'f', 0)));
    m_summaryLabel->setText(tr("Storing pages…"));
    updateElapsed();
}

void SyncProgressDialog::finish(const QString& summary, const QString& error, bool cancelled)
{
    m_running = false;
    m_tick->stop();
    updateElapsed();
    m_summaryLabel->setText(cancelled ? tr("Cancelled after the last stored page: %1").arg(summary)
                                      : summary);
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_button->setText(tr("Close"));
    m_button->setEnabled(true);
    adjustSize(); // the error text may need more room than the progress did
}

void SyncProgressDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    // The engine finishes the page in hand; finish() comes after that.
    m_button->setEnabled(false);
    m_summaryLabel->setText(tr("Stopping after the current page…"));
    Q_EMIT cancelRequested();
}

void SyncProgressDialog::updateElapsed()
{
    const qint64 s = m_clock.elapsed() / 1000;
    m_elapsedLabel->setText(
        QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}
