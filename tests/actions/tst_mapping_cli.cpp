// `hilal-sf mapping` as a script runs it (QProcess, a data dir of its own), against a local org
// in this process whose Lead has a required custom picklist Region__c: check flags the field
// without a source (exit 1, one sentence), set --default / --from make create-lead work, a bad
// value answers 400 listing the allowed values, show/unset and bad input.
#include "support/cli_runner.h"
#include "support/org_fixture.h"

#include <QJsonDocument>
#include <QProcess>

using namespace hilal;

namespace {

using Run = hilal::test::CliRun;

} // namespace

class TestMappingCli : public QObject
{
    Q_OBJECT
    test::OrgFixture f; // the org and a real login; the CLI keeps its own bots database
    test::CliRunner m_cli {test::CliRunner::DataDirBy::Environment};
    QString m_bot;

    // hilal-sf as a subprocess on the CLI's own data dir (HILAL_SF_HOME); this thread's event loop
    // keeps the local org answering meanwhile.
    Run run(const QStringList &args, const QByteArray &stdinData = {}) { return m_cli.subprocess(args, stdinData); }
    Run mapping(const QStringList &args) { return run(QStringList {QStringLiteral("mapping")} + args); }
    Run createLead(const QJsonObject &parameters)
    {
        return run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot, QStringLiteral("create-lead"),
                    QStringLiteral("--params"), QStringLiteral("-")},
                   QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    }
    int leadPosts() const
    {
        int n = 0;
        for (const auto &r : f.org->requests())
            n += (r.method == QLatin1String("POST") && r.path.contains(QLatin1String("/sobjects/Lead"))) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.dataDir.isValid());
        QString error;
        const auto fields = emulator::CustomFields::fromJson(R"({"Lead": [{"name": "Region__c", "label": "Region",
            "type": "picklist", "required": true, "values": ["EMEA", "APAC", "AMER"]}]})",
                                                             &error);
        QVERIFY2(fields, qPrintable(error));
        f.options.customFields.merge(*fields);
        QVERIFY2(f.start(20), qPrintable(f.error));
        const Run add = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Mapper"), QStringLiteral("--login-url"), f.org->url().toString()});
        QCOMPARE(add.code, 0);
        m_bot = add.out.trimmed().split(QLatin1Char('\n')).last();
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), m_bot, QStringLiteral("CREATE_OAUTH"),
                      QStringLiteral("CREATE_LEAD")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("--bot"), m_bot, QStringLiteral("--confirm-creates"),
                      QStringLiteral("off")})
                     .code,
                 0);
        const Run connect
            = run({QStringLiteral("connect"), QStringLiteral("--bot"), m_bot, QStringLiteral("--access-token"),
                   QStringLiteral("-"), QStringLiteral("--instance-url"), f.connection.instanceUrl.toString()},
                  f.connection.accessToken.toUtf8() + '\n');
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
    }

    void init() { f.org->resetRequests(); }

    void theDoneWhenFlow()
    {
        // No source for the required picklist: check says so in one sentence, exit 1.
        const Run check = mapping({QStringLiteral("check"), QStringLiteral("--bot"), m_bot});
        QCOMPARE(check.code, 1);
        const QStringList sentences = check.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(sentences.size(), 1);
        QVERIFY2(sentences.first().startsWith(QStringLiteral("Region__c is required")), qPrintable(check.err));

        // create-lead without it: 400 naming Region__c, nothing sent.
        const QJsonObject lead {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                {QStringLiteral("Company"), QStringLiteral("Brightwave")}};
        const Run missing = createLead(lead);
        QCOMPARE(missing.code, 2); // invalid parameters (the exit-code table)
        QCOMPARE(missing.json().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY2(missing.out.contains(QStringLiteral("Region__c")), qPrintable(missing.out));
        QCOMPARE(leadPosts(), 0);

        // A default: the Lead lands with Region__c = EMEA; check is happy.
        const Run set = mapping({QStringLiteral("set"), QStringLiteral("--bot"), m_bot, QStringLiteral("Region__c"),
                                 QStringLiteral("--default"), QStringLiteral("EMEA")});
        QCOMPARE(set.code, 0);
        QCOMPARE(mapping({QStringLiteral("check"), QStringLiteral("--bot"), m_bot}).code, 0);
        const Run created = createLead(lead);
        QVERIFY2(created.code == 0, qPrintable(created.out + created.err));
        const QString id
            = created.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(f.query(addReader(), QStringLiteral("SELECT Region__c FROM Lead WHERE Id = '%1'").arg(id))
                     .first()
                     .toObject()
                     .value(QStringLiteral("Region__c"))
                     .toString(),
                 QStringLiteral("EMEA"));

        // From the chat's "region": APAC lands, Mars is refused with the allowed values.
        QCOMPARE(mapping({QStringLiteral("set"), QStringLiteral("--bot"), m_bot, QStringLiteral("Region__c"),
                          QStringLiteral("--from"), QStringLiteral("region")})
                     .code,
                 0);
        QJsonObject apac {{QStringLiteral("LastName"), QStringLiteral("Tan")},
                          {QStringLiteral("Company"), QStringLiteral("Eastwave")},
                          {QStringLiteral("region"), QStringLiteral("APAC")}};
        const Run landed = createLead(apac);
        QVERIFY2(landed.code == 0, qPrintable(landed.out + landed.err));
        const QString apacId
            = landed.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(f.query(addReader(), QStringLiteral("SELECT Region__c FROM Lead WHERE Id = '%1'").arg(apacId))
                     .first()
                     .toObject()
                     .value(QStringLiteral("Region__c"))
                     .toString(),
                 QStringLiteral("APAC"));
        f.org->resetRequests();
        apac.insert(QStringLiteral("region"), QStringLiteral("Mars"));
        const Run mars = createLead(apac);
        QCOMPARE(mars.code, 2); // invalid parameters
        QCOMPARE(mars.json().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY2(mars.out.contains(QStringLiteral("allowed values: EMEA, APAC, AMER")), qPrintable(mars.out));
        QCOMPARE(leadPosts(), 0);

        // show, unset.
        const Run show = mapping({QStringLiteral("show"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.json()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("Region__c"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("region"));
        QVERIFY(mapping({QStringLiteral("show"), QStringLiteral("--bot"), m_bot})
                    .out.contains(QStringLiteral("from the chat's \"region\"")));
        QCOMPARE(mapping({QStringLiteral("unset"), QStringLiteral("--bot"), m_bot, QStringLiteral("Region__c")}).code,
                 0);
        QCOMPARE(mapping({QStringLiteral("check"), QStringLiteral("--bot"), m_bot}).code, 1);
        // Every change is in the audit trail.
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")});
        QCOMPARE(audit.out.count(QStringLiteral("lead-field-mapping")), 3);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no verb") << QStringList {} << 2 << QStringLiteral("needs a verb");
        QTest::newRow("bad verb") << QStringList {QStringLiteral("map")} << 2 << QStringLiteral("not a mapping verb");
        QTest::newRow("no bot") << QStringList {QStringLiteral("show")} << 2 << QStringLiteral("no bot given");
        QTest::newRow("both sources") << QStringList {QStringLiteral("set"),       QStringLiteral("--bot"),
                                                      QStringLiteral("BOT"),       QStringLiteral("Region__c"),
                                                      QStringLiteral("--from"),    QStringLiteral("a"),
                                                      QStringLiteral("--default"), QStringLiteral("b")}
                                      << 2 << QStringLiteral("one of --from PARAM or --default VALUE");
        QTest::newRow("no field") << QStringList {QStringLiteral("set"), QStringLiteral("--bot"), QStringLiteral("BOT"),
                                                  QStringLiteral("--from"), QStringLiteral("a")}
                                  << 2 << QStringLiteral("exactly one Lead field");
        QTest::newRow("bad field") << QStringList {QStringLiteral("set"),    QStringLiteral("--bot"),
                                                   QStringLiteral("BOT"),    QStringLiteral("Region c"),
                                                   QStringLiteral("--from"), QStringLiteral("a")}
                                   << 2 << QStringLiteral("not a Salesforce field name");
        QTest::newRow("unset unmapped") << QStringList {QStringLiteral("unset"), QStringLiteral("--bot"),
                                                        QStringLiteral("BOT"), QStringLiteral("City")}
                                        << 1 << QStringLiteral("has no Lead field City");
        QTest::newRow("unknown bot") << QStringList {QStringLiteral("show"), QStringLiteral("--bot"),
                                                     QStringLiteral("bot_zzzzzzzz")}
                                     << 3 << QStringLiteral("bot_zzzzzzzz");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        args.replaceInStrings(QStringLiteral("BOT"), m_bot);
        const QString before
            = mapping({QStringLiteral("show"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")}).out;
        const Run r = mapping(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(mapping({QStringLiteral("show"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")}).out,
                 before);
    }

private:
    // A bot in the fixture's own database, to read back through the org (not through the CLI).
    QString addReader()
    {
        static QString reader;
        if (reader.isEmpty())
            reader = f.addBot(bots::PermissionSet({bots::Permission::RunSoql}));
        return reader;
    }
};

QTEST_GUILESS_MAIN(TestMappingCli)
#include "tst_mapping_cli.moc"
