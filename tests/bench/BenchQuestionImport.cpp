// bench_question_import: plans and applies a 10,000-question CSV into a fresh database and
// prints the times (target: under 2 s in all). Run by hand; never fails on speed.
#include "BenchSupport.h"
#include "questions/QuestionImporter.h"
#include "questions/QuestionRepository.h"
#include "storage/ContestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QByteArray generateCsv(int count)
{
    static const char* const topics[] = {"THECHE",   "TTHC", "BOMAY", "CONGVU",
                                         "TAICHINH", "CPS",  "CDS",   "DA06"};
    QByteArray csv = "id,topic,text,A,B,C,D,answer,difficulty,legal_source\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray id =
            i % 2 ? QByteArray() : "Q-" + n; // half explicit, half numbered at import
        csv += id + ',' + topics[i % 8] + ",\"Câu hỏi số " + n +
               ": theo Luật Giao dịch điện tử 2023, điều nào đúng?\"," + "Phương án một " + n +
               ",Phương án hai " + n + ",Phương án ba " + n + ",Phương án bốn " + n + ',' +
               QByteArray(1, static_cast<char>('A' + i % 4)) +
               ",medium,\"Luật Giao dịch điện tử 2023, Điều " + n + "\"\n";
    }
    return csv;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    auto db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")));

    QElapsedTimer t;
    t.start();
    const QByteArray csv = generateCsv(count);
    const qint64 generated = t.restart();
    QuestionImporter importer(*db);
    const QuestionImportPlan plan = importer.planFromBytes(csv, QStringLiteral("bench.csv"));
    const qint64 planned = t.restart();
    importer.apply(plan);
    const qint64 applied = t.restart();
    const QuestionImportPlan again =
        QuestionImporter(*db).planFromBytes(csv, QStringLiteral("bench.csv"));
    const qint64 replanned = t.restart();

    std::printf("bench_question_import: %d questions, %.1f MB CSV (generated in %lld ms)\n", count,
                csv.size() / 1048576.0, static_cast<long long>(generated));
    std::printf("  plan (parse, validate, ids): %6lld ms  (%d rows, %d problems)\n",
                static_cast<long long>(planned), static_cast<int>(plan.rows.size()),
                static_cast<int>(plan.problems.size()));
    std::printf("  apply (one transaction):     %6lld ms  (%d stored)\n",
                static_cast<long long>(applied), QuestionRepository(*db).count());
    std::printf("  import total:                %6lld ms  (target < 2000 ms)\n",
                static_cast<long long>(planned + applied));
    std::printf("  re-import plan:              %6lld ms  (%d unchanged)\n",
                static_cast<long long>(replanned), again.count(ImportChange::Unchanged));
    return 0;
}
