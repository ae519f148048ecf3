#pragma once

#include "AreaPage.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

// The "Printing" area: the secretariat chooses what to print (certificates, award
// certificates, the award list), previews it, prints it or exports PDF / XLSX / CSV, and
// edits the certificate layouts. Everything comes from the locked results snapshot.
class PrintingArea : public QWidget, public AreaPage
{
    Q_OBJECT
public:
    enum class Document
    {
        Certificates,
        AwardCertificates,
        AwardList
    };

    explicit PrintingArea(Database& db, QWidget* parent = nullptr);

    Document document() const;
    void setDocument(Document d);
    // Certificates are being written (a progress dialog with its own event loop is up): the
    // window must not close the database under it.
    bool isPrinting() const { return m_printing; }

    bool readAgain() override
    {
        refresh();
        return true;
    }

public Q_SLOTS:
    void refresh();
    void preview();
    // PDF of the chosen document (a progress dialog with Cancel for certificates).
    // Returns false when nothing was written (cancelled, refused, failed).
    bool exportPdf();
    bool exportSpreadsheet(); // award list: XLSX
    bool exportCsv();         // award list: CSV
    bool exportSplit();       // certificates: one PDF per person into a folder
    void editLayout();
    // What the preview and the printer get: every page of the chosen document.
    void paintDocument(QPrinter* printer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString kind() const; // certificate / award
    // Certificates whose layout names no signer: asks for the name first. False: cancelled.
    bool askSignerIfMissing();
    // Not locked yet: who must act first (the judges on a tie, or the committee).
    QString missingStep();
    bool writeCertificates(const QString& path, const QString& splitDir);
    bool writeAwardList(const QString& path);
    void showError(const QString& title, const QString& message);
    bool m_printing = false;
    void updateButtons();

    Database& m_db;
    bool m_locked = false;
    QString m_signerForPrint; // the name asked for this print only (not kept in the layout)
    QComboBox* m_documentCombo = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_splitButton = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_layoutButton = nullptr;
};
