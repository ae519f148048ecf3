#pragma once

#include <QString>

struct Topic
{
    QString code; // "TTHC": what blueprints and questions refer to
    QString name; // "Cải cách thủ tục hành chính"
    int position = 0;
    // Kept for the questions and submissions that name it; no new blueprint line.
    bool retired = false;
};
