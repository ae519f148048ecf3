#pragma once

#include "PrintSource.h"
#include "ReportTable.h"

// The award list the committee signs and the finance office pays from (Danh sách khen
// thưởng): individual and collective winners, totals per prize and overall with the
// amount in words, and the participation of each unit.
struct AwardList
{
    QString organizer;
    QString contestTitle;
    ReportTable individual;
    ReportTable collective;
    ReportTable totals;
    ReportTable participation;
    qint64 grandTotal = 0;
    QString grandTotalWords; // "Bằng chữ: …"
    QString snapshotLine;    // which locked results it was made from
    // Who signs, left to right.
    QStringList signers = {QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("KẾ TOÁN"),
                           QStringLiteral("TRƯỞNG BAN TỔ CHỨC")};

    static AwardList build(const PrintSource& source);
    QList<const ReportTable*> awardTables() const { return {&individual, &collective, &totals}; }
};
