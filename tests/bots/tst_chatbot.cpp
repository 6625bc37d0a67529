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
