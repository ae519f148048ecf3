#include "SubmissionGenerator.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

const char* const kFamily[] = {"Nguyễn", "Trần", "Lê",   "Phạm", "Huỳnh", "Hoàng", "Võ",    "Phan",
                               "Trương", "Bùi",  "Đặng", "Đỗ",   "Ngô",   "Hồ",    "Dương", "Đinh"};
const char* const kMiddleMale[] = {"Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Xuân"};
const char* const kMiddleFemale[] = {"Thị", "Ngọc", "Thu", "Hoài", "Thanh", "Kim", "Mỹ", "Bích"};
const char* const kGivenMale[] = {"An",    "Bình", "Cường", "Dũng",  "Hải",  "Hùng",  "Khánh",
                                  "Long",  "Minh", "Nam",   "Phong", "Phúc", "Quang", "Sơn",
                                  "Thắng", "Trí",  "Tuấn",  "Việt",  "Vinh", "Hiếu"};
const char* const kGivenFemale[] = {"Anh",   "Ánh", "Giang", "Hà",   "Hạnh",  "Hiền",  "Hoa",
                                    "Hương", "Lan", "Linh",  "Mai",  "Nga",   "Nhung", "Phương",
                                    "Quyên", "Tâm", "Thảo",  "Thủy", "Trang", "Yến"};
const char* const kVillages[] = {"thôn Gò Da",        "thôn Làng Rèn", "thôn Tà Bần",
                                 "tổ dân phố Cà Đáo", "thôn Nước Bao", "thôn Làng Ranh",
                                 "thôn Xà Nay",       "thôn Mang Nà"};
const char* const kPhonePrefixes[] = {"090", "093", "089", "070", "079", "077", "091",
                                      "094", "088", "083", "085", "032", "033", "035",
                                      "037", "038", "086", "096", "097", "098"};

template <typename T, size_t N> QString pick(QRandomGenerator& rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(static_cast<quint32>(N))]);
}

QString digits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(char('0' + rng.bounded(10)));
    return s;
}

// The same on every machine and in every run, which qHash with a seed is not (Qt mixes in
// a per-process random seed): FNV-1a with a final mix.
quint32 stableHash(const QString& text)
{
    quint32 h = 2166136261u;
    for (const char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    return h ^ (h >> 16);
}

double normal(QRandomGenerator& rng)
{
    // Box-Muller: enough for plausible spreads.
    const double u1 = std::max(1e-12, rng.generateDouble());
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
}

} // namespace

SubmissionGenerator::SubmissionGenerator(const ContestSettings& settings, const QList<Unit>& units,
                                         const Bank& bank, quint32 seed)
    : m_settings(settings), m_units(units), m_bank(bank), m_rng(seed)
{
    weighUnits(0);
}

void SubmissionGenerator::weighUnits(int people)
{
    // A unit's own staff take part at a rate of their own (a few not yet at all), so the
    // per-unit report shows believable participation rates; everyone else is the public,
    // who belong to the units without a headcount (mostly "other", e.g. "Nhân dân").
    // Staff are at most 45% of the people, or the rates would pass 100% in a small demo.
    QList<double> staff;
    double staffTotal = 0;
    int publicUnits = 0;
    int otherUnits = 0;
    for (const Unit& u : m_units) {
        const int headcount = u.headcount.value_or(0);
        double expected = 0;
        if (headcount > 0) {
            const quint32 h = stableHash(u.code);
            const double rate = h % 12 == 0 ? 0.0 : 0.3 + 0.5 * double(h % 1000) / 1000.0;
            expected = headcount * rate;
        } else {
            ++publicUnits;
            if (u.kind == QLatin1String("other"))
                ++otherUnits;
        }
        staff << expected;
        staffTotal += expected;
    }
    const double scale =
        people > 0 && staffTotal > 0 ? std::min(1.0, 0.45 * people / staffTotal) : 1.0;
    const double rest = publicUnits == 0 ? 0 : std::max(people - scale * staffTotal, 0.15 * people);
    m_unitWeights.clear();
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit& u = m_units.at(i);
        double w = staff.at(i) * scale;
        if (u.headcount.value_or(0) <= 0) {
            if (otherUnits == 0)
                w = rest / publicUnits;
            else if (u.kind == QLatin1String("other"))
                w = rest * (otherUnits == publicUnits ? 1.0 : 0.85) / otherUnits;
            else
                w = rest * 0.15 / (publicUnits - otherUnits);
        }
        m_unitWeights << w;
    }
    if (people <= 0 || std::accumulate(m_unitWeights.begin(), m_unitWeights.end(), 0.0) <= 0) {
        // Before generate() knows the size (or with no headcounts at all): by headcount.
        m_unitWeights.clear();
        for (const Unit& u : m_units)
            m_unitWeights << std::max(3, u.headcount.value_or(15));
    }
}

