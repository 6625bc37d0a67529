// The bot list: add through the dialog (validated as you type), rename (org settings fixed),
// remove with confirmation through the MessageBox seam, disconnecting first; each bot's
// connection state and org shown and kept current.
#include "support/gui_test.h"
#include "support/local_org_fixture.h"

#include "ui/bots/add_bot_dialog.h"
#include "ui/bots/bot_list.h"
#include "ui/bots/bot_properties_dialog.h"
#include "ui/bots/permission_risk_dialog.h"
#include "ui/common/app_context.h"
#include "ui/common/main_menu.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/integrations/integrations_page.h"

#include "actions/connection_service.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "secrets/token_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

using namespace hilal;
using namespace hilal::ui;

namespace {

// Runs `fill` on the next modal dialog of type D (AddBotDialog by default) as soon as it is shown.
template<typename D = AddBotDialog, typename Fill> void onNextDialog(Fill fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestBotList : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        AppPaths::setDataDirOverride(m_home->path());
        AppContext::Options options;
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_context = std::make_unique<AppContext>(options);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
        m_window.reset();
        m_context.reset();
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    void dialogValidatesAsYouType()
    {
        AddBotDialog dialog;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setName(QStringLiteral("Website concierge"));
        QVERIFY(ok->isEnabled());
        dialog.setLoginUrl(QStringLiteral("ftp://nope"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());
        dialog.setLoginUrl(QStringLiteral("https://acme.my.salesforce.com"));
        QVERIFY(ok->isEnabled());
    }

    void showsConnectionStateAndOrg()
    {
        const auto concierge = m_context->bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                                      bots::OrgKind::Production);
        const auto salesOps
            = m_context->bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Sandbox);
        QVERIFY(concierge && salesOps);
        BotList *list = m_window->botList();
        QCOMPARE(list->connectionState(concierge->id), BotList::ConnectionState::NotConnected);
        QCOMPARE(list->connectionText(salesOps->id), QStringLiteral("Not connected"));

        // Storing the connection (as a finished login does) updates the list at once.
        bots::ConnectionInfo info;
        info.orgName = QStringLiteral("Acme UAT");
        info.username = QStringLiteral("ops@acme.example");
        info.instanceUrl = QUrl(QStringLiteral("https://acme--uat.sandbox.my.salesforce.com"));
        info.sandbox = true;
        QVERIFY(m_context->bots()->setConnectionInfo(salesOps->id, info));
        QCOMPARE(list->connectionState(salesOps->id), BotList::ConnectionState::Connected);
        QCOMPARE(list->connectionText(salesOps->id), QStringLiteral("Connected · Acme UAT"));
        const QModelIndex row = list->view()->model()->index(1, 0);
        QVERIFY2(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Connected · Acme UAT")),
                 qPrintable(row.data(Qt::AccessibleTextRole).toString()));
        QCOMPARE(list->connectionState(concierge->id), BotList::ConnectionState::NotConnected);
        // Three lines a bot: name, audience and kind, state and org.
        QVERIFY(list->view()->sizeHintForRow(0) >= 3 * list->view()->fontMetrics().height());
        test::saveScreenshot(m_window.get(), QStringLiteral("bot_list_connection_state"));

        QVERIFY(m_context->bots()->clearConnectionInfo(salesOps->id));
        QCOMPARE(list->connectionText(salesOps->id), QStringLiteral("Not connected"));
        QVERIFY(list->view()
                    ->model()
                    ->index(1, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("Not connected")));
    }

