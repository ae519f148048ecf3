#pragma once

#include "AreaPage.h"

#include "results/Results.h"

#include <QWidget>

#include <functional>
#include <memory>

class AuditPage;
class CollectiveRankingModel;
class Database;
class DecisionsPage;
class IndividualRankingModel;
class IndividualRankingPage;
class IntegrityCaseModel;
class IntegrityCasesPage;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The "Results" area: the rankings with their prizes, the judges' decisions on ties,
// locking ("Chốt kết quả"), the integrity cases ("Trường hợp nghi vấn") and the audit log. Results
// are computed when asked for (first shown, Refresh, after a decision), never on paint. While
// locked, what is shown is the locked snapshot itself, not a recomputation, because that is what
// gets printed.
class ResultsArea : public QWidget, public AreaPage
{
    Q_OBJECT
public:
    explicit ResultsArea(Database& db, QWidget* parent = nullptr);
    ~ResultsArea() override;

    const Results* results() const { return m_results.get(); }
    bool isLocked() const { return m_locked; }
    IndividualRankingModel* individualModel() const { return m_individualModel; }
    IndividualRankingPage* individualPage() const { return m_individualPage; }
    IntegrityCaseModel* integrityCaseModel() const { return m_caseModel; }
    IntegrityCasesPage* integrityCasesPage() const { return m_casesPage; }

    bool readAgain() override
    {
        refresh();
        return true;
    }

public Q_SLOTS:
    void refresh();
    void lockResults();
    void unlockResults();
    // The tie of the selected row if it is tied, else the first unresolved tie.
    void decideTie();
    void decideTieOf(const QString& contestant);
    void decideTieAt(int tieIndex);
    void withdrawDecision(qint64 decisionId);
    // The judges clear or exclude the case in this row of integrityCaseModel().
    void decideCase(int row);

Q_SIGNALS:
    // Decisions, lock or unlock were stored.
    void resultsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    static QString collectiveNote(const Results& results); // unranked units, rates over 100 %
    static QString decisionConfirmation(const Results& r, const UnresolvedTie& tie,
                                        const TieDecision& decision, const QString& judges);
    void buildToolbar();
    void showResults(std::shared_ptr<const Results> results);
    void updateBanner();
    void updateSummary();
    void showError(const QString& title, const QString& message);
    // Runs `work`, which stores a change; on success shows the results again and says
    // so, else shows the refusal under `title`.
    void storeChange(const QString& title, const std::function<void()>& work);
    // The integrity scan reads every submission's answers: only when its page is looked at.
    void loadCasesIfShown();

    Database& m_db;
    std::shared_ptr<const Results> m_results;
    bool m_loaded = false;
    bool m_locked = false;
    IndividualRankingModel* m_individualModel = nullptr;
    CollectiveRankingModel* m_collectiveModel = nullptr;
    IndividualRankingPage* m_individualPage = nullptr;
    DecisionsPage* m_decisionsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    IntegrityCaseModel* m_caseModel = nullptr;
    IntegrityCasesPage* m_casesPage = nullptr;
    bool m_casesStale = true;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_collectiveTable = nullptr;
    QLabel* m_collectiveNote = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_decideButton = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
};
