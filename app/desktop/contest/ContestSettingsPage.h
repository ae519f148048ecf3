#pragma once

#include "contest/ContestSettings.h"

#include <QHash>
#include <QWidget>

class BlueprintEditor;
class IntegrityThresholdsEditor;
class Database;
class MoneySpinBox;
class PrizeTableEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class RankingOrderEditor;
class SiteSettingsEditor;
class ZonedDateTimeEdit;

// Every contest setting in one form. Each edit re-validates the whole form, so Save is
// only possible for settings the repository would accept.
class ContestSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContestSettingsPage(Database& db, QWidget* parent = nullptr);

    // The settings as the form shows them now.
    ContestSettings formSettings() const;
    bool isModified() const;
    // The form differs from what was loaded (stored or the defaults).
    bool hasUnsavedEdits() const { return formSettings() != m_loaded; }
    Problems problems() const { return m_problems; }

public Q_SLOTS:
    void reload();
    bool save();

Q_SIGNALS:
    void settingsSaved();

private:
    QWidget* buildGeneralGroup();
    QWidget* buildQuestionsGroup();
    QWidget* buildAttemptsGroup();
    QWidget* buildPrizesGroup();
    QWidget* buildRankingGroup();
    void connectEdits();
    void fillForm(const ContestSettings& s);
    void revalidate();
    void showProblems();
    void updatePredictionTarget();
    int timezoneOffset() const;
    void selectTimezone(int offsetMinutes);
    void markField(const QString& key, bool invalid);
    QString fieldLabel(const QString& key) const;

    Database& m_db;
    ContestSettings m_loaded;
    int m_rowVersion = 0;
    bool m_stored = false;
    bool m_filling = false;
    Problems m_problems;
    // What the editors showed right after loading, to keep seconds and offsets the
    // form cannot show when the user did not touch the dates.
    Timestamp m_opensShown;
    Timestamp m_closesShown;

    QLabel* m_statusLabel = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;

    QLineEdit* m_codeEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QLineEdit* m_organizerEdit = nullptr;
    QComboBox* m_timezoneCombo = nullptr;
    ZonedDateTimeEdit* m_opensEdit = nullptr;
    ZonedDateTimeEdit* m_closesEdit = nullptr;
    QSpinBox* m_questionsSpin = nullptr;
    BlueprintEditor* m_blueprint = nullptr;
    QLineEdit* m_predictionQuestionEdit = nullptr;
    QComboBox* m_predictionTargetCombo = nullptr;
    QSpinBox* m_predictionFixedSpin = nullptr;
    QSpinBox* m_maxAttemptsSpin = nullptr;
    QComboBox* m_countedCombo = nullptr;
    QSpinBox* m_certificateSpin = nullptr;
    PrizeTableEditor* m_prizes = nullptr;
    QSpinBox* m_collectiveCountSpin = nullptr;
    MoneySpinBox* m_collectiveAmountSpin = nullptr;
    RankingOrderEditor* m_ranking = nullptr;
    IntegrityThresholdsEditor* m_integrity = nullptr;
    SiteSettingsEditor* m_site = nullptr;
    // Settings keys (as problems name them) to the widget that edits them.
    QHash<QString, QWidget*> m_fieldWidgets;
};
