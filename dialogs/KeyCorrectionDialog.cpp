#include "KeyCorrectionDialog.h"

#include "MessageBox.h"
#include "core/Problem.h"
#include "questions/QuestionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString rankText(int rank)
{
    return rank > 0 ? QLocale().toString(rank) : QStringLiteral("–");
}

} // namespace

KeyCorrectionDialog::KeyCorrectionDialog(Database& db, const QString& questionId, QWidget* parent)
    : QDialog(parent), m_db(db), m_questionId(questionId)
{
    setWindowTitle(tr("Correct the answer key of %1").arg(questionId));
    const std::optional<Question> q = QuestionRepository(db).find(questionId);
    auto* text = new QLabel(q ? q->text : QString(), this);
    text->setWordWrap(true);
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("newKeyCombo"));
    if (q) {
        for (const QuestionOption& o : q->options) {
            if (o.key != q->correctKey)
                m_key->addItem(QStringLiteral("%1. %2").arg(o.key, o.text), o.key);
        }
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("correctionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_changes = new QTableWidget(0, 5, this);
    m_changes->setObjectName(QStringLiteral("correctionChangesTable"));
    m_changes->setHorizontalHeaderLabels(
        {tr("Contestant"), tr("Rank now"), tr("Rank after"), tr("Prize now"), tr("Prize after")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Current key:"), new QLabel(q ? q->correctKey : QString(), this));
    form->addRow(tr("&New key:"), m_key);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply the correction"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyCorrectionButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &KeyCorrectionDialog::apply);
    connect(m_key, &QComboBox::currentIndexChanged, this, &KeyCorrectionDialog::preview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    preview();
}

void KeyCorrectionDialog::preview()
{
    m_changes->setRowCount(0);
    m_apply->setEnabled(false);
    if (m_key->currentIndex() < 0) {
        m_summary->setText(tr("This question has no other option."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        showPlan(KeyCorrection(m_db).dryRun(m_questionId, m_key->currentData().toString()));
        m_apply->setEnabled(true);
    } catch (const UserError& e) {
        m_summary->setText(e.message());
    }
    QGuiApplication::restoreOverrideCursor();
}

void KeyCorrectionDialog::showPlan(const KeyCorrection::Plan& plan)
{
    int prizeChanges = 0;
    for (const KeyCorrection::Change& c : plan.changes)
        prizeChanges += c.prizeChanged();
    m_summary->setText(
        tr("With key %1 instead of %2: %3 submission(s) gain a point and %4 lose one; %5 "
           "contestant(s) change rank, %6 of them change prize. Nothing has changed yet.")
            .arg(plan.newKey, plan.oldKey, QLocale().toString(plan.gained),
                 QLocale().toString(plan.lost), QLocale().toString(plan.changes.size()),
                 QLocale().toString(prizeChanges)));
    m_changes->setRowCount(int(plan.changes.size()));
    const auto prize = [&](const QString& key) {
        return key.isEmpty() ? tr("none") : plan.prizeLabel(key);
    };
    for (int r = 0; r < plan.changes.size(); ++r) {
        const KeyCorrection::Change& c = plan.changes.at(r);
        const QStringList cells = {c.label, rankText(c.oldRank), rankText(c.newRank),
                                   prize(c.oldPrize), prize(c.newPrize)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (c.prizeChanged())
                item->setFont([] {
                    QFont f;
                    f.setBold(true);
                    return f;
                }());
            m_changes->setItem(r, col, item);
        }
    }
}

void KeyCorrectionDialog::apply()
{
    const QString key = m_key->currentData().toString();
    const auto answer = MessageBox::question(
        this, tr("Correct the answer key"),
        tr("Change the key of %1 to %2 and judge every submission again? The change is "
           "recorded in the audit log, and the results follow it.")
            .arg(m_questionId, key));
    if (answer != QMessageBox::Yes)
        return;
    try {
        KeyCorrection(m_db).apply(m_questionId, key);
        m_applied = true;
        accept();
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Correct the answer key"), e.message());
    }
}
