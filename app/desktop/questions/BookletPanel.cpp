#include "BookletPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "contest/ContestRepository.h"
#include "contest/TopicRepository.h"
#include "core/OutputFile.h"
#include "core/Problem.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QTextDocument>
#include <QVBoxLayout>

BookletPanel::BookletPanel(Database& db, std::function<QList<Question>(bool)> questions,
                           QWidget* parent)
    : QWidget(parent), m_db(db), m_questions(std::move(questions))
{
    setObjectName(QStringLiteral("bookletPanelWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A booklet of the bank for review meetings, grouped by topic. "
                                "Leave the answers out for reviewers who should try the "
                                "questions first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_answersCheck = new QCheckBox(tr("Show the &answers"), this);
    m_answersCheck->setObjectName(QStringLiteral("withAnswersCheckBox"));
    m_answersCheck->setChecked(true);
    m_legalSourceCheck = new QCheckBox(tr("Show the &legal sources"), this);
    m_legalSourceCheck->setObjectName(QStringLiteral("withLegalSourceCheckBox"));
    m_legalSourceCheck->setChecked(true);
    m_explanationCheck = new QCheckBox(tr("Show the e&xplanations"), this);
    m_explanationCheck->setObjectName(QStringLiteral("withExplanationCheckBox"));
    m_filteredOnlyCheck = new QCheckBox(tr("Only the questions the &table shows"), this);
    m_filteredOnlyCheck->setObjectName(QStringLiteral("filteredOnlyCheckBox"));
    for (QCheckBox* c :
         {m_answersCheck, m_legalSourceCheck, m_explanationCheck, m_filteredOnlyCheck})
        layout->addWidget(c);

    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    layout->addWidget(preview);
    layout->addWidget(pdf);
    layout->addStretch(1);
    connect(preview, &QPushButton::clicked, this, &BookletPanel::printPreview);
    connect(pdf, &QPushButton::clicked, this, &BookletPanel::savePdfAs);
}

QuestionBooklet::Options BookletPanel::options() const
{
    QuestionBooklet::Options o;
    try {
        o.title = ContestRepository(m_db).loadOrDefaults().title;
    } catch (const UserError&) {
    }
    o.withAnswers = m_answersCheck->isChecked();
    o.withLegalSource = m_legalSourceCheck->isChecked();
    o.withExplanation = m_explanationCheck->isChecked();
    return o;
}

QString BookletPanel::html() const
{
    return QuestionBooklet::html(m_questions(m_filteredOnlyCheck->isChecked()),
                                 TopicRepository(m_db).list(), options());
}

void BookletPanel::ensureFont()
{
    // The booklet is set in Liberation Serif; load it from the usual places when the
    // platform's font database does not list it (offscreen, minimal systems).
    static bool tried = false;
    if (tried || QFontDatabase::families().contains(QLatin1String(QuestionBooklet::kFontFamily)))
        return;
    tried = true;
    for (const QString& dir : {QStringLiteral("/usr/share/fonts/truetype/liberation2"),
                               QStringLiteral("/usr/share/fonts/truetype/liberation")}) {
        for (const QString& file : QDir(dir).entryList({QStringLiteral("LiberationSerif-*.ttf")}))
            QFontDatabase::addApplicationFont(dir + QLatin1Char('/') + file);
    }
}

void BookletPanel::layOut(QTextDocument& document) const
{
    ensureFont();
    document.setDefaultFont(QFont(QLatin1String(QuestionBooklet::kFontFamily), 12));
    document.setHtml(html());
}

bool BookletPanel::savePdf(const QString& path)
{
    // Whole or not at all: a full disk leaves no empty or half file (OutputFile).
    return OutputFile::write(path, [&](QIODevice& device) {
        QPdfWriter writer(&device);
        if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                              QMarginsF(20, 18, 18, 18),
                                              QPageLayout::Millimeter))) {
            return false;
        }
        writer.setTitle(tr("Question bank booklet"));
        writer.setCreator(tr("Contest Admin"));
        QTextDocument document;
        layOut(document);
        document.print(&writer);
        return true;
    });
}

void BookletPanel::savePdfAs()
{
    QString path = FileDialog::getSaveFileName(this, tr("Save the booklet as PDF"),
                                               QDir::homePath() + QStringLiteral("/booklet.pdf"),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        if (!savePdf(path))
            MessageBox::warning(this, tr("Booklet"), tr("Could not write %1.").arg(path));
        else
            SavedNotice::show(this, path);
    } catch (const EnvironmentError& e) {
        MessageBox::warning(this, tr("Booklet"), e.message());
    }
}

void BookletPanel::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 18, 18, 18), QPageLayout::Millimeter));
    QTextDocument document;
    layOut(document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("bookletPreviewDialog"));
    dialog.setWindowTitle(tr("Booklet preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* p) { document.print(p); });
    dialog.resize(QSize(900, 700).boundedTo(screen()->availableSize()));
    dialog.exec();
}
