#pragma once

#include "CategoryMapping.h"
#include "QuestionFormat.h"
#include "units/ImportChange.h"

#include <optional>

class Database;

struct QuestionImportRow
{
    int line = 0;
    Question question; // as it will be stored (ID and topic settled)
    ImportChange change = ImportChange::Added;
};

// What a question file would do, worked out before anything is written (the preview).
struct QuestionImportPlan
{
    QString fileName;
    QuestionFormat format = QuestionFormat::Aiken;
    QString author;
    QList<QuestionImportRow> rows; // the valid questions
    QList<SkippedItem> skipped;    // not single-answer questions: listed, never errors
    Problems problems;             // invalid questions and file errors
    bool fatal = false;            // the file as a whole is unusable: --skip-invalid cannot help

    bool ok() const { return problems.isEmpty(); }
    // All or nothing unless `skipInvalid`, which imports the valid rows of a readable file.
    bool canApply(bool skipInvalid) const { return ok() || (skipInvalid && !fatal); }
    int count(ImportChange change) const;
};

struct QuestionImportOptions
{
    std::optional<QuestionFormat> format; // from the file name when absent
    QString author;                       // of new questions and of the revisions
    QString defaultTopic;                 // for unmapped categories; empty: the stored default
};

// `questions import FILE`: parses, settles each question's ID (explicit, the stored question
// with the same text and options, or the topic's next free "TOPIC-NNNN") and topic (through
// the CategoryMapping), and compares with the bank: Added, Updated or Unchanged. An ID that
// exists is updated (with a revision), never duplicated.
class QuestionImporter
{
    Q_DECLARE_TR_FUNCTIONS(QuestionImporter)
public:
    explicit QuestionImporter(Database& db);
    void setMapping(const CategoryMapping& mapping) { m_mapping = mapping; }

    QuestionImportPlan plan(const QString& path, const QuestionImportOptions& options = {}) const;
    QuestionImportPlan planFromBytes(const QByteArray& data, const QString& fileName,
                                     const QuestionImportOptions& options = {}) const;
    // Writes the plan in one transaction; throws UserError when !plan.canApply(skipInvalid).
    void apply(const QuestionImportPlan& plan, bool skipInvalid = false);

private:
    Database& m_db;
    CategoryMapping m_mapping;
};
