#pragma once

#include "contest/ContestSettings.h"
#include "printing/CertificateEntry.h"
#include "printing/CertificateTemplate.h"

#include <QDialog>

class CertificatePreview;
class Database;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class TemplateFieldTable;

// Edits the layout of one kind of certificate with a live preview: fields and their
// positions in mm, printer offsets, a background image of the pre-printed blank, the
// place, date and signer. Saves to the database; imports and exports the JSON file.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateEditorDialog(Database& db, const QString& kind, QWidget* parent = nullptr);

    CertificateTemplate currentTemplate() const;
    void setTemplate(const CertificateTemplate& t);
    CertificatePreview* preview() const { return m_preview; }

public Q_SLOTS:
    bool save();
    void importFile();
    void exportFile();
    void resetToDefaults();
    void chooseBackground();

private:
    QWidget* buildPageBox();
    QWidget* buildValuesBox();
    void updatePreview();
    static CertificateEntry sampleEntry(Database& db, const QString& kind);

    Database& m_db;
    QString m_kind;
    ContestSettings m_settings;
    CertificateEntry m_sample;
    CertificateTemplate m_loaded; // keys the form does not show are kept from here
    bool m_filling = false;

    QComboBox* m_pageSize = nullptr;
    QCheckBox* m_landscape = nullptr;
    QDoubleSpinBox* m_offsetX = nullptr;
    QDoubleSpinBox* m_offsetY = nullptr;
    QLineEdit* m_background = nullptr;
    QCheckBox* m_printBackground = nullptr;
    QCheckBox* m_frame = nullptr;
    QLineEdit* m_numberSuffix = nullptr;
    QSpinBox* m_numberStart = nullptr;
    QCheckBox* m_qr = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_date = nullptr;
    QPlainTextEdit* m_signerTitle = nullptr;
    QLineEdit* m_signerName = nullptr;
    TemplateFieldTable* m_fields = nullptr;
    CertificatePreview* m_preview = nullptr;
};
