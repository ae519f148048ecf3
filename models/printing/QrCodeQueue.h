#pragma once

#include <QImage>
#include <QStringList>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

// The QR codes of a run of certificates, encoded on a thread of their own while the pages
// are drawn: libqrencode takes about 0.12 ms a code (it scores all eight masks), a third
// of a certificate's time in a PDF, and the PDF engine can only draw on one thread.
// take(i) waits for code i; the codes are made in order, so it seldom waits.
class QrCodeQueue
{
public:
    // One payload per page; an empty one gives a null image.
    explicit QrCodeQueue(QStringList payloads);
    // Stops the thread at the next code (a cancelled print) and waits for it.
    ~QrCodeQueue();
    QrCodeQueue(const QrCodeQueue&) = delete;
    QrCodeQueue& operator=(const QrCodeQueue&) = delete;

    QImage take(qsizetype i);

private:
    void run();

    const QStringList m_payloads;
    std::vector<QImage> m_images;
    qsizetype m_ready = 0; // codes [0, m_ready) are made
    bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_readyChanged;
    std::thread m_thread;
};
