#include "actions/action_reply.h"

namespace hilal::actions {

void ActionReply::finish(const ActionResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace hilal::actions
