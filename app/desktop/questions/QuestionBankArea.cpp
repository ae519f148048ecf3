#include "QuestionBankArea.h"

#include "BlueprintPanel.h"
#include "BookletPanel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "QuestionBankStore.h"
#include "QuestionChangeCommand.h"
#include "QuestionEditor.h"
#include "QuestionFilterProxyModel.h"
#include "QuestionTableModel.h"
#include "QuestionTransfer.h"
#include "RevisionHistoryView.h"
#include "accounts/Authorization.h"
#include "contest/ContestRepository.h"
#include "contest/TopicRepository.h"
#include "questions/QuestionRepository.h"
#include "questions/QuestionSimilarity.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

QuestionBankArea::QuestionBankArea(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("questionBankArea"));
    m_store = new QuestionBankStore(db, this);
    m_undoStack = new QUndoStack(this);
    m_model = new QuestionTableModel(this);
    m_proxy = new QuestionFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Question bank"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(buildActions());
    layout->addWidget(buildFilters());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bankSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("questionsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuestionTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("bankTabWidget"));
    m_editor = new QuestionEditor(m_tabs);
    m_editor->setIdTaken([this](const QString& id) { return m_model->rowOf(id) >= 0; });
    m_history = new RevisionHistoryView(db, m_tabs);
    m_blueprint = new BlueprintPanel(db, m_tabs);
    // Retired questions are history, not material for a review meeting.
    m_booklet = new BookletPanel(
        db,
        [this](bool filteredOnly) {
            if (filteredOnly)
                return shownQuestions();
            QList<Question> current;
            for (const Question& q : m_model->questions()) {
                if (q.status != Question::Status::Retired)
                    current << q;
            }
            return current;
        },
        m_tabs);
    // The six option rows and the notes scroll on a small screen instead of being squeezed
    // (issue 14).
    m_editorScroll = new QScrollArea(m_tabs);
    m_editorScroll->setObjectName(QStringLiteral("editorScrollArea"));
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setWidget(m_editor);
    m_tabs->addTab(m_editorScroll, tr("Editor"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_blueprint, tr("Blueprint"));
    m_tabs->addTab(m_booklet, tr("Booklet"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    layout->addWidget(m_resultLabel);

    connect(m_store, &QuestionBankStore::questionSaved, this, &QuestionBankArea::onQuestionSaved);
    connect(m_store, &QuestionBankStore::changeFailed, this,
            [this](const QString& what, const QString& message) {
                MessageBox::warning(
                    this, tr("Question bank"),
                    tr("“%1” could not be undone or redone: %2").arg(what, message));
                reload();
            });
    connect(m_editor, &QuestionEditor::saveRequested, this, &QuestionBankArea::saveEditor);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionBankArea::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuestionBankArea::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuestionBankArea::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuestionBankArea::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QuestionBankArea::updateCount);
    reload();
    m_table->resizeColumnsToContents();
    applyRole();
    m_table->setColumnWidth(QuestionTableModel::TextColumn, 360);
}

QWidget* QuestionBankArea::buildActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("&New question"), QStringLiteral("newButton"), &QuestionBankArea::newQuestion);
    button(tr("A&pprove"), QStringLiteral("approveButton"), &QuestionBankArea::approveSelection)
        ->setToolTip(tr("Approve the selected questions (drafts and reviewed ones)"));
    button(tr("Re&tire"), QStringLiteral("retireButton"), &QuestionBankArea::retireSelection)
        ->setToolTip(tr("Retire the selected questions: kept, never drawn again"));
    m_moveButton = new QToolButton(bar);
    m_moveButton->setObjectName(QStringLiteral("moveToTopicButton"));
    m_moveButton->setText(tr("&Move to topic"));
    m_moveButton->setPopupMode(QToolButton::InstantPopup);
    m_moveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moveButton->setMenu(new QMenu(m_moveButton));
    row->addWidget(m_moveButton);

    // Undo and redo: the stack's own actions, so their text says what would be undone.
    auto addStackButton = [&](QAction* action, const QString& name, QKeySequence::StandardKey key) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* b = new QToolButton(bar);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row->addWidget(b);
    };
    QAction* undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    row->addSpacing(12);
    addStackButton(undo, QStringLiteral("undoButton"), QKeySequence::Undo);
    addStackButton(redo, QStringLiteral("redoButton"), QKeySequence::Redo);
    row->addStretch(1);
    button(tr("&Import…"), QStringLiteral("importButton"), &QuestionBankArea::importQuestions);
    button(tr("E&xport…"), QStringLiteral("exportButton"), &QuestionBankArea::exportQuestions);
    return bar;
}

