#include "emulator/store/org_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace hilal::emulator;

// Runs SOQL against a local org holding only a handful of records created here, and compares
// every answer with one worked out by hand from those records.
class TestSoqlExecutor : public QObject
{
    Q_OBJECT

private:
    OrgStore store;
    QDate today;
    QHash<QString, QString> ids; // short name → record Id
    QList<QDate> closeDates; // the six opportunities' CloseDate

    QString make(const QString &key, const QString &object, const QJsonObject &body)
    {
        const StoreResult r = store.create(object, body);
        if (r.httpStatus != 201)
            qWarning() << "create failed" << object << r.errorsJson();
        ids.insert(key, r.body.toObject().value(QStringLiteral("id")).toString());
        return ids.value(key);
    }

    QJsonObject run(const QString &soql, int batchSize = 0, bool all = false)
    {
        const QueryResult r = store.query(soql, all, batchSize, QStringLiteral("60.0"));
        if (!r.ok())
            qWarning() << soql << r.errorsJson();
        return r.body.toObject();
    }

    QJsonArray records(const QString &soql) { return run(soql).value(QStringLiteral("records")).toArray(); }

    int count(const QString &soql) { return run(soql).value(QStringLiteral("totalSize")).toInt(-1); }

    QStringList column(const QString &soql, const QString &field)
    {
        QStringList out;
        for (const QJsonValue &v : records(soql))
            out << (v.toObject().value(field).isNull() ? QStringLiteral("<null>")
                                                       : v.toObject().value(field).toVariant().toString());
        return out;
    }

    SfError error(const QString &soql)
    {
        const QueryResult r = store.query(soql, false, 0, QStringLiteral("60.0"));
        if (r.ok() || r.errors.isEmpty()) {
            qWarning() << "expected an error for" << soql;
            return {};
        }
        if (r.httpStatus != 400)
            qWarning() << "status" << r.httpStatus;
        return r.errors.first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open(QString()));
        SeedOptions empty;
        empty.opportunities = 0;
        QVERIFY(store.seed(empty));
        today = store.today();

        make(QStringLiteral("A1"), QStringLiteral("Account"),
             {{QStringLiteral("Name"), QStringLiteral("Northwind Traders")},
              {QStringLiteral("Industry"), QStringLiteral("Retail")},
              {QStringLiteral("AnnualRevenue"), 42000000},
              {QStringLiteral("NumberOfEmployees"), 120}});
        make(QStringLiteral("A2"), QStringLiteral("Account"),
             {{QStringLiteral("Name"), QStringLiteral("Brightwave Ltd")},
              {QStringLiteral("Industry"), QStringLiteral("Technology")},
              {QStringLiteral("AnnualRevenue"), 1500000},
              {QStringLiteral("NumberOfEmployees"), 15}});
        make(QStringLiteral("A3"), QStringLiteral("Account"),
             {{QStringLiteral("Name"), QStringLiteral("Cobalt 100% Labs")}});
        make(QStringLiteral("A4"), QStringLiteral("Account"),
             {{QStringLiteral("Name"), QStringLiteral("o'brien_and_co")},
              {QStringLiteral("Industry"), QStringLiteral("Banking")}});

        make(QStringLiteral("C1"), QStringLiteral("Contact"),
             {{QStringLiteral("FirstName"), QStringLiteral("Ngozi")},
              {QStringLiteral("LastName"), QStringLiteral("Okafor")},
              {QStringLiteral("AccountId"), ids[QStringLiteral("A1")]},
              {QStringLiteral("Email"), QStringLiteral("n.okafor@northwind.example")}});
        make(QStringLiteral("C2"), QStringLiteral("Contact"),
             {{QStringLiteral("FirstName"), QStringLiteral("Ben")},
              {QStringLiteral("LastName"), QStringLiteral("Schmidt")},
              {QStringLiteral("AccountId"), ids[QStringLiteral("A1")]}});
        make(QStringLiteral("C3"), QStringLiteral("Contact"),
             {{QStringLiteral("FirstName"), QStringLiteral("Elif")},
              {QStringLiteral("LastName"), QStringLiteral("Yilmaz")},
              {QStringLiteral("AccountId"), ids[QStringLiteral("A2")]}});
        make(QStringLiteral("C4"), QStringLiteral("Contact"), {{QStringLiteral("LastName"), QStringLiteral("Quinn")}});

