#include "SchemaSteps.h"

#include "Database.h"

namespace {

void run(Database& db, const QStringList& statements)
{
    for (const QString& s : statements)
        db.exec(s);
}

// Version 1: the contest, its units and its exclusion list.
void toVersion1(Database& db)
{
    run(db, {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE contest ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " code TEXT NOT NULL,"
                       " settings_json TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE units ("
                       " code TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),"
                       " collective_eligible {{BOOL}} NOT NULL DEFAULT 1,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE exclusions ("
                       " id {{ID}},"
                       " type TEXT NOT NULL CHECK (type IN ('id_number', 'phone', 'unit')),"
                       " value TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (type, value))"),
    });
}

// Version 2: topics become data (the blueprint and the question bank refer to them),
// seeded with the eight of the plan (section III.1).
void toVersion2(Database& db)
{
    db.exec(QStringLiteral("CREATE TABLE topics ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " position INTEGER NOT NULL)"));
    const QList<QPair<QString, QString>> defaults = {
        {QStringLiteral("THECHE"), QStringLiteral("Cải cách thể chế")},
        {QStringLiteral("TTHC"), QStringLiteral("Cải cách thủ tục hành chính")},
        {QStringLiteral("BOMAY"), QStringLiteral("Cải cách tổ chức bộ máy hành chính nhà nước")},
        {QStringLiteral("CONGVU"), QStringLiteral("Cải cách chế độ công vụ")},
        {QStringLiteral("TAICHINH"), QStringLiteral("Cải cách tài chính công")},
        {QStringLiteral("CPS"), QStringLiteral("Xây dựng, phát triển Chính phủ điện tử, Chính phủ số")},
        {QStringLiteral("CDS"), QStringLiteral("Chuyển đổi số quốc gia")},
        {QStringLiteral("DA06"), QStringLiteral("Đề án 06")},
    };
    int position = 1;
    for (const auto& [code, name] : defaults) {
        db.exec(QStringLiteral("INSERT INTO topics (code, name, position) VALUES (?, ?, ?)"),
                {code, name, position++});
    }
}

} // namespace

namespace SchemaSteps {

const std::vector<Migrator::Step>& all()
{
    static const std::vector<Migrator::Step> steps = {
        {1, QStringLiteral("contest, units, exclusions"), toVersion1},
        {2, QStringLiteral("topics with the plan's eight"), toVersion2},
    };
    return steps;
}

} // namespace SchemaSteps