QString SubmissionGenerator::nextId()
{
    ++m_serial;
    return QStringLiteral("%1-%2-%3")
        .arg(m_settings.code)
        .arg(m_serial, 7, 10, QLatin1Char('0'))
        .arg(m_rng.generate() & 0xFFFFFF, 6, 16, QLatin1Char('0'));
}

SubmissionGenerator::Person SubmissionGenerator::makePerson()
{
    Person p;
    const bool female = m_rng.bounded(100) < 52;
    p.gender = female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
    p.name = pick(m_rng, kFamily) + QLatin1Char(' ') +
             (female ? pick(m_rng, kMiddleFemale) : pick(m_rng, kMiddleMale)) + QLatin1Char(' ') +
             (female ? pick(m_rng, kGivenFemale) : pick(m_rng, kGivenMale));
    p.birthYear = 1962 + static_cast<int>(m_rng.bounded(46));
    // CCCD: province 051 (Quảng Ngãi), century and sex, two digits of the year, six more.
    const int centurySex = (p.birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    do {
        p.idNumber = QStringLiteral("051%1%2%3")
                         .arg(centurySex)
                         .arg(p.birthYear % 100, 2, 10, QLatin1Char('0'))
                         .arg(digits(m_rng, 6));
    } while (m_usedIds.contains(p.idNumber.toLongLong()));
    m_usedIds.insert(p.idNumber.toLongLong());
    // A phone of one's own: two people drawing the same number would be one phone under
    // two ID numbers (three with a family member), which honest people are not.
    QString phone;
    do {
        phone = pick(m_rng, kPhonePrefixes) + digits(m_rng, 7);
    } while (m_usedPhones.contains(phone.toLongLong()));
    m_usedPhones.insert(phone.toLongLong());
    switch (m_rng.bounded(6)) {
    case 0:
        phone = QStringLiteral("+84 %1 %2 %3").arg(phone.mid(1, 3), phone.mid(4, 3), phone.mid(7));
        break;
    case 1:
        phone = QStringLiteral("%1.%2.%3").arg(phone.left(4), phone.mid(4, 3), phone.mid(7));
        break;
    default:
        break;
    }
    p.phone = phone;
    if (m_rng.bounded(100) < 12)
        p.idNumber.clear(); // some give only a phone
    const double total = std::accumulate(m_unitWeights.begin(), m_unitWeights.end(), 0.0);
    double at = m_rng.generateDouble() * total;
    if (!m_units.isEmpty())
        p.unit = m_units.constLast().code; // if rounding leaves `at` just above zero
    for (int i = 0; i < m_units.size(); ++i) {
        at -= m_unitWeights.at(i);
        if (at < 0) {
            p.unit = m_units.at(i).code;
            break;
        }
    }
    p.address = pick(m_rng, kVillages) + QStringLiteral(", huyện Sơn Hà");
    p.skill = std::clamp(0.62 + 0.16 * normal(m_rng), 0.25, 0.985);
    return p;
}

QJsonArray SubmissionGenerator::drawAnswers(double skill, int exactCorrect)
{
    QStringList drawn;
    QStringList spare;
    for (const BlueprintEntry& e : m_settings.blueprint) {
        QStringList pool = m_bank.approvedByTopic.value(e.topic);
        std::shuffle(pool.begin(), pool.end(), m_rng);
        drawn += pool.mid(0, e.count);
        spare += pool.mid(e.count);
    }
    // A topic short of approved questions is filled from the others, as a server would.
    std::shuffle(spare.begin(), spare.end(), m_rng);
    while (drawn.size() < m_settings.questionsPerAttempt && !spare.isEmpty())
        drawn << spare.takeFirst();
    std::shuffle(drawn.begin(), drawn.end(), m_rng);

    QList<bool> right;
    for (int i = 0; i < drawn.size(); ++i)
        right << (exactCorrect >= 0 ? i < exactCorrect : m_rng.generateDouble() < skill);
    if (exactCorrect >= 0)
        std::shuffle(right.begin(), right.end(), m_rng);
    else if (!m_planted.isEmpty() && !right.contains(false) && !right.isEmpty())
        right[0] = false; // the planted group stays on top of a demo

    QJsonArray answers;
    for (int i = 0; i < drawn.size(); ++i) {
        const QString q = drawn.at(i);
        const QString key = m_bank.correct.value(q);
        QJsonValue a;
        if (right.at(i)) {
            a = key;
        } else if (exactCorrect < 0 && m_rng.bounded(100) < 3) {
            a = QJsonValue::Null; // ran out of time, or skipped
        } else {
            QString wrong = m_bank.options.value(q, QStringLiteral("ABCD"));
            wrong.remove(key);
            a = wrong.isEmpty()
                    ? QJsonValue::Null
                    : QJsonValue(QString(wrong.at(m_rng.bounded(static_cast<int>(wrong.size())))));
        }
        answers.append(QJsonObject{{QStringLiteral("q"), q}, {QStringLiteral("a"), a}});
    }
    return answers;
}

qint64 SubmissionGenerator::randomSubmitTime()
{
    const qint64 open = m_settings.opensAt.utcMs;
    const qint64 close = m_settings.closesAt.utcMs;
    const qint64 offset = m_settings.timezoneOffsetMinutes * 60000LL;
    const qint64 dayMs = 86400000LL;
    // Launch days and the last days are busier; people answer in office hours and evenings.
    const int days = static_cast<int>((close - open) / dayMs) + 1;
    for (;;) {
        const double u = m_rng.generateDouble();
        const int day = static_cast<int>(
            days * (u < 0.5 ? std::pow(u * 2, 1.6) / 2 : 1 - std::pow((1 - u) * 2, 1.6) / 2));
        static const int hourWeights[24] = {1, 0, 0, 0, 0, 1, 3, 6, 9, 10, 9, 7,
                                            4, 5, 8, 9, 8, 6, 4, 6, 8, 7,  4, 2};
        int h = static_cast<int>(m_rng.bounded(24));
        if (static_cast<int>(m_rng.bounded(10)) >= hourWeights[h])
            continue;
        const qint64 localMidnight = ((open + offset) / dayMs + day) * dayMs;
        const qint64 t =
            localMidnight - offset + h * 3600000LL + static_cast<qint64>(m_rng.bounded(3600000));
        if (t >= open && t <= close)
            return t;
    }
}

QJsonObject SubmissionGenerator::makeSubmission(const Person& p, qint64 submittedMs,
                                                qint64 durationMs, int wantCorrect,
                                                qint64 prediction)
{
    Timestamp submitted{submittedMs, m_settings.timezoneOffsetMinutes, true};
    Timestamp started{submittedMs - durationMs, m_settings.timezoneOffsetMinutes, false};
    started.utcMs -= started.utcMs % 1000; // browsers send the start to the second
    QJsonObject contestant{
        {QStringLiteral("name"), p.name},     {QStringLiteral("birth_year"), p.birthYear},
        {QStringLiteral("gender"), p.gender}, {QStringLiteral("phone"), p.phone},
        {QStringLiteral("unit"), p.unit},     {QStringLiteral("address"), p.address}};
    if (!p.idNumber.isEmpty())
        contestant.insert(QStringLiteral("id_number"), p.idNumber);
    return QJsonObject{{QStringLiteral("id"), nextId()},
                       {QStringLiteral("contestant"), contestant},
                       {QStringLiteral("started_at"), started.toString()},
                       {QStringLiteral("submitted_at"), submitted.toString()},
                       {QStringLiteral("answers"), drawAnswers(p.skill, wantCorrect)},
                       {QStringLiteral("prediction"), static_cast<double>(prediction)}};
}

void SubmissionGenerator::plantBoundaryTie(int slotsAbove)
{
    const qint64 early = m_settings.opensAt.utcMs + 2 * 86400000LL + 3 * 3600000LL;
    const int all = m_settings.questionsPerAttempt;
    // Their predictions are far off, so everyone with a perfect score and a closer guess
    // ranks above them; what ties them is the same time to the millisecond.
    for (int i = 0; i < slotsAbove; ++i) {
        Person p = makePerson();
        p.unit = m_units.isEmpty() ? QString() : m_units.at(i % m_units.size()).code;
        QJsonObject s = makeSubmission(p, early + i * 7919LL * 1000, 180000 + i * 6113, all, -1);
        s.insert(QStringLiteral("prediction"), QJsonValue(-1)); // filled in by generate()
        m_planted << s;
    }
    const qint64 sameTime = early + 86400000LL + 123;
    for (int i = 0; i < 2; ++i) {
        Person p = makePerson();
        if (p.idNumber.isEmpty())
            p.idNumber = QStringLiteral("0513%1").arg(digits(m_rng, 8));
        p.unit = m_units.isEmpty() ? QString() : m_units.at((slotsAbove + i) % m_units.size()).code;
        QJsonObject s = makeSubmission(p, sameTime, 301234, all, -1);
        s.insert(QStringLiteral("prediction"), QJsonValue(-2));
        m_planted << s;
    }
}

QList<QJsonObject> SubmissionGenerator::generate(int people, double invalidShare)
{
    QList<QJsonObject> out;
    generateInBatches(
        people, [&out](const QList<QJsonObject>& batch) { out += batch; }, 10000, invalidShare);
    return out;
}

// Nobody reads and answers a question in less than about 3 s (the integrity scan's floor
// is 2 s): a drawn time below that is reflected above it, which keeps a spread there
// instead of a wall of people at the very minimum.
qint64 SubmissionGenerator::humanDuration(qint64 drawnMs) const
{
    const qint64 least = std::max<qint64>(90000, 3000LL * m_settings.questionsPerAttempt);
    const qint64 ms = drawnMs < least ? least + (least - drawnMs) : drawnMs;
    return std::min<qint64>(ms, 1500000);
}

void SubmissionGenerator::breakSubmission(QJsonObject& s)
{
    switch (m_rng.bounded(5)) {
    case 0: {
        QJsonObject c = s.value(QStringLiteral("contestant")).toObject();
        c.remove(QStringLiteral("id_number"));
        c.insert(QStringLiteral("phone"), QStringLiteral("0905 12"));
        s.insert(QStringLiteral("contestant"), c);
        break;
    }
    case 1:
        s.insert(QStringLiteral("submitted_at"), Timestamp{m_settings.opensAt.utcMs - 3600000,
                                                           m_settings.timezoneOffsetMinutes, false}
                                                     .toString());
        break;
    case 2:
        s.remove(QStringLiteral("prediction"));
        break;
    case 3: {
        QJsonArray answers = s.value(QStringLiteral("answers")).toArray();
        answers.removeLast();
        s.insert(QStringLiteral("answers"), answers);
        break;
    }
    default:
        s.insert(QStringLiteral("started_at"), QStringLiteral("hôm qua"));
        break;
    }
}

void SubmissionGenerator::generateInBatches(int people, const Sink& sink, int batchSize,
                                            double invalidShare)
{
    batchSize = std::max(1, batchSize);
    QList<QJsonObject> batch;
    batch.reserve(batchSize);
    auto put = [&](const QJsonObject& s) {
        batch << s;
        if (batch.size() >= batchSize) {
            sink(batch);
            batch.clear();
        }
    };
    weighUnits(people);
    for (qsizetype i = 0; i < m_planted.size(); ++i) {
        QJsonObject s = m_planted.at(i);
        const double marker = s.value(QStringLiteral("prediction")).toDouble();
        s.insert(QStringLiteral("prediction"),
                 marker == -1 ? double(people + i) : double(people * 3));
        put(s);
    }
    for (int i = 0; i < people; ++i) {
        const Person p = makePerson();
        const int attempts = m_rng.bounded(100) < 70 ? 1 : (m_rng.bounded(100) < 70 ? 2 : 3);
        const qint64 prediction =
            std::max<qint64>(0, std::llround(people * std::exp(0.45 * normal(m_rng))));
        for (int a = 0; a < attempts; ++a) {
            const qint64 duration = humanDuration(
                static_cast<qint64>((480 - 260 * p.skill + 90 * normal(m_rng)) * 1000) +
                m_rng.bounded(1000));
            QJsonObject s = makeSubmission(p, randomSubmitTime(), duration, -1, prediction);
            if (m_rng.generateDouble() < invalidShare)
                breakSubmission(s);
            put(s);
        }
    }
    if (!batch.isEmpty())
        sink(batch);
}

QSet<QString> SubmissionGenerator::plantedQuestions() const
{
    QSet<QString> drawn;
    for (const QJsonObject& s : m_planted) {
        for (const QJsonValue& a : s.value(QStringLiteral("answers")).toArray())
            drawn.insert(a.toObject().value(QStringLiteral("q")).toString());
    }
    return drawn;
}

void SubmissionGenerator::setClient(QJsonObject& s, const QString& client)
{
    s.insert(QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("attempt"), s.value(QStringLiteral("id"))},
                         {QStringLiteral("client"), client}});
}

