#pragma once

#include "ParsedQuestion.h"

// Spreadsheet CSV: id,topic,text,A,B,C,D,answer with optional E, F, title, difficulty,
// legal_source, explanation. Empty options are skipped and the later ones move up
// (A, _, C -> A, B), the answer following its option.
class CsvQuestionParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvQuestionParser)
public:
    static ParseResult parse(const QByteArray& data, const QString& fileName);
    static QStringList requiredColumns();
    static QStringList optionalColumns();
};
