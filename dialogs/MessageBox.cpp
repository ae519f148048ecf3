#include "MessageBox.h"

namespace {
struct HookState
{
    QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
    QString lastText;
    QString lastTitle;
};

HookState& hook()
{
    static HookState state;
    return state;
}
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    hook().nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return hook().lastText;
}

QString MessageBox::lastTitle()
{
    return hook().lastTitle;
}

void MessageBox::clearLastText()
{
    hook().lastText.clear();
    hook().lastTitle.clear();
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton)
{
    hook().lastText = text;
    hook().lastTitle = title;
    if (hook().nextAnswer != QMessageBox::NoButton) {
        const Button answer = hook().nextAnswer;
        hook().nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Information, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}
