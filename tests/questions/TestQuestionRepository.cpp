#include "QuestionTestSupport.h"

#include "audit/AuditLog.h"

using namespace QuestionTestSupport;

// Storage of questions: validation, revisions, row versions, counts, the review cycle.
class TestQuestionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateNamesFields()
    {
        Question q = makeQuestion(QStringLiteral("bad id"), QString(), QString(),
                                  {QStringLiteral("x")}, QStringLiteral("C"));
        const Problems problems = q.validate(QString(), {QStringLiteral("TTHC")});
        const QString all = joinProblems(problems);
        for (const char* field : {"'id'", "'topic'", "'text'", "'options'", "'answer'"})
            QVERIFY2(all.contains(QLatin1String(field)), qPrintable(all));
        q = makeQuestion(QStringLiteral("TTHC-0001"), QStringLiteral("XX"), QStringLiteral("Q?"),
                         {QStringLiteral("a"), QStringLiteral("a")}, QStringLiteral("A"));
        const QString again = joinProblems(q.validate(QString(), {QStringLiteral("TTHC")}));
        QVERIFY2(again.contains(QStringLiteral("unknown topic 'XX'")), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("field 'option B'")), qPrintable(again));
        q = makeQuestion(QStringLiteral("TTHC-0001"), QStringLiteral("TTHC"), QStringLiteral("Q?"),
                         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                          QStringLiteral("7")},
                         QStringLiteral("A"));
        QVERIFY(joinProblems(q.validate()).contains(QStringLiteral("7 option(s)")));
    }

    void saveFindAndRevisions()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        Question q = makeQuestion(
            QStringLiteral("TTHC-0012"), QStringLiteral("TTHC"), QStringLiteral("  Thủ tục?  "),
            {QStringLiteral("Có"), QStringLiteral("Không")}, QStringLiteral("a"));
        q.legalSource = QStringLiteral("Luật Giao dịch điện tử 2023, Điều 5");
        q.difficulty = Question::Difficulty::Hard;
        AuditLog::setCurrentUser(QStringLiteral("lan"));
        const Question saved = repo.save(q);
        QCOMPARE(saved.rowVersion, 1);
        QCOMPARE(saved.text, QStringLiteral("Thủ tục?"));
        QCOMPARE(saved.correctKey, QStringLiteral("A"));

        const std::optional<Question> found = repo.find(QStringLiteral("TTHC-0012"));
        QVERIFY(found);
        QCOMPARE(found->options, saved.options);
        QCOMPARE(found->difficulty, Question::Difficulty::Hard);
        QCOMPARE(found->legalSource, q.legalSource);
        QVERIFY(!found->createdAt.isEmpty());
        QVERIFY(found->sameContent(saved));

        Question edited = *found;
        edited.correctKey = QStringLiteral("B");
        AuditLog::setCurrentUser(QStringLiteral("minh"));
        const Question second = repo.save(edited, QString(), 1);
        AuditLog::setCurrentUser(QString());
        QCOMPARE(second.rowVersion, 2);
        QCOMPARE(second.createdAt, found->createdAt);

        const QList<QuestionRevision> history = repo.revisions(QStringLiteral("TTHC-0012"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, QStringLiteral("create"));
        QCOMPARE(history.at(0).changedBy, QStringLiteral("lan"));
        QVERIFY(history.at(0).before.isEmpty());
        QCOMPARE(history.at(1).changedBy, QStringLiteral("minh"));
        QCOMPARE(history.at(1).before.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("A"));
        QCOMPARE(history.at(1).after.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("B"));
    }

    void staleRowVersionIsRefused()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        const Question q = repo.save(
            makeQuestion(QStringLiteral("Q-1"), QStringLiteral("TTHC"), QStringLiteral("?"),
                         {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A")));
        repo.save(q, QString(), 1);
        QVERIFY_THROWS_EXCEPTION(UserError, repo.save(q, QString(), 1));
        QCOMPARE(repo.find(QStringLiteral("Q-1"))->rowVersion, 2);
        QCOMPARE(repo.revisions(QStringLiteral("Q-1")).size(), 2);
    }

    void invalidIsNotStored()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        Question q =
            makeQuestion(QStringLiteral("Q-1"), QStringLiteral("NOPE"), QStringLiteral("?"),
                         {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A"));
        QVERIFY_THROWS_EXCEPTION(UserError, repo.save(q));
        QCOMPARE(repo.count(), 0);
    }

    void countsAndFilters()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        const QStringList topics = {QStringLiteral("TTHC"), QStringLiteral("TTHC"),
                                    QStringLiteral("CDS")};
        for (int i = 0; i < topics.size(); ++i) {
            repo.save(makeQuestion(QStringLiteral("Q-%1").arg(i), topics.at(i), QStringLiteral("?"),
                                   {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A")));
        }
        repo.setStatus(QStringLiteral("Q-0"), Question::Status::Approved);
        QCOMPARE(repo.countByTopic().value(QStringLiteral("TTHC")), 2);
        QCOMPARE(repo.countByTopic(Question::Status::Approved).value(QStringLiteral("TTHC")), 1);
        QCOMPARE(repo.countByStatus().value(QStringLiteral("draft")), 2);
        QCOMPARE(repo.list(QuestionFilter{QStringLiteral("CDS"), std::nullopt}).size(), 1);
        QCOMPARE(repo.count(QuestionFilter{QString(), Question::Status::Approved}), 1);
    }

    void reviewCycle()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        repo.save(makeQuestion(QStringLiteral("Q-1"), QStringLiteral("TTHC"), QStringLiteral("?"),
                               {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A")));
        QVERIFY_THROWS_EXCEPTION(UserError,
                                 repo.setStatus(QStringLiteral("Q-9"), Question::Status::Approved));
        AuditLog::setCurrentUser(QStringLiteral("rev"));
        repo.setStatus(QStringLiteral("Q-1"), Question::Status::Reviewed);
        AuditLog::setCurrentUser(QStringLiteral("boss"));
        const Question approved = repo.setStatus(QStringLiteral("Q-1"), Question::Status::Approved);
        QCOMPARE(approved.status, Question::Status::Approved);
        QCOMPARE(approved.reviewer, QStringLiteral("boss"));
        QVERIFY_THROWS_EXCEPTION(UserError,
                                 repo.setStatus(QStringLiteral("Q-1"), Question::Status::Reviewed));
        repo.setStatus(QStringLiteral("Q-1"), Question::Status::Retired);
        AuditLog::setCurrentUser(QString());
        const QList<QuestionRevision> history = repo.revisions(QStringLiteral("Q-1"));
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(2).action, QStringLiteral("status: approved"));
        QCOMPARE(history.at(2).before.value(QStringLiteral("status")).toString(),
                 QStringLiteral("reviewed"));
        QCOMPARE(history.at(3).after.value(QStringLiteral("status")).toString(),
                 QStringLiteral("retired"));
    }

    // Issue 17, item 1: every save follows the review rules, not only setStatus, and the
    // history names the session's user (as the audit log does), whoever the caller says.
    void everySaveFollowsTheReviewRules()
    {
        TestDatabase t;
        AuditLog::setCurrentUser(QStringLiteral("tk.lan"));
        QuestionRepository repo(t.db());
        Question q = makeQuestion(QStringLiteral("TTHC-0001"), QStringLiteral("TTHC"),
                                  QStringLiteral("Hỏi?"), {QStringLiteral("a"), QStringLiteral("b")},
                                  QStringLiteral("A"));
        q = repo.save(q);
        QCOMPARE(repo.revisions(q.id).constLast().changedBy, QStringLiteral("tk.lan"));

        // Approving through a plain save (the editor's status box) stamps the reviewer.
        q.status = Question::Status::Approved;
        q.reviewer = QStringLiteral("forged");
        q = repo.save(q, QString(), q.rowVersion);
        QCOMPARE(q.status, Question::Status::Approved);
        QCOMPARE(q.reviewer, QStringLiteral("tk.lan"));

        // A changed approved text goes back to draft, whoever saves it.
        q.text = QStringLiteral("Hỏi lại?");
        q = repo.save(q, QString(), q.rowVersion);
        QCOMPARE(q.status, Question::Status::Draft);

        // A retired question cannot be approved by a save either.
        q.status = Question::Status::Retired;
        q = repo.save(q, QString(), q.rowVersion);
        Question again = q;
        again.status = Question::Status::Approved;
        QVERIFY_THROWS_EXCEPTION(UserError, repo.save(again, QString(), q.rowVersion));
        QCOMPARE(repo.find(q.id)->status, Question::Status::Retired);

        // The committee's key correction keeps an approved question approved.
        const Question restored = repo.setStatus(q.id, Question::Status::Draft);
        repo.setStatus(q.id, Question::Status::Approved);
        QCOMPARE(repo.correctKey(q.id, QStringLiteral("B")).status, Question::Status::Approved);
        QVERIFY(restored.reviewer == QStringLiteral("tk.lan"));

        // Undo puts back a stored state as it was, status and reviewer included.
        const Question now = *repo.find(q.id);
        const Question back = repo.restoreAll({q}, QStringLiteral("undo"), {now.rowVersion}).first();
        QCOMPARE(back.status, Question::Status::Retired);
        AuditLog::setCurrentUser(QString());
    }

    // One numbering of new IDs (the editor's and the import's): after the bank's highest.
    void newIdsFollowTheHighestNumber()
    {
        TestDatabase t;
        QuestionRepository repo(t.db());
        QCOMPARE(repo.nextId(QStringLiteral("TTHC")), QStringLiteral("TTHC-0001"));
        for (const QString& id : {QStringLiteral("TTHC-0007"), QStringLiteral("TTHC-0012"),
                                  QStringLiteral("CDS-0003")})
            repo.save(makeQuestion(id, id.section(QLatin1Char('-'), 0, 0), QStringLiteral("?"),
                                   {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("A")));
        QCOMPARE(repo.nextId(QStringLiteral("TTHC")), QStringLiteral("TTHC-0013"));
        QCOMPARE(repo.nextId(QStringLiteral("CDS")), QStringLiteral("CDS-0004"));
        QuestionNumbering numbering = repo.numbering();
        numbering.note(QStringLiteral("CDS-0040"));
        QCOMPARE(numbering.next(QStringLiteral("CDS")), QStringLiteral("CDS-0041"));
        QCOMPARE(numbering.next(QStringLiteral("CDS")), QStringLiteral("CDS-0042"));
    }

    void categoryMappingIsData()
    {
        TestDatabase t;
        CategoryMapping m = CategoryMapping::load(t.db());
        QCOMPARE(m.defaultTopic(), QStringLiteral("THECHE")); // seeded: the first topic
        m.set(QStringLiteral(" $course$/ A /B "), QStringLiteral("TTHC"));
        m.setDefaultTopic(QStringLiteral("CDS"));
        m.save(t.db());
        const CategoryMapping loaded = CategoryMapping::load(t.db());
        QCOMPARE(loaded.topicFor(QStringLiteral("$course$/A/B")), QStringLiteral("TTHC"));
        QCOMPARE(loaded.topicFor(QStringLiteral("$course$/A")), QStringLiteral("CDS"));
        QCOMPARE(loaded.topicFor(QStringLiteral("$course$/top/DA06")), QStringLiteral("DA06"));
        QCOMPARE(loaded.topicFor(QString()), QStringLiteral("CDS"));
        CategoryMapping bad = loaded;
        bad.set(QStringLiteral("x"), QStringLiteral("NOPE"));
        QVERIFY_THROWS_EXCEPTION(UserError, bad.save(t.db()));
    }
};

QTEST_GUILESS_MAIN(TestQuestionRepository)
#include "TestQuestionRepository.moc"
