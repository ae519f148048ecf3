#pragma once

#include "AttemptService.h"
#include "ContestantGate.h"

class QHttpServer;

// The JSON endpoints of contest-site.md (no token): public contest, start an attempt,
// save answers, submit.
class ContestantApi
{
public:
    ContestantApi(AttemptService& service, ContestantGate& gate) : m_service(service), m_gate(gate)
    {
    }
    void addRoutes(QHttpServer& http);

private:
    AttemptService& m_service;
    ContestantGate& m_gate;
};
