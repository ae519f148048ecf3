#include "ResultsArea.h"

#include "AuditPage.h"
#include "CollectiveRankingModel.h"
#include "DecisionsPage.h"
#include "IndividualFilterProxyModel.h"
#include "IndividualRankingModel.h"
#include "IndividualRankingPage.h"
#include "IntegrityCaseModel.h"
#include "IntegrityCasesPage.h"
#include "IntegrityDecisionDialog.h"
#include "MessageBox.h"
#include "ReasonDialog.h"
#include "TieBreakDialog.h"
#include "accounts/Authorization.h"
#include "audit/AuditText.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"
#include "core/Problem.h"
#include "integrity/IntegrityDecisions.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "results/SnapshotResults.h"
#include "storage/Database.h"
#include "units/UnitRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A wait cursor for as long as a computation runs, restored even on an exception.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

ResultsArea::ResultsArea(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("resultsArea"));
    auto* layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("lockBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->hide();
    layout->addWidget(m_banner);

    buildToolbar();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultsTabWidget"));
    m_tabs->setDocumentMode(true);
    m_individualModel = new IndividualRankingModel(this);
    m_individualPage = new IndividualRankingPage(m_individualModel, m_tabs);
    m_tabs->addTab(m_individualPage, tr("&Individual ranking"));

    m_collectiveModel = new CollectiveRankingModel(this);
    auto* collectivePage = new QWidget(m_tabs);
    auto* collectiveLayout = new QVBoxLayout(collectivePage);
    collectiveLayout->setContentsMargins(0, 0, 0, 0);
    m_collectiveTable = new QTableView(collectivePage);
    m_collectiveTable->setObjectName(QStringLiteral("collectiveTableView"));
    m_collectiveTable->setModel(m_collectiveModel);
    m_collectiveTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_collectiveTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_collectiveTable->verticalHeader()->hide();
    m_collectiveTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_collectiveTable->horizontalHeader()->setStretchLastSection(false);
    collectiveLayout->addWidget(m_collectiveTable, 1);
    m_collectiveNote = new QLabel(collectivePage);
    m_collectiveNote->setObjectName(QStringLiteral("collectiveNoteLabel"));
    m_collectiveNote->setWordWrap(true);
    collectiveLayout->addWidget(m_collectiveNote);
    m_tabs->addTab(collectivePage, tr("&Collective ranking"));

    m_decisionsPage = new DecisionsPage(m_tabs);
    m_tabs->addTab(m_decisionsPage, tr("&Ties and decisions"));
    m_caseModel = new IntegrityCaseModel(this);
    m_casesPage = new IntegrityCasesPage(m_caseModel, m_tabs);
    m_tabs->addTab(m_casesPage, tr("I&ntegrity cases"));
    m_auditPage = new AuditPage(db, m_tabs);
    m_tabs->addTab(m_auditPage, tr("&Audit log"));
    layout->addWidget(m_tabs, 1);

    connect(m_individualPage, &IndividualRankingPage::tieActivated, this,
            &ResultsArea::decideTieOf);
    connect(m_decisionsPage, &DecisionsPage::decideRequested, this, &ResultsArea::decideTieAt);
    connect(m_decisionsPage, &DecisionsPage::withdrawRequested, this,
            &ResultsArea::withdrawDecision);
    connect(m_casesPage, &IntegrityCasesPage::decideRequested, this, &ResultsArea::decideCase);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResultsArea::loadCasesIfShown);
}

ResultsArea::~ResultsArea() = default;

void ResultsArea::buildToolbar()
{
    auto* toolbar = new QHBoxLayout;
    m_refreshButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(
        tr("Compute the results again from the stored submissions, settings and decisions."));
    m_decideButton = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                     tr("&Decide tie…"), this);
    m_decideButton->setObjectName(QStringLiteral("decideTieButton"));
    m_lockButton = new QPushButton(tr("&Lock results"), this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setToolTip(tr("Freeze the results: printing and publishing then use this "
                                "snapshot, which later submissions cannot change."));
    m_unlockButton = new QPushButton(tr("&Unlock…"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_decideButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_lockButton);
    toolbar->addWidget(m_unlockButton);
    static_cast<QVBoxLayout*>(layout())->addLayout(toolbar);
    connect(m_refreshButton, &QPushButton::clicked, this, &ResultsArea::refresh);
    connect(m_decideButton, &QPushButton::clicked, this, &ResultsArea::decideTie);
    connect(m_lockButton, &QPushButton::clicked, this, &ResultsArea::lockResults);
    connect(m_unlockButton, &QPushButton::clicked, this, &ResultsArea::unlockResults);
}

void ResultsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Computed the first time the area is looked at, not when the window opens.
    if (!m_loaded)
        refresh();
}

