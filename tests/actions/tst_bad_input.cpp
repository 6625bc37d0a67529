// The bad-input suite: well over 100 malformed requests across the four actions (missing, empty,
// blank, oversized and wrongly typed fields; bad emails; malformed, wrong-prefix and
// wrong-checksum Ids; SOQL injection through typed fields; DML, FOR UPDATE and SOSL through
// run-soql; negative amounts; impossible dates; unknown stages; non-JSON bodies; missing
// permissions). Each must answer 400 or 403 with an error on the named field whose message
// names it — and the local org's request log must stay empty: nothing invalid leaves the machine.
#include "support/org_fixture.h"

#include "actions/action_request.h"

#include <QJsonDocument>

using namespace hilal;
using namespace hilal::actions;
using bots::Permission;
using bots::PermissionSet;

class TestBadInput : public QObject
{
    Q_OBJECT
    test::OrgFixture f;
    QString m_full; // every permission, connected, no confirmations
    QString m_leadOnly; // CREATE_LEAD only
    QString m_locked; // integration permissions only: dispatcher locked
    QString m_account; // a seeded Account Id (18)
    QString m_opportunity;
    int m_rows = 0;

    QString badChecksum(const QString &id18) const
    {
        QString s = id18;
        const QChar last = s.at(17);
        s[17] = last == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        return s;
    }

    QString expand(QString text) const
    {
        text.replace(QStringLiteral("{ACC}"), m_account);
        text.replace(QStringLiteral("{OPP}"), m_opportunity);
        text.replace(QStringLiteral("{ACC_BADSUM}"), badChecksum(m_account));
        text.replace(QStringLiteral("{OPP_BADSUM}"), badChecksum(m_opportunity));
        text.replace(QStringLiteral("{LONG81}"), QString(81, QLatin1Char('a')));
        text.replace(QStringLiteral("{LONG41}"), QString(41, QLatin1Char('a')));
        text.replace(QStringLiteral("{LONG129}"), QString(129, QLatin1Char('a')));
        text.replace(QStringLiteral("{LONG256}"), QString(256, QLatin1Char('a')));
        text.replace(QStringLiteral("{LONG32001}"), QString(32001, QLatin1Char('a')));
        text.replace(QStringLiteral("{EMAIL81}"), QString(70, QLatin1Char('a')) + QStringLiteral("@example.com"));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(f.start(), qPrintable(f.error));
        m_full = f.addBot(PermissionSet::all());
        m_leadOnly = f.addBot({Permission::CreateLead});
        m_locked = f.addBot({Permission::CreateOAuth, Permission::ReadIntegrations, Permission::DeleteIntegrations});
        m_account = f.query(m_full, QStringLiteral("SELECT Id FROM Account LIMIT 1"))
                        .first()
                        .toObject()
                        .value(QStringLiteral("Id"))
                        .toString();
        m_opportunity = f.query(m_full, QStringLiteral("SELECT Id FROM Opportunity LIMIT 1"))
                            .first()
                            .toObject()
                            .value(QStringLiteral("Id"))
                            .toString();
        QCOMPARE(m_account.size(), 18);
        QCOMPARE(m_opportunity.size(), 18);
        // Picklists come from describe; read them once so the cache answers from now on.
        auto *client = f.sessions->client(m_full);
        QVERIFY(!f.get(m_full, client->describe(QStringLiteral("Lead"))).isEmpty());
        QVERIFY(!f.get(m_full, client->describe(QStringLiteral("Opportunity"))).isEmpty());
    }

    void init() { f.org->resetRequests(); }

