#include "emulator/soql/query_date_range.h"

namespace hilal::emulator {

using soql::DateRelation;
using soql::DateUnit;

namespace {

// First day of the period (of `unit`) that contains `today`, and how to step whole periods.
QDate periodStart(DateUnit unit, const QDate &today, int fiscalStart)
{
    switch (unit) {
    case DateUnit::Day:
        return today;
    case DateUnit::Week:
        return today.addDays(-(today.dayOfWeek() % 7)); // Qt: Monday = 1 … Sunday = 7
    case DateUnit::Month:
        return QDate(today.year(), today.month(), 1);
    case DateUnit::Quarter:
        return QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    case DateUnit::Year:
        return QDate(today.year(), 1, 1);
    case DateUnit::FiscalQuarter: {
        const int monthsIntoYear = (today.month() - fiscalStart + 12) % 12;
        return QDate(today.year(), today.month(), 1).addMonths(-(monthsIntoYear % 3));
    }
    case DateUnit::FiscalYear: {
        const int monthsIntoYear = (today.month() - fiscalStart + 12) % 12;
        return QDate(today.year(), today.month(), 1).addMonths(-monthsIntoYear);
    }
    }
    return today;
}

QDate step(DateUnit unit, const QDate &start, int periods)
{
    switch (unit) {
    case DateUnit::Day:
        return start.addDays(periods);
    case DateUnit::Week:
        return start.addDays(7 * periods);
    case DateUnit::Month:
        return start.addMonths(periods);
    case DateUnit::Quarter:
    case DateUnit::FiscalQuarter:
        return start.addMonths(3 * periods);
    case DateUnit::Year:
    case DateUnit::FiscalYear:
        return start.addMonths(12 * periods);
    }
    return start;
}

} // namespace

DateRange DateRange::forLiteral(soql::DateLiteral literal, int n, const QDate &today, int fiscalYearStartMonth)
{
    const soql::DateLiteralInfo info = soql::dateLiteralInfo(literal);
    if (info.fixedN >= 0)
        n = info.fixedN;
    n = qMax(0, n);
    const QDate p0 = periodStart(info.unit, today, fiscalYearStartMonth);
    switch (info.relation) {
    case DateRelation::Previous:
        return {step(info.unit, p0, -1), p0};
    case DateRelation::Current:
        return {p0, step(info.unit, p0, 1)};
    case DateRelation::Next:
        return {step(info.unit, p0, 1), step(info.unit, p0, 2)};
    case DateRelation::LastN:
        // LAST_N_DAYS:n includes today; the longer units exclude the current period.
        if (info.unit == DateUnit::Day)
            return {today.addDays(-n), today.addDays(1)};
        return {step(info.unit, p0, -n), p0};
    case DateRelation::NextN:
        return {step(info.unit, p0, 1), step(info.unit, p0, n + 1)};
    case DateRelation::Ago:
        return {step(info.unit, p0, -n), step(info.unit, p0, -n + 1)};
    }
    return {p0, step(info.unit, p0, 1)};
}

} // namespace hilal::emulator
