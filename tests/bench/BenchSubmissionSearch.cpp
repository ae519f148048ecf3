// bench_submission_search: the Submissions area's search without marks over 1,000,000
// submissions. Without an argument, 1,000,000 generated records; with a database file
// (e.g. `contestctl demo --people 700000`), that file's submissions, read as the area
// reads them. Prints the build time, the index size and each query's time and hits.
#include "BenchSupport.h"
#include "storage/Database.h"
#include "submissions/SubmissionSearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace {
void buildGenerated(SubmissionSearchIndex& index, int count)
{
    const QStringList family = {
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
        QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Võ"),
        QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ")};
    const QStringList middle = {QStringLiteral("Thị"),  QStringLiteral("Văn"),
                                QStringLiteral("Đức"),  QStringLiteral("Minh"),
                                QStringLiteral("Ngọc"), QStringLiteral("Kim")};
    const QStringList given = {
        QStringLiteral("Ánh"),  QStringLiteral("An"),  QStringLiteral("Hùng"),
        QStringLiteral("Yến"),  QStringLiteral("Lan"), QStringLiteral("Dũng"),
        QStringLiteral("Hiền"), QStringLiteral("Tâm"), QStringLiteral("Quang")};
    QRandomGenerator rng(20240603);
    index.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name = family.at(rng.bounded(family.size())) + QLatin1Char(' ') +
                             middle.at(rng.bounded(middle.size())) + QLatin1Char(' ') +
                             given.at(rng.bounded(given.size()));
        const QString id =
            QStringLiteral("0511%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        const QString phone = QStringLiteral("09%1.%2")
                                  .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'))
                                  .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        index.add(i + 1, name, id, phone);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    printBuildType();
    QTextStream out(stdout);
    SubmissionSearchIndex index;
    QElapsedTimer timer;
    timer.start();
    if (argc > 1) {
        std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]));
        index.build(*db);
        out << "index built from " << argv[1];
    } else {
        buildGenerated(index, 1000000);
        out << "index built from generated records";
    }
    out << ": " << index.size() << " submissions in " << timer.elapsed() << " ms, "
        << index.memoryBytes() / (1024 * 1024) << " MiB\n";

    const QStringList queries = {QStringLiteral("nguyen"),
                                 QStringLiteral("nguyen thi anh"),
                                 QStringLiteral("NGUYỄN THỊ ÁNH"),
                                 QStringLiteral("dang kim yen"),
                                 QStringLiteral("0511"),
                                 QStringLiteral("0905.1"),
                                 QStringLiteral("zzqx")};
    for (const QString& query : queries) {
        timer.restart();
        const QVector<qint64> hits = index.search(query);
        out << QStringLiteral("search %1: %2 hits in %3 ms\n")
                   .arg(QLatin1Char('"') + query + QLatin1Char('"'), -18)
                   .arg(hits.size())
                   .arg(timer.elapsed());
    }
    return 0;
}
