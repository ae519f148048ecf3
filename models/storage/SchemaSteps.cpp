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
        {QStringLiteral("CPS"),
         QStringLiteral("Xây dựng, phát triển Chính phủ điện tử, Chính phủ số")},
        {QStringLiteral("CDS"), QStringLiteral("Chuyển đổi số quốc gia")},
        {QStringLiteral("DA06"), QStringLiteral("Đề án 06")},
    };
    int position = 1;
    for (const auto& [code, name] : defaults) {
        db.exec(QStringLiteral("INSERT INTO topics (code, name, position) VALUES (?, ?, ?)"),
                {code, name, position++});
    }
}

// Version 3: the question bank. Options get their own table (one row per key) so that
// grading and statistics can join on them; every change to a question is kept in
// question_revisions; Moodle categories map to topics through editable data, the row
// with the empty category being the default topic for unmapped ones.
void toVersion3(Database& db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE questions ("
                " id TEXT PRIMARY KEY,"
                " topic TEXT NOT NULL REFERENCES topics (code),"
                " title TEXT NOT NULL DEFAULT '',"
                " text TEXT NOT NULL,"
                " correct_key TEXT NOT NULL CHECK (correct_key IN ('A', 'B', 'C', 'D', 'E', 'F')),"
                " difficulty TEXT NOT NULL DEFAULT 'medium'"
                "  CHECK (difficulty IN ('easy', 'medium', 'hard')),"
                " legal_source TEXT NOT NULL DEFAULT '',"
                " explanation TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT 'draft'"
                "  CHECK (status IN ('draft', 'reviewed', 'approved', 'retired')),"
                " author TEXT NOT NULL DEFAULT '',"
                " reviewer TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " row_version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX questions_topic_status ON questions (topic, status)"),
            QStringLiteral(
                "CREATE TABLE question_options ("
                " question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,"
                " option_key TEXT NOT NULL CHECK (option_key IN ('A', 'B', 'C', 'D', 'E', 'F')),"
                " text TEXT NOT NULL,"
                " PRIMARY KEY (question_id, option_key))"),
            QStringLiteral("CREATE TABLE question_revisions ("
                           " id {{ID}},"
                           " question_id TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " before_json TEXT,"
                           " after_json TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX question_revisions_question ON question_revisions (question_id)"),
            QStringLiteral("CREATE TABLE question_category_map ("
                           " category TEXT PRIMARY KEY,"
                           " topic TEXT NOT NULL REFERENCES topics (code))"),
        });
    // The first topic is the default until the committee chooses another, so that a file
    // without categories (Aiken) can be imported at once.
    QSqlQuery first = db.exec(QStringLiteral("SELECT code FROM topics ORDER BY position, code"));
    if (first.next()) {
        db.exec(
            QStringLiteral("INSERT INTO question_category_map (category, topic) VALUES ('', ?)"),
            {first.value(0).toString()});
    }
}

