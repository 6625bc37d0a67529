#include "salesforce/redirect_catcher.h"

namespace hilal::salesforce {

RedirectCatcher::RedirectCatcher(QObject *parent)
    : QObject(parent)
{
}

RedirectCatcher::~RedirectCatcher() = default;

} // namespace hilal::salesforce
