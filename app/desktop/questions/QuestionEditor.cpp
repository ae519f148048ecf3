#include "QuestionEditor.h"

#include "QuestionTableModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

QuestionEditor::QuestionEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("questionEditorWidget"));
    buildForm();
    clearQuestion();
}

QWidget* QuestionEditor::withProblem(QWidget* field, QLabel*& problemLabel, const QString& name)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    problemLabel = new QLabel(box);
    problemLabel->setObjectName(name + QStringLiteral("ProblemLabel"));
    problemLabel->setWordWrap(true);
    problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    problemLabel->hide();
    layout->addWidget(problemLabel);
    return box;
}

void QuestionEditor::buildForm()
{
    auto* outer = new QVBoxLayout(this);
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("editorHeadingLabel"));
    QFont bold = m_headingLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headingLabel->setFont(bold);
    outer->addWidget(m_headingLabel);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("idLineEdit"));
    form->addRow(tr("&ID:"), withProblem(m_idEdit, m_idProblem, QStringLiteral("id")));

    m_topicCombo = new QComboBox(this);
    m_topicCombo->setObjectName(QStringLiteral("topicComboBox"));
    m_topicCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topicCombo->setMinimumContentsLength(16);
    form->addRow(tr("&Topic:"), withProblem(m_topicCombo, m_topicProblem, QStringLiteral("topic")));

    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("textPlainTextEdit"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setFixedHeight(m_textEdit->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Question:"), withProblem(m_textEdit, m_textProblem, QStringLiteral("text")));

    // Options: the radio button marks the correct one.
    auto* optionsBox = new QWidget(this);
    auto* optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->setSpacing(2);
    m_correctGroup = new QButtonGroup(this);
    for (int i = 0; i < Question::kMaxOptions; ++i) {
        const QString key = Question::keyAt(i);
        OptionRow r;
        r.row = new QWidget(optionsBox);
        auto* rowLayout = new QHBoxLayout(r.row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        r.correct = new QRadioButton(key, r.row);
        r.correct->setObjectName(QStringLiteral("correctRadioButton_") + key);
        r.correct->setToolTip(tr("The correct answer"));
        r.text = new QLineEdit(r.row);
        r.text->setObjectName(QStringLiteral("optionLineEdit_") + key);
        rowLayout->addWidget(r.correct);
        rowLayout->addWidget(r.text, 1);
        m_correctGroup->addButton(r.correct, i);
        optionsLayout->addWidget(r.row);
        connect(r.text, &QLineEdit::textChanged, this, &QuestionEditor::revalidate);
        m_options << r;
    }
    auto* optionButtons = new QHBoxLayout;
    m_addOptionButton = new QPushButton(tr("Add option"), optionsBox);
    m_addOptionButton->setObjectName(QStringLiteral("addOptionButton"));
    m_removeOptionButton = new QPushButton(tr("Remove last option"), optionsBox);
    m_removeOptionButton->setObjectName(QStringLiteral("removeOptionButton"));
    optionButtons->addWidget(m_addOptionButton);
    optionButtons->addWidget(m_removeOptionButton);
    optionButtons->addStretch(1);
    optionsLayout->addLayout(optionButtons);
    connect(m_addOptionButton, &QPushButton::clicked, this,
            [this] { setOptionCount(m_optionCount + 1); });
    connect(m_removeOptionButton, &QPushButton::clicked, this,
            [this] { setOptionCount(m_optionCount - 1); });
    connect(m_correctGroup, &QButtonGroup::idClicked, this, &QuestionEditor::revalidate);
    form->addRow(tr("Options:"),
                 withProblem(optionsBox, m_optionsProblem, QStringLiteral("options")));

    m_difficultyCombo = new QComboBox(this);
    m_difficultyCombo->setObjectName(QStringLiteral("difficultyComboBox"));
    for (auto d :
         {Question::Difficulty::Easy, Question::Difficulty::Medium, Question::Difficulty::Hard})
        m_difficultyCombo->addItem(QuestionTableModel::difficultyLabel(d), int(d));
    form->addRow(tr("&Difficulty:"), m_difficultyCombo);

    m_legalSourceEdit = new QLineEdit(this);
    m_legalSourceEdit->setObjectName(QStringLiteral("legalSourceLineEdit"));
    m_legalSourceEdit->setPlaceholderText(tr("e.g. Luật Giao dịch điện tử 2023, Điều 5"));
    form->addRow(tr("&Legal source:"), m_legalSourceEdit);

    m_explanationEdit = new QPlainTextEdit(this);
    m_explanationEdit->setObjectName(QStringLiteral("explanationPlainTextEdit"));
    m_explanationEdit->setTabChangesFocus(true);
    m_explanationEdit->setFixedHeight(m_explanationEdit->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Explanation:"), m_explanationEdit);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (auto s : {Question::Status::Draft, Question::Status::Reviewed, Question::Status::Approved,
                   Question::Status::Retired})
        m_statusCombo->addItem(QuestionTableModel::statusLabel(s), int(s));
    form->addRow(tr("&Status:"), m_statusCombo);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(tr("&Save question"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(m_saveButton, &QPushButton::clicked, this, &QuestionEditor::saveRequested);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        if (m_isNew)
            newQuestion(m_original.id, m_original.topic);
        else
            fill(m_original);
    });
    connect(m_idEdit, &QLineEdit::textChanged, this, &QuestionEditor::revalidate);
    connect(m_topicCombo, &QComboBox::currentIndexChanged, this, &QuestionEditor::revalidate);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &QuestionEditor::revalidate);
    connect(m_difficultyCombo, &QComboBox::currentIndexChanged, this, &QuestionEditor::revalidate);
    connect(m_legalSourceEdit, &QLineEdit::textChanged, this, &QuestionEditor::revalidate);
    connect(m_explanationEdit, &QPlainTextEdit::textChanged, this, &QuestionEditor::revalidate);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &QuestionEditor::revalidate);
}

