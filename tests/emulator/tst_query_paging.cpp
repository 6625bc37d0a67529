#include "emulator/store/org_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hilal::emulator;

// queryMore over thousands of rows: pages, locators, batch sizes, expiry.
class TestQueryPaging : public QObject
{
    Q_OBJECT

private:
    OrgStore store;

    static QString locatorOf(const QJsonObject &page)
    {
        return page.value(QStringLiteral("nextRecordsUrl")).toString().section(QLatin1Char('/'), -1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open(QString()));
        SeedOptions o;
        o.opportunities = 12000;
        QVERIFY(store.seed(o));
    }

    void pagesThroughEveryRowInOrder()
    {
        const QString soql = QStringLiteral("SELECT Id, Amount FROM Opportunity ORDER BY Amount DESC NULLS LAST, Id");
        QueryResult r = store.query(soql, false, 0, QStringLiteral("60.0"));
        QVERIFY(r.ok());
        QJsonObject page = r.body.toObject();
        QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 12000);
        QCOMPARE(page.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 2000);
        static const QRegularExpression url(QStringLiteral(R"(^/services/data/v60\.0/query/0r8[0-9A-Za-z]{15}-2000$)"));
        QVERIFY2(url.match(page.value(QStringLiteral("nextRecordsUrl")).toString()).hasMatch(),
                 qPrintable(page.value(QStringLiteral("nextRecordsUrl")).toString()));

