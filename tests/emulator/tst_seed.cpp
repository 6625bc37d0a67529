#include "emulator/store/id_generator.h"
#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace hilal::emulator;

namespace {

QJsonArray allRows(OrgStore &store, const QString &soql)
{
    QJsonArray out;
    QueryResult r = store.query(soql, false, 2000, QStringLiteral("60.0"));
    while (r.ok()) {
        const QJsonObject body = r.body.toObject();
        for (const QJsonValue &v : body.value(QStringLiteral("records")).toArray())
            out.append(v);
        if (body.value(QStringLiteral("done")).toBool())
            break;
        r = store.queryMore(body.value(QStringLiteral("nextRecordsUrl")).toString().section(QLatin1Char('/'), -1),
                            QStringLiteral("60.0"));
    }
    return out;
}

} // namespace

class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesTheSameOrg()
    {
        OrgStore a, b, c;
        SeedOptions o;
        o.seed = 1234;
        o.opportunities = 400;
        QVERIFY(a.open(QString()) && b.open(QString()) && c.open(QString()));
        a.setTodayForTesting(QDate(2026, 6, 15));
        b.setTodayForTesting(QDate(2026, 6, 15));
        c.setTodayForTesting(QDate(2026, 6, 15));
        QVERIFY(a.seed(o));
        QVERIFY(b.seed(o));
        o.seed = 99;
        QVERIFY(c.seed(o));
        const QString soql = QStringLiteral(
            "SELECT Id, Name, StageName, Amount, CloseDate, Account.Name FROM Opportunity ORDER BY Id");
        const QJsonArray ra = allRows(a, soql);
        QCOMPARE(ra.size(), 400);
        QCOMPARE(ra, allRows(b, soql));
        QVERIFY(ra != allRows(c, soql));
        const QString leads = QStringLiteral("SELECT Id, Name, Company, Email, Status FROM Lead ORDER BY Id");
        QCOMPARE(allRows(a, leads), allRows(b, leads));
        QCOMPARE(a.organization().id, b.organization().id);
    }

    void dataIsPlausibleAndConsistent()
    {
        OrgStore store;
        QVERIFY(store.open(QString()));
        SeedOptions o;
        o.opportunities = 2000;
        QVERIFY(store.seed(o));
        const QDate today = store.today();
        QCOMPARE(store.recordCount(QStringLiteral("Opportunity")), 2000);
        QCOMPARE(store.recordCount(QStringLiteral("Account")), 500);
        QCOMPARE(store.recordCount(QStringLiteral("Contact")), 1000);
        QCOMPARE(store.recordCount(QStringLiteral("Lead")), 1000);
        QVERIFY(store.recordCount(QStringLiteral("OpportunityContactRole")) > 500);

        QSet<QString> stages;
        int won = 0, open = 0;
        QSet<QString> seenIds;
        for (const QJsonValue &v : allRows(store,
                                           QStringLiteral("SELECT Id, StageName, IsWon, IsClosed, Probability, Amount, "
                                                          "CloseDate, AccountId, OwnerId, Name FROM Opportunity"))) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("Id")).toString();
            QCOMPARE(IdGenerator::normalize(id), id);
            QVERIFY(id.startsWith(QLatin1String("006")));
            QVERIFY(!seenIds.contains(id));
            seenIds.insert(id);
            const StageInfo *s = stageInfo(r.value(QStringLiteral("StageName")).toString());
            QVERIFY(s);
            stages.insert(s->apiName);
            QCOMPARE(r.value(QStringLiteral("IsWon")).toBool(), s->isWon);
            QCOMPARE(r.value(QStringLiteral("IsClosed")).toBool(), s->isClosed);
            QCOMPARE(r.value(QStringLiteral("Probability")).toDouble(), double(s->defaultProbability));
            const QDate close = QDate::fromString(r.value(QStringLiteral("CloseDate")).toString(), Qt::ISODate);
            QVERIFY(close.isValid());
            QVERIFY(qAbs(close.daysTo(today)) <= 400);
            if (s->isClosed)
                QVERIFY(close <= today);
            if (!r.value(QStringLiteral("Amount")).isNull())
                QVERIFY(r.value(QStringLiteral("Amount")).toDouble() > 0);
            QVERIFY(r.value(QStringLiteral("AccountId")).toString().startsWith(QLatin1String("001")));
            QVERIFY(r.value(QStringLiteral("OwnerId")).toString().startsWith(QLatin1String("005")));
            QVERIFY(!r.value(QStringLiteral("Name")).toString().isEmpty());
            won += s->isWon ? 1 : 0;
            open += s->isClosed ? 0 : 1;
        }
        QCOMPARE(seenIds.size(), 2000);
        QCOMPARE(stages.size(), 10);
        QVERIFY(won > 300 && won < 700); // ~25%
        QVERIFY(open > 1000 && open < 1400); // ~60%

        // Every contact's email is valid and every lead has the required fields.
        const QJsonObject counts
            = store
                  .query(QStringLiteral("SELECT COUNT(Id), COUNT(Email), COUNT(Company) FROM Lead"), false, 0,
                         QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("records"))
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(counts.value(QStringLiteral("expr0")).toInt(), 1000);
        QCOMPARE(counts.value(QStringLiteral("expr1")).toInt(), 1000);
        QCOMPARE(counts.value(QStringLiteral("expr2")).toInt(), 1000);

        // Users: the admin plus reps; one inactive rep owns nothing.
        QVERIFY(store.authenticate(QStringLiteral("admin@hilal-demo.example"), QStringLiteral("HilalDemo1!")));
        QCOMPARE(store.recordCount(QStringLiteral("User")), 6);
        const QJsonArray inactive
            = store
                  .query(QStringLiteral("SELECT Id FROM User WHERE IsActive = false"), false, 0, QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("records"))
                  .toArray();
        QCOMPARE(inactive.size(), 1);
        const QString inactiveId = inactive.first().toObject().value(QStringLiteral("Id")).toString();
        QCOMPARE(store
                     .query(QStringLiteral("SELECT COUNT() FROM Opportunity WHERE OwnerId = '%1'").arg(inactiveId),
                            false, 0, QStringLiteral("60.0"))
                     .body.toObject()
                     .value(QStringLiteral("totalSize"))
                     .toInt(),
                 0);
    }

    void sandboxOptionMarksTheOrganization()
    {
        OrgStore store;
        QVERIFY(store.open(QString()));
        SeedOptions o;
        o.opportunities = 4;
        o.sandbox = true;
        o.orgName = QStringLiteral("Hilal Sandbox");
        QVERIFY(store.seed(o));
        const OrganizationRecord org = store.organization();
        QVERIFY(org.isSandbox);
        QCOMPARE(org.name, QStringLiteral("Hilal Sandbox"));
        const QJsonObject row
            = store.query(QStringLiteral("SELECT IsSandbox, Name FROM Organization"), false, 0, QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("records"))
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(row.value(QStringLiteral("IsSandbox")).toBool(), true);
    }

    void emptySeedHasOnlyUsersAndReferenceRows()
    {
        OrgStore store;
        QVERIFY(store.open(QString()));
        SeedOptions o;
        o.opportunities = 0;
        QVERIFY(store.seed(o));
        QCOMPARE(store.recordCount(QStringLiteral("Account")), 0);
        QCOMPARE(store.recordCount(QStringLiteral("Lead")), 0);
        QCOMPARE(store.recordCount(QStringLiteral("OpportunityStage")), 10);
        QCOMPARE(store.recordCount(QStringLiteral("Organization")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