void QuestionEditor::setTopics(const QList<Topic>& topics)
{
    m_filling = true;
    const QString current = m_topicCombo->currentData().toString();
    m_topicCombo->clear();
    m_topicCodes.clear();
    for (const Topic& t : topics) {
        m_topicCombo->addItem(QStringLiteral("%1 — %2").arg(t.code, t.name), t.code);
        m_topicCombo->setItemData(m_topicCombo->count() - 1, t.name, Qt::ToolTipRole);
        m_topicCodes << t.code;
    }
    m_topicCombo->setCurrentIndex(qMax(0, m_topicCombo->findData(current)));
    m_filling = false;
}

void QuestionEditor::setOptionCount(int count)
{
    m_optionCount = qBound(Question::kMinOptions, count, Question::kMaxOptions);
    for (int i = 0; i < m_options.size(); ++i)
        m_options.at(i).row->setVisible(i < m_optionCount);
    if (m_correctGroup->checkedId() >= m_optionCount) {
        // A hidden option cannot stay the answer.
        m_correctGroup->setExclusive(false);
        m_correctGroup->checkedButton()->setChecked(false);
        m_correctGroup->setExclusive(true);
    }
    m_addOptionButton->setEnabled(m_optionCount < Question::kMaxOptions);
    m_removeOptionButton->setEnabled(m_optionCount > Question::kMinOptions);
    revalidate();
}

void QuestionEditor::newQuestion(const QString& id, const QString& topic)
{
    Question q;
    q.id = id;
    q.topic = topic;
    for (int i = 0; i < 4; ++i)
        q.options << QuestionOption{Question::keyAt(i), QString()};
    m_isNew = true;
    m_original = q;
    fill(q);
    m_headingLabel->setText(tr("New question"));
    m_textEdit->setFocus();
}

void QuestionEditor::setQuestion(const Question& stored)
{
    m_isNew = false;
    m_original = stored;
    fill(stored);
    m_headingLabel->setText(tr("Question %1").arg(stored.id));
}

void QuestionEditor::clearQuestion()
{
    m_hasQuestion = false;
    m_isNew = false;
    m_original = Question();
    m_headingLabel->setText(tr("Select a question, or create a new one."));
    setEnabled(true);
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_headingLabel)
            w->setEnabled(false);
    }
}

