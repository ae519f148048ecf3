#include "LiveRefresh.h"

#include "ContestArea.h"
#include "ContestSettingsPage.h"
#include "ExclusionsPage.h"
#include "PrintingArea.h"
#include "QuestionBankArea.h"
#include "QuestionEditor.h"
#include "ResultsArea.h"
#include "StatisticsArea.h"
#include "SubmissionsArea.h"
#include "UnitsPage.h"
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
    if (auto* contest = qobject_cast<ContestArea*>(page)) {
        if (!contest->settingsPage()->hasUnsavedEdits())
            contest->settingsPage()->reload();
        contest->unitsPage()->reload();
        contest->exclusionsPage()->reload();
    } else if (auto* questions = qobject_cast<QuestionBankArea*>(page)) {
        const auto* editor = questions->findChild<QuestionEditor*>();
        if (!editor || !editor->hasChanges())
            questions->reload();
        else
            m_stale.insert(page); // read again once the edit is saved or dropped and shown anew
    } else if (auto* submissions = qobject_cast<SubmissionsArea*>(page)) {
        submissions->reload();
    } else if (auto* results = qobject_cast<ResultsArea*>(page)) {
        results->refresh();
    } else if (auto* printing = qobject_cast<PrintingArea*>(page)) {
        printing->refresh();
    } else if (auto* statistics = qobject_cast<StatisticsArea*>(page)) {
        statistics->refresh();
    }
}
