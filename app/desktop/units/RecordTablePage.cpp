#include "RecordTablePage.h"

#include "FileDialog.h"
#include "MessageBox.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const char importDirKey[] = "import/lastDirectory";
}

RecordTablePage::RecordTablePage(const QString& heading, const QString& explanation,
                                 QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* headingLabel = new QLabel(heading, this);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    layout->addWidget(headingLabel);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setWordWrap(true);
    layout->addWidget(explanationLabel);

    m_toolbarLayout = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_toolbarLayout->addWidget(m_filter);
    m_toolbarLayout->addStretch(1);
    m_importButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                     tr("&Import from CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_toolbarLayout->addWidget(m_importButton);
    layout->addLayout(m_toolbarLayout);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordsTableView"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_countLabel);
}

void RecordTablePage::setProxyModel(QSortFilterProxyModel* proxy)
{
    m_proxy = proxy;
    m_table->setModel(proxy);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &RecordTablePage::updateCountLabel);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTablePage::updateCountLabel);
    connect(proxy, &QAbstractItemModel::modelReset, this, &RecordTablePage::updateCountLabel);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &RecordTablePage::updateCountLabel);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    updateCountLabel();
}

void RecordTablePage::addFilterWidget(QWidget* widget)
{
    m_toolbarLayout->insertWidget(1, widget);
}

void RecordTablePage::setImportResult(const QString& text)
{
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

void RecordTablePage::updateCountLabel()
{
    if (!m_proxy || !m_proxy->sourceModel())
        return;
    m_countLabel->setText(countText(m_proxy->rowCount(), m_proxy->sourceModel()->rowCount()));
}

QString RecordTablePage::askImportFile(const QString& caption)
{
    QSettings settings;
    const QString path = FileDialog::getOpenFileName(
        this, caption, settings.value(QLatin1String(importDirKey)).toString(),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        settings.setValue(QLatin1String(importDirKey), QFileInfo(path).absolutePath());
    return path;
}

QString RecordTablePage::importedText(const QString& fileName, int added, int updated) const
{
    return tr("Imported %1: %2 added, %3 updated.").arg(fileName).arg(added).arg(updated);
}

void RecordTablePage::showImportProblem(const QString& caption, const QString& message, bool environment)
{
    if (environment)
        MessageBox::critical(this, caption, message);
    else
        MessageBox::warning(this, caption, message);
}