QList<QJsonObject> SubmissionGenerator::integrityCases()
{
    QList<QJsonObject> out;
    // On the contest's fourth day, in office hours; scores well below the prizes.
    const qint64 day = m_settings.opensAt.utcMs + 3 * 86400000LL + 2 * 3600000LL;
    const int all = m_settings.questionsPerAttempt;
    const int middling = std::max(0, all * 2 / 3);

    // identity: one ID number, a second time under someone else's name and birth year.
    Person first = makePerson();
    if (first.idNumber.isEmpty())
        first.idNumber = QStringLiteral("0510%1").arg(digits(m_rng, 8));
    out << makeSubmission(first, day, 420000, middling, 400);
    Person other = makePerson();
    other.idNumber = first.idNumber;
    other.birthYear = first.birthYear + 21;
    other.unit = first.unit; // one contestant key, one unit: as the per-unit figures expect
    out << makeSubmission(other, day + 86400000LL, 380000, middling - 1, 420);

    // identity: one phone under three ID numbers (a couple sharing one is not a case).
    const QString phone = QStringLiteral("0905%1").arg(digits(m_rng, 6));
    for (int i = 0; i < 3; ++i) {
        Person p = makePerson();
        if (p.idNumber.isEmpty())
            p.idNumber = QStringLiteral("0511%1").arg(digits(m_rng, 8));
        p.phone = phone;
        out << makeSubmission(p, day + 2 * 3600000LL + i * 3 * 60000LL, 300000 + i * 1000,
                              middling - 2 + i, 500 + i);
    }

    // speed: 30 questions in 25 seconds.
    out << makeSubmission(makePerson(), day + 5 * 3600000LL, 25000, middling, 380);

    // burst: five people from one device (the same browser and connection) in eight minutes.
    const QString device = QStringLiteral("demo-%1").arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
    for (int i = 0; i < 5; ++i) {
        QJsonObject s = makeSubmission(makePerson(), day + 26 * 3600000LL + i * 2 * 60000LL, 240000,
                                       middling - i, 450 + i);
        setClient(s, device);
        out << s;
    }

    // copying: a weak contestant's answers, question for question, under another name.
    QJsonObject source = makeSubmission(makePerson(), day + 50 * 3600000LL, 600000, all / 4, 300);
    QJsonObject copy = makeSubmission(makePerson(), day + 50 * 3600000LL + 420000, 540000, 0, 310);
    copy.insert(QStringLiteral("answers"), source.value(QStringLiteral("answers")));
    out << source << copy;
    return out;
}
