#pragma once

#include <QSpinBox>

// An amount in đồng written the Vietnamese way ("1.500.000 đồng"); prizes stay far below
// the 2 billion an int holds.
class MoneySpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit MoneySpinBox(QWidget* parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
};
