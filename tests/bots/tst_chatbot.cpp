// Chatbot: id shape and uniqueness, name and login URL validation, enum names.
#include "bots/chatbot.h"

#include <QSet>
#include <QTest>

using namespace hilal::bots;

class TestChatbot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreShortStableShapeAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString id = Chatbot::newId();
            QCOMPARE(id.size(), 12);
            QVERIFY2(Chatbot::isValidId(id), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 2000);
        QVERIFY(!Chatbot::isValidId(QStringLiteral("bot_ABCDEFGH")));
        QVERIFY(!Chatbot::isValidId(QStringLiteral("bot_abc")));
        QVERIFY(!Chatbot::isValidId(QStringLiteral("../etc/passwd")));
    }

    void names()
    {
        QVERIFY(Chatbot::validateName(QStringLiteral("Website concierge")).isEmpty());
        QVERIFY(!Chatbot::validateName(QStringLiteral("   ")).isEmpty());
        QVERIFY(!Chatbot::validateName(QString(81, QLatin1Char('x'))).isEmpty());
        QVERIFY(!Chatbot::validateName(QStringLiteral("two\nlines")).isEmpty());
    }

    void loginUrls()
    {
        QVERIFY(Chatbot::validateLoginUrl(QUrl()).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("https://acme.my.salesforce.com"))).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://127.0.0.1:4321"))).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://localhost:4321"))).isEmpty());
        QVERIFY(!Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://acme.my.salesforce.com"))).isEmpty());
        QVERIFY(!Chatbot::validateLoginUrl(QUrl(QStringLiteral("ftp://x"))).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://127.12.0.254:80"))).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(Chatbot::validateLoginUrl(QUrl(QStringLiteral("http://[0:0:0:0:0:0:0:1]:8080"))).isEmpty());
    }

    // Plain http only for a literal loopback address or localhost: a name that looks like one
    // resolves wherever its owner likes, and the token would travel in clear.
    void loginUrlLookalikesAreNotLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("nip.io") << QStringLiteral("http://127.0.0.1.nip.io:8080");
        QTest::newRow("prefix name") << QStringLiteral("http://127.attacker.example");
        QTest::newRow("localhost suffix") << QStringLiteral("http://localhost.attacker.example");
        QTest::newRow("localhost sub") << QStringLiteral("http://evil.localhost.attacker.example");
        QTest::newRow("five parts") << QStringLiteral("http://127.0.0.1.1");
        QTest::newRow("octet over 255") << QStringLiteral("http://127.0.0.256");
        QTest::newRow("other address") << QStringLiteral("http://10.0.0.1");
        QTest::newRow("ipv6 other") << QStringLiteral("http://[::2]");
    }
    void loginUrlLookalikesAreNotLoopback()
    {
        QFETCH(QString, url);
        QVERIFY2(!Chatbot::validateLoginUrl(QUrl(url)).isEmpty(), qPrintable(url));
    }

    void effectiveLoginUrlFollowsOrgKind()
    {
        Chatbot b;
        b.orgKind = OrgKind::Sandbox;
        QCOMPARE(b.effectiveLoginUrl(), QUrl(QStringLiteral("https://test.salesforce.com")));
        b.orgKind = OrgKind::Production;
        QCOMPARE(b.effectiveLoginUrl(), QUrl(QStringLiteral("https://login.salesforce.com")));
        b.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(b.effectiveLoginUrl(), b.loginUrl);
    }

    void enumNamesRoundTrip()
    {
        QCOMPARE(Chatbot::audienceFromName(QStringLiteral("PUBLIC")), std::optional(Audience::Public));
        QCOMPARE(Chatbot::audienceName(Audience::Internal), QStringLiteral("internal"));
        QCOMPARE(Chatbot::orgKindFromName(QStringLiteral("sandbox")), std::optional(OrgKind::Sandbox));
        QVERIFY(!Chatbot::orgKindFromName(QStringLiteral("scratch")));
    }
};

QTEST_GUILESS_MAIN(TestChatbot)
#include "tst_chatbot.moc"
