#pragma once

#include <QWidget>

class QAction;
class QVBoxLayout;

// A part of the suite this version does not have yet, or a page with nothing to show:
// a heading and a plain explanation instead of controls that do nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& text, QWidget* parent = nullptr);
    // A button that triggers `action` (e.g. "Open database…" when none is open).
    void addActionButton(QAction* action);

private:
    QVBoxLayout* m_buttons = nullptr;
};
