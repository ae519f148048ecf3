#pragma once

#include <QWidget>

class IndividualFilterProxyModel;
class IndividualRankingModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The individual ranking tab: a filter box, a "show" choice and the table. A
// double-click on a row in an unresolved tie asks for the judges' decision.
class IndividualRankingPage : public QWidget
{
    Q_OBJECT
public:
    explicit IndividualRankingPage(IndividualRankingModel* model, QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    IndividualFilterProxyModel* proxyModel() const { return m_proxy; }

Q_SIGNALS:
    // The identity key of a tied row the user wants decided.
    void tieActivated(const QString& contestant);

private:
    void updateCount();

    IndividualRankingModel* m_model = nullptr;
    IndividualFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_show = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
};
