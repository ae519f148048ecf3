#pragma once

#include "integrity/IntegrityCase.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// The judges decide an integrity case: the evidence and the people by name, then clear
// (looked at and dismissed) or exclude (all the case's people, or those ticked), with the
// reason and the judges present. The dialog only builds the decision; the caller records
// it through IntegrityDecisions, as `contestctl integrity decide` does.
class IntegrityDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    // `kind` and `prize`: as the judges read them ("Copying", "Giải Nhất"; "" for none).
    IntegrityDecisionDialog(const IntegrityCase& c, const QString& kind, const QString& prize,
                            QWidget* parent = nullptr);

    bool exclude() const;
    QStringList excluded() const; // contestant keys ticked (with exclude)
    QString reason() const;
    QString judges() const;

private Q_SLOTS:
    void updateRecordButton();

private:
    IntegrityCase m_case;
    QListWidget* m_people = nullptr;
    QRadioButton* m_clear = nullptr;
    QRadioButton* m_exclude = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_judges = nullptr;
    QPushButton* m_record = nullptr;
};
