#include "ui/console/soql_completer.h"
#include "ui/console/soql_editor.h"
#include "ui/console/soql_highlighter.h"

#include "support/gui_test.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace hilal::ui;
using Style = SoqlHighlighter::Style;

namespace {

QJsonObject field(const char *name, const char *relationship = nullptr, const char *target = nullptr)
{
    QJsonObject f {{QStringLiteral("name"), QLatin1String(name)}};
    if (relationship) {
        f.insert(QStringLiteral("relationshipName"), QLatin1String(relationship));
        f.insert(QStringLiteral("referenceTo"), QJsonArray {QLatin1String(target)});
    }
    return f;
}

QJsonObject describe(const char *name, QJsonArray fields, QJsonArray children = {})
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("childRelationships"), children}};
}

void loadSchema(SoqlCompleter &c)
{
    c.setObjects({QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("Lead"),
                  QStringLiteral("Opportunity"), QStringLiteral("User")});
    c.setDescribe(QStringLiteral("Opportunity"),
                  describe("Opportunity",
                           {field("Id"), field("Name"), field("Amount"), field("AccountId", "Account", "Account"),
                            field("StageName")}));
    c.setDescribe(QStringLiteral("Account"),
                  describe("Account", {field("Id"), field("Name"), field("OwnerId", "Owner", "User")},
                           {QJsonObject {{QStringLiteral("relationshipName"), QStringLiteral("Contacts")},
                                         {QStringLiteral("childSObject"), QStringLiteral("Contact")}}}));
    c.setDescribe(QStringLiteral("Contact"), describe("Contact", {field("Id"), field("LastName")}));
}

} // namespace

class TestSoqlHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursTokensWithTheLexer()
    {
        QTextDocument doc;
        SoqlHighlighter highlighter(&doc);
        const QString q
            = QStringLiteral("SELECT COUNT(Id), Name FROM Account WHERE Name = 'x' AND CreatedDate > LAST_N_DAYS:30 "
                             "AND CloseDate < 2025-03-31 AND Amount > 100");
        doc.setPlainText(q);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("SELECT"))), Style::Keyword);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("COUNT"))), Style::Function);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("Account"))), Style::Identifier);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("'x'"))), Style::String);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("LAST_N"))), Style::DateValue);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("2025"))), Style::DateValue);
        QCOMPARE(highlighter.styleAt(q.indexOf(QLatin1String("100"))), Style::Number);
        QVERIFY(highlighter.error().isNull());
    }

    void underlinesTheParsersError()
    {
        QTextDocument doc;
        SoqlHighlighter highlighter(&doc);
        QSignalSpy changed(&highlighter, &SoqlHighlighter::errorChanged);
        doc.setPlainText(QStringLiteral("SELECT Id FROM Account WHERE"));
        highlighter.rehighlight();
        QVERIFY(!highlighter.error().isNull());
        QVERIFY(!highlighter.error().message.isEmpty());
        QCOMPARE(changed.count(), 1);
        // The underline is a real format on the block.
        QTRY_VERIFY(std::any_of(doc.firstBlock().layout()->formats().cbegin(),
                                doc.firstBlock().layout()->formats().cend(), [](const QTextLayout::FormatRange &r) {
                                    return r.format.underlineStyle() == QTextCharFormat::WaveUnderline;
                                }));
        doc.setPlainText(QStringLiteral("SELECT Id FROM Account"));
        highlighter.rehighlight();
        QVERIFY(highlighter.error().isNull());
        QCOMPARE(changed.count(), 2);
    }

    void blankTextIsNoError()
    {
        QTextDocument doc;
        SoqlHighlighter highlighter(&doc);
        doc.setPlainText(QStringLiteral("   "));
        highlighter.rehighlight();
        QVERIFY(highlighter.error().isNull());
    }

    void completesObjectsAfterFrom()
    {
        SoqlCompleter c;
        loadSchema(c);
        const QString q = QStringLiteral("SELECT Id FROM Op");
        QCOMPARE(c.candidates(q, int(q.size())), QStringList {QStringLiteral("Opportunity")});
    }

    void completesFieldsOfTheFromObject()
    {
        SoqlCompleter c;
        loadSchema(c);
        const QString q = QStringLiteral("SELECT Id, Am FROM Opportunity");
        QCOMPARE(c.candidates(q, int(q.indexOf(QLatin1String(" FROM")))), QStringList {QStringLiteral("Amount")});
        const QString all = QStringLiteral("SELECT  FROM Opportunity");
        const QStringList fields = c.candidates(all, 7);
        QVERIFY(fields.contains(QStringLiteral("Account"))); // the relationship, for paths
        QVERIFY(fields.contains(QStringLiteral("StageName")));
    }

    void followsRelationshipPaths()
    {
        SoqlCompleter c;
        loadSchema(c);
        QSignalSpy needed(&c, &SoqlCompleter::describeNeeded);
        const QString q = QStringLiteral("SELECT Account.Owner.Na FROM Opportunity");
        const int cursor = int(q.indexOf(QLatin1String(" FROM")));
        QVERIFY(c.candidates(q, cursor).isEmpty()); // User isn't described yet: ask for it
        QCOMPARE(needed.count(), 1);
        QCOMPARE(needed.at(0).at(0).toString(), QStringLiteral("User"));
        c.setDescribe(QStringLiteral("User"), describe("User", {field("Id"), field("Name")}));
        QCOMPARE(c.candidates(q, cursor), QStringList {QStringLiteral("Name")});
        const QString one = QStringLiteral("SELECT Account.N FROM Opportunity");
        QCOMPARE(c.candidates(one, int(one.indexOf(QLatin1String(" FROM")))), QStringList {QStringLiteral("Name")});
    }

    void subqueryFieldsComeFromTheChildObject()
    {
        SoqlCompleter c;
        loadSchema(c);
        const QString q = QStringLiteral("SELECT Name, (SELECT La FROM Contacts) FROM Account");
        QCOMPARE(c.candidates(q, int(q.indexOf(QLatin1String(" FROM Contacts")))),
                 QStringList {QStringLiteral("LastName")});
    }

    void offersOnlyActivePicklistValues()
    {
        SoqlCompleter c;
        QJsonObject stage = field("StageName");
        stage.insert(QStringLiteral("type"), QStringLiteral("picklist"));
        QJsonArray values;
        for (const auto &[value, active] : {std::pair {"Open", true}, {"Retired", false}, {"Won's", true}})
            values.append(QJsonObject {{QStringLiteral("value"), QLatin1String(value)},
                                       {QStringLiteral("label"), QLatin1String(value)},
                                       {QStringLiteral("active"), active}});
        stage.insert(QStringLiteral("picklistValues"), values);
        c.setDescribe(QStringLiteral("Opportunity"), describe("Opportunity", {field("Id"), stage}));
        const QString q = QStringLiteral("SELECT Id FROM Opportunity WHERE StageName = ");
        // Quoted and escaped, ready to run; the inactive value is not offered.
        QCOMPARE(c.candidates(q, int(q.size())), (QStringList {QStringLiteral("'Open'"), QStringLiteral("'Won\\'s'")}));
        // A value place is never offered field names.
        const QString amount = QStringLiteral("SELECT Id FROM Opportunity WHERE Id = ");
        QVERIFY(c.candidates(amount, int(amount.size())).isEmpty());
    }

    void editorRunsOnCtrlEnterAndCompletes()
    {
        SoqlEditor editor;
        loadSchema(*editor.completer());
        editor.resize(600, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy run(&editor, &SoqlEditor::runRequested);
        QTest::keyClicks(&editor, QStringLiteral("SELECT Id FROM Opp"));
        QVERIFY(editor.popupCompleter()->popup()->isVisible());
        QTest::keyClick(editor.popupCompleter()->popup(), Qt::Key_Return);
        QCOMPARE(editor.query(), QStringLiteral("SELECT Id FROM Opportunity"));
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(run.count(), 1);
        QCOMPARE(editor.query(), QStringLiteral("SELECT Id FROM Opportunity")); // no newline added
        editor.setQuery(QStringLiteral("SELECT Id, FROM Opportunity WHERE"));
        editor.highlighter()->rehighlight();
        QVERIFY(!editor.highlighter()->error().isNull());
        hilal::test::saveScreenshot(&editor, QStringLiteral("soql_editor_error"));
    }
};

HILAL_GUI_TEST_MAIN(TestSoqlHighlighter)
#include "tst_soql_highlighter.moc"
