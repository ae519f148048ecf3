#include "SubmissionDetailPane.h"

#include "SubmissionText.h"
#include "accounts/Authorization.h"
#include "core/Duration.h"
#include "core/Problem.h"
#include "core/Rfc3339.h"
#include "questions/QuestionRepository.h"
#include "storage/Database.h"
#include "submissions/SubmissionDetail.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kQuestionTextLength = 70;

QString shorten(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() <= kQuestionTextLength
               ? simple
               : simple.left(kQuestionTextLength - 1) + QChar(0x2026);
}

QString prettyJson(const QByteArray& raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isNull() ? QString::fromUtf8(raw)
                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// The fields (contestant's ones as contestant.name) whose values differ: what the
// committee has to decide between, without reading two JSON texts line by line.
QStringList differingFields(const QJsonObject& a, const QJsonObject& b)
{
    QStringList fields;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : keys) {
        const QJsonValue va = a.value(key);
        const QJsonValue vb = b.value(key);
        if (va == vb)
            continue;
        if (va.isObject() && vb.isObject()) {
            for (const QString& inner : differingFields(va.toObject(), vb.toObject()))
                fields << key + QLatin1Char('.') + inner;
        } else {
            fields << key;
        }
    }
    return fields;
}

QPlainTextEdit* jsonView(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setPlainText(text);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    view->setFont(mono);
    return view;
}
} // namespace

