#pragma once

#include "contest/ContestSettings.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The individual prize tiers, best first: key (as results name it), label, how many
// people, amount each.
class PrizeTableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PrizeTableEditor(QWidget* parent = nullptr);

    void setPrizes(const QList<PrizeTier>& prizes);
    QList<PrizeTier> prizes() const;

Q_SIGNALS:
    void changed();

private:
    void addRow(const PrizeTier& tier);
    void addNewRow();
    void removeCurrentRow();
    void updateTotal();

    QTableWidget* m_table = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_totalLabel = nullptr;
};