QWidget* QuestionBankArea::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (marks optional: “cai cach” finds “Cải cách”)"));
    m_searchEdit->setClearButtonEnabled(true);
    row->addWidget(m_searchEdit, 1);
    auto combo = [&](const QString& name) {
        auto* c = new QComboBox(bar);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(c);
        return c;
    };
    m_topicFilter = combo(QStringLiteral("topicFilterComboBox"));
    m_statusFilter = combo(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (auto s : {Question::Status::Draft, Question::Status::Reviewed, Question::Status::Approved,
                   Question::Status::Retired})
        m_statusFilter->addItem(QuestionTableModel::statusLabel(s), int(s));
    m_difficultyFilter = combo(QStringLiteral("difficultyFilterComboBox"));
    m_difficultyFilter->addItem(tr("All difficulties"), -1);
    for (auto d :
         {Question::Difficulty::Easy, Question::Difficulty::Medium, Question::Difficulty::Hard})
        m_difficultyFilter->addItem(QuestionTableModel::difficultyLabel(d), int(d));
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    row->addWidget(m_countLabel);
    // Connected once every filter exists: updateFilter() reads them all.
    for (QComboBox* c : {m_topicFilter, m_statusFilter, m_difficultyFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &QuestionBankArea::updateFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &QuestionBankArea::updateFilter);
    return bar;
}

void QuestionBankArea::reload()
{
    QList<Topic> topics;
    try {
        topics = TopicRepository(m_db).list();
        m_model->setQuestions(QuestionRepository(m_db).list());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Question bank"), e.message());
    }
    QHash<QString, QString> names;
    for (const Topic& t : topics)
        names.insert(t.code, t.name);
    m_model->setTopicNames(names);
    try {
        const int offset = ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes;
        m_model->setTimezoneOffset(offset);
        m_history->setTimezoneOffset(offset);
    } catch (const UserError&) { // unreadable settings: the Contest area says so
    } catch (const EnvironmentError&) {
    }
    m_editor->setTopics(topics);

    const QString topicFilter = m_topicFilter->currentData().toString();
    const QSignalBlocker blocker(m_topicFilter);
    m_topicFilter->clear();
    m_topicFilter->addItem(tr("All topics"), QString());
    m_moveButton->menu()->clear();
    for (const Topic& t : topics) {
        m_topicFilter->addItem(t.code, t.code);
        m_topicFilter->setItemData(m_topicFilter->count() - 1, t.name, Qt::ToolTipRole);
        QAction* move =
            m_moveButton->menu()->addAction(QStringLiteral("%1 — %2").arg(t.code, t.name));
        connect(move, &QAction::triggered, this,
                [this, code = t.code] { moveSelectionToTopic(code); });
    }
    m_topicFilter->setCurrentIndex(qMax(0, m_topicFilter->findData(topicFilter)));
    updateFilter();
    m_blueprint->refresh();
    if (!m_lastShownId.isEmpty())
        selectQuestion(m_lastShownId);
}

void QuestionBankArea::showEvent(QShowEvent* event)
{
    m_blueprint->refresh();
    QWidget::showEvent(event);
}

void QuestionBankArea::updateFilter()
{
    QuestionQuery query;
    query.topic = m_topicFilter->currentData().toString();
    if (const int s = m_statusFilter->currentData().toInt(); s >= 0)
        query.status = Question::Status(s);
    if (const int d = m_difficultyFilter->currentData().toInt(); d >= 0)
        query.difficulty = Question::Difficulty(d);
    query.text = m_searchEdit->text();
    m_proxy->setQuery(query);
    updateCount();
}

void QuestionBankArea::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total
                              ? tr("%Ln question(s)", nullptr, total)
                              : tr("%1 of %Ln question(s) shown", nullptr, total).arg(shown));
}

