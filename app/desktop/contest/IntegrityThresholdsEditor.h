#pragma once

#include "contest/ContestSettings.h"

#include <QGroupBox>
#include <QMap>

class QSpinBox;

// When the judges are shown an integrity case: the committee tunes the thresholds to its
// contest (an office of four sharing one computer, families sharing one phone).
class IntegrityThresholdsEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit IntegrityThresholdsEditor(QWidget* parent = nullptr);

    void setThresholds(const IntegrityThresholds& thresholds);
    IntegrityThresholds thresholds() const;
    // The field of each settings key ("integrity.burst_minutes"...), to mark a problem.
    const QMap<QString, QWidget*>& fieldWidgets() const { return m_fields; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox* addSpin(const QString& key, const QString& objectName, int minimum, int maximum);

    QSpinBox* m_phoneSpin = nullptr;
    QSpinBox* m_secondsSpin = nullptr;
    QSpinBox* m_burstIdentitiesSpin = nullptr;
    QSpinBox* m_burstMinutesSpin = nullptr;
    QMap<QString, QWidget*> m_fields;
};
