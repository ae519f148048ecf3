#pragma once

#include "questions/QuestionImporter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The preview of a question import: what will be added, updated or left unchanged, what is
// skipped and why (essays, matching... by name, type and line), the errors with their line
// numbers, and near-duplicate warnings. Import is possible only when the plan can be applied,
// or with "skip invalid questions" when the file itself is readable.
class QuestionImportDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionImportDialog(const QuestionImportPlan& plan, const QStringList& warnings,
                         QWidget* parent = nullptr);

    bool skipInvalid() const;

private:
    void buildRows(const QuestionImportPlan& plan);
    void buildSkipped(const QuestionImportPlan& plan);
    void buildProblems(const QuestionImportPlan& plan);
    void updateImportButton();
    QString summary() const;

    const QuestionImportPlan& m_plan;
    QLabel* m_summaryLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_rowsTable = nullptr;
    QTableWidget* m_skippedTable = nullptr;
    QListWidget* m_problemsList = nullptr;
    QListWidget* m_warningsList = nullptr;
    QCheckBox* m_skipInvalidCheck = nullptr;
    QPushButton* m_importButton = nullptr;
};
