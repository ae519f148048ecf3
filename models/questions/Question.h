#pragma once

#include "core/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct QuestionOption
{
    QString key; // "A".."F"
    QString text;

    friend bool operator==(const QuestionOption& a, const QuestionOption& b)
    {
        return a.key == b.key && a.text == b.text;
    }
    friend bool operator!=(const QuestionOption& a, const QuestionOption& b) { return !(a == b); }
};

// One multiple-choice question of the bank: one correct option among 2 to 6.
struct Question
{
    Q_DECLARE_TR_FUNCTIONS(Question)
public:
    enum class Difficulty
    {
        Easy,
        Medium,
        Hard
    };
    // The review cycle: only approved questions go into an exam package.
    enum class Status
    {
        Draft,
        Reviewed,
        Approved,
        Retired
    };

    QString id;    // "TTHC-0012": stable, what submissions and exports refer to
    QString topic; // a code of the topics table
    QString title; // a name from Moodle ("::Q2::", <name>); a label, never an identity
    QString text;
    QList<QuestionOption> options;
    QString correctKey;
    Difficulty difficulty = Difficulty::Medium;
    QString legalSource; // "Luật Giao dịch điện tử 2023, Điều 5"
    QString explanation;
    Status status = Status::Draft;
    QString author;
    QString reviewer;
    QString createdAt; // RFC 3339, set by the repository
    QString updatedAt;
    int rowVersion = 0; // 0 until stored

    static constexpr int kMinOptions = 2;
    static constexpr int kMaxOptions = 6;
    static QString keyAt(int index) { return QString(QChar(u'A' + index)); }
    static bool isValidId(const QString& id);

    // Problems, each naming the field (location "<where>: field 'options'").
    // `knownTopics` empty skips the topic-exists check.
    Problems validate(const QString& where = QString(), const QStringList& knownTopics = {}) const;

    QString optionText(const QString& key) const;
    // Texts and options in NFC with surrounding blanks trimmed, as they are stored.
    void normalize();
    // Same question to a contestant: topic, title, text, options, answer and the notes.
    bool sameContent(const Question& other) const;

    QJsonObject toJson() const; // the revision history's before/after
    static QString difficultyName(Difficulty d);
    static std::optional<Difficulty> difficultyFromName(const QString& name);
    static QString statusName(Status s);
    static std::optional<Status> statusFromName(const QString& name);
    static QStringList statusNames();
};
