#include "PublishPanel.h"

#include "ServerSession.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "core/Rfc3339.h"
#include "sync/PackageBuilder.h"
#include "sync/ServerClient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

PublishPanel::PublishPanel(Database& db, ServerSession& session, QWidget* parent)
    : QGroupBox(tr("Contest window"), parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("publishGroupBox"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* publishButton = new QPushButton(tr("&Publish package"), this);
    publishButton->setObjectName(QStringLiteral("publishPushButton"));
    publishButton->setToolTip(tr("Check the exam package here, then send it to the server: "
                                 "this opens the contest window at the times set."));
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    connect(publishButton, &QPushButton::clicked, this, &PublishPanel::publish);
    connect(refreshButton, &QPushButton::clicked, this, &PublishPanel::refresh);
    buttons->addWidget(publishButton);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("publishResultLabel"));
    m_resultLabel->setWordWrap(true);
    layout->addWidget(m_resultLabel);
    m_problemsList = new QListWidget(this);
    m_problemsList->setObjectName(QStringLiteral("problemsListWidget"));
    m_problemsList->setVisible(false);
    layout->addWidget(m_problemsList);
    m_liveLabel = new QLabel(tr("Press Refresh to ask the server for the contest's state."), this);
    m_liveLabel->setObjectName(QStringLiteral("liveStateLabel"));
    m_liveLabel->setWordWrap(true);
    m_liveLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_liveLabel);
}

void PublishPanel::publish()
{
    m_problemsList->clear();
    const Problems problems = PackageBuilder(m_db).problems();
    if (!problems.isEmpty()) {
        for (const Problem& p : problems)
            m_problemsList->addItem(p.toString());
        m_problemsList->setVisible(true);
        m_resultLabel->setText(
            tr("Not published: fix these %Ln problem(s) first. Nothing was sent.", nullptr,
               int(problems.size())));
        return;
    }
    m_problemsList->setVisible(false);
    try {
        const QJsonObject package = PackageBuilder(m_db).build();
        const QString code = package.value(QLatin1String("code")).toString();
        int version = 0;
        QJsonObject contest;
        const bool done = m_session.run([&](ServerClient& client) {
            version = client.publish(code, package);
            contest = client.contest(code);
        });
        if (m_session.pinned())
            Q_EMIT pinChanged();
        if (!done) {
            m_resultLabel->setText(tr("Not published: the server's certificate was not pinned."));
            return;
        }
        m_resultLabel->setText(
            tr("Published: the server accepted package version %1.").arg(version));
        showLive(contest);
    } catch (const UserError& e) {
        m_resultLabel->setText(tr("Not published: %1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        m_resultLabel->setText(tr("Not published: %1").arg(e.message()));
    }
}

void PublishPanel::refresh()
{
    const QString code = ContestRepository(m_db).loadOrDefaults().code;
    try {
        QJsonObject contest;
        if (m_session.run([&](ServerClient& client) { contest = client.contest(code); }))
            showLive(contest);
        if (m_session.pinned())
            Q_EMIT pinChanged();
    } catch (const UserError& e) {
        m_liveLabel->setText(e.message());
    } catch (const EnvironmentError& e) {
        m_liveLabel->setText(e.message());
    }
}

void PublishPanel::showLive(const QJsonObject& contest)
{
    const QLocale locale;
    m_liveLabel->setText(
        tr("%1\nSubmissions so far: %2\nPackage version: %3\n(as of %4)")
            .arg(windowState(contest.value(QLatin1String("opens_at")).toString(),
                             contest.value(QLatin1String("closes_at")).toString(),
                             QDateTime::currentMSecsSinceEpoch()),
                 locale.toString(
                     qint64(contest.value(QLatin1String("submission_count")).toDouble())),
                 QString::number(contest.value(QLatin1String("package_version")).toInt()),
                 locale.toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
}

QString PublishPanel::span(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days == 1)
        return tr("1 day %1 h").arg(hours);
    if (days > 1)
        return tr("%1 days %2 h").arg(days).arg(hours);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString PublishPanel::windowState(const QString& opensAt, const QString& closesAt, qint64 nowMs)
{
    const std::optional<Timestamp> opens = Rfc3339::parse(opensAt);
    const std::optional<Timestamp> closes = Rfc3339::parse(closesAt);
    if (!opens || !closes)
        return tr("Window: %1 to %2").arg(opensAt, closesAt);
    if (nowMs < opens->utcMs)
        return tr("Opens in %1, closes in %2.")
            .arg(span(opens->utcMs - nowMs), span(closes->utcMs - nowMs));
    if (nowMs < closes->utcMs)
        return tr("Open now, closes in %1.").arg(span(closes->utcMs - nowMs));
    return tr("Closed %1 ago.").arg(span(nowMs - closes->utcMs));
}
