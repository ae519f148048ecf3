#include "LiveRefresh.h"

#include "AreaPage.h"
#include "collab/ChangeNotifier.h"

#include <QGuiApplication>
#include <QStackedWidget>

LiveRefresh::LiveRefresh(Database& db, QStackedWidget* pages, QObject* parent)
    : QObject(parent), m_notifier(new ChangeNotifier(db, this)), m_pages(pages)
{
    connect(m_notifier, &ChangeNotifier::changed, this, &LiveRefresh::onChanged);
    // Coming back to the window is when someone expects to see the others' work.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_notifier->check();
            });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        QWidget* page = m_pages->widget(index);
        if (m_stale.remove(page))
            refresh(page);
    });
}

LiveRefresh::~LiveRefresh() = default;

void LiveRefresh::onChanged()
{
    for (int i = 0; i < m_pages->count(); ++i)
        m_stale.insert(m_pages->widget(i));
    QWidget* visible = m_pages->currentWidget();
    m_stale.remove(visible);
    refresh(visible);
    Q_EMIT refreshed();
}

void LiveRefresh::refresh(QWidget* page)
{
    auto* area = dynamic_cast<AreaPage*>(page);
    if (area && !area->readAgain())
        m_stale.insert(page); // read again once the edit is saved or dropped and shown anew
}