    // In demo mode Add Bot offers the local demo org first: a bot added that way logs in there.
    void demoModeOffersTheDemoOrg()
    {
        const QUrl demoOrg(QStringLiteral("http://127.0.0.1:48123"));
        m_context->setDemoOrgUrl(demoOrg);
        const auto restore = qScopeGuard([this] { m_context->setDemoOrgUrl({}); });
        bool offered = false;
        onNextDialog([&offered, demoOrg](AddBotDialog *dialog) {
            offered = dialog->isDemoOrgChosen() && dialog->loginUrl() == demoOrg;
            auto *org = dialog->findChild<QComboBox *>();
            QVERIFY(org->currentText().contains(QLatin1String("127.0.0.1:48123")));
            // Another org gives the login URL field back, empty; the demo org fills it again.
            org->setCurrentIndex(1);
            QVERIFY(dialog->loginUrl().isEmpty());
            org->setCurrentIndex(0);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Demo helper"));
            test::saveScreenshot(dialog, QStringLiteral("add_bot_dialog_demo_org"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_window->botList()->addButton()->click();
        QVERIFY(offered);
        const auto bots = m_context->bots()->list();
        QCOMPARE(bots.size(), 1);
        QCOMPARE(bots.first().loginUrl, demoOrg);

        // Outside demo mode the dialog has the two Salesforce kinds only.
        m_context->setDemoOrgUrl({});
        AddBotDialog plain;
        QVERIFY(!plain.isDemoOrgChosen());
        QCOMPARE(plain.findChild<QComboBox *>()->count(), 2);
    }

    void addRenameRemove()
    {
        BotList *list = m_window->botList();
        QCOMPARE(list->count(), 0);

        onNextDialog([](AddBotDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Website concierge"));
            dialog->setAudience(bots::Audience::Public);
            dialog->setOrgKind(bots::OrgKind::Sandbox);
            test::saveScreenshot(dialog, QStringLiteral("add_bot_dialog"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        list->addButton()->click();
        QCOMPARE(list->count(), 1);
        const auto bots = m_context->bots()->list();
        QCOMPARE(bots.size(), 1);
        QCOMPARE(bots.first().name, QStringLiteral("Website concierge"));
        QCOMPARE(bots.first().audience, bots::Audience::Public);
        QCOMPARE(bots.first().orgKind, bots::OrgKind::Sandbox);
        const QString botId = bots.first().id;
        QCOMPARE(list->selectedBotId(), botId);
        QCOMPARE(m_context->currentBotId(), botId);

        // Rename: only the name can change.
        onNextDialog([](AddBotDialog *dialog) {
            QVERIFY(dialog->isRenameMode());
            dialog->setName(QStringLiteral("Concierge"));
            dialog->setOrgKind(bots::OrgKind::Production); // disabled in the UI; ignored anyway
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        list->renameButton()->click();
        QCOMPARE(m_context->bots()->get(botId)->name, QStringLiteral("Concierge"));
        QCOMPARE(m_context->bots()->get(botId)->orgKind, bots::OrgKind::Sandbox);
        QCOMPARE(list->view()->currentIndex().data().toString(), QStringLiteral("Concierge"));
        test::saveScreenshot(m_window.get(), QStringLiteral("bot_list_one_bot"));

        // Remove asks first; Cancel keeps the bot.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        list->removeButton()->click();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Remove Bot"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Concierge")));
        QTest::qWait(100);
        QVERIFY(m_context->bots()->contains(botId));

        // A stored (dead) token: removal deletes it from the keychain first.
        salesforce::Connection connection;
        connection.botId = botId;
        connection.accessToken = QStringLiteral("00Dxx!dead");
        connection.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: revoke fails fast
        secrets::TokenJob *saved = m_context->tokens()->save(connection);
        QSignalSpy savedSpy(saved, &secrets::TokenJob::finished);
        QVERIFY(savedSpy.wait(10000));

        MessageBox::setNextAnswer(MessageBox::Remove);
        list->removeButton()->click();
        // The revoke cannot reach the org: the bot goes anyway, the token waits as "revoke
        // pending", and a warning says so.
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->bots()->contains(botId), 30000);
        QTRY_COMPARE(MessageBox::lastTitle(), QStringLiteral("Bot Removed, Revoke Pending"));
        QVERIFY(m_context->connections()->isRevokePending(botId));
        QCOMPARE(list->count(), 0);
        QVERIFY(m_context->currentBotId().isEmpty());
        secrets::TokenJob *job = m_context->tokens()->load(botId);
        QSignalSpy loaded(job, &secrets::TokenJob::finished);
        QVERIFY(loaded.wait(10000));
        QVERIFY(job->notFound());
    }

    // Audience and org kind change later, from the Bot menu: against the local org, a connected
    // bot moved to the other org kind is disconnected (the token revoked at the org) after a
    // confirmation, and the list and the Integrations card ask to reconnect it.
    void propertiesChangeAudienceAndOrgKind()
    {
        test::LocalOrgFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        const auto bot = m_context->bots()->add(QStringLiteral("Website concierge"), bots::Audience::Internal,
                                                bots::OrgKind::Production, fixture.org->url());
        QVERIFY(bot);
        QVERIFY(m_context->bots()->grant(bot->id, {bots::Permission::CreateOAuth, bots::Permission::RunSoql}));
        bool stored = false;
        m_context->connections()->finishConnect(bot->id, fixture.connection, this,
                                                [&](const actions::ConnectionService::Result &result) {
                                                    QVERIFY2(result.ok(), qPrintable(result.message));
                                                    stored = true;
                                                });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);
        BotList *list = m_window->botList();
        list->selectBot(bot->id);
        QCOMPARE(list->connectionState(bot->id), BotList::ConnectionState::Connected);
        MainMenu *menu = m_window->findChild<MainMenu *>();
        QVERIFY(menu->propertiesAction()->isEnabled());

        // The dialog says what the change does; cancelling the confirmation changes nothing.
        QString note;
        const auto choose = [&](BotPropertiesDialog *dialog) {
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // nothing changed yet
            dialog->setAudience(bots::Audience::Public);
            dialog->setOrgKind(bots::OrgKind::Sandbox);
            QVERIFY(dialog->endsConnection());
            note = dialog->noteText();
            QTest::qWait(50);
            test::saveScreenshot(dialog, QStringLiteral("bot_properties_dialog"));
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        };
        onNextDialog<BotPropertiesDialog>(choose);
        PermissionRiskDialog::setNextAnswer(QStringLiteral("staff page behind SSO"));
        MessageBox::setNextAnswer(MessageBox::Cancel);
        menu->propertiesAction()->trigger();
        QVERIFY2(note.contains(QLatin1String("token is revoked")), qPrintable(note));
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Change Org Kind"));
        QTest::qWait(200);
        QCOMPARE(m_context->bots()->get(bot->id)->orgKind, bots::OrgKind::Production);
        QCOMPARE(m_context->bots()->get(bot->id)->audience, bots::Audience::Internal);
        QVERIFY(m_context->bots()->connectionInfo(bot->id));
        QCOMPARE(fixture.count(QStringLiteral("POST"), QStringLiteral("/services/oauth2/revoke")), 0);

        // Confirmed: the token is revoked at the org, the bot is public (with the reason) and a
        // sandbox bot, and it asks to be connected again.
        onNextDialog<BotPropertiesDialog>(choose);
        PermissionRiskDialog::setNextAnswer(QStringLiteral("staff page behind SSO"));
        MessageBox::setNextAnswer(MessageBox::Disconnect);
        menu->propertiesAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->bots()->connectionInfo(bot->id), 20000);
        QCOMPARE(m_context->bots()->get(bot->id)->orgKind, bots::OrgKind::Sandbox);
        QCOMPARE(m_context->bots()->get(bot->id)->audience, bots::Audience::Public);
        QCOMPARE(m_context->bots()->publicRiskReason(bot->id, bots::Permission::RunSoql),
                 QStringLiteral("staff page behind SSO"));
        QCOMPARE(fixture.count(QStringLiteral("POST"), QStringLiteral("/services/oauth2/revoke")), 1);
        QTRY_COMPARE(list->connectionState(bot->id), BotList::ConnectionState::NeedsReconnect);
        QCOMPARE(list->connectionText(bot->id), QStringLiteral("Needs reconnect"));
        QVERIFY(
            list->view()->currentIndex().data(Qt::AccessibleTextRole).toString().contains(QLatin1String("sandbox")));
        secrets::TokenJob *job = m_context->tokens()->load(bot->id);
        QSignalSpy loaded(job, &secrets::TokenJob::finished);
        QVERIFY(loaded.wait(10000));
        QVERIFY(job->notFound());

        m_window->resize(1000, 700);
        m_window->tabs()->setCurrentIndex(MainWindow::IntegrationsIndex);
        IntegrationsPage *page = m_window->integrationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isPageReady(), 30000);
        QTRY_COMPARE(page->status(), IntegrationsPage::Status::NeedsReconnect);
        QVERIFY(test::waitForJs(page->view()->page(),
                                QStringLiteral("document.getElementById('sf-connect').textContent === 'Reconnect' && "
                                               "document.getElementById('sf-error-reason').textContent.includes("
                                               "'org kind changed')")));
        test::saveScreenshot(m_window.get(), QStringLiteral("bot_properties_needs_reconnect"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

HILAL_GUI_TEST_MAIN(TestBotList)
#include "tst_bot_list.moc"
