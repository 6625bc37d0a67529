// create-lead against a local org whose Lead has a required custom picklist Region__c (EMEA, APAC,
// AMER) and a blocking duplicate rule, through the real Dispatcher over loopback HTTP: the Lead is
// checked against the org's describe and the bot's Lead field mapping before anything is sent.
#include "support/org_fixture.h"

#include "actions/create_lead_action.h"
#include "actions/lead_field_check.h"

using namespace hilal;
using namespace hilal::bots;

namespace {

emulator::CustomFields regionField()
{
    QString error;
    const auto f
        = emulator::CustomFields::fromJson(R"({"Lead": [{"name": "Region__c", "label": "Region", "type": "picklist",
        "required": true, "values": ["EMEA", "APAC", "AMER"]}, {"name": "Score__c", "type": "double"}]})",
                                           &error);
    if (!f)
        qFatal("%s", qPrintable(error));
    return *f;
}

} // namespace

class TestLeadMapping : public QObject
{
    Q_OBJECT
    test::OrgFixture f;
    int m_counter = 0;

    QJsonObject person()
    {
        ++m_counter;
        return {{QStringLiteral("LastName"), QStringLiteral("Mapped%1").arg(m_counter)},
                {QStringLiteral("Company"), QStringLiteral("Mapwave %1").arg(m_counter)}};
    }
    int posts() const
    {
        int n = 0;
        for (const auto &r : f.org->requests())
            n += (r.method == QLatin1String("POST") && r.path.contains(QLatin1String("/sobjects/Lead"))) ? 1 : 0;
        return n;
    }
    QString regionOf(const QString &botId, const QString &id)
    {
        const QJsonArray rows = f.query(botId, QStringLiteral("SELECT Region__c FROM Lead WHERE Id = '%1'").arg(id));
        return rows.isEmpty() ? QString() : rows.first().toObject().value(QStringLiteral("Region__c")).toString();
    }
    QString newBot(const ConfirmationPolicy &policy = test::OrgFixture::offPolicy())
    {
        return f.addBot(PermissionSet({Permission::CreateLead, Permission::RunSoql}), true, policy);
    }
    QJsonObject leadDescribe(const QString &botId)
    {
        return f.get(botId, f.sessions->client(botId)->describe(QStringLiteral("Lead")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.options.customFields.merge(regionField());
        f.options.duplicateRule = emulator::DuplicateRules::Mode::Block;
        QVERIFY2(f.start(40), qPrintable(f.error));
    }

    void init() { f.org->resetRequests(); }

    void requiredFieldMissingSendsNothing()
    {
        const QString bot = newBot();
        const actions::ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), person());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().field, QStringLiteral("Region__c"));
        QVERIFY2(r.firstMessage().contains(QStringLiteral("Region__c"))
                     && r.firstMessage().contains(QStringLiteral("EMEA, APAC, AMER")),
                 qPrintable(r.firstMessage()));
        QCOMPARE(posts(), 0);
        QVERIFY2(f.requestSummary().contains(QStringLiteral("describe")), qPrintable(f.requestSummary()));
    }

    void defaultFillsTheField()
    {
        const QString bot = newBot();
        QVERIFY(f.repo->setLeadFieldSource(
            bot, {QStringLiteral("Region__c"), LeadFieldSource::Kind::Fixed, QStringLiteral("EMEA")},
            QStringLiteral("test")));
        const actions::ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), person());
        QVERIFY2(r.status == 201, qPrintable(r.firstMessage()));
        QCOMPARE(regionOf(bot, r.salesforceId), QStringLiteral("EMEA"));
        // A default names a value of the field's type: "12.5" becomes a number for Score__c.
        QVERIFY(f.repo->setLeadFieldSource(
            bot, {QStringLiteral("Score__c"), LeadFieldSource::Kind::Fixed, QStringLiteral("12.5")}));
        const actions::ActionResult scored = f.dispatch(bot, QStringLiteral("create-lead"), person());
        QVERIFY2(scored.status == 201, qPrintable(scored.firstMessage()));
        const QJsonArray rows
            = f.query(bot, QStringLiteral("SELECT Score__c FROM Lead WHERE Id = '%1'").arg(scored.salesforceId));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("Score__c")).toDouble(), 12.5);
    }

    void parameterFeedsTheField()
    {
        const QString bot = newBot();
        QVERIFY(f.repo->setLeadFieldSource(
            bot, {QStringLiteral("Region__c"), LeadFieldSource::Kind::Parameter, QStringLiteral("region")}));
        QJsonObject apac = person();
        apac.insert(QStringLiteral("region"), QStringLiteral("APAC"));
        const actions::ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), apac);
        QVERIFY2(r.status == 201, qPrintable(r.firstMessage()));
        QCOMPARE(regionOf(bot, r.salesforceId), QStringLiteral("APAC"));

        f.org->resetRequests();
        QJsonObject mars = person();
        mars.insert(QStringLiteral("region"), QStringLiteral("Mars"));
        const actions::ActionResult bad = f.dispatch(bot, QStringLiteral("create-lead"), mars);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errors.first().field, QStringLiteral("Region__c"));
        QVERIFY2(bad.firstMessage().contains(QStringLiteral("\"region\""))
                     && bad.firstMessage().contains(QStringLiteral("'Mars'"))
                     && bad.firstMessage().contains(QStringLiteral("allowed values: EMEA, APAC, AMER")),
                 qPrintable(bad.firstMessage()));
        QCOMPARE(posts(), 0);

        // Without the parameter the required field is missing again: 400, nothing sent.
        const actions::ActionResult missing = f.dispatch(bot, QStringLiteral("create-lead"), person());
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errors.first().field, QStringLiteral("Region__c"));
        QCOMPARE(posts(), 0);

        // A parameter nobody mapped is refused by name.
        QJsonObject stray = apac;
        stray.insert(QStringLiteral("planet"), QStringLiteral("Earth"));
        const actions::ActionResult unknown = f.dispatch(bot, QStringLiteral("create-lead"), stray);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errors.first().field, QStringLiteral("planet"));
    }

    void confirmationPreviewShowsTheMappedLead()
    {
        ConfirmationPolicy ask = test::OrgFixture::offPolicy();
        ask.confirmCreates = true;
        const QString bot = newBot(ask);
        QVERIFY(f.repo->setLeadFieldSource(
            bot, {QStringLiteral("Region__c"), LeadFieldSource::Kind::Parameter, QStringLiteral("region")}));
        QJsonObject lead = person();
        lead.insert(QStringLiteral("region"), QStringLiteral("AMER"));
        const actions::ActionResult preview = f.dispatch(bot, QStringLiteral("create-lead"), lead);
        QVERIFY(preview.needsConfirmation());
        QCOMPARE(
            preview.preview.value(QStringLiteral("create")).toObject().value(QStringLiteral("Region__c")).toString(),
            QStringLiteral("AMER"));
        QCOMPARE(posts(), 0);
        const actions::ActionResult done
            = f.dispatch(bot, QStringLiteral("create-lead"), lead, preview.confirmationToken);
        QVERIFY2(done.status == 201, qPrintable(done.firstMessage()));
        QCOMPARE(regionOf(bot, done.salesforceId), QStringLiteral("AMER"));
    }

    void duplicateIs409NamingTheExistingLead()
    {
        const QString bot = newBot();
        QVERIFY(f.repo->setLeadFieldSource(
            bot, {QStringLiteral("Region__c"), LeadFieldSource::Kind::Fixed, QStringLiteral("EMEA")}));
        QJsonObject lead = person();
        lead.insert(QStringLiteral("Email"), QStringLiteral("twice@mapwave.example"));
        const actions::ActionResult first = f.dispatch(bot, QStringLiteral("create-lead"), lead);
        QCOMPARE(first.status, 201);
        QJsonObject again = person();
        again.insert(QStringLiteral("Email"), QStringLiteral("TWICE@mapwave.example"));
        const actions::ActionResult second = f.dispatch(bot, QStringLiteral("create-lead"), again);
        QCOMPARE(second.status, 409);
        QVERIFY(!second.needsConfirmation());
        QVERIFY2(second.firstMessage().contains(first.salesforceId), qPrintable(second.firstMessage()));
        QCOMPARE(second.data.toObject().value(QStringLiteral("duplicates")).toArray(), QJsonArray {first.salesforceId});
    }

    void mappingCheckFlagsProblems()
    {
        const QString bot = newBot();
        const actions::LeadFieldCheck check(leadDescribe(bot));
        QCOMPARE(check.requiredFields().contains(QStringLiteral("Region__c")), true);
        LeadFieldMapping mapping;
        QStringList problems = check.checkMapping(mapping, actions::CreateLeadAction::fields(), bot);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("Region__c is required")), qPrintable(problems.first()));

        mapping.set({QStringLiteral("Region__c"), LeadFieldSource::Kind::Fixed, QStringLiteral("Mars")});
        mapping.set({QStringLiteral("Gone__c"), LeadFieldSource::Kind::Parameter, QStringLiteral("gone")});
        mapping.set({QStringLiteral("LeadSource"), LeadFieldSource::Kind::Fixed, QStringLiteral("Chat")});
        problems = check.checkMapping(mapping, actions::CreateLeadAction::fields(), bot);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('|'))
                     .contains(QStringLiteral(
                         "Gone__c is mapped (from the chat's \"gone\") but the org's Lead has no such field")),
                 qPrintable(problems.join(QLatin1Char('|'))));
        QVERIFY(problems.join(QLatin1Char('|')).contains(QStringLiteral("Region__c's default \"Mars\"")));
        QVERIFY(problems.join(QLatin1Char('|')).contains(QStringLiteral("allowed values: EMEA, APAC, AMER")));

        mapping.unset(QStringLiteral("Gone__c"));
        mapping.set({QStringLiteral("Region__c"), LeadFieldSource::Kind::Parameter, QStringLiteral("region")});
        QVERIFY(check.checkMapping(mapping, actions::CreateLeadAction::fields(), bot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLeadMapping)
#include "tst_lead_mapping.moc"
