#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// A new password typed twice, with a strength hint (PasswordStrength) under it.
class PasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordFields(QWidget* parent = nullptr);

    QString password() const;
    // Long enough and both entries equal; problem() says what is missing otherwise.
    bool isAcceptable() const;
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateHint();
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint = nullptr;
};