void QuestionBankArea::setResult(const QString& text)
{
    m_resultLabel->setText(text);
}

QList<Question> QuestionBankArea::selectedQuestions() const
{
    QList<Question> selected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        selected << m_model->question(m_proxy->mapToSource(index).row());
    return selected;
}

QList<Question> QuestionBankArea::shownQuestions() const
{
    QList<Question> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown << m_model->question(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return shown;
}

void QuestionBankArea::selectQuestion(const QString& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void QuestionBankArea::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Question& q = m_model->question(m_proxy->mapToSource(current).row());
    if (m_editor->hasChanges() && m_editor->storedId() != q.id) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved question"),
            tr("The question in the editor has changes that are not saved. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_lastShownId = q.id;
    m_editor->setQuestion(q);
    m_history->showQuestion(q.id);
}

void QuestionBankArea::newQuestion()
{
    QString topic = m_topicFilter->currentData().toString();
    if (topic.isEmpty() && m_topicFilter->count() > 1)
        topic = m_topicFilter->itemData(1).toString();
    // No current row either: choosing the same row again must load it back.
    m_table->selectionModel()->clear();
    m_editor->newQuestion(QuestionRepository(m_db).nextId(topic), topic);
    m_history->showQuestion(QString());
    m_tabs->setCurrentWidget(m_editorScroll);
}

bool QuestionBankArea::confirmNotDuplicate(const Question& q)
{
    QList<Question> others;
    for (const Question& other : m_model->questions()) {
        if (other.status != Question::Status::Retired)
            others << other;
    }
    QuestionSimilarity similarity;
    similarity.setQuestions(others);
    const QList<QuestionSimilarity::Match> matches = similarity.nearDuplicates(q);
    if (matches.isEmpty())
        return true;
    QStringList lines;
    for (const auto& m : matches.mid(0, 5)) {
        const int row = m_model->rowOf(m.id);
        lines << tr("%1 (%2% alike): %3")
                     .arg(m.id)
                     .arg(qRound(m.score * 100))
                     .arg(row >= 0 ? m_model->question(row).text : QString());
    }
    const auto answer = MessageBox::question(
        this, tr("Possible duplicate"),
        tr("This question is very like %Ln other question(s) of the bank:", nullptr,
           int(matches.size())) +
            QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Save it anyway?"),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void QuestionBankArea::saveEditor()
{
    const Question q = m_editor->question();
    if (!m_editor->problems().isEmpty() || !m_editor->hasChanges())
        return;
    if (!confirmNotDuplicate(q))
        return;
    const bool isNew = m_editor->isNew();
    std::optional<Question> before;
    if (!isNew)
        before = m_model->question(m_model->rowOf(q.id));
    try {
        const Question saved =
            m_store->save(q, isNew ? QStringLiteral("create") : QStringLiteral("update"),
                          before ? std::optional<int>(before->rowVersion) : std::nullopt);
        m_undoStack->push(new QuestionChangeCommand(
            m_store, isNew ? tr("create %1").arg(saved.id) : tr("edit %1").arg(saved.id),
            {{before, saved}}));
        m_lastShownId = saved.id;
        m_editor->setQuestion(saved);
        selectQuestion(saved.id);
        setResult(tr("Saved %1.").arg(saved.id));
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Save question"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Save question"), e.message());
    }
}

void QuestionBankArea::onQuestionSaved(const Question& q)
{
    m_model->putQuestion(q);
    if (!m_editor->isNew() && m_editor->storedId() == q.id)
        m_editor->setQuestion(q);
    if (m_lastShownId == q.id)
        m_history->showQuestion(q.id);
    m_blueprint->refresh();
    updateCount();
}

void QuestionBankArea::changeQuestions(const QList<Question>& befores,
                                       const QList<Question>& afters, const QString& action,
                                       const QString& undoText)
{
    if (afters.isEmpty())
        return;
    QList<std::optional<int>> expected;
    for (const Question& b : befores)
        expected << b.rowVersion;
    try {
        const QList<Question> saved = m_store->saveAll(afters, action, expected);
        QList<QuestionChangeCommand::Change> changes;
        for (int i = 0; i < saved.size(); ++i)
            changes << QuestionChangeCommand::Change{befores.at(i), saved.at(i)};
        m_undoStack->push(new QuestionChangeCommand(m_store, undoText, changes));
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Question bank"), e.message());
        reload();
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Question bank"), e.message());
    }
}

void QuestionBankArea::setStatusOfSelection(Question::Status status)
{
    QList<Question> befores;
    QList<Question> afters;
    int cannot = 0;
    for (const Question& q : selectedQuestions()) {
        if (q.status == status)
            continue;
        if (!QuestionRepository::canMove(q.status, status)) {
            ++cannot;
            continue;
        }
        // The repository stamps the reviewer (QuestionReview).
        Question after = q;
        after.status = status;
        befores << q;
        afters << after;
    }
    const QString name = QuestionTableModel::statusLabel(status).toLower();
    changeQuestions(befores, afters, QStringLiteral("status: %1").arg(Question::statusName(status)),
                    tr("%Ln question(s) %1", nullptr, int(afters.size())).arg(name));
    QString result = tr("%Ln question(s) %1.", nullptr, int(afters.size())).arg(name);
    if (cannot > 0)
        result +=
            QLatin1Char(' ') + tr("%Ln could not be (e.g. a retired question).", nullptr, cannot);
    setResult(result);
}

void QuestionBankArea::approveSelection()
{
    setStatusOfSelection(Question::Status::Approved);
}

void QuestionBankArea::retireSelection()
{
    setStatusOfSelection(Question::Status::Retired);
}

void QuestionBankArea::moveSelectionToTopic(const QString& topic)
{
    QList<Question> befores;
    QList<Question> afters;
    for (const Question& q : selectedQuestions()) {
        if (q.topic == topic)
            continue;
        Question after = q;
        after.topic = topic;
        befores << q;
        afters << after;
    }
    changeQuestions(befores, afters, QStringLiteral("move to %1").arg(topic),
                    tr("move %Ln question(s) to %1", nullptr, int(afters.size())).arg(topic));
    setResult(tr("%Ln question(s) moved to %1.", nullptr, int(afters.size())).arg(topic));
}

void QuestionBankArea::importQuestions()
{
    const QString result =
        QuestionTransfer::importFile(m_db, m_store->user(), m_model->questions(), this);
    if (result.isEmpty())
        return;
    setResult(result);
    reload();
}

// The core hides the answer keys from whoever may not see them and refuses their
// writes; here the same is shown beforehand: no answer column, nothing to click that
// would be refused.
void QuestionBankArea::applyRole()
{
    const bool mayEdit = Authorization::allows(m_db, Permission::EditQuestions);
    const bool seesKeys = Authorization::canSeeAnswerKeys(m_db);
    m_table->setColumnHidden(QuestionTableModel::AnswerColumn, !seesKeys);
    for (const char* name : {"newButton", "approveButton", "retireButton", "importButton"}) {
        if (auto* b = findChild<QPushButton*>(QLatin1String(name)))
            b->setEnabled(mayEdit);
    }
    m_moveButton->setEnabled(mayEdit);
    m_editor->setEnabled(mayEdit);
    if (auto* b = findChild<QPushButton*>(QStringLiteral("exportButton")))
        b->setEnabled(seesKeys && Authorization::allows(m_db, Permission::TransferQuestions));
    // The explanation gives the answer away: it goes with the key (the core blanks both).
    for (const char* name : {"withAnswersCheckBox", "withExplanationCheckBox"}) {
        if (auto* check = findChild<QCheckBox*>(QLatin1String(name))) {
            if (!seesKeys)
                check->setChecked(false);
            check->setEnabled(seesKeys);
        }
    }
}

void QuestionBankArea::exportQuestions()
{
    try {
        Authorization::require(m_db, Permission::TransferQuestions);
        Authorization::requireAnswerKeys(m_db);
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Export questions"), e.message());
        return;
    }
    const QString result = QuestionTransfer::exportFile(m_model->questions(), this);
    if (!result.isEmpty())
        setResult(result);
}

bool QuestionBankArea::readAgain()
{
    if (m_editor && m_editor->hasChanges())
        return false;
    reload();
    return true;
}
