#include "RankingFixture.h"

#include "results/ResultsExplainer.h"
#include "results/ResultsJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace RankingFixture;

// The `results --json` contract of contestctl.md, field by field, and the explanation.
class TestResultsJson : public QObject
{
    Q_OBJECT

    static Results smallContest()
    {
        ContestSettings s = settings();
        s.predictionTarget.kind = PredictionTarget::Kind::Contestants;
        s.individualPrizes = {{"first", "Giải Nhất", 1, 1500000},
                              {"second", "Giải Nhì", 1, 1000000}};
        s.collectivePrizeCount = 1;
        GradedSubmission a = sub("sub-a", "051190001234", 30, 3, 254350, 0, "UBND-SONKY");
        a.name = QStringLiteral("Nguyễn Thị Ánh");
        a.submittedAt = *Rfc3339::parse(u"2024-06-03T08:21:47.350+07:00");
        GradedSubmission b = sub("sub-b", "+84 905 123 456", 29, 5, 1000, 1, "UBND-SONKY");
        GradedSubmission c = sub("sub-c", "051190009999", 29, 5, 1000, 1, "THCS-A");
        GradedSubmission d = sub("sub-d", "051190005555", 30, 4, 1000, 0, "THCS-A");
        GradedSubmission bad = sub("sub-x", "051190007777", 30);
        bad.valid = false;
        const QList<Unit> units{{"UBND-SONKY", "UBND xã Sơn Kỳ", "commune", 100, true},
                                {"THCS-A", "Trường THCS A", "school", std::nullopt, true}};
        const QList<Exclusion> ex{{"id_number", "051190005555", "member of the jury"}};
        return RankingEngine::compute(s, units, ex, {a, b, c, d, bad});
    }

private Q_SLOTS:
    void shape()
    {
        const QJsonObject o = ResultsJson::toJson(smallContest());
        QCOMPARE(o.keys(),
                 (QStringList{"collective", "contestants", "individual", "invalid_submissions",
                              "prediction_target", "unresolved_ties", "valid_submissions"}));
        QCOMPARE(o.value("prediction_target").toInteger(), 4);
        QCOMPARE(o.value("contestants").toInt(), 4);
        QCOMPARE(o.value("valid_submissions").toInt(), 4);
        QCOMPARE(o.value("invalid_submissions").toInt(), 1);

        const QJsonArray individual = o.value("individual").toArray();
        QCOMPARE(individual.size(), 4);
        const QJsonObject first = individual.at(1).toObject();
        QCOMPARE(first.keys(),
                 (QStringList{"birth_year", "contestant", "correct", "duration_ms", "eligible",
                              "name", "prediction", "prediction_error", "prize", "rank",
                              "submission", "submitted_at", "unit"}));
        QVERIFY(first.value("birth_year").isNull()); // not given
        QCOMPARE(first.value("rank").toInt(), 2);
        QCOMPARE(first.value("contestant").toString(), QStringLiteral("051190001234"));
        QCOMPARE(first.value("name").toString(), QStringLiteral("Nguyễn Thị Ánh"));
        QCOMPARE(first.value("unit").toString(), QStringLiteral("UBND-SONKY"));
        QCOMPARE(first.value("submission").toString(), QStringLiteral("sub-a"));
        QCOMPARE(first.value("correct").toInt(), 30);
        QCOMPARE(first.value("prediction").toInteger(), 3);
        QCOMPARE(first.value("prediction_error").toInteger(), 1);
        QCOMPARE(first.value("duration_ms").toInteger(), 254350);
        QCOMPARE(first.value("submitted_at").toString(),
                 QStringLiteral("2024-06-03T08:21:47.350+07:00"));
        QCOMPARE(first.value("eligible").toBool(), true);
        QCOMPARE(first.value("prize").toString(), QStringLiteral("first"));

        // The excluded 051190005555 ranks first on the keys: listed, marked, passed over.
        const QJsonObject excluded = individual.at(0).toObject();
        QCOMPARE(excluded.value("contestant").toString(), QStringLiteral("051190005555"));
        QCOMPARE(excluded.value("rank").toInt(), 1);
        QCOMPARE(excluded.value("eligible").toBool(), false);
        QVERIFY(excluded.value("reason").toString().contains("member of the jury"));
        QVERIFY(excluded.value("prize").isNull());
        QVERIFY(!first.contains("reason"));

        const QJsonArray collective = o.value("collective").toArray();
        QCOMPARE(collective.size(), 2);
        const QJsonObject unit = collective.at(0).toObject();
        QCOMPARE(unit.keys(), (QStringList{"avg_duration_ms", "contestants", "eligible", "perfect",
                                           "prize", "rank", "unit"}));
        QCOMPARE(unit.value("rank").toInt(), 1);
        QCOMPARE(unit.value("unit").toString(), QStringLiteral("THCS-A")); // faster on average
        QCOMPARE(unit.value("contestants").toInt(), 2);
        QCOMPARE(unit.value("perfect").toInt(), 1);
        QCOMPARE(unit.value("avg_duration_ms").toInteger(), 1000);
        QCOMPARE(unit.value("prize").toBool(), true);
        QCOMPARE(collective.at(1).toObject().value("avg_duration_ms").toInteger(), 127675);
        QCOMPARE(collective.at(1).toObject().value("prize").toBool(), false);
        QVERIFY(unit.value("prize").isBool());
        QVERIFY(unit.value("eligible").isBool());
        QCOMPARE(o.value("unresolved_ties").toArray().size(), 1);
    }

