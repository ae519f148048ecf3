#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;

// Asked before the first certificate is drawn when the layout prints the signer's name
// but names nobody: a certificate without the name under the signature cannot be handed
// out. The name is kept in the layout unless the user unticks it (then it is used for
// this print only). A plain modal dialog: tests answer it through
// QApplication::activeModalWidget().
class SignerNameDialog : public QDialog
{
    Q_OBJECT
public:
    SignerNameDialog(const QString& signerTitle, QWidget* parent = nullptr);

    QString name() const;
    bool keepInLayout() const;

    struct Answer
    {
        QString name;
        bool keepInLayout = true;
    };
    static std::optional<Answer> ask(QWidget* parent, const QString& signerTitle);

private:
    QLineEdit* m_name = nullptr;
    QCheckBox* m_keep = nullptr;
    QPushButton* m_okButton = nullptr;
};
