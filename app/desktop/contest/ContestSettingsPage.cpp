#include "ContestSettingsPage.h"

#include "BlueprintEditor.h"
#include "IntegrityThresholdsEditor.h"
#include "MessageBox.h"
#include "MoneySpinBox.h"
#include "PrizeTableEditor.h"
#include "RankingOrderEditor.h"
#include "SiteSettingsEditor.h"
#include "ZonedDateTimeEdit.h"
#include "contest/ContestRepository.h"
#include "contest/TopicRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const int vietnamOffset = 7 * 60;
const QColor invalidBase(0xff, 0xeb, 0xee);
} // namespace

ContestSettingsPage::ContestSettingsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("contestSettingsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* headingRow = new QHBoxLayout;
    auto* heading = new QLabel(tr("Contest settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    headingRow->addWidget(heading);
    headingRow->addStretch(1);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    headingRow->addWidget(m_statusLabel);
    layout->addLayout(headingRow);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #ffebee; "
                                                  "border: 1px solid #e57373; padding: 6px; }"));
    m_problemsLabel->hide();
    layout->addWidget(m_problemsLabel);

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->addWidget(buildGeneralGroup());
    left->addWidget(buildQuestionsGroup());
    m_integrity = new IntegrityThresholdsEditor(content);
    m_integrity->setObjectName(QStringLiteral("integrityThresholdsEditor"));
    for (auto it = m_integrity->fieldWidgets().cbegin(); it != m_integrity->fieldWidgets().cend();
         ++it)
        m_fieldWidgets.insert(it.key(), it.value());
    left->addWidget(m_integrity);
    m_site = new SiteSettingsEditor(content);
    m_site->setObjectName(QStringLiteral("siteSettingsEditor"));
    for (auto it = m_site->fieldWidgets().cbegin(); it != m_site->fieldWidgets().cend(); ++it)
        m_fieldWidgets.insert(it.key(), it.value());
    left->addWidget(m_site);
    left->addStretch(1);
    right->addWidget(buildAttemptsGroup());
    right->addWidget(buildPrizesGroup());
    right->addWidget(buildRankingGroup());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revertButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Discard the changes and show the stored settings again"));
    m_saveButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ContestSettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ContestSettingsPage::reload);

    connectEdits();
    reload();
}

QWidget* ContestSettingsPage::buildGeneralGroup()
{
    auto* group = new QGroupBox(tr("Contest"));
    auto* form = new QFormLayout(group);
    m_codeEdit = new QLineEdit(group);
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeEdit->setToolTip(
        tr("A short code without spaces; it is part of the contest server's addresses"));
    m_titleEdit = new QLineEdit(group);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_organizerEdit = new QLineEdit(group);
    m_organizerEdit->setObjectName(QStringLiteral("organizerLineEdit"));
    m_timezoneCombo = new QComboBox(group);
    m_timezoneCombo->setObjectName(QStringLiteral("timezoneComboBox"));
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 15) {
        QString text = QStringLiteral("UTC") + Rfc3339::formatOffset(minutes);
        if (minutes == 0)
            text = QStringLiteral("UTC+00:00");
        if (minutes == vietnamOffset)
            text += QStringLiteral(" — ") + tr("Vietnam");
        m_timezoneCombo->addItem(text, minutes);
    }
    m_opensEdit = new ZonedDateTimeEdit(group);
    m_opensEdit->setObjectName(QStringLiteral("opensAtDateTimeEdit"));
    m_closesEdit = new ZonedDateTimeEdit(group);
    m_closesEdit->setObjectName(QStringLiteral("closesAtDateTimeEdit"));
    form->addRow(tr("&Code:"), m_codeEdit);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Organiser:"), m_organizerEdit);
    form->addRow(tr("Time&zone:"), m_timezoneCombo);
    form->addRow(tr("Opens &at:"), m_opensEdit);
    form->addRow(tr("C&loses at:"), m_closesEdit);
    m_fieldWidgets.insert(QStringLiteral("code"), m_codeEdit);
    m_fieldWidgets.insert(QStringLiteral("title"), m_titleEdit);
    m_fieldWidgets.insert(QStringLiteral("organizer"), m_organizerEdit);
    m_fieldWidgets.insert(QStringLiteral("timezone"), m_timezoneCombo);
    m_fieldWidgets.insert(QStringLiteral("opens_at"), m_opensEdit);
    m_fieldWidgets.insert(QStringLiteral("closes_at"), m_closesEdit);
    return group;
}

