#include "CtlCommands.h"

#include "contest/TopicRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class TopicCommands
{
    Q_DECLARE_TR_FUNCTIONS(TopicCommands)
};

int runList(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("topics list [--json]"));
    const QList<Topic> topics = TopicRepository(ctx.openExisting()).list();
    if (json) {
        QJsonArray array;
        for (const Topic& t : topics) {
            array.append(QJsonObject{{QStringLiteral("code"), t.code},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("retired"), t.retired}});
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    int width = 4;
    for (const Topic& t : topics)
        width = qMax(width, int(t.code.size()));
    for (const Topic& t : topics) {
        ctx.out() << t.code.leftJustified(width) << QStringLiteral("  ") << t.name
                  << (t.retired ? QStringLiteral("  (%1)").arg(TopicCommands::tr("retired"))
                                : QString())
                  << '\n';
    }
    // The count line is for scripts: fixed English.
    ctx.out() << QStringLiteral("%1 topics\n").arg(topics.size());
    return 0;
}

int runAdd(CtlContext& ctx)
{
    const QStringList a = ctx.positionals(2, QStringLiteral("topics add CODE NAME"));
    const Topic t = TopicRepository(ctx.openExisting()).add(a.at(0), a.at(1));
    ctx.out() << TopicCommands::tr("topic %1 added: %2").arg(t.code, t.name) << '\n';
    return 0;
}

int runRename(CtlContext& ctx)
{
    const QStringList a = ctx.positionals(2, QStringLiteral("topics rename CODE NAME"));
    const Topic t = TopicRepository(ctx.openExisting()).rename(a.at(0), a.at(1));
    ctx.out() << TopicCommands::tr("topic %1 is now named: %2").arg(t.code, t.name) << '\n';
    return 0;
}

int runRetire(CtlContext& ctx)
{
    const QStringList a = ctx.positionals(1, QStringLiteral("topics retire CODE"));
    const Topic t = TopicRepository(ctx.openExisting()).retire(a.at(0));
    ctx.out() << TopicCommands::tr("topic %1 retired: its questions stay, no blueprint line "
                                   "can use it")
                     .arg(t.code)
              << '\n';
    return 0;
}

} // namespace

QList<CtlCommand> topicCommands()
{
    return {
        {{QStringLiteral("topics"), QStringLiteral("list")},
         QStringLiteral("topics list [--json]"),
         QStringLiteral("list the question topics"),
         QStringLiteral("Prints every topic (code, name, retired or not), as a table or as JSON."),
         runList},
        {{QStringLiteral("topics"), QStringLiteral("add")},
         QStringLiteral("topics add CODE NAME"),
         QStringLiteral("add a question topic"),
         QStringLiteral("CODE is 2 to 16 capital letters, digits or '_' starting with a letter\n"
                        "(it begins the topic's question IDs, e.g. TTHC-0012); a code or a name\n"
                        "that exists already is refused. Recorded in the audit log."),
         runAdd},
        {{QStringLiteral("topics"), QStringLiteral("rename")},
         QStringLiteral("topics rename CODE NAME"),
         QStringLiteral("rename a question topic"),
         QStringLiteral("Changes the topic's name; its code, which questions and submissions\n"
                        "refer to, stays. Recorded in the audit log."),
         runRename},
        {{QStringLiteral("topics"), QStringLiteral("retire")},
         QStringLiteral("topics retire CODE"),
         QStringLiteral("retire a question topic"),
         QStringLiteral("A retired topic keeps its questions and code, but no blueprint line can\n"
                        "use it. Refused while the contest's blueprint draws questions from it.\n"
                        "Recorded in the audit log."),
         runRetire},
    };
}
