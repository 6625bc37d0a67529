#include "salesforce/json_page_scanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hilal::salesforce::JsonPageScan;

namespace {
// JSON written with single quotes (moc's lexer trips over quotes inside raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestJsonPageScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelFieldsAndRecordRanges()
    {
        const QByteArray page = json("{'totalSize': 4350, 'done': false,\n"
                                     " 'nextRecordsUrl': '/services/data/v60.0/query/0r8xx3DemoLocAQ-2000',\n"
                                     " 'records': [ {'attributes': {'type': 'Opportunity'}, 'Name': 'a } ] \\u0022 \\' "
                                     ", {', 'Amount': 18500.0},\n"
                                     "   {'Id': '2', 'OpportunityContactRoles': {'totalSize': 300, 'done': false,\n"
                                     "      'nextRecordsUrl': '/services/data/v60.0/query/child-200', 'records': "
                                     "[{'Role': 'x'}]}, 'Account': null} ]}");
        const JsonPageScan s = JsonPageScan::scan(page);
        QVERIFY(s.ok);
        QCOMPARE(s.totalSize, 4350);
        QCOMPARE(s.done, false);
        // The page's own locator, never the child subquery's.
        QCOMPARE(s.nextRecordsUrl, QByteArray("/services/data/v60.0/query/0r8xx3DemoLocAQ-2000"));
        QCOMPARE(s.records.size(), 2);
        const QJsonObject first
            = QJsonDocument::fromJson(page.mid(s.records[0].begin, s.records[0].end - s.records[0].begin)).object();
        QCOMPARE(first.value(QLatin1String("Name")).toString(), QStringLiteral("a } ] \" \" , {"));
        const QJsonObject second
            = QJsonDocument::fromJson(page.mid(s.records[1].begin, s.records[1].end - s.records[1].begin)).object();
        QCOMPARE(second.value(QLatin1String("Id")).toString(), QStringLiteral("2"));
        QVERIFY(second.value(QLatin1String("Account")).isNull());
    }

    void lastPageAndEmpty()
    {
        JsonPageScan s = JsonPageScan::scan(json("{'totalSize':1287,'done':true,'records':[]}"));
        QVERIFY(s.ok);
        QVERIFY(s.done);
        QVERIFY(s.nextRecordsUrl.isEmpty());
        QCOMPARE(s.records.size(), 0);
        s = JsonPageScan::scan(
            json("{'done':false,'nextRecordsUrl':'\\/services\\/data\\/v60.0\\/query\\/x-2','records':[{}]}"));
        QCOMPARE(s.nextRecordsUrl, QByteArray("/services/data/v60.0/query/x-2"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("truncated") << json("{'done':true,'records':[{'a':1}");
        QTest::newRow("open string") << json("{'done':true,'records':[{'a':'x}]}");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        // Each of these used to leave the scanner in place, appending empty records forever.
        QTest::newRow("brace for bracket") << json("{'done':true,'records':[{'a':1}}");
        QTest::newRow("brace in records") << json("{'done':true,'records':[}]}");
        QTest::newRow("colon in records") << json("{'done':true,'records':[:]}");
        QTest::newRow("comma run") << json("{'done':true,'records':[,,]}");
        QTest::newRow("bracket for brace") << json("{'done':true,'records':[{'a':[1}]}");
        QTest::newRow("missing comma") << json("{'done':true,'records':[{'a':1} {'b':2}]}");
        QTest::newRow("trailing comma") << json("{'done':true,'records':[{'a':1},]}");
        QTest::newRow("scalar record") << json("{'done':true,'records':[1]}");
        QTest::newRow("key without value") << json("{'done':true,'records':[{'a'}]}");
        QTest::newRow("stray colon") << json("{'done'::true,'records':[]}");
        QTest::newRow("empty value") << json("{'done':,'records':[]}");
        QTest::newRow("bare word") << json("{'done':yes,'records':[]}");
        QTest::newRow("top trailing comma") << json("{'done':true,}");
        QTest::newRow("garbage after") << json("{'done':true,'records':[]} x");
        QTest::newRow("unclosed nest") << json("{'done':true,'records':[{'a':{'b':[[[{}]]]}]}");
    }
    void malformed()
    {
        QFETCH(QByteArray, page);
        QVERIFY(!JsonPageScan::scan(page).ok);
    }

    // Well-formed JSON of any shape the wire may carry still scans.
    void nestedValues()
    {
        const JsonPageScan s = JsonPageScan::scan(
            json("{ 'totalSize' : 2 , 'done' : true , 'extra': {'a': [1, -2.5e3, true, false, null, {}, [], '']},"
                 " 'records' : [ {'a': {'b': [[{}], []]}} , {} ] }\n"));
        QVERIFY(s.ok);
        QCOMPARE(s.totalSize, 2);
        QCOMPARE(s.records.size(), 2);
        QVERIFY(JsonPageScan::scan(json("{}")).ok);
    }
};

QTEST_APPLESS_MAIN(TestJsonPageScanner)
#include "tst_json_page_scanner.moc"
