#pragma once

#include "contest/ContestSettings.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

// The keys the individual ranking compares, most important first.
class RankingOrderEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RankingOrderEditor(QWidget* parent = nullptr);

    void setOrder(const QList<RankingKey>& order);
    QList<RankingKey> order() const;

    static QString keyLabel(RankingKey key);

Q_SIGNALS:
    void changed();

private:
    void addKey(RankingKey key);
    void moveCurrent(int by);
    void removeCurrent();
    void addSelectedKey();
    void updateControls();

    QListWidget* m_list = nullptr;
    QComboBox* m_unusedCombo = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
};
