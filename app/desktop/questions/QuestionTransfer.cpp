#include "QuestionTransfer.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "QuestionImportDialog.h"
#include "SavedNotice.h"
#include "questions/QuestionExporter.h"
#include "questions/QuestionImporter.h"
#include "questions/QuestionSimilarity.h"

#include <QDir>
#include <QFileInfo>

QStringList QuestionTransfer::nearDuplicateWarnings(const QList<Question>& incoming,
                                                    const QList<int>& lines,
                                                    const QList<Question>& bank)
{
    QuestionSimilarity similarity;
    similarity.setQuestions(bank + incoming);
    QStringList warnings;
    for (int i = 0; i < incoming.size(); ++i) {
        for (const auto& m : similarity.nearDuplicates(incoming.at(i))) {
            warnings << tr("%1 (line %2) is %3% like %4")
                            .arg(incoming.at(i).id)
                            .arg(lines.value(i))
                            .arg(qRound(m.score * 100))
                            .arg(m.id);
        }
    }
    return warnings;
}

QString QuestionTransfer::importFile(Database& db, const QString& user, const QList<Question>& bank,
                                     QWidget* parent)
{
    const QString path = FileDialog::getOpenFileName(
        parent, tr("Import questions"), QDir::homePath(),
        tr("Question files (*.txt *.gift *.xml *.csv);;Aiken (*.txt);;GIFT (*.gift);;"
           "Moodle XML (*.xml);;CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return QString();
    try {
        QuestionImporter importer(db);
        QuestionImportOptions options;
        options.author = user;
        const QuestionImportPlan plan = importer.plan(path, options);
        QList<Question> incoming;
        QList<int> lines;
        for (const QuestionImportRow& row : plan.rows) {
            if (row.change != ImportChange::Unchanged) {
                incoming << row.question;
                lines << row.line;
            }
        }
        QuestionImportDialog dialog(plan, nearDuplicateWarnings(incoming, lines, bank), parent);
        if (dialog.exec() != QDialog::Accepted)
            return tr("Import of %1 cancelled; nothing changed.").arg(plan.fileName);
        importer.apply(plan, dialog.skipInvalid());
        return tr("Imported %1: %2 added, %3 updated.")
            .arg(plan.fileName)
            .arg(plan.count(ImportChange::Added))
            .arg(plan.count(ImportChange::Updated));
    } catch (const UserError& e) {
        MessageBox::warning(parent, tr("Import questions"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(parent, tr("Import questions"), e.message());
    }
    return QString();
}

QString QuestionTransfer::exportFile(const QList<Question>& bank, QWidget* parent)
{
    const QString path = FileDialog::getSaveFileName(
        parent, tr("Export questions"), QDir::homePath() + QStringLiteral("/questions.gift"),
        tr("GIFT (*.gift);;Moodle XML (*.xml);;Aiken (*.txt);;CSV (*.csv)"));
    if (path.isEmpty())
        return QString();
    // The format is the file's extension, as contestctl decides it.
    const std::optional<QuestionFormat> format = QuestionFormats::fromFileName(path);
    if (!format) {
        MessageBox::warning(parent, tr("Export questions"),
                            tr("Name the file .gift, .xml, .txt (Aiken) or .csv: the extension "
                               "chooses the format."));
        return QString();
    }
    try {
        QuestionExporter::writeFile(path, bank, *format);
        SavedNotice::show(parent, path);
        return tr("Exported %Ln question(s) to %1.", nullptr, int(bank.size()))
            .arg(QFileInfo(path).fileName());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(parent, tr("Export questions"), e.message());
    } catch (const UserError& e) {
        MessageBox::warning(parent, tr("Export questions"), e.message());
    }
    return QString();
}