    void rowsAndTies()
    {
        const Results r = smallContest();
        // 051190005555: 30 correct, error 0 -> rank 1 but ineligible; 051190001234 rank 2.
        QCOMPARE(r.individual.at(0).contestant(), QStringLiteral("051190005555"));
        QCOMPARE(r.individual.at(1).prize, QStringLiteral("first"));
        // 0905123456 and 051190009999 are equal on every key and straddle second/none.
        QCOMPARE(r.individual.at(2).rank, 3);
        QCOMPARE(r.individual.at(3).rank, 3);
        const QJsonObject o = ResultsJson::toJson(r);
        const QJsonArray ties = o.value("unresolved_ties").toArray();
        QCOMPARE(ties.size(), 1);
        QCOMPARE(ties.at(0).toObject().value("prize").toString(), QStringLiteral("second"));
        QCOMPARE(ties.at(0).toObject().value("contestants").toArray(),
                 QJsonArray::fromStringList({"051190009999", "0905123456"}));
        QVERIFY(o.value("individual").toArray().at(2).toObject().value("prize").isNull());
        QVERIFY(o.value("individual").toArray().at(3).toObject().value("prize").isNull());
    }

    void decidedTieIsListedInTheJudgesOrder()
    {
        Results r = smallContest();
        TieDecision d;
        d.prize = QStringLiteral("second");
        d.members = {"051190009999", "0905123456"};
        d.order = {"0905123456", "051190009999"}; // against the listing (ID-number order)
        d.reason = QStringLiteral("Bốc thăm công khai");
        d.decidedBy = QStringLiteral("BGK");
        r = RankingEngine::compute(r.settings, r.units, r.exclusions, r.submissions, {d});
        const QJsonArray rows = ResultsJson::toJson(r).value("individual").toArray();
        const QJsonObject second = rows.at(2).toObject();
        const QJsonObject third = rows.at(3).toObject();
        QCOMPARE(second.value("contestant").toString(), QStringLiteral("0905123456"));
        QCOMPARE(second.value("rank").toInt(), 3);
        QCOMPARE(second.value("prize").toString(), QStringLiteral("second"));
        QCOMPARE(third.value("contestant").toString(), QStringLiteral("051190009999"));
        QCOMPARE(third.value("rank").toInt(), 4);
        QVERIFY(third.value("prize").isNull());
        const QJsonObject named = third.value("judges_decision").toObject();
        QCOMPARE(named.value("reason").toString(), d.reason);
        QCOMPARE(named.value("decided_by").toString(), QStringLiteral("BGK"));
        QCOMPARE(named.value("order").toArray(), QJsonArray::fromStringList(d.order));
        QVERIFY(!rows.at(1).toObject().contains("judges_decision"));
    }

    void unitThatMayNotWinIsListedWithoutRank()
    {
        Results r = smallContest();
        r.units[0].collectiveEligible = false; // UBND-SONKY, e.g. the organising office
        r = RankingEngine::compute(r.settings, r.units, r.exclusions, r.submissions);
        const QJsonArray collective = ResultsJson::toJson(r).value("collective").toArray();
        QCOMPARE(collective.at(0).toObject().value("unit").toString(), QStringLiteral("THCS-A"));
        QCOMPARE(collective.at(0).toObject().value("rank").toInt(), 1);
        QCOMPARE(collective.at(1).toObject().value("unit").toString(),
                 QStringLiteral("UBND-SONKY"));
        QVERIFY(collective.at(1).toObject().value("rank").isNull());
    }

    void collectiveTieShape()
    {
        UnresolvedTie tie{
            TieDecision::Scope::Collective, "collective", {"A", "B"}, 4, {"collective", ""}};
        const QJsonObject o = ResultsJson::unresolvedTie(tie);
        QCOMPARE(o.keys(), (QStringList{"prize", "units"}));
        QCOMPARE(o.value("prize").toString(), QStringLiteral("collective"));
    }

    void explanation()
    {
        const Results r = smallContest();
        const QString text = ResultsExplainer::explain(r, "0905.123.456");
        if (qEnvironmentVariableIsSet("SHOW_EXPLANATION"))
            qInfo("%s", qPrintable(text));
        QVERIFY2(text.contains("Contestant 0905123456"), qPrintable(text));
        QVERIFY2(text.contains("sub-b"), qPrintable(text));
        QVERIFY2(text.contains("[counted]"), qPrintable(text));
        QVERIFY2(text.contains("Unresolved tie for 'second'"), qPrintable(text));
        QVERIFY2(text.contains("Below 051190001234"), qPrintable(text));
        const QString excluded = ResultsExplainer::explain(r, "051190005555");
        QVERIFY2(excluded.contains("member of the jury"), qPrintable(excluded));
        QVERIFY2(excluded.contains("Certificate: no (not eligible)"), qPrintable(excluded));
        const QString winner = ResultsExplainer::explain(r, "051190001234");
        QVERIFY2(winner.contains("Prize: first."), qPrintable(winner));
        QVERIFY2(winner.contains("prediction error (smaller is better): 1"), qPrintable(winner));
        QVERIFY(ResultsExplainer::explain(r, "nobody").contains("No ranked contestant"));
    }
};

QTEST_GUILESS_MAIN(TestResultsJson)
#include "TestResultsJson.moc"
