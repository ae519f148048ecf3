#include "CommandAccess.h"
#include "CtlCommands.h"
#include "TestBank.h"
#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "contest/ContestRepository.h"
#include "core/Rfc3339.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "printing/CertificateTemplateRepository.h"
#include "storage/ContestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlRecord>
#include <QtTest>

#include <algorithm>

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-2024");
const QString kRefusal = QStringLiteral("is not allowed to");

// One account per role; the committee's is the administrator.
const QList<QPair<Role, QString>> kAccounts = {{Role::Committee, QStringLiteral("admin")},
                                               {Role::Author, QStringLiteral("tacgia")},
                                               {Role::Judge, QStringLiteral("giamkhao")},
                                               {Role::Secretary, QStringLiteral("thuky")}};

// Arguments that get each command past its own checks of the command line, so that what
// stops it is the permission (%DIR%: the run's folder, %USER%: who runs it). A command
// added to contestctl without arguments here fails the test.
const QHash<QString, QStringList> kArguments = {
    {QStringLiteral("init"), {}},
    {QStringLiteral("contest set"), {QStringLiteral("%DIR%/contest.json")}},
    {QStringLiteral("contest show"), {}},
    {QStringLiteral("contest blueprint"), {}},
    {QStringLiteral("demo"), {QStringLiteral("--people"), QStringLiteral("3")}},
    {QStringLiteral("topics list"), {}},
    {QStringLiteral("topics add"), {QStringLiteral("MOITRUONG"), QStringLiteral("Môi trường")}},
    {QStringLiteral("topics rename"), {QStringLiteral("TTHC"), QStringLiteral("Thủ tục")}},
    {QStringLiteral("topics retire"), {QStringLiteral("CONGVU")}},
    {QStringLiteral("units import"), {QStringLiteral("%DIR%/units.csv")}},
    {QStringLiteral("units list"), {}},
    {QStringLiteral("exclusions import"), {QStringLiteral("%DIR%/exclusions.csv")}},
    {QStringLiteral("exclusions list"), {}},
    {QStringLiteral("questions import"), {QStringLiteral("%DIR%/bank.gift")}},
    {QStringLiteral("questions export"), {QStringLiteral("%DIR%/out.gift")}},
    {QStringLiteral("questions list"), {QStringLiteral("--json")}},
    {QStringLiteral("questions approve"), {QStringLiteral("Q0001")}},
    {QStringLiteral("questions history"), {QStringLiteral("Q0001")}},
    {QStringLiteral("questions categories"), {}},
    {QStringLiteral("questions map"),
     {QStringLiteral("$course$/top/Khác"), QStringLiteral("TTHC")}},
    {QStringLiteral("questions stats"), {QStringLiteral("--json")}},
    {QStringLiteral("questions rekey"),
     {QStringLiteral("Q0001"), QStringLiteral("--answer"), QStringLiteral("C"),
      QStringLiteral("--dry-run")}},
    {QStringLiteral("submissions import"), {QStringLiteral("%DIR%/submissions.jsonl")}},
    {QStringLiteral("audit verify"), {}},
    {QStringLiteral("audit list"), {}},
    {QStringLiteral("results"), {QStringLiteral("--json")}},
    {QStringLiteral("integrity"), {QStringLiteral("--json")}},
    {QStringLiteral("integrity decide"),
     {QStringLiteral("--case"), QStringLiteral("c-000000000000"), QStringLiteral("--clear"),
      QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--judges"),
      QStringLiteral("J")}},
    {QStringLiteral("results lock"), {}},
    {QStringLiteral("results unlock"), {QStringLiteral("--reason"), QStringLiteral("kiểm tra")}},
    {QStringLiteral("ties list"), {}},
    {QStringLiteral("ties decide"),
     {QStringLiteral("--prize"), QStringLiteral("first"), QStringLiteral("--order"),
      QStringLiteral("A,B"), QStringLiteral("--reason"), QStringLiteral("r"),
      QStringLiteral("--judges"), QStringLiteral("J")}},
    {QStringLiteral("publish"),
     {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
      QStringLiteral("--token-file"), QStringLiteral("%DIR%/token.txt"),
      QStringLiteral("--timeout"), QStringLiteral("2")}},
    {QStringLiteral("publish results"),
     {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
      QStringLiteral("--token-file"), QStringLiteral("%DIR%/token.txt"),
      QStringLiteral("--timeout"), QStringLiteral("2")}},
    {QStringLiteral("publish certificates"),
     {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
      QStringLiteral("--token-file"), QStringLiteral("%DIR%/token.txt"),
      QStringLiteral("--timeout"), QStringLiteral("2")}},
    {QStringLiteral("sync"),
     {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
      QStringLiteral("--token-file"), QStringLiteral("%DIR%/token.txt"),
      QStringLiteral("--timeout"), QStringLiteral("2")}},
    // No token file: nothing reaches the token store of whoever runs the tests.
    {QStringLiteral("token set"),
     {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
      QStringLiteral("--token-file"), QStringLiteral("%DIR%/missing-token.txt")}},
    {QStringLiteral("print certificates"),
     {QStringLiteral("--out"), QStringLiteral("%DIR%/c.pdf")}},
    {QStringLiteral("print award-list"), {QStringLiteral("--out"), QStringLiteral("%DIR%/a.csv")}},
    {QStringLiteral("print template export"),
     {QStringLiteral("--kind"), QStringLiteral("award"), QStringLiteral("--out"),
      QStringLiteral("%DIR%/t.json")}},
    {QStringLiteral("print template import"), {QStringLiteral("%DIR%/template.json")}},
    {QStringLiteral("verify"), {QStringLiteral("ABCD-1234")}},
    {QStringLiteral("users add"),
     {QStringLiteral("moi"), QStringLiteral("--role"), QStringLiteral("secretary")}},
    {QStringLiteral("users list"), {}},
    {QStringLiteral("users passwd"), {QStringLiteral("%USER%")}},
    {QStringLiteral("users role"), {QStringLiteral("giamkhao"), QStringLiteral("judge")}},
    {QStringLiteral("users disable"), {QStringLiteral("giamkhao")}},
    {QStringLiteral("users enable"), {QStringLiteral("giamkhao")}},
    {QStringLiteral("users unlock"), {QStringLiteral("giamkhao")}},
    {QStringLiteral("report progress"), {QStringLiteral("--out"), QStringLiteral("%DIR%/p.pdf")}},
    {QStringLiteral("report units"), {QStringLiteral("--out"), QStringLiteral("%DIR%/u.csv")}},
    {QStringLiteral("backup"), {QStringLiteral("--out"), QStringLiteral("%DIR%/b.sqlite")}},
    {QStringLiteral("restore"), {QStringLiteral("%DIR%/missing-backup.sqlite")}},
    {QStringLiteral("backup before-sync"), {}},
};

