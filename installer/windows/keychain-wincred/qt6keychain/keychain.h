// The subset of QtKeychain's API (0.13) that Contest Admin uses, over the Windows
// credential store. Same names, same enum order, same asynchronous contract: start()
// returns at once and finished() comes from the event loop.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace QKeychain {

enum Error
{
    NoError = 0,
    EntryNotFound,
    CouldNotDeleteEntry,
    AccessDeniedByUser,
    AccessDenied,
    NoBackendAvailable,
    NotImplemented,
    OtherError
};

class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }
    QString key() const { return m_key; }
    void setKey(const QString& key) { m_key = key; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool insecureFallback() const { return m_insecureFallback; }
    void setInsecureFallback(bool on) { m_insecureFallback = on; }

    void start();

Q_SIGNALS:
    void finished(QKeychain::Job* job);

protected:
    virtual void run() = 0;
    void setError(Error error, const QString& text);
    QString targetName() const; // "<service>/<key>"

private:
    void finish();

    QString m_service;
    QString m_key;
    Error m_error = NoError;
    QString m_errorString;
    bool m_autoDelete = true;
    bool m_insecureFallback = false;
};

class ReadPasswordJob : public Job
{
    Q_OBJECT
public:
    explicit ReadPasswordJob(const QString& service, QObject* parent = nullptr);
    QByteArray binaryData() const { return m_data; }
    QString textData() const { return QString::fromUtf8(m_data); }

protected:
    void run() override;

private:
    QByteArray m_data;
};

class WritePasswordJob : public Job
{
    Q_OBJECT
public:
    explicit WritePasswordJob(const QString& service, QObject* parent = nullptr);
    void setBinaryData(const QByteArray& data) { m_data = data; }
    void setTextData(const QString& text) { m_data = text.toUtf8(); }

protected:
    void run() override;

private:
    QByteArray m_data;
};

class DeletePasswordJob : public Job
{
    Q_OBJECT
public:
    explicit DeletePasswordJob(const QString& service, QObject* parent = nullptr);

protected:
    void run() override;
};

} // namespace QKeychain