// Version 4: submissions, kept whole (raw JSON) with what validation and grading made of
// them; a different version of a stored id goes to submission_conflicts, never over it.
void toVersion4(Database& db)
{
    run(db,
        {
            QStringLiteral("CREATE TABLE submissions ("
                           " id TEXT PRIMARY KEY,"
                           " raw_json TEXT NOT NULL,"
                           " raw_sha256 TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " valid {{BOOL}} NOT NULL,"
                           " invalid_code TEXT,"
                           " invalid_detail TEXT,"
                           " contestant_key TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " birth_year INTEGER NOT NULL,"
                           " id_number TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " unit TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " submitted_at TEXT NOT NULL,"
                           " started_at_ms BIGINT,"
                           " submitted_at_ms BIGINT,"
                           " duration_ms BIGINT NOT NULL,"
                           " prediction BIGINT,"
                           " correct INTEGER NOT NULL,"
                           " answers TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX submissions_contestant ON submissions (contestant_key)"),
            QStringLiteral("CREATE INDEX submissions_submitted ON submissions (submitted_at_ms)"),
            QStringLiteral("CREATE TABLE submission_conflicts ("
                           " id {{ID}},"
                           " submission_id TEXT NOT NULL REFERENCES submissions (id),"
                           " raw_json TEXT NOT NULL,"
                           " raw_sha256 TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " UNIQUE (submission_id, raw_sha256))"),
            QStringLiteral("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        });
}

// Version 5: what makes results defensible: the audit log (hash-chained), the judges'
// tie decisions, and locked results snapshots.
void toVersion5(Database& db)
{
    run(db, {
                QStringLiteral("CREATE TABLE audit_log ("
                               " id BIGINT PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " user_name TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " before_json TEXT NOT NULL,"
                               " after_json TEXT NOT NULL,"
                               " prev_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE tie_decisions ("
                               " id {{ID}},"
                               " scope TEXT NOT NULL CHECK (scope IN ('individual', 'collective')),"
                               " prize TEXT NOT NULL,"
                               " members_json TEXT NOT NULL,"
                               " order_json TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " judges TEXT NOT NULL,"
                               " decided_by TEXT NOT NULL,"
                               " decided_at TEXT NOT NULL,"
                               " withdrawn_at TEXT,"
                               " withdrawn_by TEXT)"),
                QStringLiteral("CREATE TABLE results_snapshots ("
                               " id {{ID}},"
                               " locked_at TEXT NOT NULL,"
                               " locked_by TEXT NOT NULL,"
                               " content_json TEXT NOT NULL,"
                               " sha256 TEXT NOT NULL,"
                               " unlocked_at TEXT,"
                               " unlocked_by TEXT,"
                               " unlock_reason TEXT)"),
            });
}

// Version 6: where each server's submissions were last read up to. The cursor is written
// in the same transaction as the page it ends, so a sync killed at any moment resumes
// after the last stored page: nothing lost, nothing stored twice.
void toVersion6(Database& db)
{
    run(db, {
                QStringLiteral("CREATE TABLE sync_state ("
                               " server_url TEXT NOT NULL,"
                               " contest_code TEXT NOT NULL,"
                               " cursor TEXT NOT NULL,"
                               " pages INTEGER NOT NULL DEFAULT 0,"
                               " items BIGINT NOT NULL DEFAULT 0,"
                               " updated_at TEXT NOT NULL,"
                               " PRIMARY KEY (server_url, contest_code))"),
            });
}

// Version 7: printing. Certificate layouts per kind (the JSON of CertificateTemplate),
// and every certificate ever issued with its number and verification code, tied to the
// locked results snapshot it was printed from, so `contestctl verify CODE` can say
// whose certificate a paper is and whether the results it rests on are still current.
void toVersion7(Database& db)
{
    run(db, {
                QStringLiteral("CREATE TABLE certificate_templates ("
                               " kind TEXT PRIMARY KEY,"
                               " template_json TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE certificates_issued ("
                               " code TEXT PRIMARY KEY,"
                               " kind TEXT NOT NULL,"
                               " seq INTEGER NOT NULL,"
                               " number TEXT NOT NULL,"
                               " recipient TEXT NOT NULL,"
                               " recipient_name TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " achievement TEXT NOT NULL,"
                               " snapshot_id BIGINT NOT NULL,"
                               " snapshot_sha256 TEXT NOT NULL,"
                               " issued_at TEXT NOT NULL,"
                               " UNIQUE (kind, seq))"),
            });
}

// Version 8: the submissions list filters by validity and reason; without an index each
// filter reads every row with its raw JSON (a million rows: seconds instead of milliseconds).
void toVersion8(Database& db)
{
    db.exec(QStringLiteral(
        "CREATE INDEX submissions_valid ON submissions (valid, invalid_code, submitted_at_ms)"));
}

// Version 9: accounts. A database without any account is in setup mode (everything is
// allowed, as before accounts existed); the first account must be the committee's.
// Usernames compare without regard to case through username_key (the case-folded name),
// which both engines can index as a plain UNIQUE column. Each row keeps its own salt,
// iteration count and algorithm so the hashing can be strengthened later without
// invalidating stored passwords.
void toVersion9(Database& db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE users ("
                " id {{ID}},"
                " username TEXT NOT NULL,"
                " username_key TEXT NOT NULL UNIQUE,"
                " display_name TEXT NOT NULL,"
                " role TEXT NOT NULL CHECK (role IN ('committee', 'author', 'judge', 'secretary')),"
                " password_hash TEXT NOT NULL,"
                " salt TEXT NOT NULL,"
                " iterations INTEGER NOT NULL,"
                " algorithm TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " disabled {{BOOL}} NOT NULL DEFAULT 0,"
                " row_version INTEGER NOT NULL DEFAULT 1)"),
        });
}

// Version 10: the statistics summary, kept up to date from the submissions table so that
// the dashboard of a million submissions opens in well under a second. stat_state holds
// the watermark (the last submission row summarised, by insertion order), the prediction
// target the counted attempts were chosen with, and the fingerprint of what the figures
// depend on (judging, settings); when the fingerprint changes the summary is rebuilt.
// stat_counts holds histograms (kind, key, count), stat_units the per-unit sums of the
// counted attempts, stat_reasons the validity breakdown. stat_target_people lists the few
// contestants whose counted attempt hangs on the prediction target. SQLite orders rows by
// its rowid; other engines get an identity column, numbered for existing rows too.
void toVersion10(Database& db)
{
    run(db,
        {
            QStringLiteral("CREATE TABLE stat_state ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " fingerprint TEXT NOT NULL,"
                           " watermark BIGINT NOT NULL,"
                           " summarized BIGINT NOT NULL,"
                           " target BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE stat_counts ("
                           " kind TEXT NOT NULL,"
                           " k BIGINT NOT NULL,"
                           " n BIGINT NOT NULL,"
                           " PRIMARY KEY (kind, k))"),
            QStringLiteral("CREATE TABLE stat_reasons ("
                           " valid INTEGER NOT NULL,"
                           " code TEXT NOT NULL,"
                           " n BIGINT NOT NULL,"
                           " PRIMARY KEY (valid, code))"),
            QStringLiteral("CREATE TABLE stat_units ("
                           " unit TEXT PRIMARY KEY,"
                           " contestants BIGINT NOT NULL,"
                           " correct_sum BIGINT NOT NULL,"
                           " perfect BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE stat_target_people (contestant_key TEXT PRIMARY KEY)"),
        });
    if (db.dialect().driver() != QLatin1String("QSQLITE")) {
        run(db, {QStringLiteral("ALTER TABLE submissions ADD COLUMN row_seq BIGSERIAL"),
                 QStringLiteral("CREATE INDEX submissions_row_seq ON submissions (row_seq)")});
    }
}

// Version 11: the statistics read each contestant's attempts (a rebuild: all of them, in
// contestant order; a refresh: those of the people who sent something new) from an index
// that holds every column they need, so neither reads the wide rows (raw JSON, answers:
// two gigabytes at a million submissions) nor sorts. It replaces the index by contestant,
// whose leading column it shares.
void toVersion11(Database& db)
{
    const bool sqlite = db.dialect().driver() == QLatin1String("QSQLITE");
    run(db, {QStringLiteral("DROP INDEX submissions_contestant"),
             QStringLiteral("CREATE INDEX submissions_contestant_stats ON submissions "
                            "(contestant_key, valid, invalid_code, unit, submitted_at_ms, "
                            "started_at_ms, duration_ms, prediction, correct, id%1)")
                 .arg(sqlite ? QString() : QStringLiteral(", row_seq"))});
}

// Version 12: question statistics kept up to date like the dashboard's (a million
// submissions' answers took seconds to count on every look). stat_questions counts, per
// question and per score of the submission that drew it, how often it was drawn and
// answered right; the question id '' counts the submissions themselves. It has its own
// watermark and fingerprint (which includes the answer key) in stat_question_state, so
// the dashboard's summary never waits for the answers to be read.
void toVersion12(Database& db)
{
    run(db, {QStringLiteral("CREATE TABLE stat_question_state ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " fingerprint TEXT NOT NULL,"
                            " watermark BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE stat_questions ("
                            " question_id TEXT NOT NULL,"
                            " score INTEGER NOT NULL,"
                            " drawn BIGINT NOT NULL,"
                            " answered_right BIGINT NOT NULL,"
                            " PRIMARY KEY (question_id, score))")});
}

// Version 13: failed logins per account name as typed (issue 13). Kept in the database so
// that every program working on it (the app, contestctl, on SQLite or PostgreSQL) sees the
// same count; keyed by the case-folded name whether or not such an account exists, so the
// delay and the lockout say nothing about which accounts exist. A successful login or the
// committee's unlock deletes the row.
void toVersion13(Database& db)
{
    run(db, {QStringLiteral("CREATE TABLE login_failures ("
                            " username_key TEXT PRIMARY KEY,"
                            " failures INTEGER NOT NULL,"
                            " last_failure_ms BIGINT NOT NULL)")});
}

// Version 14: the judges' decisions on integrity cases (spec/integrity.md). A case is
// found again on every look; its id is stable, so the decision is kept by that id. The
// excluded contestants are kept with it: a case's people can change, a decision cannot.
void toVersion14(Database& db)
{
    run(db, {QStringLiteral("CREATE TABLE integrity_decisions ("
                            " case_id TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL,"
                            " decision TEXT NOT NULL,"
                            " excluded TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " judges TEXT NOT NULL,"
                            " decided_at TEXT NOT NULL,"
                            " decided_by TEXT NOT NULL)")});
}

// Version 15: topics can be retired (issue 17): a retired topic keeps its code for the
// questions and submissions that name it, but takes no new questions and no blueprint line.
void toVersion15(Database& db)
{
    run(db, {QStringLiteral("ALTER TABLE topics ADD COLUMN retired INTEGER NOT NULL DEFAULT 0")});
}

} // namespace

