#include "AnswerKey.h"

#include "storage/Database.h"

#include <QCryptographicHash>

void AnswerKey::add(const QString& questionId, const QString& optionKeys, QChar correct)
{
    m_entries.insert(questionId, Entry{optionKeys, correct});
}

const AnswerKey::Entry* AnswerKey::find(const QString& questionId) const
{
    const auto it = m_entries.constFind(questionId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QString AnswerKey::fingerprint() const
{
    QStringList ids = m_entries.keys();
    ids.sort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& id : ids) {
        const Entry& e = m_entries[id];
        h.addData(QStringLiteral("%1:%2:%3\n").arg(id, e.optionKeys, QString(e.correct)).toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

AnswerKey AnswerKey::load(Database& db)
{
    QHash<QString, QString> options;
    QSqlQuery o = db.exec(QStringLiteral("SELECT question_id, option_key FROM question_options ORDER BY question_id, option_key"));
    while (o.next())
        options[o.value(0).toString()] += o.value(1).toString();
    AnswerKey key;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, correct_key FROM questions"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString correct = q.value(1).toString();
        key.add(id, options.value(id), correct.isEmpty() ? QChar() : correct.at(0));
    }
    return key;
}