// Every row of every table, order aside: equal before and after means nothing changed.
QByteArray contentOf(const QString& location)
{
    auto db = ContestDatabase::openExisting(location);
    QStringList tables;
    QSqlQuery t = db->exec(db->dialect().listTablesStatement());
    while (t.next())
        tables << t.value(0).toString();
    tables.sort();
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        QList<QByteArray> rows;
        QSqlQuery q = db->exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < q.record().count(); ++i)
                row += q.value(i).toString().toUtf8() + '\x1f';
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        all.addData(QByteArray(table.toUtf8() + '\x1e'));
        for (const QByteArray& row : rows)
            all.addData(QByteArray(row + '\x1e'));
    }
    return all.result().toHex();
}
} // namespace

// Issue 13, item 2: every contestctl command goes through the one permission table, and
// this walks all of it: each command of allCommands() as each role, on a real database
// with accounts, a locked result, an open contest. A command whose declared permission the
// role lacks is refused (exit 1, the refusal, nothing stored, no file written); any other
// is not refused for permission (it may still fail for its own reasons).
class TestCommandAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyCommandDeclaresItsAccess();
    void everyCommandAsEveryRole_data();
    void everyCommandAsEveryRole();
    void lockedResultsNeedViewResults();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run ctl(const QString& dir, const QString& user, const QStringList& args);
    QString freshCopy(QTemporaryDir& runDir);
    QString m_ctl;
    QTemporaryDir m_base;
    QString m_baseDb;
};