SubmissionDetailPane::SubmissionDetailPane(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("submissionDetailWidget"));
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_fields = new QFormLayout;
    layout->addLayout(m_fields);

    m_answers = new QTableWidget(0, AnswerColumnCount, this);
    m_answers->setObjectName(QStringLiteral("answersTableWidget"));
    m_answers->setHorizontalHeaderLabels(
        {tr("Question"), tr("Text"), tr("Chosen"), tr("Correct"), tr("Result")});
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->verticalHeader()->setVisible(false);
    // One line a question; the whole text is in the tooltip.
    m_answers->setWordWrap(false);
    m_answers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_answers->verticalHeader()->setDefaultSectionSize(m_answers->fontMetrics().height() + 6);
    m_answers->setTextElideMode(Qt::ElideRight);
    m_answers->horizontalHeader()->setSectionResizeMode(QuestionTextColumn, QHeaderView::Stretch);
    layout->addWidget(m_answers, 2);

    m_rawToggle = new QToolButton(this);
    m_rawToggle->setObjectName(QStringLiteral("rawJsonToolButton"));
    m_rawToggle->setText(tr("Raw JSON as received"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    layout->addWidget(m_rawToggle);
    m_raw = jsonView(QString(), QStringLiteral("rawJsonPlainTextEdit"), this);
    m_raw->setVisible(false);
    layout->addWidget(m_raw, 1);
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool open) {
        m_raw->setVisible(open);
        m_rawToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    m_conflicts = new QGroupBox(tr("Other versions received with the same id"), this);
    m_conflicts->setObjectName(QStringLiteral("conflictsGroupBox"));
    m_versions = new QHBoxLayout(m_conflicts);
    m_conflicts->setVisible(false);
    layout->addWidget(m_conflicts, 2);
    // Holds the heading at the top while nothing is shown (the tables have no stretch then).
    layout->addStretch(0);
    m_layout = layout;
    clear();
}

void SubmissionDetailPane::loadReference()
{
    // Whether an answer was right tells its key: hidden like the keys themselves.
    m_keyHidden = !Authorization::canSeeAnswerKeys(m_db);
    m_key = m_keyHidden ? AnswerKey() : AnswerKey::load(m_db);
    m_questions.clear();
    for (const Question& q : QuestionRepository(m_db).list())
        m_questions.insert(q.id, q);
}

void SubmissionDetailPane::clear()
{
    m_rowid = 0;
    m_heading->setText(tr("No submission selected"));
    m_status->setText(tr("Choose a submission in the list to see its answers."));
    m_status->setStyleSheet(QString());
    m_layout->setStretch(m_layout->count() - 1, 1);
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_answers->setRowCount(0);
    m_answers->setVisible(false);
    m_raw->clear();
    m_rawToggle->setEnabled(false);
    m_conflicts->setVisible(false);
}

void SubmissionDetailPane::addField(const QString& label, const QString& value)
{
    auto* text = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    m_fields->addRow(label, text);
}

void SubmissionDetailPane::showSubmission(qint64 rowid)
{
    clear();
    if (rowid <= 0)
        return;
    const std::optional<SubmissionDetail> found = SubmissionDetail::load(m_db, rowid);
    if (!found)
        return;
    const SubmissionDetail& d = *found;
    m_rowid = rowid;

    m_heading->setText(d.name.isEmpty() ? tr("(no name)") : d.name);
    QString status = SubmissionText::status(d.valid, d.invalidCode, d.hasConflicts);
    if (!d.valid && !d.invalidDetail.isEmpty())
        status += QStringLiteral(" — ") + d.invalidDetail;
    m_status->setText(status);
    m_status->setStyleSheet(d.valid ? QString() : QStringLiteral("color: #b01e1e;"));

    addField(tr("Submission id:"), d.id);
    addField(tr("Born:"), d.birthYear > 0 ? QString::number(d.birthYear) : QString());
    addField(tr("ID number:"), d.idNumber);
    addField(tr("Phone:"), d.phone);
    addField(tr("Unit:"), d.unit);
    // As sent when it cannot be read as a time: that text is what is wrong.
    const std::optional<Timestamp> started = Rfc3339::parse(d.startedAt);
    addField(tr("Started at:"), SubmissionText::dateTime(
                                    started ? std::optional<qint64>(started->utcMs) : std::nullopt,
                                    m_offsetMinutes, d.startedAt));
    addField(tr("Submitted at:"),
             SubmissionText::dateTime(d.submittedAtMs, m_offsetMinutes, d.submittedAt));
    addField(tr("Duration:"), d.valid ? Duration::format(d.durationMs) : QString());
    addField(tr("Prediction:"), d.prediction ? QLocale().toString(*d.prediction) : QString());
    addField(tr("Correct answers:"), d.valid ? QString::number(d.correct) : QString());
    addField(tr("Received:"), tr("%1 from %2").arg(receivedText(d.receivedAt), d.source));

    fillAnswers(d.answers);
    m_answers->setVisible(true);
    m_layout->setStretch(m_layout->count() - 1, 0);
    m_raw->setPlainText(prettyJson(d.rawJson));
    m_rawToggle->setEnabled(true);
    if (d.hasConflicts)
        fillConflicts(d.id, d.rawJson);
}

// received_at is the computer's UTC clock at import or sync: shown in contest time too.
QString SubmissionDetailPane::receivedText(const QString& receivedAt) const
{
    const QDateTime received = QDateTime::fromString(receivedAt, Qt::ISODateWithMs);
    return received.isValid()
               ? SubmissionText::dateTime(received.toMSecsSinceEpoch(), m_offsetMinutes, QString())
               : receivedAt;
}

QString SubmissionDetailPane::resultText(const QString& questionId, const QString& chosen) const
{
    if (m_keyHidden)
        return chosen.isEmpty() ? tr("unanswered") : tr("hidden until the contest closes");
    const AnswerKey::Entry* entry = m_key.find(questionId);
    if (!entry)
        return tr("not in the bank");
    if (chosen.isEmpty())
        return tr("unanswered");
    if (!entry->optionKeys.contains(chosen))
        return tr("no such option");
    return chosen == QString(entry->correct) ? tr("right") : tr("wrong");
}

void SubmissionDetailPane::fillAnswers(const QString& compact)
{
    // "Q0001=B;Q0107=": the stored form of the answers, an empty option for unanswered.
    const QStringList parts = compact.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    m_answers->setRowCount(static_cast<int>(parts.size()));
    for (int row = 0; row < parts.size(); ++row) {
        const QString part = parts.at(row);
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString questionId = eq < 0 ? part : part.left(eq);
        const QString chosen = eq < 0 ? QString() : part.mid(eq + 1);
        const AnswerKey::Entry* entry = m_key.find(questionId);
        const auto question = m_questions.constFind(questionId);
        const QString text = question == m_questions.cend() ? QString() : question->text;
        const QString result = resultText(questionId, chosen);
        const QStringList cells = {questionId, shorten(text),
                                   chosen.isEmpty() ? QStringLiteral("—") : chosen,
                                   entry ? QString(entry->correct) : QString(), result};
        for (int column = 0; column < AnswerColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == QuestionTextColumn && !text.isEmpty())
                item->setToolTip(text);
            if (column == ResultColumn) {
                const bool right = entry && !chosen.isEmpty() && chosen == QString(entry->correct);
                item->setForeground(right ? QColor(0x1e, 0x7a, 0x1e) : QColor(0xb0, 0x1e, 0x1e));
            }
            m_answers->setItem(row, column, item);
        }
    }
    m_answers->resizeColumnToContents(QuestionIdColumn);
    m_answers->resizeColumnToContents(ChosenColumn);
    m_answers->resizeColumnToContents(CorrectColumn);
    m_answers->resizeColumnToContents(ResultColumn);
}

void SubmissionDetailPane::fillConflicts(const QString& id, const QByteArray& storedJson)
{
    while (QLayoutItem* item = m_versions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto addVersion = [this](const QString& title, const QString& text) {
        auto* box = new QWidget(m_conflicts);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(title, box);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(label);
        QPlainTextEdit* view = jsonView(text, QStringLiteral("versionPlainTextEdit"), box);
        // Side by side in a narrow pane: each version scrolls rather than widening it.
        view->setMinimumSize(80, 220);
        column->addWidget(view, 1);
        m_versions->addWidget(box, 1);
    };
    const QJsonObject stored = QJsonDocument::fromJson(storedJson).object();
    addVersion(tr("Stored (counted)"), prettyJson(storedJson));
    for (const SubmissionDetail::Conflict& version : SubmissionDetail::conflicts(m_db, id)) {
        const QStringList changed =
            differingFields(stored, QJsonDocument::fromJson(version.rawJson).object());
        addVersion(tr("Received %1 from %2, not applied. Differs in: %3")
                       .arg(receivedText(version.receivedAt), version.source,
                            changed.join(QStringLiteral(", "))),
                   prettyJson(version.rawJson));
    }
    m_conflicts->setVisible(true);
}
