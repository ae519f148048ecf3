#pragma once

#include "workflow/WorkList.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

// The "Việc cần làm" band above the pages: what waits for the person logged in, each item
// a link to the area where it is done (issue 14). Made from WorkList, so contestctl and
// this band never disagree on what is next.
class WorkListPanel : public QFrame
{
    Q_OBJECT
public:
    explicit WorkListPanel(QWidget* parent = nullptr);

    void setItems(const QList<WorkList::Item>& items);
    QStringList texts() const;

Q_SIGNALS:
    void areaRequested(WorkList::Area area);

private:
    QLabel* m_title = nullptr;
    QVBoxLayout* m_items = nullptr;
};
