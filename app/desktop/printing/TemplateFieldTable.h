#pragma once

#include "printing/CertificateTemplate.h"

#include <QTableWidget>

// The fields of a certificate template as an editable table: text, position and size in
// mm, font size, bold, italic, alignment and rule. Emits fieldsChanged() on every edit so
// the preview follows.
class TemplateFieldTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Text,
        X,
        Y,
        Width,
        FontSize,
        Bold,
        Italic,
        Align,
        Rule,
        ColumnCount
    };

    explicit TemplateFieldTable(QWidget* parent = nullptr);

    void setFields(const QList<TemplateField>& fields);
    QList<TemplateField> fields() const;

Q_SIGNALS:
    void fieldsChanged();

private:
    static double number(const QTableWidgetItem* item, double fallback);
    bool m_filling = false;
};