namespace SchemaSteps {

const std::vector<Step>& all()
{
    static const std::vector<Step> steps = {
        {1, QStringLiteral("contest, units, exclusions"), toVersion1},
        {2, QStringLiteral("topics with the plan's eight"), toVersion2},
        {3, QStringLiteral("question bank, revisions, category mapping"), toVersion3},
        {4, QStringLiteral("submissions and their conflicts"), toVersion4},
        {5, QStringLiteral("audit log, tie decisions, results snapshots"), toVersion5},
        {6, QStringLiteral("sync cursor per server and contest"), toVersion6},
        {7, QStringLiteral("certificate templates, issued certificates"), toVersion7},
        {8, QStringLiteral("index of submissions by validity"), toVersion8},
        {9, QStringLiteral("user accounts with roles"), toVersion9},
        {10, QStringLiteral("statistics summary"), toVersion10},
        {11, QStringLiteral("index of submissions by contestant with the statistics' columns"),
         toVersion11},
        {12, QStringLiteral("question statistics summary"), toVersion12},
        {13, QStringLiteral("failed logins per account name (delay and lockout)"), toVersion13},
        {14, QStringLiteral("the judges' decisions on integrity cases"), toVersion14},
        {15, QStringLiteral("topics can be retired"), toVersion15},
    };
    return steps;
}

} // namespace SchemaSteps