    void cleanupTestCase()
    {
        qInfo("bad-input rows run: %d", m_rows);
        QVERIFY(m_rows >= 100);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("bot"); // full | leadOnly | locked
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("body"); // raw JSON body (placeholders expanded)
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mention"); // text the message must contain (default: field)

        const QString lead = QStringLiteral("create-lead");
        const QString acct = QStringLiteral("get-account");
        const QString opp = QStringLiteral("update-opportunity");
        const QString soql = QStringLiteral("run-soql");
        const QString full = QStringLiteral("full");
        auto row = [&](const char *name, const QString &action, const char *body, const char *field, int status = 400,
                       const QString &bot = QStringLiteral("full"), const char *mention = nullptr) {
            QTest::newRow(name) << bot << action << QString::fromUtf8(body) << status << QString::fromLatin1(field)
                                << QString::fromUtf8(mention ? mention : field);
        };
#define OK_LEAD "\"LastName\": \"Okafor\", \"Company\": \"Brightwave Ltd\""
        // ---- create-lead: missing, empty, blank
        row("lead: empty object", lead, "{}", "LastName");
        row("lead: no LastName", lead, "{\"Company\": \"Brightwave Ltd\"}", "LastName");
        row("lead: no Company", lead, "{\"LastName\": \"Okafor\"}", "Company");
        row("lead: LastName empty", lead, "{\"LastName\": \"\", \"Company\": \"B\"}", "LastName");
        row("lead: LastName blank", lead, "{\"LastName\": \"   \", \"Company\": \"B\"}", "LastName");
        row("lead: Company tab only", lead, "{\"LastName\": \"O\", \"Company\": \"\\t\"}", "Company");
        row("lead: FirstName empty", lead, "{" OK_LEAD ", \"FirstName\": \"\"}", "FirstName");
        row("lead: Title blank", lead, "{" OK_LEAD ", \"Title\": \"  \"}", "Title");
        row("lead: Email empty", lead, "{" OK_LEAD ", \"Email\": \"\"}", "Email");
        // ---- oversized
        row("lead: LastName 81", lead, "{\"LastName\": \"{LONG81}\", \"Company\": \"B\"}", "LastName");
        row("lead: Company 256", lead, "{\"LastName\": \"O\", \"Company\": \"{LONG256}\"}", "Company");
        row("lead: FirstName 41", lead, "{" OK_LEAD ", \"FirstName\": \"{LONG41}\"}", "FirstName");
        row("lead: Title 129", lead, "{" OK_LEAD ", \"Title\": \"{LONG129}\"}", "Title");
        row("lead: Email 82", lead, "{" OK_LEAD ", \"Email\": \"{EMAIL81}\"}", "Email");
        row("lead: Phone 41", lead, "{" OK_LEAD ", \"Phone\": \"{LONG41}\"}", "Phone");
        row("lead: Website 256", lead, "{" OK_LEAD ", \"Website\": \"{LONG256}\"}", "Website");
        row("lead: Description 32001", lead, "{" OK_LEAD ", \"Description\": \"{LONG32001}\"}", "Description");
        row("lead: LeadSource 256", lead, "{" OK_LEAD ", \"LeadSource\": \"{LONG256}\"}", "LeadSource");
        // ---- wrongly typed
        row("lead: LastName number", lead, "{\"LastName\": 42, \"Company\": \"B\"}", "LastName");
        row("lead: LastName bool", lead, "{\"LastName\": true, \"Company\": \"B\"}", "LastName");
        row("lead: LastName null", lead, "{\"LastName\": null, \"Company\": \"B\"}", "LastName");
        row("lead: LastName array", lead, "{\"LastName\": [\"O\"], \"Company\": \"B\"}", "LastName");
        row("lead: LastName object", lead, "{\"LastName\": {\"v\": \"O\"}, \"Company\": \"B\"}", "LastName");
        row("lead: Company number", lead, "{\"LastName\": \"O\", \"Company\": 7}", "Company");
        row("lead: Email number", lead, "{" OK_LEAD ", \"Email\": 5}", "Email");
        row("lead: Phone number", lead, "{" OK_LEAD ", \"Phone\": 442079460018}", "Phone");
        row("lead: LeadSource number", lead, "{" OK_LEAD ", \"LeadSource\": 1}", "LeadSource");
        row("lead: Website bool", lead, "{" OK_LEAD ", \"Website\": false}", "Website");
        // ---- bad emails
        row("email: no domain", lead, "{" OK_LEAD ", \"Email\": \"n.okafor@\"}", "Email");
        row("email: no local part", lead, "{" OK_LEAD ", \"Email\": \"@brightwave.example\"}", "Email");
        row("email: no at", lead, "{" OK_LEAD ", \"Email\": \"n.okafor\"}", "Email");
        row("email: space", lead, "{" OK_LEAD ", \"Email\": \"n okafor@brightwave.example\"}", "Email");
        row("email: double dot local", lead, "{" OK_LEAD ", \"Email\": \"n..okafor@brightwave.example\"}", "Email");
        row("email: leading dot", lead, "{" OK_LEAD ", \"Email\": \".okafor@brightwave.example\"}", "Email");
        row("email: no tld", lead, "{" OK_LEAD ", \"Email\": \"n.okafor@brightwave\"}", "Email");
        row("email: two ats", lead, "{" OK_LEAD ", \"Email\": \"n.okafor@@brightwave.example\"}", "Email");
        row("email: double dot domain", lead, "{" OK_LEAD ", \"Email\": \"n@brightwave..example\"}", "Email");
        row("email: hyphen label", lead, "{" OK_LEAD ", \"Email\": \"n@-brightwave.example\"}", "Email");
        row("email: trailing newline", lead, "{" OK_LEAD ", \"Email\": \"n@brightwave.example\\n\"}", "Email");
        row("email: header injection", lead, "{" OK_LEAD ", \"Email\": \"n@b.example\\r\\nBcc: x@y.example\"}",
            "Email");
        row("email: quoted local", lead, "{" OK_LEAD ", \"Email\": \"\\\"q\\\"@x.example\"}", "Email");
        row("email: comma list", lead, "{" OK_LEAD ", \"Email\": \"a@x.example,b@x.example\"}", "Email");
        row("email: angle brackets", lead, "{" OK_LEAD ", \"Email\": \"Nia <n@x.example>\"}", "Email");
        // ---- line breaks and control characters
        row("lead: LastName newline", lead, "{\"LastName\": \"Oka\\nfor\", \"Company\": \"B\"}", "LastName");
        row("lead: Company CR", lead, "{\"LastName\": \"O\", \"Company\": \"Bright\\rwave\"}", "Company");
        row("lead: Title U+2028", lead, "{" OK_LEAD ", \"Title\": \"CTO\\u2028CEO\"}", "Title");
        row("lead: FirstName NUL", lead, "{" OK_LEAD ", \"FirstName\": \"Na\\u0000omi\"}", "FirstName");
        row("lead: LastName BEL", lead, "{\"LastName\": \"Okafor\\u0007\", \"Company\": \"B\"}", "LastName");
        row("lead: Description ESC", lead, "{" OK_LEAD ", \"Description\": \"hi\\u001b[31m\"}", "Description");
        row("lead: Description newline", lead, "{" OK_LEAD ", \"Description\": \"line one\\nline two\"}",
            "Description");
        row("lead: Phone newline", lead, "{" OK_LEAD ", \"Phone\": \"+44 20\\n7946\"}", "Phone");
        // ---- phone and website shapes
        row("phone: words", lead, "{" OK_LEAD ", \"Phone\": \"call me maybe\"}", "Phone");
        row("phone: sql tail", lead, "{" OK_LEAD ", \"Phone\": \"+44 20 7946 0018; DROP\"}", "Phone");
        row("phone: double plus", lead, "{" OK_LEAD ", \"Phone\": \"++44 20\"}", "Phone");
        row("phone: no digits", lead, "{" OK_LEAD ", \"Phone\": \"( ) -\"}", "Phone");
        row("website: words", lead, "{" OK_LEAD ", \"Website\": \"not a url\"}", "Website");
        row("website: javascript", lead, "{" OK_LEAD ", \"Website\": \"javascript:alert(1)\"}", "Website");
        row("website: scheme only", lead, "{" OK_LEAD ", \"Website\": \"http://\"}", "Website");
        row("website: ftp", lead, "{" OK_LEAD ", \"Website\": \"ftp://files.example.com\"}", "Website");
        // ---- unknown, read-only, duplicate fields
        row("lead: unknown field", lead, "{" OK_LEAD ", \"Foo\": \"x\"}", "Foo");
        row("lead: IsConverted", lead, "{" OK_LEAD ", \"IsConverted\": true}", "IsConverted");
        row("lead: OwnerId", lead, "{" OK_LEAD ", \"OwnerId\": \"0055g00000A0000AAB\"}", "OwnerId");
        row("lead: Id", lead, "{" OK_LEAD ", \"Id\": \"00Q5g00000A0000AAB\"}", "Id");
        row("lead: Status", lead, "{" OK_LEAD ", \"Status\": \"Open\"}", "Status");
        row("lead: duplicate name", lead, "{" OK_LEAD ", \"lastname\": \"Again\"}", "LastName");
        // ---- picklist from the org (describe, cached)
        row("lead: LeadSource unknown", lead, "{" OK_LEAD ", \"LeadSource\": \"Billboard\"}", "LeadSource");
        row("lead: LeadSource wrong case", lead, "{" OK_LEAD ", \"LeadSource\": \"web\"}", "LeadSource");
        row("lead: LeadSource injection", lead, "{" OK_LEAD ", \"LeadSource\": \"Web' OR '1'='1\"}", "LeadSource");

        // ---- get-account: the Id
        row("acct: no Id", acct, "{}", "Id");
        row("acct: Id empty", acct, "{\"Id\": \"\"}", "Id");
        row("acct: Id blank", acct, "{\"Id\": \"   \"}", "Id");
        row("acct: Id number", acct, "{\"Id\": 12345}", "Id");
        row("acct: Id null", acct, "{\"Id\": null}", "Id");
        row("acct: Id array", acct, "{\"Id\": [\"{ACC}\"]}", "Id");
        row("acct: Id 3 chars", acct, "{\"Id\": \"001\"}", "Id");
        row("acct: Id 14 chars", acct, "{\"Id\": \"0015g00000A000\"}", "Id");
        row("acct: Id 16 chars", acct, "{\"Id\": \"0015g00000A0000A\"}", "Id");
        row("acct: Id 19 chars", acct, "{\"Id\": \"{ACC}X\"}", "Id");
        row("acct: opportunity Id", acct, "{\"Id\": \"{OPP}\"}", "Id");
        row("acct: lead prefix", acct, "{\"Id\": \"00Q5g00000A0000AAB\"}", "Id");
        row("acct: bad checksum", acct, "{\"Id\": \"{ACC_BADSUM}\"}", "Id");
        row("acct: hyphen", acct, "{\"Id\": \"0015g00000A0000-AB\"}", "Id");
        row("acct: injection quote", acct, "{\"Id\": \"001' OR Name != '\"}", "Id");
        row("acct: injection tail", acct, "{\"Id\": \"{ACC}' OR '1'='1\"}", "Id");
        row("acct: semicolon", acct, "{\"Id\": \"{ACC};DELETE\"}", "Id");
        row("acct: path traversal", acct, "{\"Id\": \"../../services/data\"}", "Id");
        row("acct: newline", acct, "{\"Id\": \"{ACC}\\n\"}", "Id");
        row("acct: percent", acct, "{\"Id\": \"001%27%20OR\"}", "Id");
        row("acct: unicode digits", acct, "{\"Id\": \"00１5g00000A0000AAB\"}", "Id");
        row("acct: unknown param", acct, "{\"Id\": \"{ACC}\", \"Name\": \"x\"}", "Name");
        row("acct: fields not allowed", acct, "{\"Id\": \"{ACC}\", \"fields\": [\"Secret__c\"]}", "fields");
        row("acct: fields mixed types", acct, "{\"Id\": \"{ACC}\", \"fields\": [\"Name\", 5]}", "fields");
        row("acct: fields empty", acct, "{\"Id\": \"{ACC}\", \"fields\": []}", "fields");
        row("acct: fields object", acct, "{\"Id\": \"{ACC}\", \"fields\": {}}", "fields");
        row("acct: fields injection", acct, "{\"Id\": \"{ACC}\", \"fields\": \"Name, (SELECT Id FROM Contacts)\"}",
            "fields");

        // ---- update-opportunity
        row("opp: no Id", opp, "{\"StageName\": \"Closed Won\"}", "Id");
        row("opp: only Id", opp, "{\"Id\": \"{OPP}\"}", "parameters", 400, full, "StageName");
        row("opp: account Id", opp, "{\"Id\": \"{ACC}\", \"Amount\": 1}", "Id");
        row("opp: bad checksum", opp, "{\"Id\": \"{OPP_BADSUM}\", \"Amount\": 1}", "Id");
        row("opp: Id injection", opp, "{\"Id\": \"{OPP}' OR '1'='1\", \"Amount\": 1}", "Id");
        row("opp: Id number", opp, "{\"Id\": 6, \"Amount\": 1}", "Id");
        row("opp: Amount negative", opp, "{\"Id\": \"{OPP}\", \"Amount\": -1}", "Amount");
        row("opp: Amount -0.01", opp, "{\"Id\": \"{OPP}\", \"Amount\": -0.01}", "Amount");
        row("opp: Amount text", opp, "{\"Id\": \"{OPP}\", \"Amount\": \"18500\"}", "Amount");
        row("opp: Amount bool", opp, "{\"Id\": \"{OPP}\", \"Amount\": true}", "Amount");
        row("opp: Amount null", opp, "{\"Id\": \"{OPP}\", \"Amount\": null}", "Amount");
        row("opp: Amount array", opp, "{\"Id\": \"{OPP}\", \"Amount\": [1]}", "Amount");
        row("opp: Amount huge", opp, "{\"Id\": \"{OPP}\", \"Amount\": 1e17}", "Amount");
        row("opp: Amount 3 decimals", opp, "{\"Id\": \"{OPP}\", \"Amount\": 1.234}", "Amount");
        row("opp: Amount injection", opp, "{\"Id\": \"{OPP}\", \"Amount\": \"1; DELETE\"}", "Amount");
        row("date: Feb 30", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-02-30\"}", "CloseDate");
        row("date: month 13", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-13-01\"}", "CloseDate");
        row("date: month 0", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-00-10\"}", "CloseDate");
        row("date: day 32", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-01-32\"}", "CloseDate");
        row("date: 2023-02-29", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2023-02-29\"}", "CloseDate");
        row("date: European", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"31/03/2025\"}", "CloseDate");
        row("date: no padding", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-3-31\"}", "CloseDate");
        row("date: datetime", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-03-31T00:00:00Z\"}", "CloseDate");
        row("date: empty", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"\"}", "CloseDate");
        row("date: number", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": 20250331}", "CloseDate");
        row("date: year 1699", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"1699-12-31\"}", "CloseDate");
        row("date: year 4001", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"4001-01-01\"}", "CloseDate");
        row("date: literal", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"TODAY\"}", "CloseDate");
        row("date: injection", opp, "{\"Id\": \"{OPP}\", \"CloseDate\": \"2025-03-31' OR '1'='1\"}", "CloseDate");
        row("stage: unknown", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"Won-ish\"}", "StageName");
        row("stage: wrong case", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"closed won\"}", "StageName");
        row("stage: empty", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"\"}", "StageName");
        row("stage: number", opp, "{\"Id\": \"{OPP}\", \"StageName\": 3}", "StageName");
        row("stage: injection", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"Closed Won' OR Name != '\"}", "StageName");
        row("stage: newline", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"Closed Won\\n\"}", "StageName");
        row("stage: lead status", opp, "{\"Id\": \"{OPP}\", \"StageName\": \"Open - Not Contacted\"}", "StageName");
        row("opp: IsWon", opp, "{\"Id\": \"{OPP}\", \"IsWon\": true}", "IsWon");
        row("opp: Probability", opp, "{\"Id\": \"{OPP}\", \"Amount\": 5, \"Probability\": 50}", "Probability");
        row("opp: Name", opp, "{\"Id\": \"{OPP}\", \"Name\": \"x\"}", "Name");
        row("opp: OwnerId", opp,
            "{\"Id\": \"{OPP}\", \"StageName\": \"Closed Won\", \"OwnerId\": \"0055g00000A0000AAB\"}", "OwnerId");

        // ---- run-soql: the guard
        row("soql: no query", soql, "{}", "query");
        row("soql: empty", soql, "{\"query\": \"\"}", "query");
        row("soql: blank", soql, "{\"query\": \"   \"}", "query");
        row("soql: number", soql, "{\"query\": 42}", "query");
        row("soql: DELETE", soql, "{\"query\": \"DELETE FROM Account\"}", "query");
        row("soql: INSERT", soql, "{\"query\": \"INSERT INTO Lead (LastName) VALUES ('x')\"}", "query");
        row("soql: UPDATE", soql, "{\"query\": \"UPDATE Account SET Name = 'x'\"}", "query");
        row("soql: UPSERT", soql, "{\"query\": \"UPSERT Account\"}", "query");
        row("soql: MERGE", soql, "{\"query\": \"MERGE Account\"}", "query");
        row("soql: UNDELETE", soql, "{\"query\": \"UNDELETE Account\"}", "query");
        row("soql: FOR UPDATE", soql, "{\"query\": \"SELECT Id FROM Account FOR UPDATE\"}", "query");
        row("soql: SOSL", soql, "{\"query\": \"FIND {Acme} RETURNING Account\"}", "query");
        row("soql: two statements", soql, "{\"query\": \"SELECT Id FROM Account; DELETE FROM Account\"}", "query");
        row("soql: trailing semicolon", soql, "{\"query\": \"SELECT Id FROM Account;\"}", "query");
        row("soql: bind variable", soql, "{\"query\": \"SELECT Id FROM Account WHERE Name = :name\"}", "query");
        row("soql: -- comment", soql, "{\"query\": \"SELECT Id FROM Account -- all\"}", "query");
        row("soql: /* comment */", soql, "{\"query\": \"SELECT Id /* x */ FROM Account\"}", "query");
        row("soql: // comment", soql, "{\"query\": \"SELECT Id FROM Account // x\"}", "query");
        row("soql: UPDATE TRACKING", soql, "{\"query\": \"SELECT Id FROM Account UPDATE TRACKING\"}", "query");
        row("soql: UPDATE VIEWSTAT", soql, "{\"query\": \"SELECT Id FROM Account UPDATE VIEWSTAT\"}", "query");
        row("soql: FOR VIEW", soql, "{\"query\": \"SELECT Id FROM Account FOR VIEW\"}", "query");
        row("soql: typo", soql, "{\"query\": \"SELECT Id FORM Account\"}", "query");
        row("soql: no fields", soql, "{\"query\": \"SELECT FROM Account\"}", "query");
        row("soql: unknown param", soql, "{\"q\": \"SELECT Id FROM Account\"}", "q");
        row("soql: extra param", soql, "{\"query\": \"SELECT Id FROM Account LIMIT 1\", \"limit\": 5}", "limit");

        // ---- bodies that are not a JSON object
        row("body: text", lead, "not json", "body");
        row("body: empty", lead, "", "body");
        row("body: truncated", lead, "{\"LastName\": \"O\"", "body");
        row("body: array", lead, "[{\"LastName\": \"O\"}]", "body");
        row("body: string", acct, "\"{ACC}\"", "body");
        row("body: number", soql, "42", "body");
        row("body: token not text", acct, "{\"Id\": \"{ACC}\", \"confirmationToken\": 5}", "confirmationToken");

        // ---- permissions: 403, naming what is missing
        row("perm: get-account lacks READ_ACCOUNT", acct, "{\"Id\": \"{ACC}\"}", "permission", 403,
            QStringLiteral("leadOnly"), "READ_ACCOUNT");
        row("perm: update lacks UPDATE_OPPORTUNITY", opp, "{\"Id\": \"{OPP}\", \"Amount\": 1}", "permission", 403,
            QStringLiteral("leadOnly"), "UPDATE_OPPORTUNITY");
        row("perm: soql lacks RUN_SOQL", soql, "{\"query\": \"SELECT Id FROM Account LIMIT 1\"}", "permission", 403,
            QStringLiteral("leadOnly"), "RUN_SOQL");
        row("perm: locked dispatcher", lead, "{" OK_LEAD "}", "permission", 403, QStringLiteral("locked"), "locked");
        row("perm: locked even for bad input", acct, "{\"Id\": \"nope\"}", "permission", 403, QStringLiteral("locked"),
            "locked");
        row("action: unknown", QStringLiteral("delete-account"), "{\"Id\": \"{ACC}\"}", "action", 400, full,
            "delete-account");
#undef OK_LEAD
    }

