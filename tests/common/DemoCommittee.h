#pragma once

// The demo contest as the committee finds it after the judges' decision and the lock,
// with a committee member and a judge logged in turn (the window tests start from it).

#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace DemoCommittee {

inline const QString& password()
{
    static const QString p = QStringLiteral("mật-khẩu-2024");
    return p;
}

inline void logInAs(Database& db, const QString& user)
{
    Session::end();
    Login::logIn(db, user, password());
}

// `people` contestants; with `decideAndLock` the planted tie is decided (against the
// listing order) and the results locked. Ends logged in as the committee ("bantochuc").
inline void populate(Database& db, int people, bool decideAndLock)
{
    DemoContest::populate(db, people);
    UserRepository users(db);
    users.create(QStringLiteral("bantochuc"), QStringLiteral("Lê Văn Tổ Chức"), Role::Committee,
                 password());
    Login::logIn(db, QStringLiteral("bantochuc"), password());
    users.create(QStringLiteral("giamkhao"), QStringLiteral("Phạm Giám Khảo"), Role::Judge,
                 password());
    users.create(QStringLiteral("thuky"), QStringLiteral("Nguyễn Thư Ký"), Role::Secretary,
                 password());
    users.create(QStringLiteral("tacgia"), QStringLiteral("Trần Tác Giả"), Role::Author,
                 password());
    if (!decideAndLock)
        return;
    logInAs(db, QStringLiteral("giamkhao"));
    const Results live = ResultsService(db).computeLive();
    TieDecision d;
    d.prize = live.unresolvedTies.first().prize;
    d.members = live.unresolvedTies.first().members;
    d.order = d.members;
    std::reverse(d.order.begin(), d.order.end());
    d.reason = QStringLiteral("Bốc thăm công khai");
    TieDecisionRepository(db).record(d, QStringLiteral("Trần Văn A, Lê Thị B"));
    logInAs(db, QStringLiteral("bantochuc"));
    ResultsLock(db).lock(ResultsService(db).computeLive());
}

} // namespace DemoCommittee
