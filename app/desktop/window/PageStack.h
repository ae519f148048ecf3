#pragma once

#include <QStackedWidget>

// The areas of the window, sized by the one shown: a QStackedWidget asks for the largest
// of all its pages, so one big page would make every area (and the window) too big for a
// small screen (issue 14). With this, the window scrolls only where the shown page needs it.
class PageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
