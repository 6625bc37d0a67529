#pragma once

#include "emulator/http/faults.h"

#include <QMutex>
#include <QRandomGenerator>

namespace hilal::emulator {

// Holds the current Faults and rolls the dice for each request. Thread-safe: the test controls
// may be called from another thread than the one serving requests (LocalOrgThread).
class FaultInjector
{
public:
    // What to do to one request.
    struct Decision
    {
        int latencyMs = 0;
        bool drop = false; // close the connection without answering
        bool dropAfterCommit = false; // a write: carry it out, then close without answering
        int failStatus = 0; // 0 = answer normally
    };

    explicit FaultInjector(quint32 seed = 42);

    void set(const Faults &faults);
    Faults current() const;
    bool limitExceeded() const;

    Decision decide();

private:
    mutable QMutex m_mutex;
    Faults m_faults;
    QRandomGenerator m_random; // seeded: a run with the same faults fails the same requests
};

} // namespace hilal::emulator
