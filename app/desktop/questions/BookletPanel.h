#pragma once

#include "questions/QuestionBooklet.h"

#include <QWidget>

#include <functional>

class Database;
class QCheckBox;
class QTextDocument;

// The review booklet: choose what it shows, then preview and print it or save it as PDF.
// The HTML comes from the core (QuestionBooklet); only the paging and printing are here.
class BookletPanel : public QWidget
{
    Q_OBJECT
public:
    // `questions(filteredOnly)` gives the questions to print: the table's or the whole bank.
    BookletPanel(Database& db, std::function<QList<Question>(bool filteredOnly)> questions,
                 QWidget* parent = nullptr);

    QString html() const;
    // Writes the booklet to `path` as PDF; false (and a message) when it cannot.
    bool savePdf(const QString& path);
    void printPreview();
    void savePdfAs(); // asks for the file name

private:
    QuestionBooklet::Options options() const;
    void layOut(QTextDocument& document) const;
    static void ensureFont();

    Database& m_db;
    std::function<QList<Question>(bool)> m_questions;
    QCheckBox* m_answersCheck = nullptr;
    QCheckBox* m_legalSourceCheck = nullptr;
    QCheckBox* m_explanationCheck = nullptr;
    QCheckBox* m_filteredOnlyCheck = nullptr;
};
