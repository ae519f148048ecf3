#include "QuestionBooklet.h"

#include <QHash>
#include <QStringList>

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString QuestionBooklet::html(const QList<Question>& questions, const QList<Topic>& topics,
                              const Options& options)
{
    QHash<QString, QList<const Question*>> byTopic;
    QStringList order;
    for (const Topic& t : topics)
        order << t.code;
    for (const Question& q : questions) {
        if (!order.contains(q.topic))
            order << q.topic;
        byTopic[q.topic] << &q;
    }
    QHash<QString, QString> names;
    for (const Topic& t : topics)
        names.insert(t.code, t.name);

    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"></head>"
                          "<body style=\"font-family: '%1'; font-size: 12pt;\">")
               .arg(QLatin1String(kFontFamily));
    if (!options.title.isEmpty())
        out += QStringLiteral("<h1 align=\"center\" style=\"font-size: 16pt;\">%1</h1>")
                   .arg(esc(options.title));
    out +=
        QStringLiteral("<p align=\"center\"><i>%1</i></p>")
            .arg(esc(options.withAnswers
                         ? tr("%n question(s), with answers", nullptr, int(questions.size()))
                         : tr("%n question(s), without answers", nullptr, int(questions.size()))));
    int number = 0;
    for (const QString& code : order) {
        const QList<const Question*> list = byTopic.value(code);
        if (list.isEmpty())
            continue;
        const QString name = names.value(code);
        out += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>")
                   .arg(esc(name.isEmpty() ? code : tr("%1 (%2)").arg(name, code)));
        for (const Question* q : list)
            out += questionHtml(++number, *q, options);
    }
    out += QStringLiteral("</body></html>");
    return out;
}

QString QuestionBooklet::questionHtml(int number, const Question& q, const Options& options)
{
    QString out = QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 2px;\">"
                                 "<b>%1</b> %2 <span style=\"color: #666666;\">[%3]</span></p>")
                      .arg(esc(tr("Question %1.").arg(number)), esc(q.text), esc(q.id));
    out +=
        QStringLiteral("<table style=\"margin-left: 24px;\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const QuestionOption& o : q.options) {
        const bool correct = options.withAnswers && o.key == q.correctKey;
        const QString text = QStringLiteral("%1. %2").arg(o.key, esc(o.text));
        out += QStringLiteral("<tr><td>%1</td></tr>")
                   .arg(correct ? QStringLiteral("<b>%1 ✓</b>").arg(text) : text);
    }
    out += QStringLiteral("</table>");
    QStringList notes;
    if (options.withAnswers)
        notes << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Answer:")), esc(q.correctKey));
    if (options.withLegalSource && !q.legalSource.isEmpty())
        notes << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Legal source:")), esc(q.legalSource));
    if (options.withExplanation && !q.explanation.isEmpty())
        notes << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Explanation:")), esc(q.explanation));
    if (!notes.isEmpty())
        out += QStringLiteral("<p style=\"margin-left: 24px; margin-top: 2px; font-size: 11pt;\">"
                              "%1</p>")
                   .arg(notes.join(QStringLiteral("<br>")));
    return out;
}
