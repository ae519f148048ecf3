#include "AuditPage.h"

#include "MessageBox.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "audit/AuditedDataCheck.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"
#include "core/Problem.h"
#include "results/Results.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

AuditPage::AuditPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QHBoxLayout;
    auto* explanation =
        new QLabel(tr("Every decision that affects the results, in the order it was made. Each "
                      "entry seals the one before it, so an edited or deleted entry is found."),
                   this);
    explanation->setWordWrap(true);
    toolbar->addWidget(explanation, 1);
    auto* verify = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                   tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyButton"));
    toolbar->addWidget(verify);
    layout->addLayout(toolbar);

    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    layout->addWidget(m_verification);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Subject")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

void AuditPage::reload()
{
    try {
        const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
        const int offset = settings.timezoneOffsetMinutes;
        // The zone is said once, in the header, not in every cell.
        m_table->horizontalHeaderItem(0)->setText(
            tr("Time (%1)").arg(ContestTime::zoneLabel(offset)));
        AuditText::Names names;
        names.users = AuditText::userNames(m_db);
        for (const PrizeTier& tier : settings.individualPrizes)
            names.prizes.insert(tier.key, tier.label);
        if (const std::shared_ptr<const Results> results = m_results) {
            names.person = [results](const QString& key) {
                return results->memberLabel(TieDecision::Scope::Individual, key);
            };
            names.unit = [results](const QString& code) {
                return results->memberLabel(TieDecision::Scope::Collective, code);
            };
        }
        const QList<AuditEntry> entries = AuditLog(m_db).entries();
        m_table->setRowCount(int(entries.size()));
        // Newest first: that is what someone opening the log after a decision looks for.
        for (int i = 0; i < entries.size(); ++i) {
            const AuditEntry& e = entries.at(entries.size() - 1 - i);
            const QStringList cells = {ContestTime::formatStored(e.at, offset),
                                       AuditText::user(e.user, names), AuditText::action(e.action),
                                       AuditText::subject(e, names)};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                // The stored code stays findable for whoever compares with contestctl.
                if (c == 2)
                    item->setToolTip(tr("Recorded as: %1").arg(e.action));
                m_table->setItem(i, c, item);
            }
        }
        m_table->resizeColumnsToContents();
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Audit log"), e.message());
    } catch (const UserError& e) {
        MessageBox::critical(this, tr("Audit log"), e.message());
    }
}

void AuditPage::verifyChain()
{
    try {
        const AuditLog::Verification v = AuditLog(m_db).verify();
        // The chain holds; what it recorded must still be what is stored.
        const QList<AuditFinding> findings =
            v.intact ? AuditedDataCheck(m_db).findings() : QList<AuditFinding>();
        if (!findings.isEmpty()) {
            m_verification->setText(
                tr("✗ The audit log is intact, but the data does not match it:\n%1")
                    .arg(AuditedDataCheck::listed(findings)));
            m_verification->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        } else if (v.intact) {
            m_verification->setText(
                tr("✓ The audit log is intact: %Ln entry(s) checked.", nullptr, v.checked));
            m_verification->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
        } else {
            m_verification->setText(tr("✗ The audit log was changed after it was written:\n%1")
                                        .arg(v.problems.join(QLatin1Char('\n'))));
            m_verification->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        }
        m_verification->show();
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Verify chain"), e.message());
    }
}
