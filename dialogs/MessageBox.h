#pragma once

#include <QMessageBox>

// Every message box of the suite goes through here so that a test can answer it: with a
// next answer set, nothing is shown and the text is kept in lastText().
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // The next message box returns `answer` without being shown (one box only).
    static void setNextAnswer(Button answer);
    static QString lastText();
    static QString lastTitle();
    static void clearLastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton);
};
