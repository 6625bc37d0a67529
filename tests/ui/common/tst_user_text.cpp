// The app shows the libraries' messages without the CLI commands they suggest (the messages are
// the real ones the dispatcher, the repository and the error mapper give).
#include "ui/common/user_text.h"

#include <QTest>

using hilal::ui::UserText;

class TestUserText : public QObject
{
    Q_OBJECT
private slots:
    void removesCliHints_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("shown");
        QTest::newRow("parenthesis with a GUI alternative")
            << QStringLiteral("Salesforce refused to refresh this bot's session, so it must be connected again: "
                              "reconnect it (hilal-sf connect --bot b1, or Reconnect in the app).")
            << QStringLiteral("Salesforce refused to refresh this bot's session, so it must be connected again: "
                              "reconnect it (Reconnect in the app).");
        QTest::newRow("parenthesis that is only the command")
            << QStringLiteral("The bot lacks the RUN_SOQL permission, which run-soql needs; an admin can grant it "
                              "(hilal-sf grant --bot b1 RUN_SOQL).")
            << QStringLiteral("The bot lacks the RUN_SOQL permission, which run-soql needs; an admin can grant it.");
        QTest::newRow("clause after a semicolon")
            << QStringLiteral("There is no bot with id 'b9'; `hilal-sf bots list` shows the ids.")
            << QStringLiteral("There is no bot with id 'b9'.");
        QTest::newRow("command after a colon in a clause")
            << QStringLiteral("RUN_SOQL lets anyone read records. This bot is public and no admin has accepted the "
                              "risk; "
                              "to allow it anyway: hilal-sf grant --bot b1 --allow-public-risk \"REASON\" RUN_SOQL.")
            << QStringLiteral("RUN_SOQL lets anyone read records. This bot is public and no admin has "
                              "accepted the risk.");
        QTest::newRow("a sentence that is only a command")
            << QStringLiteral("Region__c is required. Use `hilal-sf mapping set --bot b1 Region__c --from PARAM`.")
            << QStringLiteral("Region__c is required.");
        QTest::newRow("Arabic parenthesis with a GUI alternative")
            << QStringLiteral("الروبوت غير متصل بـ Salesforce؛ صِله أولًا (hilal-sf connect --bot b1، أو «اتصال» في "
                              "التطبيق).")
            << QStringLiteral("الروبوت غير متصل بـ Salesforce؛ صِله أولًا («اتصال» في التطبيق).");
        QTest::newRow("Arabic clause after its semicolon")
            << QStringLiteral("لا يوجد روبوت بالمعرّف 'b9'؛ يعرض `hilal-sf bots list` المعرّفات.")
            << QStringLiteral("لا يوجد روبوت بالمعرّف 'b9'.");
        QTest::newRow("no command: unchanged") << QStringLiteral("Salesforce answered 503; try again later.")
                                               << QStringLiteral("Salesforce answered 503; try again later.");
    }

    // The program named in a sentence is not a command: the message stays whole.
    void keepsTheProgramsName_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("locked") << QStringLiteral(
            "tokens.enc is locked by another hilal-sf (tokens.enc.lock); nothing was written.");
        QTest::newRow("not ours") << QStringLiteral("Not a token file of hilal-sf (or one from a newer version)");
        QTest::newRow("Arabic") << QStringLiteral("يغيّر hilal-sf آخر قائمة الإلغاءات المعلّقة؛ لم يتغيّر شيء.");
    }

    void keepsTheProgramsName()
    {
        QFETCH(QString, message);
        QCOMPARE(UserText::withoutCliHints(message), message);
    }

    void removesCliHints()
    {
        QFETCH(QString, message);
        QFETCH(QString, shown);
        const QString text = UserText::withoutCliHints(message);
        QCOMPARE(text, shown);
        QVERIFY(!text.contains(QLatin1String("hilal-sf")));
    }
};

QTEST_GUILESS_MAIN(TestUserText)
#include "tst_user_text.moc"
