#include "emulator/soql/query_date_range.h"

#include <QTest>

using hilal::emulator::DateRange;
using hilal::soql::DateLiteral;

Q_DECLARE_METATYPE(DateLiteral)

class TestQueryDateRange : public QObject
{
    Q_OBJECT

private slots:
    // Wednesday 25 November 2026; ranges worked out by hand from docs/soql.md
    // (weeks start on Sunday; [start, end) with end exclusive).
    void rangesOnAFixedDay_data()
    {
        QTest::addColumn<DateLiteral>("literal");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        auto row = [](const char *name, DateLiteral l, int n, int fs, QDate s, QDate e) {
            QTest::newRow(name) << l << n << fs << s << e;
        };
        row("YESTERDAY", DateLiteral::Yesterday, -1, 1, QDate(2026, 11, 24), QDate(2026, 11, 25));
        row("TODAY", DateLiteral::Today, -1, 1, QDate(2026, 11, 25), QDate(2026, 11, 26));
        row("TOMORROW", DateLiteral::Tomorrow, -1, 1, QDate(2026, 11, 26), QDate(2026, 11, 27));
        row("LAST_WEEK", DateLiteral::LastWeek, -1, 1, QDate(2026, 11, 15), QDate(2026, 11, 22));
        row("THIS_WEEK", DateLiteral::ThisWeek, -1, 1, QDate(2026, 11, 22), QDate(2026, 11, 29));
        row("NEXT_WEEK", DateLiteral::NextWeek, -1, 1, QDate(2026, 11, 29), QDate(2026, 12, 6));
        row("LAST_MONTH", DateLiteral::LastMonth, -1, 1, QDate(2026, 10, 1), QDate(2026, 11, 1));
        row("THIS_MONTH", DateLiteral::ThisMonth, -1, 1, QDate(2026, 11, 1), QDate(2026, 12, 1));
        row("NEXT_MONTH", DateLiteral::NextMonth, -1, 1, QDate(2026, 12, 1), QDate(2027, 1, 1));
        row("LAST_90_DAYS", DateLiteral::Last90Days, -1, 1, QDate(2026, 8, 27), QDate(2026, 11, 26));
        row("NEXT_90_DAYS", DateLiteral::Next90Days, -1, 1, QDate(2026, 11, 26), QDate(2027, 2, 24));
        row("LAST_N_DAYS:1", DateLiteral::LastNDays, 1, 1, QDate(2026, 11, 24), QDate(2026, 11, 26));
        row("NEXT_N_DAYS:2", DateLiteral::NextNDays, 2, 1, QDate(2026, 11, 26), QDate(2026, 11, 28));
        row("N_DAYS_AGO:3", DateLiteral::NDaysAgo, 3, 1, QDate(2026, 11, 22), QDate(2026, 11, 23));
        row("LAST_N_WEEKS:2", DateLiteral::LastNWeeks, 2, 1, QDate(2026, 11, 8), QDate(2026, 11, 22));
        row("NEXT_N_WEEKS:1", DateLiteral::NextNWeeks, 1, 1, QDate(2026, 11, 29), QDate(2026, 12, 6));
        row("N_WEEKS_AGO:2", DateLiteral::NWeeksAgo, 2, 1, QDate(2026, 11, 8), QDate(2026, 11, 15));
        row("LAST_N_MONTHS:2", DateLiteral::LastNMonths, 2, 1, QDate(2026, 9, 1), QDate(2026, 11, 1));
        row("NEXT_N_MONTHS:2", DateLiteral::NextNMonths, 2, 1, QDate(2026, 12, 1), QDate(2027, 2, 1));
        row("N_MONTHS_AGO:11", DateLiteral::NMonthsAgo, 11, 1, QDate(2025, 12, 1), QDate(2026, 1, 1));
        row("THIS_QUARTER", DateLiteral::ThisQuarter, -1, 1, QDate(2026, 10, 1), QDate(2027, 1, 1));
        row("LAST_QUARTER", DateLiteral::LastQuarter, -1, 1, QDate(2026, 7, 1), QDate(2026, 10, 1));
        row("NEXT_QUARTER", DateLiteral::NextQuarter, -1, 1, QDate(2027, 1, 1), QDate(2027, 4, 1));
        row("LAST_N_QUARTERS:2", DateLiteral::LastNQuarters, 2, 1, QDate(2026, 4, 1), QDate(2026, 10, 1));
        row("NEXT_N_QUARTERS:1", DateLiteral::NextNQuarters, 1, 1, QDate(2027, 1, 1), QDate(2027, 4, 1));
        row("N_QUARTERS_AGO:1", DateLiteral::NQuartersAgo, 1, 1, QDate(2026, 7, 1), QDate(2026, 10, 1));
        row("THIS_YEAR", DateLiteral::ThisYear, -1, 1, QDate(2026, 1, 1), QDate(2027, 1, 1));
        row("LAST_YEAR", DateLiteral::LastYear, -1, 1, QDate(2025, 1, 1), QDate(2026, 1, 1));
        row("NEXT_YEAR", DateLiteral::NextYear, -1, 1, QDate(2027, 1, 1), QDate(2028, 1, 1));
        row("LAST_N_YEARS:3", DateLiteral::LastNYears, 3, 1, QDate(2023, 1, 1), QDate(2026, 1, 1));
        row("NEXT_N_YEARS:2", DateLiteral::NextNYears, 2, 1, QDate(2027, 1, 1), QDate(2029, 1, 1));
        row("N_YEARS_AGO:2", DateLiteral::NYearsAgo, 2, 1, QDate(2024, 1, 1), QDate(2025, 1, 1));
        row("THIS_FISCAL_QUARTER jan", DateLiteral::ThisFiscalQuarter, -1, 1, QDate(2026, 10, 1), QDate(2027, 1, 1));
        row("THIS_FISCAL_QUARTER feb", DateLiteral::ThisFiscalQuarter, -1, 2, QDate(2026, 11, 1), QDate(2027, 2, 1));
        row("LAST_FISCAL_QUARTER apr", DateLiteral::LastFiscalQuarter, -1, 4, QDate(2026, 7, 1), QDate(2026, 10, 1));
        row("NEXT_FISCAL_QUARTER apr", DateLiteral::NextFiscalQuarter, -1, 4, QDate(2027, 1, 1), QDate(2027, 4, 1));
        row("LAST_N_FISCAL_QUARTERS:2 apr", DateLiteral::LastNFiscalQuarters, 2, 4, QDate(2026, 4, 1),
            QDate(2026, 10, 1));
        row("NEXT_N_FISCAL_QUARTERS:2 apr", DateLiteral::NextNFiscalQuarters, 2, 4, QDate(2027, 1, 1),
            QDate(2027, 7, 1));
        row("N_FISCAL_QUARTERS_AGO:1 apr", DateLiteral::NFiscalQuartersAgo, 1, 4, QDate(2026, 7, 1),
            QDate(2026, 10, 1));
        row("THIS_FISCAL_YEAR apr", DateLiteral::ThisFiscalYear, -1, 4, QDate(2026, 4, 1), QDate(2027, 4, 1));
        row("THIS_FISCAL_YEAR dec", DateLiteral::ThisFiscalYear, -1, 12, QDate(2025, 12, 1), QDate(2026, 12, 1));
        row("LAST_FISCAL_YEAR apr", DateLiteral::LastFiscalYear, -1, 4, QDate(2025, 4, 1), QDate(2026, 4, 1));
        row("NEXT_FISCAL_YEAR apr", DateLiteral::NextFiscalYear, -1, 4, QDate(2027, 4, 1), QDate(2028, 4, 1));
        row("LAST_N_FISCAL_YEARS:2 apr", DateLiteral::LastNFiscalYears, 2, 4, QDate(2024, 4, 1), QDate(2026, 4, 1));
        row("NEXT_N_FISCAL_YEARS:2 apr", DateLiteral::NextNFiscalYears, 2, 4, QDate(2027, 4, 1), QDate(2029, 4, 1));
        row("N_FISCAL_YEARS_AGO:1 apr", DateLiteral::NFiscalYearsAgo, 1, 4, QDate(2025, 4, 1), QDate(2026, 4, 1));
    }
    void rangesOnAFixedDay()
    {
        QFETCH(DateLiteral, literal);
        QFETCH(int, n);
        QFETCH(int, fiscalStart);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const DateRange r = DateRange::forLiteral(literal, n, QDate(2026, 11, 25), fiscalStart);
        QCOMPARE(r.start, start);
        QCOMPARE(r.end, end);
    }

    void weekOfASundayStartsThatDay()
    {
        const DateRange r = DateRange::forLiteral(DateLiteral::ThisWeek, -1, QDate(2026, 11, 22), 1);
        QCOMPARE(r.start, QDate(2026, 11, 22));
        const DateRange s = DateRange::forLiteral(DateLiteral::ThisWeek, -1, QDate(2026, 11, 28), 1);
        QCOMPARE(s.start, QDate(2026, 11, 22));
    }
};

QTEST_GUILESS_MAIN(TestQueryDateRange)
#include "tst_query_date_range.moc"
