#include "AuditText.h"

#include "accounts/UserRepository.h"
#include "units/Exclusion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct ActionPhrase
{
    const char* code;
    const char* phrase;
};

// One line per stored code: the stored code and what it means to a person.
const ActionPhrase kActions[] = {
    {"settings.update", QT_TRANSLATE_NOOP("AuditText", "Contest settings changed")},
    {"units.import", QT_TRANSLATE_NOOP("AuditText", "Units imported")},
    {"exclusions.import", QT_TRANSLATE_NOOP("AuditText", "Exclusion list imported")},
    {"exclusions.remove", QT_TRANSLATE_NOOP("AuditText", "Exclusion removed")},
    {"questions.category_map",
     QT_TRANSLATE_NOOP("AuditText", "Question categories mapped to topics")},
    {"tie.decide", QT_TRANSLATE_NOOP("AuditText", "Tie decided by the judges")},
    {"tie.withdraw", QT_TRANSLATE_NOOP("AuditText", "Tie decision withdrawn")},
    {"integrity.decide", QT_TRANSLATE_NOOP("AuditText", "Integrity case decided by the judges")},
    {"question.rekey", QT_TRANSLATE_NOOP("AuditText", "Answer key corrected")},
    {"results.lock", QT_TRANSLATE_NOOP("AuditText", "Results locked")},
    {"results.unlock", QT_TRANSLATE_NOOP("AuditText", "Results unlocked")},
    {"backup.restore", QT_TRANSLATE_NOOP("AuditText", "Database restored from a backup")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "Account created")},
    {"user.password", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"user.role", QT_TRANSLATE_NOOP("AuditText", "Role changed")},
    {"user.disable", QT_TRANSLATE_NOOP("AuditText", "Account disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("AuditText", "Account enabled")},
    {"user.unlock", QT_TRANSLATE_NOOP("AuditText", "Account unlocked")},
    {"user.login_failed", QT_TRANSLATE_NOOP("AuditText", "Failed login")},
};

const ActionPhrase* find(const QString& code)
{
    for (const ActionPhrase& a : kActions)
        if (code == QLatin1String(a.code))
            return &a;
    return nullptr;
}

QString orFallback(const QString& named, const QString& key)
{
    return named.isEmpty() ? key : named;
}

// "third #12" (tie.decide, tie.withdraw): the prize at stake and the decision's number.
std::pair<QString, QString> prizeAndNumber(const QString& subject)
{
    const qsizetype hash = subject.lastIndexOf(QLatin1String(" #"));
    if (hash < 0)
        return {subject, QString()};
    return {subject.left(hash), subject.mid(hash + 2)};
}
} // namespace

QStringList AuditText::knownActions()
{
    QStringList codes;
    for (const ActionPhrase& a : kActions)
        codes << QLatin1String(a.code);
    return codes;
}

bool AuditText::isKnown(const QString& code)
{
    return find(code) != nullptr;
}

QString AuditText::action(const QString& code)
{
    if (const ActionPhrase* a = find(code))
        return tr(a->phrase);
    // Written by a newer version: the entry still counts in the chain.
    return tr("Other action (not known to this version)");
}

QString AuditText::user(const QString& username, const Names& names)
{
    if (username.isEmpty() || username == QLatin1String("unknown"))
        return tr("(not recorded)");
    const QString display = names.users.value(username);
    return display.isEmpty() || display == username
               ? username
               : QStringLiteral("%1 (%2)").arg(display, username);
}

QHash<QString, QString> AuditText::userNames(Database& db)
{
    QHash<QString, QString> users;
    for (const User& u : UserRepository(db).list())
        users.insert(u.username, u.displayName);
    return users;
}

QString AuditText::user(Database& db, const QString& username)
{
    Names names;
    names.users = userNames(db);
    return user(username, names);
}

QString AuditText::subject(const AuditEntry& e, const Names& names)
{
    const QString& a = e.action;
    if (a == QLatin1String("tie.decide") || a == QLatin1String("tie.withdraw")) {
        const auto [prize, number] = prizeAndNumber(e.subject);
        const QString prizeLabel = prize == QLatin1String("collective")
                                       ? tr("collective prize")
                                       : orFallback(names.prizes.value(prize), prize);
        // The people in the decided order, by name: who is ahead of whom is the decision.
        const QJsonObject d =
            QJsonDocument::fromJson(
                (a == QLatin1String("tie.decide") ? e.afterJson : e.beforeJson).toUtf8())
                .object();
        const bool collective =
            d.value(QStringLiteral("scope")).toString() == QLatin1String("collective");
        QStringList people;
        for (const QJsonValue& v : d.value(QStringLiteral("order")).toArray()) {
            const QString key = v.toString();
            const auto& lookup = collective ? names.unit : names.person;
            people << orFallback(lookup ? lookup(key) : QString(), key);
        }
        QString text =
            number.isEmpty() ? prizeLabel : tr("%1, decision no. %2").arg(prizeLabel, number);
        if (!people.isEmpty())
            text += QStringLiteral(": ") + people.join(QStringLiteral(" > "));
        return text;
    }
    if (a == QLatin1String("results.lock") || a == QLatin1String("results.unlock"))
        return tr("snapshot no. %1").arg(e.subject);
    if (a.startsWith(QLatin1String("user.")) && a != QLatin1String("user.login_failed"))
        return user(e.subject, names);
    if (a == QLatin1String("exclusions.remove")) {
        const qsizetype colon = e.subject.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString type = e.subject.left(colon);
            const QString value = e.subject.mid(colon + 1);
            const auto& lookup = type == QLatin1String("unit") ? names.unit : names.person;
            const QString named = lookup ? lookup(value) : QString();
            return QStringLiteral("%1: %2").arg(Exclusion::typeLabel(type),
                                                orFallback(named, value));
        }
    }
    return e.subject;
}