void ResultsArea::showError(const QString& title, const QString& message)
{
    MessageBox::critical(this, title, message);
}

void ResultsArea::refresh()
{
    m_loaded = true;
    try {
        WaitCursor wait;
        const std::optional<ResultsSnapshot> snapshot = ResultsLock(m_db).current();
        m_locked = snapshot.has_value();
        if (snapshot) {
            showResults(std::make_shared<const Results>(SnapshotResults::fromJson(
                snapshot->json(), ContestRepository(m_db).loadOrDefaults(),
                UnitRepository(m_db).list())));
        } else {
            showResults(std::make_shared<const Results>(ResultsService(m_db).computeLive()));
        }
    } catch (const UserError& e) {
        showError(tr("Results"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Results"), e.message());
    }
}

void ResultsArea::showResults(std::shared_ptr<const Results> results)
{
    m_results = std::move(results);
    m_individualModel->setResults(m_results);
    m_collectiveModel->setResults(m_results);
    m_collectiveTable->resizeColumnsToContents();
    // The unit name takes what is left, so that the eligibility and prize stay in view.
    m_collectiveTable->horizontalHeader()->setSectionResizeMode(CollectiveRankingModel::NameColumn,
                                                                QHeaderView::Stretch);
    m_collectiveNote->setText(collectiveNote(*m_results));
    m_collectiveNote->setVisible(!m_collectiveNote->text().isEmpty());
    QList<StoredTieDecision> active;
    try {
        active = TieDecisionRepository(m_db).active();
    } catch (const EnvironmentError& e) {
        showError(tr("Judges' decisions"), e.message());
    }
    // The core refuses what the role may not do; the buttons say so beforehand.
    const bool mayDecide = Authorization::allows(m_db, Permission::RecordTieDecisions);
    const bool mayLock = Authorization::allows(m_db, Permission::LockResults);
    try {
        m_decisionsPage->setUserNames(AuditText::userNames(m_db));
    } catch (const EnvironmentError&) { // user names are shown instead
    }
    m_decisionsPage->setResults(*m_results, active, !m_locked && mayDecide);
    const int ties = int(m_results->unresolvedTies.size() + m_results->staleDecisions.size());
    m_tabs->setTabText(m_tabs->indexOf(m_decisionsPage),
                       ties > 0 ? tr("&Ties and decisions (%1)").arg(ties)
                                : tr("&Ties and decisions"));
    m_auditPage->setResults(m_results);
    m_auditPage->reload();
    m_casesPage->setEditable(mayDecide && !m_locked);
    m_casesStale = true;
    loadCasesIfShown();
    m_decideButton->setEnabled(mayDecide && !m_locked && !m_results->unresolvedTies.isEmpty());
    m_lockButton->setEnabled(mayLock && !m_locked);
    m_unlockButton->setEnabled(mayLock && m_locked);
    updateBanner();
    updateSummary();
}

void ResultsArea::loadCasesIfShown()
{
    if (!m_casesStale || !m_results || m_tabs->currentWidget() != m_casesPage)
        return;
    m_casesStale = false;
    try {
        WaitCursor wait;
        QHash<QString, QString> prizeLabels;
        for (const PrizeTier& tier : m_results->settings.individualPrizes)
            prizeLabels.insert(tier.key, tier.label);
        m_caseModel->setCases(IntegrityScan::scan(m_db, *m_results), IntegrityDecisions(m_db).all(),
                              prizeLabels);
    } catch (const UserError& e) {
        showError(tr("Integrity cases"), e.message());
    } catch (const EnvironmentError& e) {
        showError(tr("Integrity cases"), e.message());
    }
    const int open = m_caseModel->undecided();
    m_tabs->setTabText(m_tabs->indexOf(m_casesPage),
                       open > 0 ? tr("I&ntegrity cases (%1)").arg(open) : tr("I&ntegrity cases"));
}

void ResultsArea::decideCase(int row)
{
    if (m_locked || row < 0 || row >= m_caseModel->rowCount())
        return;
    const IntegrityCase c = m_caseModel->caseAt(row);
    const QString prize =
        m_caseModel->index(row, IntegrityCaseModel::PrizeColumn).data().toString();
    IntegrityDecisionDialog dialog(c, IntegrityCaseModel::kindLabel(c.kind), prize, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeChange(tr("Record decision"), [&] {
        // The same core call as `contestctl integrity decide`: judges only, audited,
        // refused while the results are locked.
        IntegrityDecisions(m_db).decide(c, dialog.exclude(), dialog.reason(), dialog.judges(),
                                        dialog.excluded());
    });
}

void ResultsArea::updateBanner()
{
    std::optional<ResultsSnapshot> snapshot;
    if (m_locked)
        snapshot = ResultsLock(m_db).current();
    if (!snapshot) {
        m_banner->hide();
        return;
    }
    const int offset = m_results->settings.timezoneOffsetMinutes;
    const QString when = ContestTime::formatStored(snapshot->lockedAt, offset);
    QString text =
        tr("<b>Results locked on %1 by %2</b>, SHA-256 %3. What is shown below is the "
           "locked snapshot; unlock (with a reason) to change it.")
            .arg(when, AuditText::user(m_db, snapshot->lockedBy).toHtmlEscaped(), snapshot->sha256);
    QString colours = QStringLiteral("background: #e3f2fd; color: #0d47a1;");
    if (!snapshot->contentIntact()) {
        text += QStringLiteral("<br>") +
                tr("Warning: the stored snapshot no longer matches its SHA-256: it was changed "
                   "after locking.");
        colours = QStringLiteral("background: #ffebee; color: #b71c1c;");
    }
    m_banner->setText(text);
    m_banner->setStyleSheet(colours + QStringLiteral(" border: 1px solid; border-radius: 4px;"));
    m_banner->show();
}

void ResultsArea::updateSummary()
{
    const Results& r = *m_results;
    int prizes = 0;
    for (const IndividualResult& row : r.individual)
        prizes += row.prize.isEmpty() ? 0 : 1;
    int collectivePrizes = 0;
    for (const CollectiveResult& row : r.collective)
        collectivePrizes += row.prize ? 1 : 0;
    const QLocale locale;
    QString text =
        tr("Contestants: %1 · Valid submissions: %2 · Invalid: %3 · Prediction target: %4 · "
           "Individual prizes given: %5 · Collective prizes: %6")
            .arg(locale.toString(r.contestants), locale.toString(r.validSubmissions),
                 locale.toString(r.invalidSubmissions), locale.toString(r.predictionTarget),
                 locale.toString(prizes), locale.toString(collectivePrizes));
    const QString ties = tr("Unresolved ties: %1 · Decisions to review: %2")
                             .arg(r.unresolvedTies.size())
                             .arg(r.staleDecisions.size());
    const bool open = !r.unresolvedTies.isEmpty() || !r.staleDecisions.isEmpty();
    text += QStringLiteral(" · ") +
            (open ? QStringLiteral("<span style=\"color:#b71c1c;font-weight:bold\">%1</span>")
                        .arg(ties.toHtmlEscaped())
                  : ties.toHtmlEscaped());
    m_summary->setText(text);
}

void ResultsArea::lockResults()
{
    if (!m_results)
        refresh();
    if (!m_results || m_locked)
        return;
    // With ties or stale decisions open the lock is refused anyway: say why at once
    // rather than ask for a confirmation that leads nowhere.
    const bool open = !m_results->unresolvedTies.isEmpty() || !m_results->staleDecisions.isEmpty();
    const MessageBox::Button answer =
        open ? QMessageBox::Yes
             : MessageBox::question(this, tr("Lock results"),
                                    tr("Lock the results as they are shown? Certificates and award "
                                       "lists will be printed "
                                       "from this snapshot; later submissions will not change it "
                                       "until someone unlocks it "
                                       "with a reason."),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    try {
        WaitCursor wait;
        // Lock what the committee saw: if anything changed since, show it first.
        Results live = ResultsService(m_db).computeLive();
        if (ResultsLock::canonical(live) != ResultsLock::canonical(*m_results)) {
            showResults(std::make_shared<const Results>(std::move(live)));
            MessageBox::information(this, tr("Lock results"),
                                    tr("The results changed since they were shown (new "
                                       "submissions, settings or decisions). Check them and "
                                       "lock again."));
            return;
        }
        ResultsLock(m_db).lock(live);
    } catch (const UserError& e) {
        showError(tr("Lock results"), tr("The results cannot be locked: %1").arg(e.message()));
        return;
    } catch (const EnvironmentError& e) {
        showError(tr("Lock results"), e.message());
        return;
    }
    refresh();
    Q_EMIT resultsChanged();
}

void ResultsArea::unlockResults()
{
    const QString reason = ReasonDialog::ask(
        this, tr("Unlock results"),
        tr("Unlocking lets the results change again. Write why (it is kept in the audit log):"),
        tr("&Unlock"));
    if (reason.isEmpty())
        return;
    storeChange(tr("Unlock results"), [&] { ResultsLock(m_db).unlock(reason); });
}

void ResultsArea::decideTie()
{
    if (!m_results || m_results->unresolvedTies.isEmpty())
        return;
    const QModelIndex current = m_individualPage->tableView()->currentIndex();
    if (current.isValid() && current.data(IndividualRankingModel::KindRole).toInt() ==
                                 int(IndividualRankingModel::Kind::UnresolvedTie)) {
        decideTieOf(current.data(IndividualRankingModel::ContestantRole).toString());
        return;
    }
    decideTieAt(0);
}

void ResultsArea::decideTieOf(const QString& contestant)
{
    if (!m_results)
        return;
    for (int i = 0; i < m_results->unresolvedTies.size(); ++i) {
        const UnresolvedTie& tie = m_results->unresolvedTies.at(i);
        if (tie.scope == TieDecision::Scope::Individual && tie.members.contains(contestant)) {
            decideTieAt(i);
            return;
        }
    }
}

void ResultsArea::decideTieAt(int tieIndex)
{
    if (!m_results || m_locked || tieIndex < 0 || tieIndex >= m_results->unresolvedTies.size())
        return;
    // The dialog reads the results while it is open; keep them alive whatever happens.
    const std::shared_ptr<const Results> results = m_results;
    const UnresolvedTie& tie = results->unresolvedTies.at(tieIndex);
    TieBreakDialog dialog(*results, tie, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (MessageBox::question(this, tr("Record decision"),
                             decisionConfirmation(*results, tie, dialog.decision(),
                                                  dialog.judges())) != QMessageBox::Yes)
        return;
    storeChange(tr("Record decision"),
                [&] { TieDecisionRepository(m_db).record(dialog.decision(), dialog.judges()); });
}

void ResultsArea::storeChange(const QString& title, const std::function<void()>& work)
{
    try {
        work();
    } catch (const UserError& e) {
        showError(title, e.message());
        return;
    } catch (const EnvironmentError& e) {
        showError(title, e.message());
        return;
    }
    refresh();
    Q_EMIT resultsChanged();
}

void ResultsArea::withdrawDecision(qint64 decisionId)
{
    if (m_locked || decisionId <= 0)
        return;
    const QString reason = ReasonDialog::ask(
        this, tr("Withdraw judges' decision"),
        tr("The decision stays in the record, marked withdrawn, and the judges can decide the "
           "tie again. Write why it is withdrawn:"),
        tr("&Withdraw"));
    if (reason.isEmpty())
        return;
    storeChange(tr("Withdraw decision"),
                [&] { TieDecisionRepository(m_db).withdraw(decisionId, reason); });
}

QString ResultsArea::collectiveNote(const Results& r)
{
    int unranked = 0;
    int overHeadcount = 0;
    for (const CollectiveResult& row : r.collective) {
        unranked += row.rank == 0 ? 1 : 0;
        overHeadcount += row.participationRate && *row.participationRate > 1.0 ? 1 : 0;
    }
    QStringList notes;
    if (unranked > 0) {
        notes << tr("%Ln unit(s) that may not receive a collective prize (such as the public or "
                    "the organising office) are listed last, without a rank.",
                    nullptr, unranked);
    }
    if (overHeadcount > 0) {
        notes << tr("* %Ln unit(s) have more contestants than their headcount (people outside "
                    "the unit chose it, or the headcount is out of date): the rate is shown as "
                    "counted; the collective ranking counts contestants, not the rate.",
                    nullptr, overHeadcount);
    }
    return notes.join(QLatin1Char(' '));
}

QString ResultsArea::decisionConfirmation(const Results& r, const UnresolvedTie& tie,
                                          const TieDecision& decision, const QString& judges)
{
    QStringList lines;
    for (int i = 0; i < decision.order.size(); ++i) {
        const QString slot = tie.slotPrizes.value(i);
        QString prize = tr("no prize");
        if (tie.scope == TieDecision::Scope::Collective) {
            prize = slot.isEmpty() ? prize : tr("collective prize");
        } else {
            for (const PrizeTier& tier : r.settings.individualPrizes) {
                if (!slot.isEmpty() && tier.key == slot)
                    prize = tier.label;
            }
        }
        lines << QStringLiteral("%1. %2 — %3")
                     .arg(i + 1)
                     .arg(r.memberLabel(tie.scope, decision.order.at(i)), prize);
    }
    return tr("The judges' order decides the prizes and the listing, and is kept in the audit "
              "log:\n\n%1\n\nJudges: %2\nReason: %3\n\nRecord this decision?")
        .arg(lines.join(QLatin1Char('\n')), judges, decision.reason);
}