        struct Opp
        {
            const char *key;
            const char *name;
            const char *account;
            const char *stage;
            double amount;
            int closeOffset;
        };
        const Opp opps[] = {
            {"O1", "Northwind — Q1 renewal", "A1", "Prospecting", 18500, 10},
            {"O2", "Northwind — Expansion", "A1", "Closed Won", 50000, -5},
            {"O3", "Brightwave — Pilot", "A2", "Closed Lost", 12000, -40},
            {"O4", "Brightwave — Upgrade", "A2", "Negotiation/Review", -1, 0},
            {"O5", "Cobalt — Deal", "A3", "Closed Won", 7000, -400},
            {"O6", "Lonely deal", nullptr, "Qualification", 3000, 100},
        };
        for (const Opp &o : opps) {
            QJsonObject body {{QStringLiteral("Name"), QString::fromUtf8(o.name)},
                              {QStringLiteral("StageName"), QString::fromUtf8(o.stage)},
                              {QStringLiteral("CloseDate"), today.addDays(o.closeOffset).toString(Qt::ISODate)}};
            if (o.amount >= 0)
                body.insert(QStringLiteral("Amount"), o.amount);
            if (o.account)
                body.insert(QStringLiteral("AccountId"), ids[QString::fromLatin1(o.account)]);
            make(QString::fromLatin1(o.key), QStringLiteral("Opportunity"), body);
            closeDates << today.addDays(o.closeOffset);
        }
        make(QStringLiteral("L1"), QStringLiteral("Lead"),
             {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
              {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")}});
        make(QStringLiteral("L2"), QStringLiteral("Lead"),
             {{QStringLiteral("LastName"), QStringLiteral("Deleted")},
              {QStringLiteral("Company"), QStringLiteral("Gone Inc")}});
        QCOMPARE(store.remove(QStringLiteral("Lead"), ids[QStringLiteral("L2")]).httpStatus, 204);
        for (const QString &id : std::as_const(ids))
            QVERIFY(!id.isEmpty());
    }

    void shapesRecordsLikeSalesforce()
    {
        const QJsonObject r = run(QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name"));
        QCOMPARE(r.value(QStringLiteral("totalSize")).toInt(), 4);
        QCOMPARE(r.value(QStringLiteral("done")).toBool(), true);
        QVERIFY(!r.contains(QStringLiteral("nextRecordsUrl")));
        const QJsonArray recs = r.value(QStringLiteral("records")).toArray();
        QCOMPARE(recs.size(), 4);
        const QJsonObject first = recs.first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList {QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("attributes")}));
        QCOMPARE(first.value(QStringLiteral("Id")).toString(), ids[QStringLiteral("A2")]);
        const QJsonObject attrs = first.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("type")).toString(), QStringLiteral("Account"));
        QCOMPARE(attrs.value(QStringLiteral("url")).toString(),
                 QStringLiteral("/services/data/v60.0/sobjects/Account/") + ids[QStringLiteral("A2")]);
        // Text sorts case-insensitively: "o'brien…" after "Northwind…".
        QCOMPARE(column(QStringLiteral("select name from account order by name"), QStringLiteral("Name")),
                 (QStringList {QStringLiteral("Brightwave Ltd"), QStringLiteral("Cobalt 100% Labs"),
                               QStringLiteral("Northwind Traders"), QStringLiteral("o'brien_and_co")}));
    }

    void typesValuesAsTheWireReferenceSays()
    {
        const QJsonObject o = records(QStringLiteral("SELECT Amount, CloseDate, IsWon, Probability, CreatedDate, "
                                                     "AccountId FROM Opportunity WHERE Name = 'Northwind — Expansion'"))
                                  .first()
                                  .toObject();
        QCOMPARE(o.value(QStringLiteral("Amount")).toDouble(), 50000.0);
        QCOMPARE(o.value(QStringLiteral("CloseDate")).toString(), today.addDays(-5).toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("IsWon")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("IsWon")).isBool());
        QCOMPARE(o.value(QStringLiteral("Probability")).toDouble(), 100.0);
        QVERIFY(o.value(QStringLiteral("CreatedDate")).toString().endsWith(QLatin1String("+0000")));
        QCOMPARE(o.value(QStringLiteral("AccountId")).toString(), ids[QStringLiteral("A1")]);
        const QJsonObject a
            = records(QStringLiteral("SELECT NumberOfEmployees, Industry FROM Account WHERE Name = 'Cobalt 100% Labs'"))
                  .first()
                  .toObject();
        QVERIFY(a.value(QStringLiteral("NumberOfEmployees")).isNull());
        QVERIFY(a.value(QStringLiteral("Industry")).isNull());
    }

    void comparisonOperators_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<int>("expected");
        QTest::newRow("= ignores case") << QStringLiteral("SELECT Id FROM Account WHERE Name = 'northwind traders'")
                                        << 1;
        QTest::newRow("!= keeps nulls") << QStringLiteral("SELECT Id FROM Account WHERE Industry != 'Retail'") << 3;
        QTest::newRow("<> is !=") << QStringLiteral("SELECT Id FROM Account WHERE Industry <> 'Retail'") << 3;
        QTest::newRow("= null") << QStringLiteral("SELECT Id FROM Account WHERE Industry = null") << 1;
        QTest::newRow("!= null") << QStringLiteral("SELECT Id FROM Account WHERE Industry != NULL") << 3;
        QTest::newRow(">") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > 12000") << 2;
        QTest::newRow(">=") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount >= 12000") << 3;
        QTest::newRow("<") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount < 7000") << 1;
        QTest::newRow("<= skips null") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount <= 7000") << 2;
        QTest::newRow("decimal") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > 18499.5") << 2;
        QTest::newRow("int field") << QStringLiteral("SELECT Id FROM Account WHERE NumberOfEmployees >= 100") << 1;
        QTest::newRow("string <") << QStringLiteral("SELECT Id FROM Account WHERE Name < 'C'") << 1;
        QTest::newRow("boolean true") << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = true") << 2;
        QTest::newRow("boolean FALSE") << QStringLiteral("SELECT Id FROM Opportunity WHERE IsClosed = FALSE") << 3;
        QTest::newRow("boolean = null is false")
            << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = null") << 4;
        QTest::newRow("boolean != null is true")
            << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon != null") << 2;
        QTest::newRow("missing parent matches = null")
            << QStringLiteral("SELECT Id FROM Opportunity WHERE Account.Name = null") << 1;
        QTest::newRow("LIKE prefix, any case")
            << QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'north%'") << 1;
        QTest::newRow("LIKE escaped %") << QStringLiteral("SELECT Id FROM Account WHERE Name LIKE '%100\\%%'") << 1;
        QTest::newRow("LIKE escaped _") << QStringLiteral("SELECT Id FROM Account WHERE Name LIKE '%\\_and%'") << 1;
        QTest::newRow("LIKE _ wildcard") << QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'o_brien%'") << 1;
        QTest::newRow("LIKE no match for literal %")
            << QStringLiteral("SELECT Id FROM Account WHERE Name LIKE '%\\%'") << 0;
        QTest::newRow("quote escape") << QStringLiteral("SELECT Id FROM Account WHERE Name = 'O\\'Brien_and_co'") << 1;
        QTest::newRow("IN") << QStringLiteral(
            "SELECT Id FROM Opportunity WHERE StageName IN ('Closed Won', 'closed lost')")
                            << 3;
        QTest::newRow("NOT IN") << QStringLiteral(
            "SELECT Id FROM Opportunity WHERE StageName NOT IN ('Closed Won', 'Closed Lost')")
                                << 3;
        QTest::newRow("NOT IN keeps nulls")
            << QStringLiteral("SELECT Id FROM Account WHERE Industry NOT IN ('Retail')") << 3;
        QTest::newRow("IN with null") << QStringLiteral("SELECT Id FROM Account WHERE Industry IN ('Retail', null)")
                                      << 2;
        QTest::newRow("AND") << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = true AND Amount > 10000") << 1;
        QTest::newRow("OR") << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = true OR Amount < 5000") << 3;
        QTest::newRow("NOT LIKE") << QStringLiteral("SELECT Id FROM Opportunity WHERE (StageName = 'Closed Won' OR "
                                                    "Amount < 5000) AND (NOT Name LIKE 'Cobalt%')")
                                  << 2;
        QTest::newRow("NOT on null") << QStringLiteral("SELECT Id FROM Account WHERE NOT Industry = 'Retail'") << 3;
        QTest::newRow("parent path filter")
            << QStringLiteral("SELECT Id FROM Opportunity WHERE Account.Industry = 'Retail'") << 2;
        QTest::newRow("two-level path") << QStringLiteral(
            "SELECT Id FROM Opportunity WHERE Account.Owner.Username = 'admin@hilal-demo.example'")
                                        << 5;
        QTest::newRow("Id 15 chars") << QStringLiteral("SELECT Id FROM Account WHERE Id = '{A1_15}'") << 1;
        QTest::newRow("reference IN") << QStringLiteral(
            "SELECT Id FROM Opportunity WHERE AccountId IN ('{A1}', '{A2}')")
                                      << 4;
        QTest::newRow("semi-join") << QStringLiteral(
            "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true)")
                                   << 2;
        QTest::newRow("anti-join ignores null keys")
            << QStringLiteral("SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity)") << 1;
        QTest::newRow("semi-join on reference") << QStringLiteral(
            "SELECT Id FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE Industry = 'Retail')")
                                                << 2;
        QTest::newRow("alias") << QStringLiteral("SELECT a.Id FROM Account a WHERE a.Industry = 'Retail'") << 1;
        QTest::newRow("CALENDAR_YEAR in WHERE")
            << QStringLiteral("SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(CloseDate) = {YEAR}") << -1;
        QTest::newRow("USING SCOPE everything")
            << QStringLiteral("SELECT Id FROM Account USING SCOPE everything WHERE Industry = 'Retail'") << 1;
        QTest::newRow("WITH SECURITY_ENFORCED")
            << QStringLiteral("SELECT Id FROM Account WHERE Industry = 'Retail' WITH SECURITY_ENFORCED") << 1;
    }
    void comparisonOperators()
    {
        QFETCH(QString, soql);
        QFETCH(int, expected);
        if (soql.contains(QLatin1String("{YEAR}"))) {
            expected = 0;
            for (const QDate &d : std::as_const(closeDates))
                expected += d.year() == today.year() ? 1 : 0;
        }
        soql.replace(QLatin1String("{YEAR}"), QString::number(today.year()));
        soql.replace(QLatin1String("{A1_15}"), ids[QStringLiteral("A1")].left(15));
        soql.replace(QLatin1String("{A1}"), ids[QStringLiteral("A1")]);
        soql.replace(QLatin1String("{A2}"), ids[QStringLiteral("A2")]);
        QCOMPARE(count(soql), expected);
        QCOMPARE(records(soql).size(), expected);
    }

    void dateLiteralsOnDateFields()
    {
        // Expected counts come from the six CloseDates with independent, hand-written rules.
        const QDate weekStart = today.addDays(-(today.dayOfWeek() % 7));
        auto countWhere = [&](const std::function<bool(const QDate &)> &pred) {
            int n = 0;
            for (const QDate &d : std::as_const(closeDates))
                n += pred(d) ? 1 : 0;
            return n;
        };
        auto quarter = [](const QDate &d) { return d.year() * 4 + (d.month() - 1) / 3; };
        auto month = [](const QDate &d) { return d.year() * 12 + d.month() - 1; };
        const struct
        {
            const char *literal;
            std::function<bool(const QDate &)> pred;
        } cases[] = {
            {"TODAY", [&](const QDate &d) { return d == today; }},
            {"YESTERDAY", [&](const QDate &d) { return d == today.addDays(-1); }},
            {"LAST_N_DAYS:7", [&](const QDate &d) { return d >= today.addDays(-7) && d <= today; }},
            {"LAST_N_DAYS:30", [&](const QDate &d) { return d >= today.addDays(-30) && d <= today; }},
            {"LAST_90_DAYS", [&](const QDate &d) { return d >= today.addDays(-90) && d <= today; }},
            {"NEXT_N_DAYS:10", [&](const QDate &d) { return d > today && d <= today.addDays(10); }},
            {"NEXT_90_DAYS", [&](const QDate &d) { return d > today && d <= today.addDays(90); }},
            {"N_DAYS_AGO:5", [&](const QDate &d) { return d == today.addDays(-5); }},
            {"THIS_WEEK", [&](const QDate &d) { return d >= weekStart && d < weekStart.addDays(7); }},
            {"LAST_WEEK", [&](const QDate &d) { return d >= weekStart.addDays(-7) && d < weekStart; }},
            {"THIS_MONTH", [&](const QDate &d) { return month(d) == month(today); }},
            {"LAST_MONTH", [&](const QDate &d) { return month(d) == month(today) - 1; }},
            {"NEXT_N_MONTHS:4",
             [&](const QDate &d) { return month(d) > month(today) && month(d) <= month(today) + 4; }},
            {"LAST_N_MONTHS:2",
             [&](const QDate &d) { return month(d) >= month(today) - 2 && month(d) < month(today); }},
            {"THIS_QUARTER", [&](const QDate &d) { return quarter(d) == quarter(today); }},
            {"LAST_N_QUARTERS:5",
             [&](const QDate &d) { return quarter(d) >= quarter(today) - 5 && quarter(d) < quarter(today); }},
            {"THIS_YEAR", [&](const QDate &d) { return d.year() == today.year(); }},
            {"LAST_YEAR", [&](const QDate &d) { return d.year() == today.year() - 1; }},
            {"N_YEARS_AGO:1", [&](const QDate &d) { return d.year() == today.year() - 1; }},
            {"THIS_FISCAL_YEAR", [&](const QDate &d) { return d.year() == today.year(); }},
            {"THIS_FISCAL_QUARTER", [&](const QDate &d) { return quarter(d) == quarter(today); }},
        };
        for (const auto &c : cases) {
            const QString literal = QString::fromLatin1(c.literal);
            QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate = %1").arg(literal)),
                     countWhere(c.pred));
            // `!=` is the complement; `<` is before the range, `>=` from its start.
            QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate != %1").arg(literal)),
                     6 - countWhere(c.pred));
        }
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate < TODAY")), 3);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate <= TODAY")), 4);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate > TODAY")), 2);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate >= TODAY")), 3);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate > LAST_N_DAYS:7")), 2);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate IN (TODAY, N_DAYS_AGO:5)")), 2);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate = %1")
                           .arg(today.addDays(10).toString(Qt::ISODate))),
                 1);
    }

    void dateLiteralsOnDatetimeFields()
    {
        // Every record was created moments ago (unless the test straddles midnight UTC).
        if (QDateTime::currentDateTimeUtc().date() != today)
            QSKIP("crossed midnight UTC during the test");
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate = TODAY")), 6);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate = LAST_N_DAYS:1")), 6);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate < TODAY")), 0);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate > %1T00:00:00Z")
                           .arg(today.addDays(-1).toString(Qt::ISODate))),
                 6);
        // An offset in the literal counts: tomorrow 00:00 at -01:00 is tomorrow 01:00 UTC, after
        // everything created today; today 00:00 at +01:00 is yesterday 23:00 UTC, before all of it.
        // (Tomorrow 00:00 at +01:00, today 23:00 UTC, would depend on the hour the test runs.)
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate > %1T00:00:00-01:00")
                           .arg(today.addDays(1).toString(Qt::ISODate))),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate > %1T00:00:00+01:00")
                           .arg(today.toString(Qt::ISODate))),
                 6);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Opportunity WHERE DAY_ONLY(CreatedDate) = TODAY")), 6);
    }

    void typeMismatchesAreFilterOperatorErrors_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("quoted date") << QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate = '2025-01-01'")
                                     << QStringLiteral("value of filter criterion for field 'CloseDate' must be of "
                                                       "type date and should not be enclosed in quotes");
        QTest::newRow("date on datetime") << QStringLiteral("SELECT Id FROM Opportunity WHERE CreatedDate > 2025-01-01")
                                          << QStringLiteral("value of filter criterion for field 'CreatedDate' must be "
                                                            "of type dateTime and should not be enclosed in quotes");
        QTest::newRow("quoted number") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > '5'")
                                       << QStringLiteral("value of filter criterion for field 'Amount' must be of type "
                                                         "double and should not be enclosed in quotes");
        QTest::newRow("quoted boolean") << QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = 'true'")
                                        << QStringLiteral("value of filter criterion for field 'IsWon' must be of type "
                                                          "boolean and should not be enclosed in quotes");
        QTest::newRow("number on text") << QStringLiteral("SELECT Id FROM Account WHERE Name = 5")
                                        << QStringLiteral("value of filter criterion for field 'Name' must be of type "
                                                          "string and should be enclosed in quotes");
        QTest::newRow("bad id") << QStringLiteral("SELECT Id FROM Account WHERE Id = '001xyz'")
                                << QStringLiteral("invalid ID field: 001xyz");
        QTest::newRow("date literal on text") << QStringLiteral("SELECT Id FROM Account WHERE Name = TODAY")
                                              << QStringLiteral("value of filter criterion for field 'Name' must be of "
                                                                "type string and should be enclosed in quotes");
        QTest::newRow("LIKE on number") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount LIKE '1%'")
                                        << QStringLiteral(
                                               "invalid operator on field 'Amount': LIKE only works on text fields");
        QTest::newRow("INCLUDES on picklist")
            << QStringLiteral("SELECT Id FROM Account WHERE Industry INCLUDES ('Retail')")
            << QStringLiteral("INCLUDES operator is only valid on multi-select picklist fields; 'Industry' is not one");
        QTest::newRow("EXCLUDES on text")
            << QStringLiteral("SELECT Id FROM Account WHERE Name EXCLUDES ('a;b')")
            << QStringLiteral("EXCLUDES operator is only valid on multi-select picklist fields; 'Name' is not one");
    }
    void typeMismatchesAreFilterOperatorErrors()
    {
        QFETCH(QString, soql);
        QFETCH(QString, explanation);
        const SfError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"));
        QVERIFY2(e.message.endsWith(QLatin1Char('\n') + explanation), qPrintable(e.message));
        QVERIFY(e.message.startsWith(QLatin1Char('\n') + soql + QLatin1Char('\n')));
    }

    void errorsUseSalesforcesLayout()
    {
        SfError e = error(QStringLiteral("SELECT Id FROM Acount"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_TYPE"));
        QVERIFY2(e.message.startsWith(QStringLiteral("\nSELECT Id FROM Acount\n               ^\nERROR at "
                                                     "Row:1:Column:16\nsObject type 'Acount' is not supported.")),
                 qPrintable(e.message));
        QVERIFY(!e.hasFields);

        e = error(QStringLiteral("SELECT Id, Nmae FROM Account"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QVERIFY2(e.message.startsWith(QStringLiteral("\nSELECT Id, Nmae FROM Account\n           ^\nERROR at "
                                                     "Row:1:Column:12\nNo such column 'Nmae' on entity 'Account'.")),
                 qPrintable(e.message));

        e = error(QStringLiteral("SELECT Id FROM Opportunity\nWHERE Acount.Name = 'x'"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QVERIFY2(e.message.startsWith(QStringLiteral("\nWHERE Acount.Name = 'x'\n      ^\nERROR at "
                                                     "Row:2:Column:7\nDidn't understand relationship 'Acount'")),
                 qPrintable(e.message));

        e = error(QStringLiteral("SELECT Id FORM Account"));
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));
        QVERIFY2(e.message.startsWith(QStringLiteral("\nSELECT Id FORM Account\n")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("ERROR at Row:1:Column:")), qPrintable(e.message));

        e = error(QStringLiteral("SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'"));
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));

        e = error(QStringLiteral("SELECT Id FROM Account LIMIT 10 OFFSET 2001"));
        QCOMPARE(e.errorCode, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"));
        QVERIFY(e.message.endsWith(QLatin1String("\nMaximum SOQL offset allowed is 2000")));

        e = error(QStringLiteral("SELECT Name, (SELECT LastName FROM Contactz) FROM Account"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_TYPE"));
        QVERIFY(
            e.message.contains(QLatin1String("Didn't understand relationship 'Contactz' in FROM part of query call.")));
    }

    void refusesWhatItCannotAnswerExactly_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::newRow("TYPEOF") << QStringLiteral("SELECT TYPEOF Owner WHEN User THEN Name END FROM Account")
                                << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("ROLLUP") << QStringLiteral(
            "SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY ROLLUP(StageName)")
                                << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("FORMAT") << QStringLiteral("SELECT FORMAT(Amount) FROM Opportunity")
                                << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("USING SCOPE mine")
            << QStringLiteral("SELECT Id FROM Account USING SCOPE mine") << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("semi-join under OR")
            << QStringLiteral("SELECT Id FROM Account WHERE Name = 'x' OR Id IN (SELECT AccountId FROM Opportunity)")
            << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("semi-join two fields")
            << QStringLiteral("SELECT Id FROM Account WHERE Id IN (SELECT AccountId, Name FROM Opportunity)")
            << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("not grouped") << QStringLiteral("SELECT Name, COUNT(Id) FROM Opportunity GROUP BY StageName")
                                     << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("aggregate in WHERE") << QStringLiteral("SELECT COUNT(Id) FROM Opportunity WHERE COUNT(Id) > 1")
                                            << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("SUM of text") << QStringLiteral("SELECT SUM(Name) FROM Opportunity")
                                     << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("alias on plain field")
            << QStringLiteral("SELECT Name n FROM Account") << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("duplicate field") << QStringLiteral("SELECT Name, name FROM Account")
                                         << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("FIELDS(ALL) without LIMIT")
            << QStringLiteral("SELECT FIELDS(ALL) FROM Account") << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("sort long text") << QStringLiteral("SELECT Id FROM Account ORDER BY Description")
                                        << QStringLiteral("INVALID_FIELD");
        QTest::newRow("filter long text")
            << QStringLiteral("SELECT Id FROM Account WHERE Description = 'x'") << QStringLiteral("INVALID_FIELD");
        QTest::newRow("group by currency")
            << QStringLiteral("SELECT Amount, COUNT(Id) FROM Opportunity GROUP BY Amount")
            << QStringLiteral("INVALID_FIELD");
        QTest::newRow("bind variable") << QStringLiteral("SELECT Id FROM Account WHERE Name = :name")
                                       << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("COUNT() with GROUP BY") << QStringLiteral("SELECT COUNT() FROM Opportunity GROUP BY StageName")
                                               << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("legacy FROM aliases")
            << QStringLiteral("SELECT Id FROM Contact c, c.Account a") << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("nested child subquery") << QStringLiteral(
            "SELECT Name, (SELECT LastName, (SELECT Role FROM OpportunityContactRoles) FROM Contacts) FROM Account")
                                               << QStringLiteral("MALFORMED_QUERY");
        QTest::newRow("semicolon") << QStringLiteral("SELECT Id FROM Account;") << QStringLiteral("MALFORMED_QUERY");
    }
    void refusesWhatItCannotAnswerExactly()
    {
        QFETCH(QString, soql);
        QFETCH(QString, code);
        const SfError e = error(soql);
        QCOMPARE(e.errorCode, code);
        QVERIFY(e.message.contains(QLatin1String("ERROR at Row:1:Column:")));
    }

    void parentPathsNestWithAttributesAndNullLookups()
    {
        const QJsonArray recs
            = records(QStringLiteral("SELECT Name, Account.Name, Account.Owner.Name FROM Opportunity "
                                     "WHERE Name IN ('Lonely deal', 'Northwind — Q1 renewal') ORDER BY Name"));
        QCOMPARE(recs.size(), 2);
        const QJsonObject lonely = recs.at(0).toObject();
        QCOMPARE(lonely.value(QStringLiteral("Name")).toString(), QStringLiteral("Lonely deal"));
        QVERIFY(lonely.contains(QStringLiteral("Account")));
        QVERIFY(lonely.value(QStringLiteral("Account")).isNull());
        const QJsonObject nw = recs.at(1).toObject();
        const QJsonObject account = nw.value(QStringLiteral("Account")).toObject();
        QCOMPARE(account.value(QStringLiteral("Name")).toString(), QStringLiteral("Northwind Traders"));
        QCOMPARE(account.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Account"));
        QCOMPARE(account.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("/services/data/v60.0/sobjects/Account/") + ids[QStringLiteral("A1")]);
        const QJsonObject owner = account.value(QStringLiteral("Owner")).toObject();
        QCOMPARE(owner.value(QStringLiteral("Name")).toString(), QStringLiteral("Dana Admin"));
        QCOMPARE(owner.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("User"));
        QCOMPARE(account.keys(),
                 (QStringList {QStringLiteral("Name"), QStringLiteral("Owner"), QStringLiteral("attributes")}));
    }

    void ordersWithNullsFirstByDefault()
    {
        const QString null = QStringLiteral("<null>");
        QCOMPARE(column(QStringLiteral("SELECT Amount FROM Opportunity ORDER BY Amount"), QStringLiteral("Amount")),
                 (QStringList {null, QStringLiteral("3000"), QStringLiteral("7000"), QStringLiteral("12000"),
                               QStringLiteral("18500"), QStringLiteral("50000")}));
        QCOMPARE(
            column(QStringLiteral("SELECT Amount FROM Opportunity ORDER BY Amount DESC"), QStringLiteral("Amount")),
            (QStringList {null, QStringLiteral("50000"), QStringLiteral("18500"), QStringLiteral("12000"),
                          QStringLiteral("7000"), QStringLiteral("3000")}));
        QCOMPARE(column(QStringLiteral("SELECT Amount FROM Opportunity ORDER BY Amount DESC NULLS LAST"),
                        QStringLiteral("Amount")),
                 (QStringList {QStringLiteral("50000"), QStringLiteral("18500"), QStringLiteral("12000"),
                               QStringLiteral("7000"), QStringLiteral("3000"), null}));
        QCOMPARE(
            column(QStringLiteral("SELECT Amount FROM Opportunity ORDER BY Amount ASC NULLS LAST LIMIT 2 OFFSET 1"),
                   QStringLiteral("Amount")),
            (QStringList {QStringLiteral("7000"), QStringLiteral("12000")}));
        QCOMPARE(
            count(QStringLiteral("SELECT Amount FROM Opportunity ORDER BY Amount ASC NULLS LAST LIMIT 2 OFFSET 1")), 2);
        // Ordering by a parent field (nulls first: the opportunity without account).
        QCOMPARE(column(QStringLiteral("SELECT Name FROM Opportunity ORDER BY Account.Name, Amount DESC NULLS FIRST"),
                        QStringLiteral("Name"))
                     .first(),
                 QStringLiteral("Lonely deal"));
        QCOMPARE(column(QStringLiteral("SELECT Name FROM Opportunity ORDER BY Account.Name, Amount DESC NULLS FIRST"),
                        QStringLiteral("Name"))
                     .at(1),
                 QStringLiteral("Brightwave — Upgrade"));
    }

    void countOnlyAnswersInTotalSize()
    {
        const QJsonObject r = run(QStringLiteral("SELECT COUNT() FROM Opportunity WHERE IsClosed = true"));
        QCOMPARE(r.value(QStringLiteral("totalSize")).toInt(), 3);
        QCOMPARE(r.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(r.value(QStringLiteral("records")).toArray().size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Opportunity LIMIT 2")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count() FROM Lead")), 1);
    }

    void aggregatesProduceAggregateResultRows()
    {
        const QJsonArray rows = records(QStringLiteral(
            "SELECT StageName, COUNT(Id), SUM(Amount) total FROM Opportunity GROUP BY StageName ORDER BY StageName"));
        QCOMPARE(rows.size(), 5);
        const QJsonObject won = rows.at(1).toObject();
        QCOMPARE(won.value(QStringLiteral("attributes")).toObject(),
                 (QJsonObject {{QStringLiteral("type"), QStringLiteral("AggregateResult")}}));
        QCOMPARE(won.value(QStringLiteral("StageName")).toString(), QStringLiteral("Closed Won"));
        QCOMPARE(won.value(QStringLiteral("expr0")).toInt(), 2);
        QCOMPARE(won.value(QStringLiteral("total")).toDouble(), 57000.0);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("StageName")).toString(), QStringLiteral("Closed Lost"));
        QVERIFY(rows.at(2).toObject().value(QStringLiteral("total")).isNull()); // Negotiation/Review: no amount

        const QJsonArray having = records(
            QStringLiteral("SELECT StageName, COUNT(Id) n FROM Opportunity GROUP BY StageName HAVING COUNT(Id) > 1"));
        QCOMPARE(having.size(), 1);
        QCOMPARE(having.first().toObject().value(QStringLiteral("n")).toInt(), 2);

        const QJsonObject totals = records(QStringLiteral("SELECT COUNT(Id), MAX(Amount), MIN(CloseDate), AVG(Amount), "
                                                          "COUNT_DISTINCT(AccountId), COUNT(Amount) FROM Opportunity"))
                                       .first()
                                       .toObject();
        QCOMPARE(totals.value(QStringLiteral("expr0")).toInt(), 6);
        QCOMPARE(totals.value(QStringLiteral("expr1")).toDouble(), 50000.0);
        QCOMPARE(totals.value(QStringLiteral("expr2")).toString(), today.addDays(-400).toString(Qt::ISODate));
        QCOMPARE(totals.value(QStringLiteral("expr3")).toDouble(), 18100.0);
        QCOMPARE(totals.value(QStringLiteral("expr4")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("expr5")).toInt(), 5);

        // Group-by on a parent path keys the column by its last segment.
        const QJsonArray byAccount
            = records(QStringLiteral("SELECT Account.Name, COUNT(Id) FROM Opportunity WHERE AccountId != null GROUP BY "
                                     "Account.Name ORDER BY COUNT(Id) DESC, Account.Name"));
        QCOMPARE(byAccount.size(), 3);
        QCOMPARE(byAccount.first().toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("Brightwave Ltd"));
        QCOMPARE(byAccount.first().toObject().value(QStringLiteral("expr0")).toInt(), 2);

        // Date functions group and name like any other expression.
        QHash<int, int> perYear;
        for (const QDate &d : std::as_const(closeDates))
            ++perYear[d.year()];
        const QJsonArray years
            = records(QStringLiteral("SELECT CALENDAR_YEAR(CloseDate) y, COUNT(Id) FROM Opportunity GROUP BY "
                                     "CALENDAR_YEAR(CloseDate) ORDER BY CALENDAR_YEAR(CloseDate)"));
        QCOMPARE(years.size(), perYear.size());
        for (const QJsonValue &v : years)
            QCOMPARE(v.toObject().value(QStringLiteral("expr0")).toInt(),
                     perYear.value(v.toObject().value(QStringLiteral("y")).toInt()));

        QCOMPARE(count(QStringLiteral("SELECT StageName FROM Opportunity GROUP BY StageName")), 5);
    }

    void childSubqueriesEmbedResultsOrNull()
    {
        const QJsonArray recs = records(QStringLiteral(
            "SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account ORDER BY Name"));
        QCOMPARE(recs.size(), 4);
        const QJsonObject brightwave = recs.at(0).toObject();
        const QJsonObject contacts = brightwave.value(QStringLiteral("Contacts")).toObject();
        QCOMPARE(contacts.value(QStringLiteral("totalSize")).toInt(), 1);
        QCOMPARE(contacts.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(contacts.value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("LastName"))
                     .toString(),
                 QStringLiteral("Yilmaz"));
        QCOMPARE(contacts.value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("Contact"));
        QVERIFY(recs.at(1).toObject().contains(QStringLiteral("Contacts")));
        QVERIFY(recs.at(1).toObject().value(QStringLiteral("Contacts")).isNull());
        const QJsonArray northwind = recs.at(2)
                                         .toObject()
                                         .value(QStringLiteral("Contacts"))
                                         .toObject()
                                         .value(QStringLiteral("records"))
                                         .toArray();
        QCOMPARE(northwind.size(), 2);
        QCOMPARE(northwind.at(0).toObject().value(QStringLiteral("LastName")).toString(), QStringLiteral("Okafor"));
        QCOMPARE(northwind.at(1).toObject().value(QStringLiteral("LastName")).toString(), QStringLiteral("Schmidt"));

        const QJsonArray limited = records(QStringLiteral(
            "SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName DESC LIMIT 1), "
            "(SELECT Name, Amount FROM Opportunities WHERE IsWon = true) FROM Account WHERE Name LIKE 'North%'"));
        QCOMPARE(limited.size(), 1);
        const QJsonObject nw = limited.first().toObject();
        QCOMPARE(nw.value(QStringLiteral("Contacts")).toObject().value(QStringLiteral("records")).toArray().size(), 1);
        QCOMPARE(nw.value(QStringLiteral("Contacts"))
                     .toObject()
                     .value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("LastName"))
                     .toString(),
                 QStringLiteral("Schmidt"));
        const QJsonArray won
            = nw.value(QStringLiteral("Opportunities")).toObject().value(QStringLiteral("records")).toArray();
        QCOMPARE(won.size(), 1);
        QCOMPARE(won.first().toObject().value(QStringLiteral("Amount")).toDouble(), 50000.0);
    }

    void queryAllSeesDeletedRows()
    {
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Lead")), 1);
        const QJsonObject all = run(QStringLiteral("SELECT Id, IsDeleted FROM Lead ORDER BY LastName"), 0, true);
        QCOMPARE(all.value(QStringLiteral("totalSize")).toInt(), 2);
        QCOMPARE(all.value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("IsDeleted"))
                     .toBool(),
                 true);
        QCOMPARE(run(QStringLiteral("SELECT COUNT() FROM Lead WHERE IsDeleted = true"), 0, true)
                     .value(QStringLiteral("totalSize"))
                     .toInt(),
                 1);
        // queryAll has no deleted-row filter: statements without WHERE must still be valid SQL.
        QCOMPARE(run(QStringLiteral("SELECT Status, COUNT(Id) FROM Lead GROUP BY Status"), 0, true)
                     .value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("expr0"))
                     .toInt(),
                 2);
        QCOMPARE(run(QStringLiteral("SELECT COUNT() FROM Lead"), 0, true).value(QStringLiteral("totalSize")).toInt(),
                 2);
    }

    void reservedObjectsAnswerQueries()
    {
        const QJsonArray stages = records(QStringLiteral("SELECT ApiName, IsClosed, IsWon, DefaultProbability FROM "
                                                         "OpportunityStage WHERE IsActive = true ORDER BY SortOrder"));
        QCOMPARE(stages.size(), 10);
        QCOMPARE(stages.at(8).toObject().value(QStringLiteral("ApiName")).toString(), QStringLiteral("Closed Won"));
        QCOMPARE(stages.at(8).toObject().value(QStringLiteral("IsWon")).toBool(), true);
        QCOMPARE(count(QStringLiteral("SELECT Id, IsSandbox FROM Organization")), 1);
        QCOMPARE(
            column(QStringLiteral("SELECT ApiName FROM LeadStatus WHERE IsDefault = true"), QStringLiteral("ApiName")),
            QStringList {QStringLiteral("Open - Not Contacted")});
    }

    void fieldsFunctionSelectsEveryField()
    {
        const QJsonObject a
            = records(QStringLiteral("SELECT FIELDS(ALL) FROM Account WHERE Name = 'Brightwave Ltd' LIMIT 200"))
                  .first()
                  .toObject();
        QVERIFY(a.contains(QStringLiteral("BillingCity")));
        QCOMPARE(a.value(QStringLiteral("Industry")).toString(), QStringLiteral("Technology"));
        QVERIFY(records(QStringLiteral("SELECT FIELDS(STANDARD) FROM Account"))
                    .first()
                    .toObject()
                    .contains(QStringLiteral("OwnerId")));
    }

    // Every one-token deletion and one-token duplication of a set of valid queries must answer
    // 200 or a Salesforce-shaped 400: never a crash, never a 500 (which would mean the executor
    // produced SQL that SQLite refused).
    void mutatedQueriesNeverCrashOrFailInternally()
    {
        const QStringList seeds {
            QStringLiteral("SELECT Id, Name, Account.Name, Account.Owner.Name FROM Opportunity WHERE Amount > 100 AND "
                           "CloseDate = LAST_N_DAYS:30 ORDER BY Amount DESC NULLS LAST LIMIT 10 OFFSET 1"),
            QStringLiteral("SELECT StageName, COUNT(Id) n, SUM(Amount) FROM Opportunity WHERE IsClosed = false GROUP "
                           "BY StageName HAVING COUNT(Id) > 0 ORDER BY StageName"),
            QStringLiteral("SELECT Name, (SELECT LastName FROM Contacts WHERE Email != null ORDER BY LastName LIMIT 2) "
                           "FROM Account WHERE Industry IN ('Retail', 'Banking')"),
            QStringLiteral("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE StageName LIKE "
                           "'Closed%') AND (NOT Name LIKE 'x\\_%')"),
            QStringLiteral("SELECT CALENDAR_YEAR(CloseDate), FISCAL_QUARTER(CloseDate) q, MAX(Amount) FROM Opportunity "
                           "GROUP BY CALENDAR_YEAR(CloseDate), FISCAL_QUARTER(CloseDate)"),
            QStringLiteral("SELECT COUNT() FROM Lead WHERE CreatedDate >= 2020-01-01T00:00:00Z AND Status NOT IN "
                           "('Closed - Converted')"),
            QStringLiteral(
                "SELECT Id FROM Contact WHERE AccountId != null AND Account.Industry = 'Retail' OR LastName = 'x'"),
        };
        int answered = 0;
        for (const QString &seed : seeds) {
            const QStringList tokens = seed.split(QLatin1Char(' '));
            QStringList variants {seed};
            for (int i = 0; i < tokens.size(); ++i) {
                QStringList dropped = tokens;
                dropped.removeAt(i);
                variants << dropped.join(QLatin1Char(' '));
                QStringList doubled = tokens;
                doubled.insert(i, tokens.at(i));
                variants << doubled.join(QLatin1Char(' '));
            }
            for (const QString &soql : std::as_const(variants)) {
                const QueryResult r = store.query(soql, answered % 2 == 0, 0, QStringLiteral("60.0"));
                QVERIFY2(r.httpStatus == 200 || r.httpStatus == 400,
                         qPrintable(soql + QStringLiteral(" → ") + QString::number(r.httpStatus) + QLatin1Char(' ')
                                    + (r.errors.isEmpty() ? QString() : r.errors.first().message)));
                QCOMPARE(r.ok(), r.httpStatus == 200);
                if (!r.ok())
                    QVERIFY2(r.errors.first().message.contains(QLatin1String("ERROR at Row:")), qPrintable(soql));
                answered += r.ok() ? 1 : 0;
            }
        }
        QVERIFY(answered > 10);
    }

    void explainCountsTheRealMatches()
    {
        const QueryResult r = store.explain(QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > 5000"));
        QCOMPARE(r.httpStatus, 200);
        const QJsonObject plan = r.body.toObject().value(QStringLiteral("plans")).toArray().first().toObject();
        QCOMPARE(plan.value(QStringLiteral("cardinality")).toInt(), 4);
        QCOMPARE(plan.value(QStringLiteral("sobjectCardinality")).toInt(), 6);
        QCOMPARE(plan.value(QStringLiteral("sobjectType")).toString(), QStringLiteral("Opportunity"));
        QCOMPARE(plan.value(QStringLiteral("leadingOperationType")).toString(), QStringLiteral("TableScan"));
        QVERIFY(plan.contains(QStringLiteral("relativeCost")));
        QVERIFY(plan.value(QStringLiteral("fields")).isArray());
        const QueryResult bad = store.explain(QStringLiteral("SELECT Id FROM Nope"));
        QCOMPARE(bad.httpStatus, 400);
        QCOMPARE(bad.errors.first().errorCode, QStringLiteral("INVALID_TYPE"));
    }
};

QTEST_GUILESS_MAIN(TestSoqlExecutor)
#include "tst_soql_executor.moc"
