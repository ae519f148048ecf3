#include "QrCodeQueue.h"

#include "QrCode.h"

QrCodeQueue::QrCodeQueue(QStringList payloads)
    : m_payloads(std::move(payloads)), m_images(size_t(m_payloads.size()))
{
    m_thread = std::thread([this] { run(); });
}

QrCodeQueue::~QrCodeQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_thread.join();
}

void QrCodeQueue::run()
{
    for (qsizetype i = 0; i < m_payloads.size(); ++i) {
        QImage image;
        if (!m_payloads.at(i).isEmpty())
            image = QrCode::image(m_payloads.at(i));
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stop)
            return;
        m_images[size_t(i)] = std::move(image);
        m_ready = i + 1;
        m_readyChanged.notify_all();
    }
}

QImage QrCodeQueue::take(qsizetype i)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_readyChanged.wait(lock, [&] { return m_ready > i; });
    return std::move(m_images[size_t(i)]);
}
