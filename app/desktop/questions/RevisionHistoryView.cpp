#include "RevisionHistoryView.h"

#include "audit/AuditText.h"
#include "core/ContestTime.h"
#include "questions/QuestionRepository.h"
#include "questions/RevisionText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

RevisionHistoryView::RevisionHistoryView(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("revisionHistoryWidget"));
    auto* layout = new QVBoxLayout(this);
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("historyHeadingLabel"));
    m_headingLabel->setWordWrap(true);
    layout->addWidget(m_headingLabel);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("revisionsTreeWidget"));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);
    showQuestion(QString());
}

void RevisionHistoryView::showQuestion(const QString& id)
{
    m_id = id;
    m_tree->clear();
    if (id.isEmpty()) {
        m_headingLabel->setText(tr("Select a question to see its history."));
        return;
    }
    QList<QuestionRevision> revisions;
    try {
        revisions = QuestionRepository(m_db).revisions(id);
    } catch (const EnvironmentError& e) {
        m_headingLabel->setText(e.message());
        return;
    }
    m_headingLabel->setText(
        tr("History of %1: %Ln change(s)", nullptr, int(revisions.size())).arg(id));
    m_tree->headerItem()->setText(0, tr("When (%1)").arg(ContestTime::zoneLabel(m_offsetMinutes)));
    AuditText::Names people;
    try {
        people.users = AuditText::userNames(m_db);
    } catch (const EnvironmentError&) { // names are a help: user names remain
    }
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const QuestionRevision& r = *it;
        auto* item = new QTreeWidgetItem(
            m_tree, {ContestTime::formatStored(r.changedAt, m_offsetMinutes),
                     AuditText::user(r.changedBy, people), RevisionText::action(r.action)});
        // One child per field that changed, "before → after".
        QStringList keys = r.after.keys();
        for (const QString& k : r.before.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString& key : keys) {
            const QString before = RevisionText::value(key, r.before.value(key));
            const QString after = RevisionText::value(key, r.after.value(key));
            if (before == after || key == QLatin1String("updated_at") ||
                key == QLatin1String("row_version"))
                continue;
            auto* child = new QTreeWidgetItem(
                item, {RevisionText::field(key), QString(),
                       r.before.isEmpty() ? after : QStringLiteral("%1 → %2").arg(before, after)});
            child->setToolTip(2, child->text(2));
        }
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}
