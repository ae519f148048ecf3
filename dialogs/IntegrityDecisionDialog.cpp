#include "IntegrityDecisionDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

IntegrityDecisionDialog::IntegrityDecisionDialog(const IntegrityCase& c, const QString& kind,
                                                 const QString& prize, QWidget* parent)
    : QDialog(parent), m_case(c)
{
    setObjectName(QStringLiteral("integrityDecisionDialog"));
    setWindowTitle(tr("Decide integrity case"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("<b>%1</b> · case %2%3<br>The evidence is a reason to look, not a verdict: "
           "clear the case if it has an honest explanation.")
            .arg(kind.toHtmlEscaped(), c.id,
                 prize.isEmpty() ? QString()
                                 : tr(" · prize at stake: %1").arg(prize.toHtmlEscaped())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* evidence = new QPlainTextEdit(c.evidence, this);
    evidence->setObjectName(QStringLiteral("evidenceTextEdit"));
    evidence->setReadOnly(true);
    evidence->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    evidence->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    layout->addWidget(evidence);

    auto* form = new QFormLayout;
    m_clear = new QRadioButton(tr("&Clear: looked at, nothing unfair"), this);
    m_clear->setObjectName(QStringLiteral("clearRadioButton"));
    m_exclude = new QRadioButton(tr("&Exclude the people ticked below from the prizes"), this);
    m_exclude->setObjectName(QStringLiteral("excludeRadioButton"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_clear);
    choice->addButton(m_exclude);
    auto* choices = new QVBoxLayout;
    choices->addWidget(m_clear);
    choices->addWidget(m_exclude);
    form->addRow(tr("Decision:"), choices);

    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("peopleListWidget"));
    for (int i = 0; i < c.contestants.size(); ++i) {
        auto* item = new QListWidgetItem(c.names.value(i, c.contestants.at(i)), m_people);
        item->setData(Qt::UserRole, c.contestants.at(i));
        item->setCheckState(Qt::Checked);
    }
    m_people->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_people->setEnabled(false);
    form->addRow(tr("&People:"), m_people);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What the judges found (required; an exclusion's reason is "
                                    "shown in the results)"));
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Reason:"), m_reason);
    m_judges = new QLineEdit(this);
    m_judges->setObjectName(QStringLiteral("judgesLineEdit"));
    m_judges->setPlaceholderText(tr("Names of the judges present (required)"));
    form->addRow(tr("&Judges present:"), m_judges);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record decision"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordButton"));
    layout->addWidget(buttons);

    connect(m_exclude, &QRadioButton::toggled, m_people, &QWidget::setEnabled);
    connect(choice, &QButtonGroup::buttonToggled, this,
            &IntegrityDecisionDialog::updateRecordButton);
    connect(m_people, &QListWidget::itemChanged, this,
            &IntegrityDecisionDialog::updateRecordButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            &IntegrityDecisionDialog::updateRecordButton);
    connect(m_judges, &QLineEdit::textChanged, this, &IntegrityDecisionDialog::updateRecordButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRecordButton();
    resize(720, sizeHint().height());
}

bool IntegrityDecisionDialog::exclude() const
{
    return m_exclude->isChecked();
}

QStringList IntegrityDecisionDialog::excluded() const
{
    QStringList keys;
    if (!exclude())
        return keys;
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked)
            keys << m_people->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

QString IntegrityDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString IntegrityDecisionDialog::judges() const
{
    return m_judges->text().trimmed();
}

void IntegrityDecisionDialog::updateRecordButton()
{
    // A decision, its reason and who took it, and for an exclusion somebody to exclude.
    const bool chosen = m_clear->isChecked() || (m_exclude->isChecked() && !excluded().isEmpty());
    m_record->setEnabled(chosen && !reason().isEmpty() && !judges().isEmpty());
}
