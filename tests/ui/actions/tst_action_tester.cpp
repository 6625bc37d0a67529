// The Actions tab against a real local org: forms validate as you type with the dispatcher's
// rules, an invalid form cannot run, Update Opportunity asks (current → new) and updates once,
// writes name the org and ask first in production, results say which run they belong to.
#include "support/gui_test.h"
#include "support/org_fixture.h"
#include "support/org_services.h"

#include "ui/actions/action_result_view.h"
#include "ui/actions/action_tester.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/common/message_box.h"

#include "bots/bot_repository.h"

#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace hilal;
using namespace hilal::ui;

class TestActionTester : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::OrgFixture> m_org;
    std::unique_ptr<ActionTester> m_tester;

    ActionTester *makeTester()
    {
        m_tester = std::make_unique<ActionTester>(test::services(*m_org));
        m_tester->setBot(m_org->botId);
        m_tester->resize(900, 720);
        m_tester->show();
        return m_tester.get();
    }

    int requests(const QString &method, const QString &pathPart) const
    {
        int n = 0;
        for (const auto &entry : m_org->org->requests()) {
            if (entry.method == method && entry.path.contains(pathPart))
                ++n;
        }
        return n;
    }

    QJsonObject firstOpportunity()
    {
        salesforce::QueryCursor *cursor
            = m_org->sessions->client(m_org->botId)
                  ->query(QStringLiteral("SELECT Id, Name, StageName, Amount FROM Opportunity ORDER BY Name LIMIT 1"));
        cursor->setAccumulate(true);
        cursor->setAutoDelete(false);
        QSignalSpy done(cursor, &salesforce::QueryCursor::finished);
        if (!done.wait(15000))
            return {};
        const QJsonObject record = cursor->records().first().toObject();
        delete cursor;
        return record;
    }

