// Settings…: the Connected App and API version validated as you type and stored with Save only
// when all are right; Check asks a real local org whether it knows the key and the callback URL.
#include "support/gui_test.h"
#include "support/wait.h"

#include "ui/common/gui_preferences.h"
#include "ui/common/settings_dialog.h"
#include "ui/console/bulk_export_dialog.h"

#include "core/app_paths.h"
#include "core/config.h"
#include "emulator/local_org_thread.h"
#include "emulator/seed/demo_defaults.h"
#include "secrets/token_store.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUuid>

using namespace hilal;
using namespace hilal::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        AppPaths::setDataDirOverride(m_home.path());
        // The consumer secret goes to a keychain service of this test's own.
        qputenv("HILAL_SF_KEYCHAIN_SERVICE",
                QStringLiteral("hilal-sf-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8());
        emulator::LocalOrgOptions options;
        options.records = 10;
        m_org = std::make_unique<emulator::LocalOrgThread>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_org.reset();
        AppPaths::setDataDirOverride({});
    }

    void validatesAndSavesOnlyGoodValues()
    {
        SettingsDialog dialog(&m_network, m_org->url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString before = Config::get(Config::SalesforceApiVersion);
        dialog.apiVersionEdit()->setText(QStringLiteral("sixty"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.save());
        QCOMPARE(Config::get(Config::SalesforceApiVersion), before); // nothing stored
        dialog.apiVersionEdit()->setText(QStringLiteral("61.0"));
        dialog.consumerKeyEdit()->setText(QStringLiteral("  3MVG9.example  "));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.save());
        QCOMPARE(Config::get(Config::SalesforceApiVersion), QStringLiteral("61.0"));
        QCOMPARE(Config::get(Config::SalesforceClientId), QStringLiteral("3MVG9.example"));
    }

    // The consumer secret: typed (never shown), kept in the keychain only, removable.
    void consumerSecretGoesToTheKeychainOnly()
    {
        auto storedSecret = [] {
            secrets::TokenStore store;
            secrets::TokenJob *job = store.loadSecret(secrets::TokenStore::kClientSecretKey);
            QString value = QStringLiteral("(no answer)");
            bool done = false;
            connect(job, &secrets::TokenJob::finished, job, [&] {
                value = job->ok() ? job->secret() : QString();
                done = true;
            });
            [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, 20000);
            return value;
        };
        QCOMPARE(storedSecret(), QString());
        {
            SettingsDialog dialog(&m_network, m_org->url());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.consumerSecretEdit()->echoMode(), QLineEdit::Password);
            QVERIFY(!dialog.removeSecretBox()->isEnabled()); // nothing stored yet
            dialog.consumerSecretEdit()->setText(QStringLiteral("  s3cret-from-settings  "));
            test::saveScreenshot(&dialog, QStringLiteral("settings_consumer_secret"));
            QVERIFY(dialog.save());
            QVERIFY(dialog.consumerSecretEdit()->text().isEmpty());
        }
        QCOMPARE(storedSecret(), QStringLiteral("s3cret-from-settings"));
        // Nothing about it in the settings file.
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cret-from-settings"), qPrintable(file.fileName()));
        }
        {
            SettingsDialog dialog(&m_network, m_org->url());
            QTRY_VERIFY(dialog.removeSecretBox()->isEnabled()); // it knows one is stored
            QVERIFY(dialog.consumerSecretEdit()->text().isEmpty()); // but never shows it
            dialog.removeSecretBox()->setChecked(true);
            QVERIFY(dialog.save());
        }
        QCOMPARE(storedSecret(), QString());
    }

    void checkAsksTheOrg()
    {
        SettingsDialog dialog(&m_network, m_org->url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy done(&dialog, &SettingsDialog::checkFinished);
        const QString host = m_org->url().host();

        dialog.consumerKeyEdit()->setText(QStringLiteral("NoSuchConnectedApp"));
        dialog.callbackUrlEdit()->setText(QString(emulator::demo::kRedirectUri));
        dialog.checkButton()->click();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY2(done.last().at(1).toString().contains(QLatin1String("does not know this consumer key")),
                 qPrintable(done.last().at(1).toString()));

        dialog.consumerKeyEdit()->setText(QString(emulator::demo::kClientId));
        dialog.callbackUrlEdit()->setText(QStringLiteral("http://localhost:9999/elsewhere"));
        dialog.checkButton()->click();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY2(done.last().at(1).toString().contains(QLatin1String("callback URL is not one")),
                 qPrintable(done.last().at(1).toString()));

        dialog.callbackUrlEdit()->setText(QString(emulator::demo::kRedirectUri));
        dialog.checkButton()->click();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(dialog.checkResultLabel()->text(),
                 host + QStringLiteral(" knows the consumer key and accepts the callback URL."));
        test::saveScreenshot(&dialog, QStringLiteral("settings_dialog_checked"));
    }

    // An org that cannot be reached gets a sentence that says what happened and what to do;
    // Qt's own wording ("Connection refused") stays in the log.
    void checkExplainsAnUnreachableOrg()
    {
        // A port nothing listens on: the connection is refused at once.
        const QUrl refusing(QStringLiteral("http://127.0.0.1:%1").arg(test::freePort()));
        SettingsDialog dialog(&m_network, refusing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy done(&dialog, &SettingsDialog::checkFinished);
        dialog.consumerKeyEdit()->setText(QString(emulator::demo::kClientId));
        dialog.callbackUrlEdit()->setText(QString(emulator::demo::kRedirectUri));
        dialog.checkButton()->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).toBool(), false);
        const QString sentence = done.last().at(1).toString();
        QCOMPARE(sentence,
                 QStringLiteral("Could not reach 127.0.0.1: the server refused the connection. Check the address and "
                                "port, and that the server is running, then try again."));
        QVERIFY2(!sentence.contains(QLatin1String("Connection refused")), qPrintable(sentence));
        QCOMPARE(dialog.checkResultLabel()->text(), sentence);
        // All of it is on screen: the dialog grows for a sentence that wraps.
        QLabel *result = dialog.checkResultLabel();
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        test::saveScreenshot(&dialog, QStringLiteral("settings_dialog_unreachable"));
    }

    // Defaults for new bots and the console's Bulk export threshold are stored by Save (and the
    // console's threshold follows at once); the org's API versions are offered for the field.
    void preferencesAndTheOrgsApiVersions()
    {
        SettingsDialog dialog(&m_network, m_org->url());
        QSignalSpy versions(&dialog, &SettingsDialog::apiVersionsLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(versions.count() || versions.wait(15000));
        const QStringList listed = dialog.orgApiVersions();
        QVERIFY2(listed.size() > 1 && listed.contains(Config::defaultValue(Config::SalesforceApiVersion)),
                 qPrintable(listed.join(QLatin1Char(','))));
        QVERIFY(listed.first().toDouble() > listed.last().toDouble()); // newest first
        QVERIFY(dialog.apiVersionEdit()->completer());
        QCOMPARE(dialog.apiVersionEdit()->completer()->model()->rowCount(), listed.size());

        QCOMPARE(GuiPreferences::newBotAudience(), bots::Audience::Internal);
        QCOMPARE(GuiPreferences::bulkSuggestRows(), GuiPreferences::DefaultBulkSuggestRows);
        dialog.newBotAudienceBox()->setCurrentIndex(dialog.newBotAudienceBox()->findData(int(bots::Audience::Public)));
        dialog.newBotOrgKindBox()->setCurrentIndex(dialog.newBotOrgKindBox()->findData(int(bots::OrgKind::Sandbox)));
        dialog.bulkSuggestRowsBox()->setValue(20000);
        test::saveScreenshot(&dialog, QStringLiteral("settings_dialog_preferences"));
        QVERIFY(dialog.save());
        QCOMPARE(GuiPreferences::newBotAudience(), bots::Audience::Public);
        QCOMPARE(GuiPreferences::newBotOrgKind(), bots::OrgKind::Sandbox);
        QCOMPARE(GuiPreferences::bulkSuggestRows(), qint64(20000));
        QCOMPARE(BulkExportDialog::largeResultRows(), qint64(20000));

        // Out of range: refused with a sentence, nothing stored.
        QVERIFY(!GuiPreferences::setBulkSuggestRows(5).isEmpty());
        QCOMPARE(GuiPreferences::bulkSuggestRows(), qint64(20000));

        // The next dialog shows what is stored.
        SettingsDialog again(&m_network, m_org->url());
        QCOMPARE(again.newBotAudienceBox()->currentData().toInt(), int(bots::Audience::Public));
        QCOMPARE(again.bulkSuggestRowsBox()->value(), 20000);
        QVERIFY(GuiPreferences::setBulkSuggestRows(GuiPreferences::DefaultBulkSuggestRows).isEmpty());
        GuiPreferences::setNewBotAudience(bots::Audience::Internal);
        GuiPreferences::setNewBotOrgKind(bots::OrgKind::Production);
    }

private:
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<emulator::LocalOrgThread> m_org;
};

HILAL_GUI_TEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
