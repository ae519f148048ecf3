#pragma once

#include "core/Rfc3339.h"

#include <QDateTimeEdit>

// A date and time as the wall clock of the contest's timezone shows it, whatever the
// computer's own zone: the plan says "07:00 on 1 June, Vietnam time".
class ZonedDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT
public:
    explicit ZonedDateTimeEdit(QWidget* parent = nullptr);

    void setTimestamp(const Timestamp& timestamp, int offsetMinutes);
    // The edited wall-clock time read in `offsetMinutes`.
    Timestamp timestamp(int offsetMinutes) const;
};
