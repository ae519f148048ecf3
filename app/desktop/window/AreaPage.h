#pragma once

// What the window asks of each of its areas, whatever the area is: LiveRefresh and the
// window's wiring go through this, not through a qobject_cast to every area class.
// An area is a QWidget that also derives from AreaPage.
class AreaPage
{
public:
    // Another connection changed the database: read it again. False when the page keeps
    // unsaved edits instead (their save is checked against the row version); it is then
    // read again when next shown.
    virtual bool readAgain() = 0;
    // Submissions were stored (a sync, a file import): areas that show them read again.
    virtual void submissionsChanged() {}

protected:
    ~AreaPage() = default;
};
