#pragma once

#include "PublishedContest.h"

#include <QRandomGenerator>
#include <QStringList>

// Draws one attempt's questions as the published blueprint says: `count` questions of
// each topic, then (when the blueprint adds up to less than questions_per_attempt) the
// rest from any topic, never one question twice; the order is shuffled so topics mix.
namespace QuestionDraw {
QStringList draw(const PublishedContest& contest, QRandomGenerator& random);
}