private Q_SLOTS:
    void initTestCase() { ConfirmationDialog::setFallbackAnswer(ConfirmationDialog::Answer::Cancel); }

    void init()
    {
        m_org = std::make_unique<test::OrgFixture>();
        QVERIFY2(m_org->startWithBot(bots::PermissionSet::all(), 2000), qPrintable(m_org->error));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::None);
        ConfirmationDialog::setTestHook({});
    }

    void cleanup()
    {
        m_tester.reset();
        m_org.reset();
    }

    void invalidCreateLeadCannotRunAndSaysWhy()
    {
        ActionTester *tester = makeTester();
        QVERIFY(QTest::qWaitForWindowExposed(tester));
        tester->selectAction(QStringLiteral("create-lead"));
        const QString action = QStringLiteral("create-lead");
        // Typed like a person: the last name, and a bad email; no company.
        auto *lastName = qobject_cast<QLineEdit *>(tester->fieldEditor(action, QStringLiteral("LastName")));
        auto *email = qobject_cast<QLineEdit *>(tester->fieldEditor(action, QStringLiteral("Email")));
        QVERIFY(lastName && email);
        QTest::keyClicks(lastName, QStringLiteral("Okafor"));
        QTest::keyClicks(email, QStringLiteral("ada@@example"));
        QVERIFY(!tester->runButton(action)->isEnabled());
        QVERIFY2(!tester->fieldError(action, QStringLiteral("Email")).isEmpty(), "the email problem is shown");
        QVERIFY(tester->fieldError(action, QStringLiteral("LastName")).isEmpty());
        QVERIFY2(tester->blockedReason(action).contains(QLatin1String("Company"))
                     || tester->blockedReason(action).contains(QLatin1String("Email")),
                 qPrintable(tester->blockedReason(action)));
        const QLabel *why = tester->findChildren<QLabel *>(QStringLiteral("blockedReason")).first();
        QVERIFY(why->text().startsWith(QLatin1String("Can't run yet")));
        // Enter in a field and the Run button both refuse; nothing reaches the org.
        QTest::keyClick(email, Qt::Key_Return);
        QTest::mouseClick(tester->runButton(action), Qt::LeftButton);
        QVERIFY(!tester->fieldError(action, QStringLiteral("Company")).isEmpty()); // shown after trying
        test::saveScreenshot(tester, QStringLiteral("action_tester_invalid_lead"));
        QTest::qWait(100);
        QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0);

        // Fixed: it runs, and the result links to the new record.
        QTest::keyClicks(qobject_cast<QLineEdit *>(tester->fieldEditor(action, QStringLiteral("Company"))),
                         QStringLiteral("Brightwave Ltd"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ada@brightwave.example"));
        QVERIFY2(tester->runButton(action)->isEnabled(), qPrintable(tester->blockedReason(action)));
        QSignalSpy finished(tester, &ActionTester::actionFinished);
        MessageBox::setNextAnswer(MessageBox::Yes); // the bot's org is a production one
        QTest::mouseClick(tester->runButton(action), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<actions::ActionResult>().status, 201);
        QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 1);
        const QUrl link = tester->resultView()->recordUrl();
        QVERIFY(link.toString().startsWith(m_org->org->url().toString() + QLatin1Char('/')));
        QVERIFY(link.path().startsWith(QLatin1String("/00Q")));
        QVERIFY(tester->resultView()->statusText().startsWith(QLatin1String("201")));
        test::saveScreenshot(tester, QStringLiteral("action_tester_lead_created"));
    }

    void updateOpportunityAsksFirstAndUpdatesOnce()
    {
        ActionTester *tester = makeTester();
        QVERIFY(QTest::qWaitForWindowExposed(tester));
        const QJsonObject opportunity = firstOpportunity();
        QVERIFY(!opportunity.isEmpty());
        const QString id = opportunity.value(QStringLiteral("Id")).toString();
        const QString stage = opportunity.value(QStringLiteral("StageName")).toString();
        const QString newStage
            = stage == QLatin1String("Closed Won") ? QStringLiteral("Prospecting") : QStringLiteral("Closed Won");
        const QString action = QStringLiteral("update-opportunity");
        tester->selectAction(action);
        tester->setFieldText(action, QStringLiteral("Id"), id);
        tester->setFieldText(action, QStringLiteral("StageName"), newStage);
        tester->setFieldText(action, QStringLiteral("Amount"), QStringLiteral("12345.5"));
        QVERIFY2(tester->runButton(action)->isEnabled(), qPrintable(tester->blockedReason(action)));
        m_org->org->resetRequests();

        // First: Cancel. Nothing is changed.
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Cancel);
        QSignalSpy finished(tester, &ActionTester::actionFinished);
        tester->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.takeFirst().at(0).value<actions::ActionResult>().status, 0);
        QCOMPARE(requests(QStringLiteral("PATCH"), QStringLiteral("/sobjects/Opportunity")), 0);

        // Then: Confirm. The dialog showed current → new; exactly one PATCH.
        ConfirmationDialog::setTestHook([](ConfirmationDialog *dialog) {
            dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
            test::saveScreenshot(dialog, QStringLiteral("action_tester_update_confirmation"));
        });
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        const int asked = ConfirmationDialog::askCount();
        tester->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(ConfirmationDialog::askCount(), asked + 1);
        const ConfirmationDialog::Content content = ConfirmationDialog::lastContent();
        bool stageShown = false;
        for (const auto &change : content.changes) {
            if (change.field == QLatin1String("StageName")) {
                QCOMPARE(change.current, stage);
                QCOMPARE(change.proposed, newStage);
                stageShown = true;
            }
        }
        QVERIFY(stageShown);
        const actions::ActionResult result = finished.takeFirst().at(0).value<actions::ActionResult>();
        QVERIFY2(result.status == 204, qPrintable(QString::fromUtf8(QJsonDocument(result.toJson()).toJson())));
        QCOMPARE(requests(QStringLiteral("PATCH"), QStringLiteral("/sobjects/Opportunity/")), 1);
        QVERIFY(tester->resultView()->statusText().startsWith(QLatin1String("204")));
        QVERIFY(tester->resultView()->rawJson().contains(QLatin1String("\"status\": 204")));
        tester->resultView()->rawToggle()->click();
        test::saveScreenshot(tester, QStringLiteral("action_tester_opportunity_updated"));

        // The audit trail keeps old → new per field.
        const auto entries = m_org->repo->audit().entries({m_org->botId, 1, 0});
        QCOMPARE(entries.first().status, 204);
        const QJsonObject stageChange = entries.first()
                                            .parameters.value(QStringLiteral("changes"))
                                            .toObject()
                                            .value(QStringLiteral("StageName"))
                                            .toObject();
        QCOMPARE(stageChange.value(QStringLiteral("from")).toString(), stage);
        QCOMPARE(stageChange.value(QStringLiteral("to")).toString(), newStage);

        // The org has the new values.
        const QJsonObject after = firstOpportunity();
        QCOMPARE(after.value(QStringLiteral("Id")).toString(), id);
        QCOMPARE(after.value(QStringLiteral("StageName")).toString(), newStage);
        QCOMPARE(after.value(QStringLiteral("Amount")).toDouble(), 12345.5);
    }

    void writesNameTheOrgAndAskFirstInProduction()
    {
        bots::ConnectionInfo info;
        info.orgName = QStringLiteral("Acme");
        info.instanceUrl = m_org->org->url();
        info.sandbox = false;
        QVERIFY(m_org->repo->setConnectionInfo(m_org->botId, info, QStringLiteral("test")));
        ActionTester *tester = makeTester();
        QVERIFY(QTest::qWaitForWindowExposed(tester));
        const QString action = QStringLiteral("create-lead");
        tester->selectAction(action);
        QCOMPARE(tester->targetText(action), QStringLiteral("Creates a real Lead in Acme (production)."));
        QVERIFY(tester->targetText(QStringLiteral("update-opportunity")).contains(QLatin1String("Acme (production)")));
        QVERIFY(tester->targetText(QStringLiteral("get-account")).isEmpty()); // reads change nothing
        tester->setFieldText(action, QStringLiteral("LastName"), QStringLiteral("Okafor"));
        tester->setFieldText(action, QStringLiteral("Company"), QStringLiteral("Brightwave Ltd"));
        m_org->org->resetRequests();

        // Production: asked first, naming the org; "no" sends nothing.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        tester->run();
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Acme (production)")));
        QTest::qWait(100);
        QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0);
        QVERIFY(tester->resultHeading().isEmpty());

        // "Yes": Run is disabled while the run is in flight, and the result says which run it is.
        MessageBox::setNextAnswer(MessageBox::Yes);
        QSignalSpy finished(tester, &ActionTester::actionFinished);
        tester->run();
        QVERIFY(tester->isRunning());
        QVERIFY(!tester->runButton(action)->isEnabled());
        tester->run(); // a second click while in flight does nothing
        QVERIFY(finished.wait(15000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 1);
        QVERIFY(tester->runButton(action)->isEnabled());
        QVERIFY2(tester->resultHeading().contains(QLatin1String("Create Lead"))
                     && tester->resultHeading().contains(QLatin1String("Sales ops")),
                 qPrintable(tester->resultHeading()));
        test::saveScreenshot(tester, QStringLiteral("action_tester_production_run"));

        // Another action's form does not show this result.
        tester->selectAction(QStringLiteral("get-account"));
        QVERIFY(tester->resultHeading().isEmpty());
        QVERIFY(tester->resultView()->rawJson().isEmpty());

        // A sandbox org is named so and not asked about.
        info.sandbox = true;
        info.orgName = QStringLiteral("Acme UAT");
        QVERIFY(m_org->repo->setConnectionInfo(m_org->botId, info, QStringLiteral("test")));
        tester->selectAction(action);
        QCOMPARE(tester->targetText(action), QStringLiteral("Creates a real Lead in Acme UAT (sandbox)."));
        MessageBox::setNextAnswer(MessageBox::Cancel); // would stop the run if asked
        tester->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 2);
        MessageBox::setNextAnswer(MessageBox::NoButton);

        // Another bot starts with empty forms and no result.
        const auto other = m_org->repo->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                            bots::OrgKind::Sandbox, m_org->org->url(), QStringLiteral("test"));
        QVERIFY(other);
        tester->setBot(other->id);
        QCOMPARE(qobject_cast<QLineEdit *>(tester->fieldEditor(action, QStringLiteral("LastName")))->text(), QString());
        QVERIFY(tester->resultHeading().isEmpty());
        QVERIFY(tester->resultView()->rawJson().isEmpty());
        test::saveScreenshot(tester, QStringLiteral("action_tester_other_bot"));
    }

    void actionsWithoutPermissionAreDisabledWithTheReason()
    {
        bots::PermissionSet permissions;
        permissions.set(bots::Permission::CreateLead, true);
        permissions.set(bots::Permission::ReadAccount, true);
        m_org->repo->setPermissions(m_org->botId, permissions, QStringLiteral("test"));
        ActionTester *tester = makeTester();
        QVERIFY(QTest::qWaitForWindowExposed(tester));
        tester->selectAction(QStringLiteral("update-opportunity"));
        QVERIFY(!tester->runButton(QStringLiteral("update-opportunity"))->isEnabled());
        QVERIFY(
            tester->blockedReason(QStringLiteral("update-opportunity")).contains(QLatin1String("UPDATE_OPPORTUNITY")));
        QVERIFY(tester->blockedReason(QStringLiteral("run-soql")).contains(QLatin1String("RUN_SOQL")));
        QVERIFY(!tester->fieldEditor(QStringLiteral("update-opportunity"), QStringLiteral("Id"))->isEnabled());
        QVERIFY(!tester->blockedReason(QStringLiteral("get-account")).contains(QLatin1String("READ_ACCOUNT")));
        test::saveScreenshot(tester, QStringLiteral("action_tester_no_permission"));
        // Granting it enables the form at once.
        permissions.set(bots::Permission::UpdateOpportunity, true);
        m_org->repo->setPermissions(m_org->botId, permissions, QStringLiteral("test"));
        QVERIFY(tester->fieldEditor(QStringLiteral("update-opportunity"), QStringLiteral("Id"))->isEnabled());
    }
};

HILAL_GUI_TEST_MAIN(TestActionTester)
#include "tst_action_tester.moc"
