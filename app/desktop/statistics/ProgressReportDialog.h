#pragma once

#include <QDialog>

class Database;
class QDateEdit;
class QLabel;
class QPrinter;

// Picks the day of a progress report ("Báo cáo tiến độ Cuộc thi"), shows its headline
// figures, and prints it (preview first) or saves it as PDF.
class ProgressReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProgressReportDialog(Database& db, QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);

public Q_SLOTS:
    void preview();
    bool savePdf(); // asks where (FileDialog); false when cancelled or failed

private:
    void updateSummary();
    void paint(QPrinter* printer);

    Database& m_db;
    QDateEdit* m_date = nullptr;
    QLabel* m_summary = nullptr;
};
