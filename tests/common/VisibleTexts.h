#pragma once

// What a person can read in a window: every text of its visible widgets (labels, buttons,
// group titles, tabs, headers and cells of the models shown, tooltips, window titles),
// each with where it was seen, for tests that check the language of the whole UI.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextDocument>
#include <QWidget>

#include <functional>

struct SeenText
{
    QString text;
    QString where; // the widget's class and object name, and what part of it
};

namespace VisibleTexts {

inline QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

inline QString nameOf(const QWidget* w)
{
    return QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName());
}

// Rows beyond `maxRows` repeat the same kinds of text: the first ones are enough.
inline void collectModel(const QAbstractItemView* view, QList<SeenText>& out, int maxRows = 40)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QString where = nameOf(view);
    for (int c = 0; c < model->columnCount(); ++c) {
        out.append(
            {model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header")});
        out.append({model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                    where + QStringLiteral(" header tooltip")});
    }
    // Trees (a question's history) one level down: the changed fields are its children.
    const std::function<void(const QModelIndex&, int)> rowsOf = [&](const QModelIndex& parent,
                                                                    int depth) {
        const int rows = qMin(model->rowCount(parent), maxRows);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < qMax(1, model->columnCount(parent)); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                out.append({model->data(i).toString(),
                            where + QStringLiteral(" cell %1,%2").arg(r).arg(c)});
                out.append({model->data(i, Qt::ToolTipRole).toString(),
                            where + QStringLiteral(" tooltip %1,%2").arg(r).arg(c)});
                if (c == 0 && depth < 1 && model->hasChildren(i))
                    rowsOf(i, depth + 1);
            }
    };
    rowsOf(view->rootIndex(), 0);
}

inline void collectWidget(const QWidget* w, QList<SeenText>& out)
{
    const QString where = nameOf(w);
    out.append({w->toolTip(), where + QStringLiteral(" tooltip")});
    if (w->isWindow())
        out.append({w->windowTitle(), where + QStringLiteral(" title")});
    if (auto* label = qobject_cast<const QLabel*>(w))
        out.append({plain(label->text()), where});
    else if (auto* button = qobject_cast<const QAbstractButton*>(w))
        out.append({button->text(), where});
    else if (auto* group = qobject_cast<const QGroupBox*>(w))
        out.append({group->title(), where});
    else if (auto* edit = qobject_cast<const QLineEdit*>(w))
        out.append({edit->placeholderText(), where + QStringLiteral(" placeholder")});
    else if (auto* combo = qobject_cast<const QComboBox*>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            out.append({combo->itemText(i), where + QStringLiteral(" item %1").arg(i)});
    } else if (auto* tabs = qobject_cast<const QTabWidget*>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            out.append({tabs->tabText(i), where + QStringLiteral(" tab %1").arg(i)});
    } else if (auto* view = qobject_cast<const QAbstractItemView*>(w)) {
        if (!qobject_cast<const QHeaderView*>(w))
            collectModel(view, out);
    }
    for (const QAction* a : w->actions()) {
        out.append({a->text(), where + QStringLiteral(" action")});
        if (a->menu())
            for (const QAction* sub : a->menu()->actions())
                out.append({sub->text(), where + QStringLiteral(" menu ") + a->text()});
    }
}

// Every text of `root` and of its children that are visible (to it).
inline QList<SeenText> collect(const QWidget* root)
{
    QList<SeenText> out;
    collectWidget(root, out);
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isVisibleTo(root) || w->isWindow())
            collectWidget(w, out);
    }
    out.removeIf([](const SeenText& s) { return s.text.trimmed().isEmpty(); });
    return out;
}

// Labels that show a mnemonic's '&' as text: a QLabel underlines its mnemonic only when it
// has a buddy (QFormLayout::addRow with a layout as the field sets none), so "Tệp C&A"
// reads with the ampersand in it.
inline QList<SeenText> literalAmpersands(const QWidget* root)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QList<SeenText> out;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->buddy() || Qt::mightBeRichText(label->text()) ||
            label->textFormat() == Qt::RichText)
            continue;
        if (mnemonic.match(label->text()).hasMatch())
            out.append({label->text(), nameOf(label)});
    }
    return out;
}

// Shows each tab of every tab widget of `root` in turn (nested ones too), calling `visit`
// with each tab current, so that what only one tab shows is seen as well.
inline void forEachTab(QWidget* root, const std::function<void()>& visit)
{
    const QList<QTabWidget*> tabs = root->findChildren<QTabWidget*>();
    bool any = false;
    for (QTabWidget* t : tabs) {
        if (!t->isVisibleTo(root))
            continue;
        any = true;
        const int was = t->currentIndex();
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            visit();
        }
        t->setCurrentIndex(was);
    }
    if (!any)
        visit();
}

} // namespace VisibleTexts
