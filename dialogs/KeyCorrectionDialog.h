#pragma once

#include "judging/KeyCorrection.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The committee corrects a question's answer key after the contest: it picks the new key
// and sees at once what that would change (KeyCorrection's dry run: submissions that gain
// or lose a point, every contestant whose rank or prize moves), then applies it after a
// confirmation. Opened from the question statistics, where a wrong key shows.
class KeyCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    KeyCorrectionDialog(Database& db, const QString& questionId, QWidget* parent = nullptr);
    bool applied() const { return m_applied; }

private Q_SLOTS:
    void preview();
    void apply();

private:
    void showPlan(const KeyCorrection::Plan& plan);

    Database& m_db;
    QString m_questionId;
    QComboBox* m_key = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_changes = nullptr;
    QPushButton* m_apply = nullptr;
    bool m_applied = false;
};
