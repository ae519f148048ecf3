#include "qt6keychain/keychain.h"

#include <QMetaObject>

#include <windows.h>
// after windows.h
#include <wincred.h>

namespace QKeychain {

namespace {

QString windowsErrorText(DWORD code)
{
    wchar_t* buffer = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    QString text = n ? QString::fromWCharArray(buffer, int(n)).trimmed()
                     : QStringLiteral("Windows error %1").arg(code);
    if (buffer)
        LocalFree(buffer);
    return text;
}

} // namespace

Job::Job(const QString& service, QObject* parent) : QObject(parent), m_service(service)
{
}

void Job::start()
{
    // Like QtKeychain: the result arrives through the event loop, never inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            run();
            finish();
        },
        Qt::QueuedConnection);
}

void Job::finish()
{
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

void Job::setError(Error error, const QString& text)
{
    m_error = error;
    m_errorString = text;
}

QString Job::targetName() const
{
    return m_service + QLatin1Char('/') + m_key;
}

ReadPasswordJob::ReadPasswordJob(const QString& service, QObject* parent) : Job(service, parent)
{
}

void ReadPasswordJob::run()
{
    const std::wstring target = targetName().toStdWString();
    PCREDENTIALW cred = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &cred)) {
        const DWORD code = GetLastError();
        if (code == ERROR_NOT_FOUND)
            setError(EntryNotFound, QStringLiteral("Password entry not found"));
        else
            setError(OtherError, windowsErrorText(code));
        return;
    }
    m_data = QByteArray(reinterpret_cast<const char*>(cred->CredentialBlob),
                        int(cred->CredentialBlobSize));
    CredFree(cred);
}

WritePasswordJob::WritePasswordJob(const QString& service, QObject* parent) : Job(service, parent)
{
}

void WritePasswordJob::run()
{
    if (m_data.size() > CRED_MAX_CREDENTIAL_BLOB_SIZE) {
        setError(OtherError, QStringLiteral("Secret too large for the Windows credential store"));
        return;
    }
    std::wstring target = targetName().toStdWString();
    std::wstring user = key().toStdWString();
    CREDENTIALW cred = {};
    cred.Type = CRED_TYPE_GENERIC;
    cred.TargetName = target.data();
    cred.UserName = user.data();
    cred.CredentialBlobSize = DWORD(m_data.size());
    cred.CredentialBlob = reinterpret_cast<LPBYTE>(m_data.data());
    cred.Persist = CRED_PERSIST_LOCAL_MACHINE; // this user, this PC
    if (!CredWriteW(&cred, 0))
        setError(OtherError, windowsErrorText(GetLastError()));
}

DeletePasswordJob::DeletePasswordJob(const QString& service, QObject* parent) : Job(service, parent)
{
}

void DeletePasswordJob::run()
{
    const std::wstring target = targetName().toStdWString();
    if (!CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0)) {
        const DWORD code = GetLastError();
        if (code == ERROR_NOT_FOUND)
            setError(EntryNotFound, QStringLiteral("Password entry not found"));
        else
            setError(CouldNotDeleteEntry, windowsErrorText(code));
    }
}

} // namespace QKeychain
