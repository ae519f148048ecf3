#pragma once

#include <QWidget>

class IntegrityCaseModel;
class QLabel;
class QPushButton;
class QTableView;

// The Results area's page "Trường hợp nghi vấn": the integrity cases with their evidence,
// for the judges to clear or exclude (a double-click or "Decide…" asks for the decision).
// A case is a reason to look, never a verdict: the page says so.
class IntegrityCasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrityCasesPage(IntegrityCaseModel* model, QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    // `editable`: the user may decide (a judge) and the results are not locked.
    void setEditable(bool editable);
    void updateSummary();

Q_SIGNALS:
    void decideRequested(int row); // a row of the model

private:
    void requestSelected();

    IntegrityCaseModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_decide = nullptr;
    bool m_editable = false;
};
