#pragma once

#include "judging/TieDecisionRepository.h"
#include "results/Results.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QPushButton;

// The ties the judges still have to decide, the decisions that no longer match a tie
// (stale: to review and withdraw) and the decisions in force.
class DecisionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsPage(QWidget* parent = nullptr);

    // `active` gives the stored ids, which withdrawing needs; `editable` is false while
    // the results are locked.
    void setResults(const Results& results, const QList<StoredTieDecision>& active, bool editable);
    // Who decided, by the name of their account rather than its user name.
    void setUserNames(const QHash<QString, QString>& names) { m_userNames = names; }

Q_SIGNALS:
    void decideRequested(int tieIndex); // index into Results::unresolvedTies
    void withdrawRequested(qint64 decisionId);

private:
    QString describe(const Results& results, const TieDecision& d) const;

    QListWidget* m_ties = nullptr;
    QListWidget* m_stale = nullptr;
    QListWidget* m_active = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_withdraw = nullptr;
    QStringList m_prizeKeys, m_prizeLabels;
    bool m_editable = true;
    QHash<QString, QString> m_userNames;
    int m_offsetMinutes = 0; // the contest's, for showing when a decision was made
};
