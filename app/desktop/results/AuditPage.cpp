#include "AuditPage.h"

#include "MessageBox.h"
#include "audit/AuditLog.h"
#include "audit/AuditedDataCheck.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>
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
        const int offset = ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes;
        const QList<AuditEntry> entries = AuditLog(m_db).entries();
        m_table->setRowCount(int(entries.size()));
        // Newest first: that is what someone opening the log after a decision looks for.
        for (int i = 0; i < entries.size(); ++i) {
            const AuditEntry& e = entries.at(entries.size() - 1 - i);
            QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            const QString time = at.isValid() ? at.toUTC()
                                                    .addSecs(qint64(offset) * 60)
                                                    .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                                              : e.at;
            const QStringList cells = {time, e.user, e.action, e.subject};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                if (c == 0)
                    item->setToolTip(e.at);
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
                tr("✓ The audit log is intact: %n entry(s) checked.", nullptr, v.checked));
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
