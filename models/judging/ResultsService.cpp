#include "ResultsService.h"

#include "TieDecisionRepository.h"
#include "accounts/Authorization.h"
#include "contest/ContestRepository.h"
#include "integrity/IntegrityDecisions.h"
#include "results/RankingEngine.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"
#include "submissions/SubmissionStore.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

QList<Exclusion> ResultsService::exclusions(Database& db)
{
    return ExclusionRepository(db).list() + IntegrityDecisions(db).exclusions();
}

Results ResultsService::computeLive()
{
    Authorization::require(m_db, Permission::ViewResults);
    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    SubmissionStore store(m_db);
    store.ensureJudged(settings, AnswerKey::load(m_db));
    return RankingEngine::compute(settings, UnitRepository(m_db).list(), exclusions(m_db),
                                  store.loadGraded(),
                                  TieDecisionRepository(m_db).activeDecisions());
}
