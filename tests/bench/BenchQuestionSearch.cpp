// Searches 10,000 generated Vietnamese questions as the bank's search box does on each key
// press, and prints how long it takes (goal: under 20 ms a search). Run by hand.
#include "BenchSupport.h"
#include "questions/QuestionSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    printBuildType();
    const QStringList words = {QStringLiteral("cải cách"),
                               QStringLiteral("thủ tục"),
                               QStringLiteral("hành chính"),
                               QStringLiteral("chuyển đổi số"),
                               QStringLiteral("Chính phủ điện tử"),
                               QStringLiteral("dữ liệu dân cư"),
                               QStringLiteral("định danh"),
                               QStringLiteral("công vụ"),
                               QStringLiteral("tài chính công"),
                               QStringLiteral("bộ máy"),
                               QStringLiteral("người dân"),
                               QStringLiteral("doanh nghiệp"),
                               QStringLiteral("dịch vụ công trực tuyến"),
                               QStringLiteral("Luật"),
                               QStringLiteral("Nghị định"),
                               QStringLiteral("quy định")};
    const QStringList topics = {QStringLiteral("TCTC"), QStringLiteral("TTHC"),
                                QStringLiteral("CDS"), QStringLiteral("DA06")};
    QRandomGenerator random(42);
    QList<Question> questions;
    for (int i = 0; i < 10000; ++i) {
        Question q;
        q.id = QStringLiteral("Q-%1").arg(i, 5, 10, QLatin1Char('0'));
        q.topic = topics.at(i % topics.size());
        for (int w = 0; w < 14; ++w)
            q.text += words.at(random.bounded(int(words.size()))) + QLatin1Char(' ');
        for (int o = 0; o < 4; ++o)
            q.options << QuestionOption{Question::keyAt(o),
                                        words.at(random.bounded(int(words.size())))};
        q.correctKey = QStringLiteral("A");
        q.legalSource = QStringLiteral("Nghị định 45/2020/NĐ-CP, Điều %1").arg(i % 40);
        questions << q;
    }
    QElapsedTimer timer;
    timer.start();
    QuestionSearch search;
    search.setQuestions(questions);
    const qint64 prepareMs = timer.elapsed();

    const QStringList queries = {QStringLiteral("cai cach"), QStringLiteral("đinh danh"),
                                 QStringLiteral("dich vu cong truc tuyen"),
                                 QStringLiteral("khong co"), QStringLiteral("q-0999")};
    QTextStream out(stdout);
    qint64 worst = 0;
    for (const QString& text : queries) {
        timer.restart();
        const int found = int(search.search({QString(), {}, {}, text}).size());
        const qint64 ms = timer.elapsed();
        worst = qMax(worst, ms);
        out << QStringLiteral("search \"%1\": %2 found in %3 ms\n").arg(text).arg(found).arg(ms);
    }
    timer.restart();
    const int filtered = int(
        search.search({QStringLiteral("CDS"), Question::Status::Draft, {}, QStringLiteral("so")})
            .size());
    out << QStringLiteral("topic+status+text: %1 found in %2 ms\n")
               .arg(filtered)
               .arg(timer.elapsed());
    out << QStringLiteral(
               "folding 10000 questions once: %1 ms; slowest search: %2 ms (goal < 20)\n")
               .arg(prepareMs)
               .arg(worst);
    return worst < 20 ? 0 : 1;
}
