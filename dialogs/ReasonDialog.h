#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks why before an action that must be explained in the record (unlocking results,
// withdrawing a judges' decision). The action button stays disabled until a reason is
// written. A plain modal dialog: tests answer it with QApplication::activeModalWidget().
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, const QString& actionText,
                 QWidget* parent = nullptr);

    QString reason() const;

    // The reason, or an empty string when the user cancelled.
    static QString ask(QWidget* parent, const QString& title, const QString& prompt,
                       const QString& actionText);

private:
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_okButton = nullptr;
};
