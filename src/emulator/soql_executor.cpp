#include "emulator/soql_executor.h"

namespace hilal::emulator {

struct SoqlExecutor::Private
{
    QString connectionName;
    const Schema *schema = nullptr;
    QDate today;
    int fiscalStart = 1;
};

SoqlExecutor::SoqlExecutor(const QString &connectionName, const Schema &schema) : d(std::make_unique<Private>())
{
    d->connectionName = connectionName;
    d->schema = &schema;
}

SoqlExecutor::~SoqlExecutor() = default;

void SoqlExecutor::setToday(const QDate &today) { d->today = today; }
void SoqlExecutor::setFiscalYearStartMonth(int month) { d->fiscalStart = month; }

QueryResult SoqlExecutor::query(const QString &, bool, int, const QString &)
{
    return StoreResult::failure(501, SfError{QStringLiteral("UNKNOWN_EXCEPTION"), QStringLiteral("SOQL is not available yet"), {}, false});
}
QueryResult SoqlExecutor::queryMore(const QString &, const QString &)
{
    return StoreResult::failure(400, SfError{QStringLiteral("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator"), {}, false});
}
QueryResult SoqlExecutor::explain(const QString &soql) { return query(soql, false, 0, {}); }
void SoqlExecutor::ageLocators(int) { }
int SoqlExecutor::openLocatorCount() const { return 0; }

} // namespace hilal::emulator