void TestCommandAccess::initTestCase()
{
    m_ctl = qEnvironmentVariable("CONTESTCTL");
    if (m_ctl.isEmpty())
        QSKIP("CONTESTCTL must name the binary (ctest sets it)");
    QVERIFY(m_base.isValid());
    m_baseDb = m_base.filePath(QStringLiteral("contest.sqlite"));
    auto db = ContestDatabase::openAndMigrate(m_baseDb);
    UserRepository users(*db);
    for (const auto& [role, name] : kAccounts) {
        users.create(name, QString(), role, kPassword);
        if (role == Role::Committee)
            Login::logIn(*db, name, kPassword);
    }
    // An open contest (answer keys and explanations still secret) whose results are locked.
    ContestSettings s = ContestSettings::defaults();
    const QDateTime now = QDateTime::currentDateTime();
    s.opensAt = Timestamp::fromDateTime(now.addDays(-10));
    s.closesAt = Timestamp::fromDateTime(now.addDays(10));
    s.blueprint = {{QStringLiteral("TTHC"), 1}};
    s.questionsPerAttempt = 1;
    s.certificateMinCorrect = 1;
    ContestRepository(*db).save(s);
    addTestQuestions(*db, 3);
    db->exec(QStringLiteral("UPDATE questions SET explanation = 'B đúng vì luật quy định'"));
    ResultsLock(*db).lock(ResultsService(*db).computeLive());
    // A valid layout for `print template import`, which reads its file first.
    CertificateTemplateRepository::exportFile(
        CertificateTemplateRepository(*db).load(QStringLiteral("award")),
        m_base.filePath(QStringLiteral("template.json")));
    Session::end();
    db.reset();

    QFile token(m_base.filePath(QStringLiteral("token.txt")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("not-a-real-token");
}

QString TestCommandAccess::freshCopy(QTemporaryDir& runDir)
{
    const QString db = runDir.filePath(QStringLiteral("contest.sqlite"));
    if (!QFile::copy(m_baseDb, db))
        return QString();
    for (const QString file : {QStringLiteral("token.txt"), QStringLiteral("template.json")})
        QFile::copy(m_base.filePath(file), runDir.filePath(file));
    return db;
}

TestCommandAccess::Run TestCommandAccess::ctl(const QString& dir, const QString& user,
                                              const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONTEST_PASSWORD"), kPassword);
    env.insert(QStringLiteral("CONTEST_NEW_PASSWORD"), kPassword);
    // Whatever a command keeps per user (token store, settings) stays in the run's folder.
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_ctl, QStringList{QStringLiteral("--db"), dir + QStringLiteral("/contest.sqlite"),
                               QStringLiteral("--user"), user} +
                       args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCommandAccess::everyCommandDeclaresItsAccess()
{
    QSet<QString> seen;
    for (const CtlCommand& c : allCommands()) {
        const QString name = c.words.join(QLatin1Char(' '));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen << name;
        QVERIFY2(commandAccess(c.words).has_value(),
                 qPrintable(name + QStringLiteral(": no access declared in CommandTable.cpp")));
        const CtlAccess a = *commandAccess(c.words);
        if (a.kind != CtlAccess::Kind::Permission)
            QVERIFY2(!a.why.isEmpty(), qPrintable(name + QStringLiteral(": say why it is open")));
        QVERIFY2(kArguments.contains(name),
                 qPrintable(name + QStringLiteral(": add its arguments to kArguments")));
    }
    QCOMPARE(seen.size(), kArguments.size()); // no arguments left for a command that went
}

void TestCommandAccess::everyCommandAsEveryRole_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("refused");
    for (const CtlCommand& c : allCommands()) {
        const std::optional<CtlAccess> access = commandAccess(c.words);
        for (const auto& [role, name] : kAccounts) {
            const bool refused = access && access->kind == CtlAccess::Kind::Permission &&
                                 !Authorization::roleHas(role, access->permission);
            QTest::addRow("%s as %s", qPrintable(c.words.join(QLatin1Char(' '))),
                          qPrintable(Roles::name(role)))
                << c.words << name << refused;
        }
    }
}

void TestCommandAccess::everyCommandAsEveryRole()
{
    QFETCH(QStringList, words);
    QFETCH(QString, user);
    QFETCH(bool, refused);
    QTemporaryDir runDir;
    QVERIFY(runDir.isValid());
    const QString db = freshCopy(runDir);
    QVERIFY(!db.isEmpty());
    QStringList args = words;
    for (QString a : kArguments.value(words.join(QLatin1Char(' '))))
        args << a.replace(QLatin1String("%DIR%"), runDir.path())
                    .replace(QLatin1String("%USER%"), user);
    const QByteArray before = contentOf(db);
    const QStringList filesBefore = QDir(runDir.path()).entryList(QDir::Files);

    const Run r = ctl(runDir.path(), user, args);
    const QString what = QStringLiteral("contestctl %1 as %2: exit %3\n%4%5")
                             .arg(args.join(QLatin1Char(' ')), user)
                             .arg(r.code)
                             .arg(r.out, r.err);
    if (refused) {
        QVERIFY2(r.code == 1 && r.err.contains(kRefusal), qPrintable(what));
        QVERIFY2(r.err.contains(user), qPrintable(what)); // names who was refused
        QVERIFY2(r.out.isEmpty(), qPrintable(what));
        QCOMPARE(contentOf(db), before);
        QStringList filesAfter = QDir(runDir.path()).entryList(QDir::Files);
        filesAfter.removeIf(
            [](const QString& f) { return f.startsWith(QLatin1String("contest.sqlite-")); });
        QCOMPARE(filesAfter, filesBefore);
    } else {
        QVERIFY2(r.code >= 0, qPrintable(what));
        QVERIFY2(!r.err.contains(kRefusal), qPrintable(what));
    }
}

// Issue 13: an author printed the locked results (ID numbers, names, predictions).
void TestCommandAccess::lockedResultsNeedViewResults()
{
    QTemporaryDir runDir;
    QVERIFY(!freshCopy(runDir).isEmpty());
    const Run author = ctl(runDir.path(), QStringLiteral("tacgia"),
                           {QStringLiteral("results"), QStringLiteral("--json")});
    QCOMPARE(author.code, 1);
    QVERIFY2(author.err.contains(QLatin1String("tacgia")) && author.err.contains(kRefusal),
             qPrintable(author.err));
    QVERIFY(!author.out.contains(QLatin1String("snapshot")));
    const Run judge = ctl(runDir.path(), QStringLiteral("giamkhao"),
                          {QStringLiteral("results"), QStringLiteral("--json")});
    QVERIFY2(judge.code == 0 && judge.err.contains(QLatin1String("results locked")),
             qPrintable(judge.err));
}

QTEST_GUILESS_MAIN(TestCommandAccess)
#include "TestCommandAccess.moc"
