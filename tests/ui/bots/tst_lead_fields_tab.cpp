// The Lead fields tab against a real local org whose Lead has a required picklist Region__c: the
// org's fields with required ones marked, a problem for the required field without a source that
// goes away once a source is saved (audited), and the preview showing the Lead or the errors
// without sending anything. Screenshots: lead_fields_problem.png, lead_fields_preview.png.
#include "support/gui_test.h"
#include "support/org_fixture.h"
#include "support/org_services.h"

#include "ui/bots/lead_fields_tab.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace hilal;
using namespace hilal::ui;

class TestLeadFieldsTab : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::OrgFixture> m_org;

    int leadPosts() const
    {
        int n = 0;
        for (const auto &r : m_org->org->requests())
            n += (r.method == QLatin1String("POST") && r.path.contains(QLatin1String("/sobjects/Lead"))) ? 1 : 0;
        return n;
    }
    static int rowOf(QTableWidget *table, const QString &field)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == field) // column 0 is the label from describe
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_org = std::make_unique<test::OrgFixture>();
        QString error;
        const auto fields = emulator::CustomFields::fromJson(R"({"Lead": [{"name": "Region__c", "label": "Region",
            "type": "picklist", "required": true, "values": ["EMEA", "APAC", "AMER"]}]})",
                                                             &error);
        QVERIFY2(fields, qPrintable(error));
        m_org->options.customFields.merge(*fields);
        QVERIFY2(m_org->startWithBot(bots::PermissionSet({bots::Permission::CreateLead}), 20),
                 qPrintable(m_org->error));
    }

    // The libraries' messages suggest CLI commands ("hilal-sf connect --bot …"); the tab keeps
    // the GUI's way only.
    void anUnconnectedBotIsExplainedWithoutCliCommands()
    {
        const QString botId = m_org->addBot(bots::PermissionSet({bots::Permission::CreateLead}), false);
        LeadFieldsTab tab(test::services(*m_org));
        tab.show();
        tab.setBot(botId);
        QTRY_VERIFY_WITH_TIMEOUT(tab.statusLabel()->text().contains(QLatin1String("could not be read")), 20000);
        const QString text = tab.statusLabel()->text();
        QVERIFY2(!text.contains(QLatin1String("hilal-sf")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Connect")), qPrintable(text));
    }

    void showsFieldsProblemsAndPreview()
    {
        LeadFieldsTab tab(test::services(*m_org));
        tab.resize(1100, 820);
        tab.show();
        QSignalSpy loaded(&tab, &LeadFieldsTab::describeLoaded);
        tab.setBot(m_org->botId);
        QVERIFY(loaded.wait(20000));

        QTableWidget *table = tab.fieldTable();
        const int region = rowOf(table, QStringLiteral("Region__c"));
        QVERIFY(region >= 0);
        for (int r = 0; r <= region; ++r) // required fields first
            QCOMPARE(table->item(r, 3)->text(), QStringLiteral("required"));
        QCOMPARE(table->item(region, 3)->text(), QStringLiteral("required"));
        QCOMPARE(table->item(region, 2)->text(), QStringLiteral("picklist (EMEA, APAC, AMER)"));
        // People read the label from describe first; the API name comes second.
        QVERIFY(!table->item(region, 0)->text().isEmpty());
        QVERIFY(table->item(region, 0)->text() != QLatin1String("Region__c"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("API name"));
        QVERIFY(table->item(region, 4)->text().startsWith(QStringLiteral("none")));
        QVERIFY(rowOf(table, QStringLiteral("Chat_Transcript__c")) > 0);
        QVERIFY(rowOf(table, QStringLiteral("CreatedDate")) < 0); // not createable, not listed
        QVERIFY2(tab.problemsLabel()->text().contains(QStringLiteral("Region__c is required")),
                 qPrintable(tab.problemsLabel()->text()));

        m_org->org->resetRequests();
        tab.payloadEdit()->setPlainText(
            QStringLiteral(R"({"LastName": "Okafor", "Company": "Brightwave", "region": "APAC"})"));
        QVERIFY2(tab.previewView()->toPlainText().contains(QStringLiteral("Region__c")),
                 qPrintable(tab.previewView()->toPlainText()));
        QVERIFY(tab.previewView()->toPlainText().contains(QStringLiteral("400")));
        QCoreApplication::sendPostedEvents(); // let the layouts take the new texts in
        test::saveScreenshot(&tab, QStringLiteral("lead_fields_problem"));

        // Region__c ← the chat's "region": the problem goes, the preview shows the Lead.
        tab.fieldBox()->setCurrentText(QStringLiteral("Region__c"));
        tab.sourceKindBox()->setCurrentIndex(0);
        tab.sourceValueEdit()->setText(QStringLiteral("region"));
        tab.applyButton()->click();
        QCOMPARE(m_org->repo->leadFieldMapping(m_org->botId).source(QStringLiteral("Region__c"))->value,
                 QStringLiteral("region"));
        QVERIFY2(tab.problemsLabel()->text().contains(QStringLiteral("No problems")),
                 qPrintable(tab.problemsLabel()->text()));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Region__c")), 4)->text(),
                 QStringLiteral("from the chat's \"region\""));
        QVERIFY2(tab.previewView()->toPlainText().contains(QStringLiteral("\"Region__c\": \"APAC\"")),
                 qPrintable(tab.previewView()->toPlainText()));

        tab.payloadEdit()->setPlainText(
            QStringLiteral(R"({"LastName": "Okafor", "Company": "Brightwave", "region": "Mars"})"));
        QVERIFY2(tab.previewView()->toPlainText().contains(QStringLiteral("allowed values: EMEA, APAC, AMER")),
                 qPrintable(tab.previewView()->toPlainText()));
        tab.payloadEdit()->setPlainText(
            QStringLiteral(R"({"LastName": "Okafor", "Company": "Brightwave", "region": "EMEA"})"));
        QCoreApplication::sendPostedEvents(); // let the layouts take the new texts in
        test::saveScreenshot(&tab, QStringLiteral("lead_fields_preview"));
        QCOMPARE(leadPosts(), 0); // the preview never sends

        // A bad source is refused with a sentence; nothing changes.
        tab.sourceValueEdit()->setText(QStringLiteral("the region"));
        tab.applyButton()->click();
        QVERIFY(tab.statusLabel()->text().contains(QStringLiteral("not a chat parameter name")));
        QCOMPARE(m_org->repo->leadFieldMapping(m_org->botId).source(QStringLiteral("Region__c"))->value,
                 QStringLiteral("region"));
    }
};

HILAL_GUI_TEST_MAIN(TestLeadFieldsTab)
#include "tst_lead_fields_tab.moc"
