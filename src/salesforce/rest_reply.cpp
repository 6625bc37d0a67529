#include "salesforce/rest_reply.h"

namespace hilal::salesforce {

RestReply::RestReply(QObject *parent)
    : QObject(parent)
{
}

QJsonDocument RestReply::json() const
{
    return QJsonDocument::fromJson(m_body);
}

void RestReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_onAbort)
        m_onAbort();
}

} // namespace hilal::salesforce