QWidget* ContestSettingsPage::buildQuestionsGroup()
{
    auto* group = new QGroupBox(tr("Questions"));
    auto* form = new QFormLayout(group);
    m_questionsSpin = new QSpinBox(group);
    m_questionsSpin->setObjectName(QStringLiteral("questionsPerAttemptSpinBox"));
    m_questionsSpin->setRange(1, 500);
    m_blueprint = new BlueprintEditor(group);
    m_blueprint->setObjectName(QStringLiteral("blueprintEditor"));
    m_predictionQuestionEdit = new QLineEdit(group);
    m_predictionQuestionEdit->setObjectName(QStringLiteral("predictionQuestionLineEdit"));
    m_predictionTargetCombo = new QComboBox(group);
    m_predictionTargetCombo->setObjectName(QStringLiteral("predictionTargetComboBox"));
    m_predictionTargetCombo->addItem(tr("Number of contestants"),
                                     static_cast<int>(PredictionTarget::Kind::Contestants));
    m_predictionTargetCombo->addItem(tr("Number of valid submissions"),
                                     static_cast<int>(PredictionTarget::Kind::Submissions));
    m_predictionTargetCombo->addItem(tr("A fixed number"),
                                     static_cast<int>(PredictionTarget::Kind::Fixed));
    m_predictionFixedSpin = new QSpinBox(group);
    m_predictionFixedSpin->setObjectName(QStringLiteral("predictionFixedSpinBox"));
    m_predictionFixedSpin->setRange(0, 2000000000);
    m_predictionFixedSpin->setGroupSeparatorShown(true);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_predictionTargetCombo, 1);
    targetRow->addWidget(m_predictionFixedSpin);

    form->addRow(tr("&Questions per attempt:"), m_questionsSpin);
    auto* blueprintLabel = new QLabel(tr("Questions drawn from each topic:"), group);
    form->addRow(blueprintLabel);
    form->addRow(m_blueprint);
    form->addRow(tr("&Prediction question:"), m_predictionQuestionEdit);
    form->addRow(tr("Prediction compared with:"), targetRow);
    m_fieldWidgets.insert(QStringLiteral("questions_per_attempt"), m_questionsSpin);
    m_fieldWidgets.insert(QStringLiteral("blueprint"), m_blueprint);
    m_fieldWidgets.insert(QStringLiteral("prediction_question"), m_predictionQuestionEdit);
    m_fieldWidgets.insert(QStringLiteral("prediction_target"), m_predictionFixedSpin);
    return group;
}

QWidget* ContestSettingsPage::buildAttemptsGroup()
{
    auto* group = new QGroupBox(tr("Attempts and certificates"));
    auto* form = new QFormLayout(group);
    m_maxAttemptsSpin = new QSpinBox(group);
    m_maxAttemptsSpin->setObjectName(QStringLiteral("maxAttemptsSpinBox"));
    m_maxAttemptsSpin->setRange(0, 1000);
    m_maxAttemptsSpin->setSpecialValueText(tr("Unlimited"));
    m_countedCombo = new QComboBox(group);
    m_countedCombo->setObjectName(QStringLiteral("countedAttemptComboBox"));
    m_countedCombo->addItem(tr("The best attempt"), static_cast<int>(CountedAttempt::Best));
    m_countedCombo->addItem(tr("The first attempt"), static_cast<int>(CountedAttempt::First));
    m_countedCombo->addItem(tr("The last attempt"), static_cast<int>(CountedAttempt::Last));
    m_certificateSpin = new QSpinBox(group);
    m_certificateSpin->setObjectName(QStringLiteral("certificateMinCorrectSpinBox"));
    m_certificateSpin->setRange(0, 500);
    m_certificateSpin->setSuffix(tr(" correct answers"));
    form->addRow(tr("&Attempts allowed per person:"), m_maxAttemptsSpin);
    form->addRow(tr("Attempt &that counts:"), m_countedCombo);
    form->addRow(tr("Certificate &from:"), m_certificateSpin);
    m_fieldWidgets.insert(QStringLiteral("attempts.max"), m_maxAttemptsSpin);
    m_fieldWidgets.insert(QStringLiteral("certificate_min_correct"), m_certificateSpin);
    return group;
}

