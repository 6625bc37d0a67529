#pragma once

#include "soql/ast.h"

#include <QDate>

namespace hilal::emulator {

// The half-open day range [start, end) a SOQL date literal denotes on a given day
// (docs/soql.md). The local org computes "today" in UTC; weeks start on Sunday (en_US);
// fiscal quarters and years start in the org's FiscalYearStartMonth.
struct DateRange
{
    QDate start;
    QDate end; // exclusive

    static DateRange forLiteral(soql::DateLiteral literal, int n, const QDate &today, int fiscalYearStartMonth);
};

} // namespace hilal::emulator
