#include "ResultsService.h"

#include "accounts/Authorization.h"
#include "TieDecisionRepository.h"
#include "contest/ContestRepository.h"
#include "results/RankingEngine.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"
#include "submissions/SubmissionStore.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

Results ResultsService::computeLive()
{
    Authorization::require(m_db, Permission::ViewResults);
    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    SubmissionStore store(m_db);
    store.ensureJudged(settings, AnswerKey::load(m_db));
    return RankingEngine::compute(settings, UnitRepository(m_db).list(), ExclusionRepository(m_db).list(),
                                  store.loadGraded(), TieDecisionRepository(m_db).activeDecisions());
}