void QuestionEditor::fill(const Question& q)
{
    m_filling = true;
    m_hasQuestion = true;
    for (QWidget* w : findChildren<QWidget*>())
        w->setEnabled(true);
    m_idEdit->setText(q.id);
    // The ID is what submissions and exports refer to: fixed once stored.
    m_idEdit->setReadOnly(!m_isNew);
    m_topicCombo->setCurrentIndex(m_topicCombo->findData(q.topic));
    m_textEdit->setPlainText(q.text);
    m_correctGroup->setExclusive(false);
    for (int i = 0; i < m_options.size(); ++i) {
        m_options[i].text->setText(i < q.options.size() ? q.options.at(i).text : QString());
        m_options[i].correct->setChecked(i < q.options.size() &&
                                         q.options.at(i).key == q.correctKey);
    }
    m_correctGroup->setExclusive(true);
    m_difficultyCombo->setCurrentIndex(m_difficultyCombo->findData(int(q.difficulty)));
    m_legalSourceEdit->setText(q.legalSource);
    m_explanationEdit->setPlainText(q.explanation);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(q.status)));
    m_filling = false;
    setOptionCount(int(q.options.size()));
}

Question QuestionEditor::question() const
{
    Question q = m_original;
    q.id = m_idEdit->text().trimmed();
    q.topic = m_topicCombo->currentData().toString();
    q.text = m_textEdit->toPlainText();
    q.options.clear();
    for (int i = 0; i < m_optionCount; ++i)
        q.options << QuestionOption{Question::keyAt(i), m_options.at(i).text->text()};
    const int correct = m_correctGroup->checkedId();
    q.correctKey = correct >= 0 && correct < m_optionCount ? Question::keyAt(correct) : QString();
    q.difficulty = Question::Difficulty(m_difficultyCombo->currentData().toInt());
    q.legalSource = m_legalSourceEdit->text();
    q.explanation = m_explanationEdit->toPlainText();
    q.status = Question::Status(m_statusCombo->currentData().toInt());
    q.normalize();
    return q;
}

bool QuestionEditor::hasChanges() const
{
    if (!m_hasQuestion)
        return false;
    const Question q = question();
    Question original = m_original;
    original.normalize();
    return m_isNew || !q.sameContent(original) || q.status != original.status ||
           q.difficulty != original.difficulty;
}

void QuestionEditor::revalidate()
{
    if (m_filling || !m_hasQuestion)
        return;
    const Question q = question();
    m_problems = q.validate(QString(), m_topicCodes);
    if (m_isNew && !q.id.isEmpty() && m_idTaken && m_idTaken(q.id))
        m_problems << Problem{QStringLiteral("field 'id'"),
                              tr("'%1' is the ID of another question").arg(q.id)};
    // Each problem goes under the field its location names ("…: field 'option B'").
    static const QRegularExpression fieldPattern(QStringLiteral("field '([^']+)'$"));
    QStringList id, topic, text, options;
    for (const Problem& p : m_problems) {
        const QString field = fieldPattern.match(p.location).captured(1);
        const QString message = field.startsWith(QLatin1String("option "))
                                    ? field + QStringLiteral(": ") + p.message
                                    : p.message;
        if (field == QLatin1String("id"))
            id << message;
        else if (field == QLatin1String("topic"))
            topic << message;
        else if (field == QLatin1String("text"))
            text << message;
        else
            options << (field == QLatin1String("answer") ? tr("Correct answer: %1").arg(message)
                                                         : message);
    }
    showProblem(m_idProblem, id);
    showProblem(m_topicProblem, topic);
    showProblem(m_textProblem, text);
    showProblem(m_optionsProblem, options);
    m_saveButton->setEnabled(m_problems.isEmpty() && hasChanges());
    m_revertButton->setEnabled(hasChanges() && !m_isNew);
}

void QuestionEditor::showProblem(QLabel* label, const QStringList& messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    // A read-only editor (a role that may not edit, and sees no answer key) has nothing
    // to fix: "no correct option" would only mislead.
    label->setVisible(!messages.isEmpty() && isEnabled());
}
