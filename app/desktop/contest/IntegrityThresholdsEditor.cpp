#include "IntegrityThresholdsEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

IntegrityThresholdsEditor::IntegrityThresholdsEditor(QWidget* parent)
    : QGroupBox(tr("Integrity cases for the judges"), parent)
{
    auto* form = new QFormLayout(this);
    auto* explanation = new QLabel(tr("The judges are shown a case when one of these is seen; "
                                      "higher values keep households and offices that share a "
                                      "device out of the cases."),
                                   this);
    explanation->setWordWrap(true);
    form->addRow(explanation);

    // The spin boxes' ranges are wider than validate() accepts, so that a value out of
    // bounds is shown with its message instead of being clamped silently.
    m_phoneSpin = addSpin(QStringLiteral("integrity.phone_identities"),
                          QStringLiteral("phoneIdentitiesSpinBox"), 1, 1000);
    m_phoneSpin->setSuffix(tr(" ID numbers"));
    m_secondsSpin = addSpin(QStringLiteral("integrity.min_seconds_per_question"),
                            QStringLiteral("minSecondsPerQuestionSpinBox"), 0, 600);
    m_secondsSpin->setSuffix(tr(" s per question"));
    m_secondsSpin->setSpecialValueText(tr("No speed check"));
    m_burstIdentitiesSpin = addSpin(QStringLiteral("integrity.burst_identities"),
                                    QStringLiteral("burstIdentitiesSpinBox"), 1, 1000);
    m_burstIdentitiesSpin->setSuffix(tr(" people"));
    m_burstMinutesSpin = addSpin(QStringLiteral("integrity.burst_minutes"),
                                 QStringLiteral("burstMinutesSpinBox"), 0, 100000);
    m_burstMinutesSpin->setSuffix(tr(" minutes"));

    form->addRow(tr("One &phone used by at least:"), m_phoneSpin);
    form->addRow(tr("Answered &faster than:"), m_secondsSpin);
    form->addRow(tr("One &device sending for at least:"), m_burstIdentitiesSpin);
    form->addRow(tr("…all &within:"), m_burstMinutesSpin);
}

QSpinBox* IntegrityThresholdsEditor::addSpin(const QString& key, const QString& objectName,
                                             int minimum, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    connect(spin, &QSpinBox::valueChanged, this, &IntegrityThresholdsEditor::changed);
    m_fields.insert(key, spin);
    return spin;
}

void IntegrityThresholdsEditor::setThresholds(const IntegrityThresholds& thresholds)
{
    const QSignalBlocker b1(m_phoneSpin), b2(m_secondsSpin), b3(m_burstIdentitiesSpin),
        b4(m_burstMinutesSpin);
    m_phoneSpin->setValue(thresholds.phoneIdentities);
    m_secondsSpin->setValue(thresholds.minSecondsPerQuestion);
    m_burstIdentitiesSpin->setValue(thresholds.burstIdentities);
    m_burstMinutesSpin->setValue(thresholds.burstMinutes);
    Q_EMIT changed();
}

IntegrityThresholds IntegrityThresholdsEditor::thresholds() const
{
    IntegrityThresholds t;
    t.phoneIdentities = m_phoneSpin->value();
    t.minSecondsPerQuestion = m_secondsSpin->value();
    t.burstIdentities = m_burstIdentitiesSpin->value();
    t.burstMinutes = m_burstMinutesSpin->value();
    return t;
}
