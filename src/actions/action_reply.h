#pragma once

#include "actions/action_result.h"

#include <QObject>

namespace hilal::actions {

// The answer to one Dispatcher::dispatch() call, for callers that prefer a signal. finished()
// fires exactly once, always asynchronously; the reply deletes itself afterwards unless
// setAutoDelete(false).
class ActionReply : public QObject
{
    Q_OBJECT
public:
    explicit ActionReply(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    bool isFinished() const { return m_finished; }
    ActionResult result() const { return m_result; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void finish(const ActionResult &result); // called by the dispatcher

Q_SIGNALS:
    void finished(const hilal::actions::ActionResult &result);

private:
    ActionResult m_result;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace hilal::actions
