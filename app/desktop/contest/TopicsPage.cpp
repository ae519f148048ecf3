#include "TopicsPage.h"

#include "MessageBox.h"
#include "accounts/Authorization.h"
#include "contest/TopicRepository.h"
#include "core/Problem.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TopicsPage::TopicsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("topicsPage"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("topicsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Topic name"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_add = new QPushButton(tr("&Add topic"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_rename = new QPushButton(tr("Re&name selected"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_retire = new QPushButton(tr("Re&tire selected"), this);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Topic &code:"), m_code);
    form->addRow(tr("Topic &name:"), m_name);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A retired topic keeps its questions; no blueprint line can "
                                    "use it. Only the committee changes topics."),
                                 this));
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_add, &QPushButton::clicked, this, &TopicsPage::add);
    connect(m_rename, &QPushButton::clicked, this, &TopicsPage::rename);
    connect(m_retire, &QPushButton::clicked, this, &TopicsPage::retire);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TopicsPage::showSelected);
    // The core refuses anyone else; for the other roles the page is for reading.
    const bool mayEdit = Authorization::allows(db, Permission::EditSettings);
    for (QWidget* w : {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_rename),
                       static_cast<QWidget*>(m_retire)})
        w->setEnabled(mayEdit);
    reload();
}

void TopicsPage::reload()
{
    const QList<Topic> topics = TopicRepository(m_db).list();
    m_table->setRowCount(int(topics.size()));
    for (int row = 0; row < topics.size(); ++row) {
        const Topic& t = topics.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(t.code));
        m_table->setItem(row, 1, new QTableWidgetItem(t.name));
        m_table->setItem(row, 2, new QTableWidgetItem(t.retired ? tr("retired") : tr("in use")));
    }
}

QString TopicsPage::selectedCode() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void TopicsPage::showSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (!items.isEmpty())
        m_name->setText(m_table->item(items.first()->row(), 1)->text());
}

void TopicsPage::change(const std::function<QString()>& action)
{
    try {
        const QString done = action();
        reload();
        m_result->setText(done);
        Q_EMIT topicsChanged();
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Topics"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Topics"), e.message());
    }
}

void TopicsPage::add()
{
    change([this] {
        const Topic t = TopicRepository(m_db).add(m_code->text().trimmed(), m_name->text());
        m_code->clear();
        return tr("Topic %1 added.").arg(t.code);
    });
}

void TopicsPage::rename()
{
    const QString code = selectedCode();
    if (code.isEmpty()) {
        m_result->setText(tr("Select the topic to rename."));
        return;
    }
    change([this, code] {
        const Topic t = TopicRepository(m_db).rename(code, m_name->text());
        return tr("Topic %1 is now named %2.").arg(t.code, t.name);
    });
}

void TopicsPage::retire()
{
    const QString code = selectedCode();
    if (code.isEmpty()) {
        m_result->setText(tr("Select the topic to retire."));
        return;
    }
    change([this, code] {
        return tr("Topic %1 retired.").arg(TopicRepository(m_db).retire(code).code);
    });
}
