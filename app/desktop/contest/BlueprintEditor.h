#pragma once

#include "contest/ContestSettings.h"
#include "contest/Topic.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

// How many questions each topic gives an attempt. Every known topic has a row; a count of
// 0 leaves the topic out. Rows keep the stored order so that an unchanged blueprint
// compares equal to the stored one.
class BlueprintEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BlueprintEditor(QWidget* parent = nullptr);

    void setBlueprint(const QList<Topic>& topics, const QList<BlueprintEntry>& blueprint);
    QList<BlueprintEntry> blueprint() const;
    void setExpectedTotal(int questionsPerAttempt);

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString& code, const QString& name, int count);
    void updateTotal();

    QTableWidget* m_table = nullptr;
    QLabel* m_totalLabel = nullptr;
    QList<QSpinBox*> m_counts;
    QStringList m_codes;
    int m_expectedTotal = 0;
};
