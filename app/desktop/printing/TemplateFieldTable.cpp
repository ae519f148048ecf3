#include "TemplateFieldTable.h"

#include <QHeaderView>

namespace {

QTableWidgetItem* checkItem(bool on)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

TemplateFieldTable::TemplateFieldTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("fieldTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Field"), tr("Text"), tr("X (mm)"), tr("Y (mm)"),
                               tr("Width (mm)"), tr("Size (pt)"), tr("Bold"), tr("Italic"),
                               tr("Align"), tr("Rule")});
    horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    verticalHeader()->hide();
    setToolTip(tr(
        "Text may hold placeholders such as {name}, {unit_line}, {achievement}, {number}, {code}. "
        "Align is left, center or right; Rule draws a line under the text (fraction of its "
        "width)."));
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT fieldsChanged();
    });
}

void TemplateFieldTable::setFields(const QList<TemplateField>& fields)
{
    m_filling = true;
    setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const TemplateField& f = fields.at(r);
        // Named for people; the key the layout file stores rides along.
        auto* key = new QTableWidgetItem(CertificateTemplate::fieldLabel(f.key));
        key->setData(Qt::UserRole, f.key);
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(r, Key, key);
        setItem(r, Text, new QTableWidgetItem(f.text));
        setItem(r, X, new QTableWidgetItem(QString::number(f.x)));
        setItem(r, Y, new QTableWidgetItem(QString::number(f.y)));
        setItem(r, Width, new QTableWidgetItem(QString::number(f.width)));
        setItem(r, FontSize, new QTableWidgetItem(QString::number(f.fontSize)));
        setItem(r, Bold, checkItem(f.bold));
        setItem(r, Italic, checkItem(f.italic));
        setItem(r, Align, new QTableWidgetItem(CertificateTemplate::alignLabel(f.align)));
        setItem(r, Rule, new QTableWidgetItem(QString::number(f.rule)));
    }
    m_filling = false;
    resizeColumnsToContents();
}

double TemplateFieldTable::number(const QTableWidgetItem* item, double fallback)
{
    bool ok = false;
    const double v =
        item ? item->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok) : 0;
    return ok ? v : fallback;
}

QList<TemplateField> TemplateFieldTable::fields() const
{
    QList<TemplateField> out;
    for (int r = 0; r < rowCount(); ++r) {
        TemplateField f;
        f.key = item(r, Key)->data(Qt::UserRole).toString();
        f.text = item(r, Text)->text();
        f.x = number(item(r, X), 0);
        f.y = number(item(r, Y), 0);
        f.width = number(item(r, Width), 100);
        f.fontSize = number(item(r, FontSize), 14);
        f.bold = item(r, Bold)->checkState() == Qt::Checked;
        f.italic = item(r, Italic)->checkState() == Qt::Checked;
        f.align = CertificateTemplate::alignFromText(item(r, Align)->text());
        f.rule = number(item(r, Rule), 0);
        out << f;
    }
    return out;
}
