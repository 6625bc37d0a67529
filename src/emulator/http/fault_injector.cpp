#include "emulator/http/fault_injector.h"

#include <QMutexLocker>

namespace hilal::emulator {

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{
}

void FaultInjector::set(const Faults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

Faults FaultInjector::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

bool FaultInjector::limitExceeded() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults.limitExceeded;
}

FaultInjector::Decision FaultInjector::decide()
{
    QMutexLocker lock(&m_mutex);
    Decision decision;
    decision.latencyMs = m_faults.latencyMs;
    // A rate of 1 must always hit and 0 never, whatever the generator says.
    if (m_faults.dropRate > 0.0 && m_random.generateDouble() < m_faults.dropRate)
        decision.drop = true;
    else if (m_faults.failRate > 0.0 && m_random.generateDouble() < m_faults.failRate)
        decision.failStatus = m_faults.failStatus;
    else if (m_faults.dropAfterCommitRate > 0.0 && m_random.generateDouble() < m_faults.dropAfterCommitRate)
        decision.dropAfterCommit = true;
    return decision;
}

} // namespace hilal::emulator
