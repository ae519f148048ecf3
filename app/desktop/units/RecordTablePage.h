#pragma once

#include "ImportPreview.h"
#include "ImportPreviewDialog.h"
#include "core/Problem.h"
#include "units/ImportChange.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The common shape of the pages that list imported records (units, exclusions): a filter,
// an Import… button, a sortable table and a line that says how many rows are shown.
class RecordTablePage : public QWidget
{
    Q_OBJECT
public:
    explicit RecordTablePage(const QString& heading, const QString& explanation,
                             QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    QLineEdit* filterLineEdit() const { return m_filter; }
    QPushButton* importButton() const { return m_importButton; }

Q_SIGNALS:
    // Something stored changed (the window updates its status bar).
    void recordsChanged();

protected:
    // Subclasses set the proxy once their model is ready.
    void setProxyModel(QSortFilterProxyModel* proxy);
    void addFilterWidget(QWidget* widget);
    void setImportResult(const QString& text);
    void updateCountLabel();
    // The file to import, through the test-hookable picker; empty when cancelled.
    QString askImportFile(const QString& caption);

    virtual QString countText(int shown, int total) const = 0;
    // Reads the stored records into the page's model.
    virtual void reload() = 0;

    // The import every page does: pick a file, preview its plan, apply it when confirmed,
    // say what changed, show a problem in a message box, then reload.
    template <typename Importer> void runImport(const QString& caption, Importer importer)
    {
        const QString path = askImportFile(caption);
        if (path.isEmpty())
            return;
        try {
            const auto plan = importer.plan(path);
            if (!ImportPreviewDialog::confirm(ImportPreview::fromPlan(plan), this))
                return;
            importer.apply(plan);
            setImportResult(importedText(plan.fileName, plan.count(ImportChange::Added),
                                         plan.count(ImportChange::Updated)));
        } catch (const UserError& e) {
            showImportProblem(caption, e.message(), false);
        } catch (const EnvironmentError& e) {
            showImportProblem(caption, e.message(), true);
        }
        reload();
        Q_EMIT recordsChanged();
    }

private:
    QString importedText(const QString& fileName, int added, int updated) const;
    void showImportProblem(const QString& caption, const QString& message, bool environment);

    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_importButton = nullptr;
    QHBoxLayout* m_toolbarLayout = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};
