#pragma once

#include "results/Results.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The judges decide an unresolved tie: the tied contestants (or units) side by side, one
// column each, with every ranking key and every attempt, so that the judges see they
// really are equal; then the order, the reason and who was present. The dialog only
// builds the decision; the caller records it (TieDecisionRepository::record).
class TieBreakDialog : public QDialog
{
    Q_OBJECT
public:
    TieBreakDialog(const Results& results, const UnresolvedTie& tie, QWidget* parent = nullptr);

    // The decided order, best first (member keys).
    QStringList order() const;
    TieDecision decision() const;
    QString judges() const;

private Q_SLOTS:
    void moveSelected(int step);
    void updateRecordButton();

private:
    void fillComparison();
    void fillIndividualColumn(int column, const IndividualResult& row);
    void fillCollectiveColumn(int column, const CollectiveResult& row);
    QString memberLabel(const QString& key) const;
    QString localTime(qint64 utcMs) const;

    const Results& m_results;
    UnresolvedTie m_tie;
    QTableWidget* m_comparison = nullptr;
    QListWidget* m_order = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_judges = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QPushButton* m_record = nullptr;
};
