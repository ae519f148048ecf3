#include "SyncFixture.h"

#include "storage/Database.h"
#include "storage/PostgresLocation.h"

#include "TestDatabase.h"
#include "contest/ContestRepository.h"
#include "storage/ContestDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
bool openssl(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Runs `sql` on a separate connection, so that the test reads what was committed.
template <typename F> void withDb(const QString& file, F&& work)
{
    if (PostgresLocation::isUrl(file)) { // a client database on the -postgresql run
        auto db = Database::open(file);
        QSqlDatabase c = db->connection();
        work(c);
        return;
    }
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            work(db);
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

SyncFixture::SyncFixture() = default;

SyncFixture::~SyncFixture()
{
    stopServer();
    m_serverDb.reset();
}

QString SyncFixture::contestctl()
{
    return qEnvironmentVariable("CONTESTCTL");
}

bool SyncFixture::makeCertificates()
{
    const QString dir = m_dir.path();
    QFile ext(path(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    QFile token(tokenFile());
    if (!token.open(QIODevice::WriteOnly))
        return false;
    token.write("s3cret-token\n");
    token.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Contest Test CA"), QStringLiteral("-keyout"),
                    QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem")},
                   dir) &&
           openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                    QStringLiteral("server.key"), QStringLiteral("-out"),
                    QStringLiteral("server.csr")},
                   dir) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-out"),
                    QStringLiteral("server.pem")},
                   dir);
}

QString SyncFixture::serverCertSha256() const
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("server.pem")),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    p.waitForFinished(10000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed();
}

QString SyncFixture::startServer(const QString& dataName, const QStringList& extra)
{
    stopServer();
    m_serverDb.reset();
    if (m_serverOnTestEngine && TestEngine::onPostgres()) {
        m_serverDb = std::make_unique<TestLocation>(m_dir.path(), dataName);
        m_serverData = m_serverDb->location();
    } else {
        m_serverData = path(dataName);
        QFile::remove(m_serverData);
    }
    QString url;
    m_server = launch(extra, &url);
    return url;
}

QString SyncFixture::startAnotherServer(const QStringList& extra)
{
    QString url;
    m_otherServers.push_back(launch(extra, &url));
    return url;
}

std::unique_ptr<QProcess> SyncFixture::launch(const QStringList& extra, QString* url) const
{
    auto server = std::make_unique<QProcess>();
    server->setProcessChannelMode(QProcess::SeparateChannels);
    server->start(qEnvironmentVariable("CONTEST_SERVER"),
                  QStringList{QStringLiteral("--cert"), path(QStringLiteral("server.pem")),
                              QStringLiteral("--key"), path(QStringLiteral("server.key")),
                              QStringLiteral("--data"), m_serverData, QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--token"),
                              QStringLiteral("s3cret-token")} +
                      extra);
    // The first line of stdout is "listening 127.0.0.1:PORT".
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() &&
           server->state() != QProcess::NotRunning) {
        server->waitForReadyRead(200);
        out += server->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (line.startsWith("listening "))
        *url = QStringLiteral("https://") + QString::fromLatin1(line.mid(10));
    else
        qWarning("contest-server did not start: %s", server->readAllStandardError().constData());
    return server;
}

void SyncFixture::stopServer()
{
    for (auto& other : m_otherServers) {
        other->terminate();
        if (!other->waitForFinished(5000)) {
            other->kill();
            other->waitForFinished(5000);
        }
    }
    m_otherServers.clear();
    if (!m_server)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(5000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_serverLog = QString::fromUtf8(m_server->readAllStandardError());
    m_server.reset();
}

SyncFixture::Run SyncFixture::ctl(const QStringList& args, int timeoutMs,
                                  const QProcessEnvironment& env) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(contestctl(), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList SyncFixture::serverIds() const
{
    QStringList ids;
    withDb(m_serverData, [&](QSqlDatabase& db) {
        QSqlQuery q(QStringLiteral("SELECT raw_json FROM submissions ORDER BY seq"), db);
        while (q.next())
            ids << QJsonDocument::fromJson(q.value(0).toByteArray())
                       .object()
                       .value(QLatin1String("id"))
                       .toString();
    });
    return ids;
}

QSet<QString> SyncFixture::clientIds(const QString& dbFile)
{
    QSet<QString> ids;
    withDb(dbFile, [&](QSqlDatabase& db) {
        QSqlQuery q(QStringLiteral("SELECT id FROM submissions"), db);
        while (q.next())
            ids.insert(q.value(0).toString());
    });
    return ids;
}

qint64 SyncFixture::scalar(const QString& dbFile, const QString& sql)
{
    qint64 value = -1;
    withDb(dbFile, [&](QSqlDatabase& db) {
        QSqlQuery q(sql, db);
        if (q.next())
            value = q.value(0).toLongLong();
    });
    return value;
}

QString SyncFixture::text(const QString& dbFile, const QString& sql)
{
    QString value;
    withDb(dbFile, [&](QSqlDatabase& db) {
        QSqlQuery q(sql, db);
        if (q.next())
            value = q.value(0).toString();
    });
    return value;
}

bool SyncFixture::makeOpenDemo(const QString& db, int maxAttempts) const
{
    if (ctl({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--people"),
             QStringLiteral("0")})
            .exitCode != 0)
        return false;
    auto database = ContestDatabase::openAndMigrate(db);
    ContestSettings s = ContestRepository(*database).loadOrDefaults();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    s.opensAt = Timestamp{now - 3600000 - now % 1000, 420, false};
    s.closesAt = Timestamp{now + 3600000 - now % 1000, 420, false};
    if (maxAttempts >= 0)
        s.maxAttempts = maxAttempts;
    ContestRepository(*database).save(s);
    return true;
}

SyncFixture::Run SyncFixture::lockResults(const QString& db) const
{
    const QStringList onDb{QStringLiteral("--db"), db};
    Run locked;
    for (int round = 0; round < 5; ++round) {
        const Run ties = ctl(onDb + QStringList{QStringLiteral("ties"), QStringLiteral("list")});
        static const QRegularExpression line(QStringLiteral("^unresolved\\s+(\\S+)\\s+(\\S+)$"),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(ties.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QStringList args{QStringLiteral("ties"),     QStringLiteral("decide"),
                             QStringLiteral("--prize"),  m.captured(1),
                             QStringLiteral("--order"),  m.captured(2),
                             QStringLiteral("--reason"), QStringLiteral("bốc thăm"),
                             QStringLiteral("--judges"), QStringLiteral("Ban Giám khảo")};
            if (m.captured(1) == QLatin1String("collective"))
                args << QStringLiteral("--collective");
            ctl(onDb + args);
        }
        locked = ctl(onDb + QStringList{QStringLiteral("results"), QStringLiteral("lock")});
        if (locked.exitCode == 0 || !locked.err.contains(QLatin1String("tie")))
            return locked;
    }
    return locked;
}
