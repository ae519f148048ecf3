#pragma once

#include "AreaPage.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class SubmissionDetailPane;
class SubmissionTableModel;

// The Submissions area: every submission received (synced or imported from a file), with
// filters by validity and reason, a search without marks, and the selected one in detail.
// Nothing is read until the area is first shown: with a million submissions the other
// areas should not wait for it.
class SubmissionsArea : public QWidget, public AreaPage
{
    Q_OBJECT
public:
    explicit SubmissionsArea(Database& db, QWidget* parent = nullptr);

    SubmissionTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    SubmissionDetailPane* detailPane() const { return m_detail; }
    QComboBox* statusCombo() const { return m_statusCombo; }
    QComboBox* reasonCombo() const { return m_reasonCombo; }
    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* importButton() const { return m_importButton; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isCounting() const { return m_counting; }

    bool readAgain() override;
    void submissionsChanged() override { reload(); }

Q_SIGNALS:
    void countsChanged();

public Q_SLOTS:
    // Reads the settings, the counts and the first rows again.
    void reload();
    void importFile();
    // Applies the search box now rather than after the typing pause.
    void applySearch();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void updateSummary();
    void showCurrent();
    void showReadError(const QString& message);

    Database& m_db;
    bool m_loaded = false;
    bool m_counting = false;
    SubmissionTableModel* m_model = nullptr;
    SubmissionDetailPane* m_detail = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QComboBox* m_reasonCombo = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QString m_countsText;
};
