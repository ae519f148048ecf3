#include "TokenStore.h"

#include "NetworkText.h"
#include "core/Problem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

namespace {

// Runs a QtKeychain job to its end; returns its error (NoError on success).
QKeychain::Error runJob(QKeychain::Job& job, QString* errorText = nullptr)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    // QtKeychain's texts are English ("Cannot autolaunch D-Bus..."): ours instead.
    if (errorText)
        *errorText = NetworkText::keychainError(job.error(), job.errorString());
    return job.error();
}

} // namespace

TokenStore::TokenStore(QString fallbackDir) : m_dir(std::move(fallbackDir))
{
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                QStringLiteral("/tokens");
}

QString TokenStore::serviceName()
{
    return QCoreApplication::organizationName() + QStringLiteral("/contest-admin-server-tokens");
}

TokenStore::Backend TokenStore::backend()
{
    if (!m_backend) {
        QKeychain::ReadPasswordJob probe(serviceName());
        probe.setKey(QStringLiteral("probe"));
        QString text;
        const QKeychain::Error e = runJob(probe, &text);
        const bool works = e == QKeychain::NoError || e == QKeychain::EntryNotFound;
        m_backend = works ? Backend::Keychain : Backend::File;
        if (!works)
            m_keychainError = text;
    }
    return *m_backend;
}

QString TokenStore::backendDescription()
{
    if (backend() == Backend::Keychain)
        return tr("the system keychain");
    return tr("files readable only by you in %1 (no keychain: %2)").arg(m_dir, m_keychainError);
}

QString TokenStore::fallbackPath(const QString& serverUrl) const
{
    const QByteArray hash =
        QCryptographicHash::hash(serverUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".token");
}

std::optional<QByteArray> TokenStore::read(const QString& serverUrl)
{
    if (backend() == Backend::Keychain) {
        QKeychain::ReadPasswordJob job(serviceName());
        job.setKey(serverUrl);
        QString text;
        const QKeychain::Error e = runJob(job, &text);
        if (e == QKeychain::EntryNotFound)
            return std::nullopt;
        if (e != QKeychain::NoError)
            throw EnvironmentError(
                tr("cannot read the token for %1 from the keychain: %2").arg(serverUrl, text));
        return job.binaryData();
    }
    QFile file(fallbackPath(serverUrl));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw EnvironmentError(
            tr("%1: cannot read the token file: %2").arg(file.fileName(), file.errorString()));
    return file.readAll().trimmed();
}

void TokenStore::write(const QString& serverUrl, const QByteArray& token)
{
    if (backend() == Backend::Keychain) {
        QKeychain::WritePasswordJob job(serviceName());
        job.setKey(serverUrl);
        job.setBinaryData(token);
        QString text;
        if (runJob(job, &text) != QKeychain::NoError)
            throw EnvironmentError(
                tr("cannot store the token for %1 in the keychain: %2").arg(serverUrl, text));
        return;
    }
    if (!QDir().mkpath(m_dir))
        throw EnvironmentError(tr("%1: cannot create the folder for tokens").arg(m_dir));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = fallbackPath(serverUrl);
    QFile file(path);
    // Created 0600, and narrowed before writing when it existed: the token is never
    // readable by others, not even for a moment.
    if (file.exists())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(token) != token.size() || !file.flush())
        throw EnvironmentError(
            tr("%1: cannot write the token file: %2").arg(path, file.errorString()));
}

void TokenStore::remove(const QString& serverUrl)
{
    if (backend() == Backend::Keychain) {
        QKeychain::DeletePasswordJob job(serviceName());
        job.setKey(serverUrl);
        QString text;
        const QKeychain::Error e = runJob(job, &text);
        if (e != QKeychain::NoError && e != QKeychain::EntryNotFound)
            throw EnvironmentError(
                tr("cannot remove the token for %1 from the keychain: %2").arg(serverUrl, text));
        return;
    }
    QFile::remove(fallbackPath(serverUrl));
}

QByteArray TokenStore::readTokenFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(tr("%1: cannot read the token file: %2").arg(path, file.errorString()));
    const QByteArray token = file.readAll().trimmed();
    if (token.isEmpty())
        throw UserError(tr("%1: the token file is empty").arg(path));
    if (token.contains('\n') || token.contains('\r'))
        throw UserError(tr("%1: the token file must hold the token alone on one line").arg(path));
    return token;
}
