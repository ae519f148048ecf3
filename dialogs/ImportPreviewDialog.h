#pragma once

#include "ImportPreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

// Shows what an import would change before anything is written; a file with problems
// lists them (file:line: column) and offers no way to import.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const ImportPreview& preview, QWidget* parent = nullptr);

    // Shows the dialog; true when the user confirmed the import.
    static bool confirm(const ImportPreview& preview, QWidget* parent);

private:
    void buildRowsTable(const ImportPreview& preview);
    void buildProblemsList(const ImportPreview& preview);

    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_rowsTable = nullptr;
    QListWidget* m_problemsList = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
