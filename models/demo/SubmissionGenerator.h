#pragma once

#include "contest/ContestSettings.h"
#include "units/Unit.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <functional>

// Realistic submissions for demos, benchmarks and the reference server: Vietnamese
// names, ID numbers and phones, staff of each unit at a plausible rate and the public, times over
// the window with the office-hours rhythm, answers drawn by the blueprint and right by each
// person's skill. Deterministic for a seed.
class SubmissionGenerator
{
public:
    struct Bank
    {
        QHash<QString, QStringList> approvedByTopic; // topic -> question ids
        QHash<QString, QString> correct;             // question id -> key
        QHash<QString, QString> options;             // question id -> "ABCD"
    };

    SubmissionGenerator(const ContestSettings& settings, const QList<Unit>& units, const Bank& bank,
                        quint32 seed);

    using Sink = std::function<void(const QList<QJsonObject>& batch)>;

    // `people` persons, some of them with several attempts; about `invalidShare` of the
    // submissions broken in one of the ways rules.md names.
    QList<QJsonObject> generate(int people, double invalidShare = 0.01);
    // The same submissions in the same order, handed to `sink` `batchSize` at a time, so
    // that a million of them never sit in memory at once: what the generator keeps grows
    // only by the ID numbers and phones used (16 bytes a person).
    void generateInBatches(int people, const Sink& sink, int batchSize = 10000,
                           double invalidShare = 0.01);

    // Adds, at the top of the ranking, a group that ends in two contestants equal on
    // every key whose slots straddle the boundary between two prizes (so a demo shows the
    // judges' tie-break). Call before generate(); `slotsAbove` people rank above them.
    void plantBoundaryTie(int slotsAbove);
    // The questions the planted submissions drew (a demo's wrong key stays off them, so
    // that the planted tie stays a tie).
    QSet<QString> plantedQuestions() const;
    // A few integrity cases (spec/integrity.md) for the judges' page of a demo, none of
    // them a prize winner: one ID number under two people, one phone under three ID
    // numbers, a 25-second submission, five people from one device within minutes and a
    // weak contestant's answers copied under another name. Call after generate(): they
    // come after everything else, so that the rest of the demo is as without them.
    QList<QJsonObject> integrityCases();

private:
    struct Person
    {
        QString name;
        int birthYear;
        QString gender;
        QString idNumber;
        QString phone;
        QString unit;
        QString address;
        double skill;
    };
    void weighUnits(int people);
    Person makePerson();
    void breakSubmission(QJsonObject& s);
    qint64 humanDuration(qint64 drawnMs) const;
    QJsonObject makeSubmission(const Person& p, qint64 submittedMs, qint64 durationMs,
                               int wantCorrect, qint64 prediction);
    static void setClient(QJsonObject& s, const QString& client);
    QJsonArray drawAnswers(double skill, int exactCorrect);
    qint64 randomSubmitTime();
    QString nextId();

    ContestSettings m_settings;
    QList<Unit> m_units;
    QList<double> m_unitWeights;
    Bank m_bank;
    QRandomGenerator m_rng;
    int m_serial = 0;
    QList<QJsonObject> m_planted;
    QSet<qint64> m_usedIds;    // ID numbers as numbers: a few MB for a million people
    QSet<qint64> m_usedPhones; // phones as numbers, likewise
};