    void refused()
    {
        QFETCH(QString, bot);
        QFETCH(QString, action);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, mention);
        ++m_rows;
        const QString botId = bot == QLatin1String("leadOnly") ? m_leadOnly
            : bot == QLatin1String("locked")                   ? m_locked
                                                               : m_full;

        ActionResult result;
        ActionResult bad;
        const std::optional<ActionRequest> request = ActionRequest::fromJsonBody(action, expand(body).toUtf8(), &bad);
        if (!request) {
            result = bad; // the CLI and `serve` answer this without dispatching
        } else {
            result = f.dispatch(botId, action, request->parameters);
        }
        QCOMPARE(result.status, status);
        bool named = false;
        for (const FieldError &e : result.errors) {
            if (e.field == field && e.message.contains(mention))
                named = true;
        }
        QVERIFY2(
            named,
            qPrintable(QStringLiteral("expected an error on '%1' mentioning '%2', got %3")
                           .arg(field, mention,
                                QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)))));
        QVERIFY2(f.requestCount() == 0, qPrintable(QStringLiteral("sent to the org: ") + f.requestSummary()));
    }

    // Every refusal above went into the audit log with its status, and emails stayed masked.
    void refusalsAreAudited()
    {
        const QList<bots::AuditEntry> entries = f.repo->audit().entries({m_full, 0, 0});
        int refusals = 0;
        for (const bots::AuditEntry &e : entries) {
            if (e.kind == bots::AuditEntry::Kind::Dispatch && e.status == 400)
                ++refusals;
            QVERIFY(!e.parameters.value(QStringLiteral("Email")).toString().contains(QStringLiteral("okafor@")));
        }
        QVERIFY(refusals >= 90);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