        QSet<QString> ids;
        double previous = 1e300;
        bool sawNull = false;
        int pages = 0;
        while (true) {
            ++pages;
            QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 12000);
            for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray()) {
                const QJsonObject rec = v.toObject();
                ids.insert(rec.value(QStringLiteral("Id")).toString());
                if (rec.value(QStringLiteral("Amount")).isNull()) {
                    sawNull = true;
                } else {
                    QVERIFY(!sawNull); // NULLS LAST
                    QVERIFY(rec.value(QStringLiteral("Amount")).toDouble() <= previous);
                    previous = rec.value(QStringLiteral("Amount")).toDouble();
                }
            }
            if (page.value(QStringLiteral("done")).toBool()) {
                QVERIFY(!page.contains(QStringLiteral("nextRecordsUrl")));
                break;
            }
            r = store.queryMore(locatorOf(page), QStringLiteral("60.0"));
            QVERIFY(r.ok());
            page = r.body.toObject();
        }
        QCOMPARE(pages, 6);
        QCOMPARE(ids.size(), 12000);
        QVERIFY(sawNull);
    }

    void honoursBatchSizeWithinLimits()
    {
        QJsonObject page = store.query(QStringLiteral("SELECT Id FROM Opportunity"), false, 500, QStringLiteral("60.0"))
                               .body.toObject();
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 500);
        QVERIFY(page.value(QStringLiteral("nextRecordsUrl")).toString().endsWith(QLatin1String("-500")));
        page = store.queryMore(locatorOf(page), QStringLiteral("61.0")).body.toObject();
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 500);
        QVERIFY(page.value(QStringLiteral("nextRecordsUrl"))
                    .toString()
                    .startsWith(QLatin1String("/services/data/v61.0/query/")));
        QVERIFY(page.value(QStringLiteral("nextRecordsUrl")).toString().endsWith(QLatin1String("-1000")));

        page = store.query(QStringLiteral("SELECT Id FROM Opportunity"), false, 50, QStringLiteral("60.0"))
                   .body.toObject();
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 200);
        page = store.query(QStringLiteral("SELECT Id FROM Opportunity"), false, 5000, QStringLiteral("60.0"))
                   .body.toObject();
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 2000);
    }

    void limitCapsTheWholeResult()
    {
        QJsonObject page = store
                               .query(QStringLiteral("SELECT Id FROM Opportunity ORDER BY Name LIMIT 2500"), false, 0,
                                      QStringLiteral("60.0"))
                               .body.toObject();
        QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 2500);
        page = store.queryMore(locatorOf(page), QStringLiteral("60.0")).body.toObject();
        QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 500);
        QCOMPARE(page.value(QStringLiteral("done")).toBool(), true);
    }

    void childSubqueriesPageWithTheirParents()
    {
        QJsonObject page = store
                               .query(QStringLiteral("SELECT Name, (SELECT LastName FROM Contacts) FROM Account"),
                                      false, 200, QStringLiteral("60.0"))
                               .body.toObject();
        QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 3000);
        page = store.queryMore(locatorOf(page), QStringLiteral("60.0")).body.toObject();
        int withContacts = 0;
        for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray()) {
            const QJsonValue c = v.toObject().value(QStringLiteral("Contacts"));
            if (c.isObject()) {
                ++withContacts;
                QCOMPARE(c.toObject().value(QStringLiteral("totalSize")).toInt(),
                         c.toObject().value(QStringLiteral("records")).toArray().size());
            }
        }
        QVERIFY(withContacts > 100); // every account got a first contact
    }

    void aggregateResultsDoNotPage()
    {
        const QueryResult r = store.query(QStringLiteral("SELECT Name, COUNT(Id) FROM Opportunity GROUP BY Name"),
                                          false, 0, QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(
            r.errors.first().message,
            QStringLiteral(
                "Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch"));
        const QueryResult limited
            = store.query(QStringLiteral("SELECT Name, COUNT(Id) FROM Opportunity GROUP BY Name LIMIT 10"), false, 0,
                          QStringLiteral("60.0"));
        QCOMPARE(limited.body.toObject().value(QStringLiteral("records")).toArray().size(), 10);
    }

    void explainPrefersAnIndexForSelectiveLookups()
    {
        const QJsonObject first
            = store.query(QStringLiteral("SELECT AccountId FROM Opportunity LIMIT 1"), false, 0, QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("records"))
                  .toArray()
                  .first()
                  .toObject();
        const QString accountId = first.value(QStringLiteral("AccountId")).toString();
        const qint64 expected
            = store
                  .query(QStringLiteral("SELECT COUNT() FROM Opportunity WHERE AccountId = '%1'").arg(accountId), false,
                         0, QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("totalSize"))
                  .toInt();
        QVERIFY(expected >= 1);
        QJsonObject plan
            = store.explain(QStringLiteral("SELECT Id FROM Opportunity WHERE AccountId = '%1'").arg(accountId))
                  .body.toObject()
                  .value(QStringLiteral("plans"))
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(plan.value(QStringLiteral("cardinality")).toInt(), expected);
        QCOMPARE(plan.value(QStringLiteral("sobjectCardinality")).toInt(), 12000);
        QCOMPARE(plan.value(QStringLiteral("leadingOperationType")).toString(), QStringLiteral("Index"));
        QCOMPARE(plan.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("AccountId")});
        QVERIFY(plan.value(QStringLiteral("relativeCost")).toDouble() < 1.0);

        plan = store.explain(QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > 0"))
                   .body.toObject()
                   .value(QStringLiteral("plans"))
                   .toArray()
                   .first()
                   .toObject();
        QCOMPARE(plan.value(QStringLiteral("leadingOperationType")).toString(), QStringLiteral("TableScan"));
        QCOMPARE(plan.value(QStringLiteral("cardinality")).toInt(),
                 store
                     .query(QStringLiteral("SELECT COUNT() FROM Opportunity WHERE Amount > 0"), false, 0,
                            QStringLiteral("60.0"))
                     .body.toObject()
                     .value(QStringLiteral("totalSize"))
                     .toInt());
    }

    void unknownAndExpiredLocatorsAreRefused()
    {
        QueryResult r = store.queryMore(QStringLiteral("0r85g0000000000AAA-2000"), QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.errors.first().errorCode, QStringLiteral("INVALID_QUERY_LOCATOR"));
        QCOMPARE(r.errors.first().message, QStringLiteral("invalid query locator"));
        QCOMPARE(store.queryMore(QStringLiteral("garbage"), QStringLiteral("60.0")).errors.first().errorCode,
                 QStringLiteral("INVALID_QUERY_LOCATOR"));

        const QJsonObject page
            = store.query(QStringLiteral("SELECT Id FROM Lead"), false, 0, QStringLiteral("60.0")).body.toObject();
        const QString locator = locatorOf(page);
        QVERIFY(store.queryMore(locator, QStringLiteral("60.0")).ok());
        store.ageLocatorsForTesting(14 * 60);
        QVERIFY(store.queryMore(locator, QStringLiteral("60.0")).ok()); // using it resets the idle clock
        store.ageLocatorsForTesting(16 * 60);
        r = store.queryMore(locator, QStringLiteral("60.0"));
        QCOMPARE(r.errors.first().errorCode, QStringLiteral("INVALID_QUERY_LOCATOR"));
    }
};

QTEST_GUILESS_MAIN(TestQueryPaging)
#include "tst_query_paging.moc"
