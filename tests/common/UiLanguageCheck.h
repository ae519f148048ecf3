#pragma once

// Judges the texts a person reads in the Vietnamese UI (issue 14, "Vietnamese all the
// way"): a text is wrong when it is an English source the catalogue translates
// differently (so its tr() was missed or ran before the translator was installed), a raw
// code of the program (an audit action, a prize key, a status), an ISO timestamp, or a
// number grouped the English way (2,490 instead of 2.490).

#include "VisibleTexts.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

class UiLanguageCheck
{
public:
    // Reads the committed catalogue: every source whose translation differs from it.
    explicit UiLanguageCheck(const QString& tsPath)
    {
        QFile f(tsPath);
        if (!f.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&f);
        QString source;
        QString translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") ||
                     xml.name() == QLatin1String("numerusform")) {
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!source.isEmpty() && translation.trimmed() != source.trimmed())
                    addSource(source);
            }
        }
    }

    int sourceCount() const { return int(m_exact.size()); }

    // Why `text` is wrong in the Vietnamese UI, or empty when it is fine.
    QString problem(const QString& text) const
    {
        const QString t = text.trimmed();
        if (m_exact.contains(withoutMnemonic(t)))
            return QStringLiteral("untranslated");
        for (const QRegularExpression& re : m_patterns)
            if (re.match(t).hasMatch())
                return QStringLiteral("untranslated (%1)").arg(re.pattern());
        // A file name (units.csv) is what the person chose, not a code.
        static const QRegularExpression code(
            QStringLiteral("^[a-z_]+\\.(?!(csv|json|xlsx|pdf|sqlite|db|txt|xml|gift)$)[a-z_]+\\b"));
        static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d"));
        static const QRegularExpression key(
            QStringLiteral("(^|[\\s(:])(first|second|third|approved|draft|in_review|"
                           "retired|rejected|unknown|collective|consolation)([\\s).,#]|$)"));
        static const QRegularExpression englishNumber(
            QStringLiteral("(^|[^\\d,.])[1-9]\\d{0,2}(,\\d{3})+(?![\\d,])"));
        static const QRegularExpression status(QStringLiteral("\\bstatus: |\\bkey '|khóa '"));
        static const QRegularExpression snake(
            QStringLiteral("^([a-z]+(_[a-z]+)+|correct|duration|best|last)$"));
        if (code.match(t).hasMatch() || snake.match(t).hasMatch())
            return QStringLiteral("raw code");
        if (iso.match(t).hasMatch())
            return QStringLiteral("ISO timestamp");
        if (key.match(t).hasMatch() || status.match(t).hasMatch())
            return QStringLiteral("raw key");
        if (englishNumber.match(t).hasMatch())
            return QStringLiteral("number grouped the English way");
        return QString();
    }

    QStringList problems(const QList<SeenText>& seen) const
    {
        QStringList out;
        QSet<QString> reported;
        for (const SeenText& s : seen) {
            const QString why = problem(s.text);
            if (why.isEmpty() || reported.contains(s.text))
                continue;
            reported.insert(s.text);
            out << QStringLiteral("%1: \"%2\" in %3").arg(why, s.text.left(120), s.where);
        }
        return out;
    }

private:
    static QString withoutMnemonic(QString s)
    {
        static const QRegularExpression amp(QStringLiteral("&(?=[^&\\s])"));
        return s.remove(amp).trimmed();
    }

    void addSource(const QString& source)
    {
        const QString s = withoutMnemonic(source);
        static const QRegularExpression arg(QStringLiteral("%(?:n|L?\\d)"));
        if (!s.contains(arg)) {
            // Short words ("OK", "ID") are often the same in both; the catalogue differing
            // on them still counts only when the whole text is that word.
            m_exact.insert(s);
            return;
        }
        // "Contest: %1" shown as "Contest: sonha-2024": the literal parts are the source's.
        QStringList parts = s.split(arg);
        int literal = 0;
        for (QString& p : parts) {
            literal += p.trimmed().size();
            p = QRegularExpression::escape(p);
        }
        if (literal < 10) // too little of its own to recognise reliably
            return;
        m_patterns.append(QRegularExpression(
            QStringLiteral("^") + parts.join(QStringLiteral(".*")) + QStringLiteral("$"),
            QRegularExpression::DotMatchesEverythingOption));
    }

    QSet<QString> m_exact;
    QList<QRegularExpression> m_patterns;
};
