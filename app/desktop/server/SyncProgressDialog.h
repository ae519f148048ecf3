#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPushButton;
class QTimer;

// Shows a running sync: pages, items, items per second, elapsed time. Cancel asks the
// engine to stop after the page in hand; at the end the dialog shows the summary or the
// error and Cancel becomes Close.
class SyncProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncProgressDialog(QWidget* parent = nullptr);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void showProgress(int pages, qint64 items, double itemsPerSecond);
    void finish(const QString& summary, const QString& error, bool cancelled);

Q_SIGNALS:
    void cancelRequested();

protected:
    void reject() override; // Esc and the close button cancel while running

private:
    void updateElapsed();

    QElapsedTimer m_clock;
    QTimer* m_tick = nullptr;
    bool m_running = true;
    QLabel* m_pagesLabel = nullptr;
    QLabel* m_itemsLabel = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_button = nullptr;
};