QWidget* ContestSettingsPage::buildPrizesGroup()
{
    auto* group = new QGroupBox(tr("Prizes"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(new QLabel(tr("Individual prizes, best first:"), group));
    m_prizes = new PrizeTableEditor(group);
    m_prizes->setObjectName(QStringLiteral("prizeTableEditor"));
    layout->addWidget(m_prizes);
    auto* form = new QFormLayout;
    m_collectiveCountSpin = new QSpinBox(group);
    m_collectiveCountSpin->setObjectName(QStringLiteral("collectiveCountSpinBox"));
    m_collectiveCountSpin->setRange(0, 1000);
    m_collectiveAmountSpin = new MoneySpinBox(group);
    m_collectiveAmountSpin->setObjectName(QStringLiteral("collectiveAmountSpinBox"));
    form->addRow(tr("Collective prizes (units):"), m_collectiveCountSpin);
    form->addRow(tr("Amount for each unit:"), m_collectiveAmountSpin);
    layout->addLayout(form);
    m_fieldWidgets.insert(QStringLiteral("individual_prizes"), m_prizes);
    m_fieldWidgets.insert(QStringLiteral("collective_prizes.count"), m_collectiveCountSpin);
    m_fieldWidgets.insert(QStringLiteral("collective_prizes.amount"), m_collectiveAmountSpin);
    return group;
}

QWidget* ContestSettingsPage::buildRankingGroup()
{
    auto* group = new QGroupBox(tr("Individual ranking order"));
    auto* layout = new QVBoxLayout(group);
    auto* explanation = new QLabel(
        tr("Contestants are compared by the first key; the next key decides only between "
           "those still equal."),
        group);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_ranking = new RankingOrderEditor(group);
    m_ranking->setObjectName(QStringLiteral("rankingOrderEditor"));
    layout->addWidget(m_ranking);
    m_fieldWidgets.insert(QStringLiteral("ranking_order"), m_ranking);
    return group;
}

void ContestSettingsPage::connectEdits()
{
    auto edited = [this] { revalidate(); };
    for (QLineEdit* edit : {m_codeEdit, m_titleEdit, m_organizerEdit, m_predictionQuestionEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QSpinBox* spin :
         {m_questionsSpin, m_predictionFixedSpin, m_maxAttemptsSpin, m_certificateSpin,
          m_collectiveCountSpin, static_cast<QSpinBox*>(m_collectiveAmountSpin)})
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (QComboBox* combo : {m_timezoneCombo, m_predictionTargetCombo, m_countedCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_opensEdit, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_closesEdit, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_blueprint, &BlueprintEditor::changed, this, edited);
    connect(m_prizes, &PrizeTableEditor::changed, this, edited);
    connect(m_ranking, &RankingOrderEditor::changed, this, edited);
    connect(m_integrity, &IntegrityThresholdsEditor::changed, this, edited);
    connect(m_site, &SiteSettingsEditor::changed, this, edited);
    connect(m_questionsSpin, &QSpinBox::valueChanged, m_blueprint,
            &BlueprintEditor::setExpectedTotal);
    connect(m_predictionTargetCombo, &QComboBox::currentIndexChanged, this,
            &ContestSettingsPage::updatePredictionTarget);
}

void ContestSettingsPage::reload()
{
    try {
        ContestRepository repository(m_db);
        const std::optional<ContestSettings> stored = repository.load();
        m_stored = stored.has_value();
        m_loaded = stored.value_or(ContestSettings::defaults());
        m_rowVersion = repository.rowVersion();
        m_statusLabel->setText(m_stored ? tr("Stored settings, version %1").arg(m_rowVersion)
                                        : tr("Nothing stored yet: these are the defaults of the "
                                             "plan. Save them to use them."));
        fillForm(m_loaded);
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Contest settings"),
                            tr("The stored settings cannot be read:\n%1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Contest settings"), e.message());
    }
}

void ContestSettingsPage::fillForm(const ContestSettings& s)
{
    m_filling = true;
    m_codeEdit->setText(s.code);
    m_titleEdit->setText(s.title);
    m_titleEdit->setCursorPosition(0);
    m_organizerEdit->setText(s.organizer);
    selectTimezone(s.timezoneOffsetMinutes);
    m_opensEdit->setTimestamp(s.opensAt, s.timezoneOffsetMinutes);
    m_closesEdit->setTimestamp(s.closesAt, s.timezoneOffsetMinutes);
    m_opensShown = m_opensEdit->timestamp(s.timezoneOffsetMinutes);
    m_closesShown = m_closesEdit->timestamp(s.timezoneOffsetMinutes);
    m_questionsSpin->setValue(s.questionsPerAttempt);
    m_blueprint->setBlueprint(TopicRepository(m_db).list(), s.blueprint);
    m_blueprint->setExpectedTotal(s.questionsPerAttempt);
    m_predictionQuestionEdit->setText(s.predictionQuestion);
    m_predictionQuestionEdit->setCursorPosition(0);
    m_predictionTargetCombo->setCurrentIndex(
        m_predictionTargetCombo->findData(static_cast<int>(s.predictionTarget.kind)));
    m_predictionFixedSpin->setValue(
        int(qBound(qint64(0), s.predictionTarget.fixedValue, qint64(2000000000))));
    m_maxAttemptsSpin->setValue(s.maxAttempts);
    m_countedCombo->setCurrentIndex(m_countedCombo->findData(static_cast<int>(s.countedAttempt)));
    m_certificateSpin->setValue(s.certificateMinCorrect);
    m_prizes->setPrizes(s.individualPrizes);
    m_collectiveCountSpin->setValue(s.collectivePrizeCount);
    m_collectiveAmountSpin->setValue(int(s.collectivePrizeAmount));
    m_ranking->setOrder(s.rankingOrder);
    m_integrity->setThresholds(s.integrity);
    m_site->setValues(s.siteUrl, s.rules);
    m_filling = false;
    updatePredictionTarget();
    revalidate();
}

ContestSettings ContestSettingsPage::formSettings() const
{
    ContestSettings s = m_loaded;
    s.code = m_codeEdit->text().trimmed();
    s.title = m_titleEdit->text();
    s.organizer = m_organizerEdit->text();
    s.timezoneOffsetMinutes = timezoneOffset();
    const Timestamp opens = m_opensEdit->timestamp(s.timezoneOffsetMinutes);
    const Timestamp closes = m_closesEdit->timestamp(s.timezoneOffsetMinutes);
    s.opensAt = opens == m_opensShown ? m_loaded.opensAt : opens;
    s.closesAt = closes == m_closesShown ? m_loaded.closesAt : closes;
    s.questionsPerAttempt = m_questionsSpin->value();
    s.blueprint = m_blueprint->blueprint();
    s.predictionQuestion = m_predictionQuestionEdit->text();
    s.predictionTarget.kind =
        static_cast<PredictionTarget::Kind>(m_predictionTargetCombo->currentData().toInt());
    s.predictionTarget.fixedValue = m_predictionFixedSpin->value();
    s.maxAttempts = m_maxAttemptsSpin->value();
    s.countedAttempt = static_cast<CountedAttempt>(m_countedCombo->currentData().toInt());
    s.certificateMinCorrect = m_certificateSpin->value();
    s.individualPrizes = m_prizes->prizes();
    s.collectivePrizeCount = m_collectiveCountSpin->value();
    s.collectivePrizeAmount = m_collectiveAmountSpin->value();
    s.rankingOrder = m_ranking->order();
    s.integrity = m_integrity->thresholds();
    s.siteUrl = m_site->siteUrl();
    s.rules = m_site->rules();
    return s;
}

bool ContestSettingsPage::isModified() const
{
    return !m_stored || formSettings() != m_loaded;
}

void ContestSettingsPage::revalidate()
{
    if (m_filling)
        return;
    const ContestSettings s = formSettings();
    m_problems = s.validate();
    try {
        m_problems << ContestRepository(m_db).checkAgainstDatabase(s);
    } catch (const EnvironmentError& e) {
        m_problems << Problem{QString(), e.message()};
    }
    showProblems();
    const bool modified = isModified();
    m_saveButton->setEnabled(modified && m_problems.isEmpty());
    m_revertButton->setEnabled(m_stored && modified);
}

void ContestSettingsPage::showProblems()
{
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
        markField(it.key(), false);
    if (m_problems.isEmpty()) {
        m_problemsLabel->hide();
        m_problemsLabel->clear();
        return;
    }
    // Locations read "key 'blueprint[2].count'": the key names the field to mark.
    static const QRegularExpression keyPattern(QStringLiteral("'([a-z_.]+)[^']*'"));
    static const QRegularExpression rowPattern(QStringLiteral("\\[(\\d+)\\]"));
    QStringList lines;
    for (const Problem& problem : qAsConst(m_problems)) {
        const QRegularExpressionMatch match = keyPattern.match(problem.location);
        if (!match.hasMatch()) {
            lines << QStringLiteral("• ") + problem.toString().toHtmlEscaped();
            continue;
        }
        QString key = match.captured(1);
        if (!m_fieldWidgets.contains(key))
            key = key.section(QLatin1Char('.'), 0, 0);
        markField(key, true);
        // The field as the form names it, not the JSON key (issue 14).
        QString field = fieldLabel(key);
        const QRegularExpressionMatch row = rowPattern.match(problem.location);
        if (!field.isEmpty() && row.hasMatch())
            field = tr("%1, row %2").arg(field).arg(row.captured(1).toInt() + 1);
        lines << QStringLiteral("• ") + (field.isEmpty()
                                             ? problem.toString()
                                             : QStringLiteral("%1: %2").arg(field, problem.message))
                                            .toHtmlEscaped();
    }
    m_problemsLabel->setText(tr("<b>These settings cannot be saved yet:</b>") +
                             QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_problemsLabel->show();
}

QString ContestSettingsPage::fieldLabel(const QString& key) const
{
    QWidget* widget = m_fieldWidgets.value(key);
    if (!widget)
        return QString();
    for (const QFormLayout* form : findChildren<QFormLayout*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(form->labelForField(widget))) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
            if (text.endsWith(QLatin1Char(':')))
                text.chop(1);
            return text;
        }
    }
    // A field without a form row of its own: its group's title names it.
    for (QWidget* w = widget->parentWidget(); w && w != this; w = w->parentWidget())
        if (const auto* group = qobject_cast<const QGroupBox*>(w))
            return QString(group->title()).remove(QLatin1Char('&'));
    return QString();
}

void ContestSettingsPage::markField(const QString& key, bool invalid)
{
    QWidget* widget = m_fieldWidgets.value(key);
    if (!widget)
        return;
    if (!invalid) {
        widget->setPalette(QPalette()); // inherit again
        return;
    }
    // A tinted background rather than a style sheet keeps the platform look of the field.
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Base, invalidBase);
    widget->setPalette(palette);
}

void ContestSettingsPage::updatePredictionTarget()
{
    const bool fixed =
        static_cast<PredictionTarget::Kind>(m_predictionTargetCombo->currentData().toInt()) ==
        PredictionTarget::Kind::Fixed;
    m_predictionFixedSpin->setEnabled(fixed);
    m_predictionFixedSpin->setVisible(fixed);
}

int ContestSettingsPage::timezoneOffset() const
{
    return m_timezoneCombo->currentData().toInt();
}

void ContestSettingsPage::selectTimezone(int offsetMinutes)
{
    int index = m_timezoneCombo->findData(offsetMinutes);
    if (index < 0) {
        // An unusual offset set through contestctl: show it rather than lose it.
        m_timezoneCombo->addItem(QStringLiteral("UTC") + Rfc3339::formatOffset(offsetMinutes),
                                 offsetMinutes);
        index = m_timezoneCombo->count() - 1;
    }
    m_timezoneCombo->setCurrentIndex(index);
}

bool ContestSettingsPage::save()
{
    if (!m_saveButton->isEnabled())
        return false;
    const ContestSettings settings = formSettings();
    try {
        ContestRepository(m_db).save(settings, m_rowVersion);
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Save contest settings"),
                            tr("The settings were not saved.\n\n%1").arg(e.message()));
        return false;
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Save contest settings"),
                             tr("The settings were not saved.\n\n%1").arg(e.message()));
        return false;
    }
    reload();
    Q_EMIT settingsSaved();
    return true;
}
