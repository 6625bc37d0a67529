// The SOQL console against a real local org over loopback HTTP: guard refusals send nothing,
// the confirmation dialog's Cancel sends nothing, 10,000 rows all reach the grid and the CSV;
// "as admin" needs no bot permission and is audited with the admin as who, exports are audited.
#include "support/gui_test.h"
#include "support/org_fixture.h"
#include "support/org_services.h"

#include "ui/activity/audit_actor.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/console/query_plan_dialog.h"
#include "ui/console/results_model.h"
#include "ui/console/results_view.h"
#include "ui/console/soql_completer.h"
#include "ui/console/soql_console.h"
#include "ui/console/soql_editor.h"
#include "ui/console/soql_highlighter.h"

#include "bots/query_history.h"
#include "bots/saved_queries.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace hilal;
using namespace hilal::ui;

class TestSoqlConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::OrgFixture> m_org;
    std::unique_ptr<bots::QueryHistory> m_history;
    std::unique_ptr<SoqlConsole> m_console;

    SoqlConsole *makeConsole()
    {
        m_history = std::make_unique<bots::QueryHistory>();
        m_console = std::make_unique<SoqlConsole>(test::services(*m_org));
        m_console->setBot(m_org->botId);
        m_console->setMode(SoqlConsole::Mode::Bot); // most tests check the bot's own path
        m_console->resize(1000, 640);
        m_console->show();
        return m_console.get();
    }

    // Valid SOQL for the local check, but the org knows no such field: Salesforce's caret layout.
    static const QString &unknownFieldQuery()
    {
        static const QString soql = QStringLiteral("SELECT Id, Nonexistent__c FROM Account LIMIT 3");
        return soql;
    }

    // Runs unknownFieldQuery() as admin; false when the run did not end in time.
    static bool runUnknownFieldQuery(SoqlConsole *console, QSignalSpy *finished)
    {
        console->setMode(SoqlConsole::Mode::Admin);
        console->editor()->setQuery(unknownFieldQuery());
        console->run();
        return finished->wait(15000);
    }

    // The console with its completion popup drawn where it sits (the popup is a window of its own).
    static void saveWithPopup(SoqlConsole *console, const QString &name)
    {
        QPixmap shot = console->grab();
        QTreeView *popup = console->editor()->popup();
        if (popup->isVisible()) {
            QPainter painter(&shot);
            painter.drawPixmap(console->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        }
        QString dir = qEnvironmentVariable("HILAL_TEST_OUTPUT_DIR");
        QDir().mkpath(dir.isEmpty() ? QDir::currentPath() : dir);
        shot.save(QDir(dir.isEmpty() ? QDir::currentPath() : dir).filePath(name + QStringLiteral(".png")));
    }

    // The org's own describe of `object`, straight from the REST API.
    QJsonObject describeOf(const QString &object)
    {
        salesforce::RestReply *reply = m_org->sessions->client(m_org->botId)->describe(object);
        QSignalSpy done(reply, &salesforce::RestReply::finished);
        if (!done.wait(15000))
            return {};
        return reply->object();
    }

    static QStringList popupColumn(SoqlEditor *editor, int column)
    {
        QStringList out;
        QAbstractItemModel *model = editor->popupCompleter()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, column).data().toString());
        return out;
    }

    // Answers the next modal dialog (QInputDialog, QMessageBox) once it is up.
    static void whenDialogOpens(std::function<void(QWidget *)> answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }

    static void typeName(const QString &name)
    {
        whenDialogOpens([name](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(name);
            input->accept();
        });
    }

    // The requests that read data (query, explain, queryMore), not the describes behind completion.
    QList<emulator::RequestLogEntry> queryRequests() const
    {
        QList<emulator::RequestLogEntry> out;
        for (const auto &entry : m_org->org->requests()) {
            if (!entry.path.contains(QLatin1String("/sobjects")))
                out.append(entry);
        }
        return out;
    }

    void waitForSchema()
    {
        // The console asks for describeGlobal when the bot is set; let it land before the test
        // counts requests.
        QTRY_VERIFY_WITH_TIMEOUT(m_org->requestCount(QStringLiteral("/sobjects")) >= 1, 10000);
        QTest::qWait(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An unexpected confirmation answers Cancel (and fails the test) rather than hanging it.
        ConfirmationDialog::setFallbackAnswer(ConfirmationDialog::Answer::Cancel);
    }

    void init()
    {
        m_org = std::make_unique<test::OrgFixture>();
        bots::PermissionSet permissions;
        permissions.set(bots::Permission::RunSoql, true);
        QVERIFY2(m_org->startWithBot(permissions), qPrintable(m_org->error));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::None);
        ConfirmationDialog::setTestHook({});
    }

    void cleanup()
    {
        m_console.reset();
        m_history.reset();
        m_org.reset();
    }

    void refusesDeleteAndSendsNothing()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        m_org->org->resetRequests();
        QSignalSpy refused(console, &SoqlConsole::refused);
        console->editor()->setFocus();
        QTest::keyClicks(console->editor(), QStringLiteral("DELETE FROM Account"));
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(refused.count(), 1);
        const QString message = console->messageLabel()->text();
        QVERIFY2(message.contains(QLatin1String("Not sent")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("DELETE"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(console->messageLabel()->isVisible());
        QCOMPARE(console->model()->rowCount(), 0);
        QCOMPARE(console->state(), SoqlConsole::State::Idle);
        QTest::qWait(100); // anything sent would have reached the org by now
        QCOMPARE(m_org->org->requests().size(), 0);
        test::saveScreenshot(console, QStringLiteral("soql_console_refused_delete"));
    }

    void completesValuesObjectsAndPathsWithLabelsAndTypes()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        SoqlEditor *editor = console->editor();
        const QJsonObject opportunity = describeOf(QStringLiteral("Opportunity"));
        QJsonObject stage, closeDate, boolean;
        for (const QJsonValue &v : opportunity.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString type = f.value(QLatin1String("type")).toString();
            if (f.value(QLatin1String("name")).toString() == QLatin1String("StageName"))
                stage = f;
            else if (type == QLatin1String("date") && closeDate.isEmpty())
                closeDate = f;
            else if (type == QLatin1String("boolean") && boolean.isEmpty())
                boolean = f;
        }
        QCOMPARE(stage.value(QLatin1String("type")).toString(), QStringLiteral("picklist"));
        QVERIFY(!closeDate.isEmpty());
        QVERIFY(!boolean.isEmpty());
        QStringList stages, stageLabels;
        for (const QJsonValue &v : stage.value(QLatin1String("picklistValues")).toArray()) {
            if (v.toObject().value(QLatin1String("active")).toBool()) {
                stages.append(QLatin1Char('\'') + v.toObject().value(QLatin1String("value")).toString()
                              + QLatin1Char('\''));
                stageLabels.append(v.toObject().value(QLatin1String("label")).toString());
            }
        }
        QVERIFY(stages.size() >= 3);

        // Object names after FROM, with their labels.
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("SELECT Id FROM Oppor"));
        QTRY_VERIFY(editor->popup()->isVisible());
        QVERIFY(popupColumn(editor, 0).contains(QStringLiteral("Opportunity")));
        QVERIFY(popupColumn(editor, 1).contains(QStringLiteral("Opportunity")));
        QTest::keyClick(editor->popup(), Qt::Key_Return);
        QCOMPARE(editor->query(), QStringLiteral("SELECT Id FROM Opportunity"));

        // A picklist's active values after `=`, as soon as the place is reached, in describe's order.
        QTest::keyClicks(editor, QStringLiteral(" WHERE StageName = "));
        QTRY_VERIFY_WITH_TIMEOUT(editor->popup()->isVisible(), 10000); // Opportunity's describe lands first
        QCOMPARE(popupColumn(editor, 0), stages);
        QCOMPARE(popupColumn(editor, 1), stageLabels);
        QVERIFY(popupColumn(editor, 2).contains(QStringLiteral("picklist value")));
        saveWithPopup(console, QStringLiteral("soql_console_complete_picklist"));
        QTest::keyClick(editor->popup(), Qt::Key_Down);
        QTest::keyClick(editor->popup(), Qt::Key_Return);
        QCOMPARE(editor->query(), QStringLiteral("SELECT Id FROM Opportunity WHERE StageName = ") + stages.at(1));

        // `!=` with an opening quote filters by what is typed; `IN (` and after a comma too.
        const QString neq = QStringLiteral("SELECT Id FROM Opportunity WHERE StageName != ") + stages.last().left(3);
        const QStringList filtered = editor->completer()->candidates(neq, int(neq.size()));
        QVERIFY(filtered.contains(stages.last()));
        QVERIFY(filtered.size() < stages.size());
        for (const QString &value : filtered)
            QVERIFY2(value.startsWith(stages.last().left(3)), qPrintable(value));
        const QString in
            = QStringLiteral("SELECT Id FROM Opportunity WHERE StageName IN (") + stages.first() + QStringLiteral(", ");
        QCOMPARE(editor->completer()->candidates(in, int(in.size())), stages);
        const QString notIn = QStringLiteral("SELECT Id FROM Opportunity WHERE StageName NOT IN (");
        QCOMPARE(editor->completer()->candidates(notIn, int(notIn.size())), stages);

        // TRUE/FALSE for a checkbox, date literals for a date.
        const QString flag = QStringLiteral("SELECT Id FROM Opportunity WHERE %1 = ")
                                 .arg(boolean.value(QLatin1String("name")).toString());
        QCOMPARE(editor->completer()->candidates(flag, int(flag.size())),
                 (QStringList {QStringLiteral("TRUE"), QStringLiteral("FALSE")}));
        const QString when = QStringLiteral("SELECT Id FROM Opportunity WHERE %1 < LAST_N")
                                 .arg(closeDate.value(QLatin1String("name")).toString());
        const QStringList dates = editor->completer()->candidates(when, int(when.size()));
        QVERIFY2(dates.contains(QStringLiteral("LAST_N_DAYS:n")), qPrintable(dates.join(QLatin1Char(' '))));
        editor->setQuery(when);
        QVERIFY(editor->complete() > 0);
        QCOMPARE(popupColumn(editor, 2).first(), QStringLiteral("date literal"));
        QTest::keyClick(editor->popup(), Qt::Key_Return);
        QVERIFY2(editor->query().endsWith(QLatin1String("< LAST_N_DAYS:")), qPrintable(editor->query()));
        editor->popup()->hide();

        // Paths once FROM is known: a relationship, then the related object's fields, with types.
        editor->setQuery(QStringLiteral("SELECT Id, Acc FROM Opportunity"));
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(editor->query().indexOf(QLatin1String(" FROM"))));
        editor->setTextCursor(cursor);
        QVERIFY(editor->complete() > 0);
        const int account = int(popupColumn(editor, 0).indexOf(QStringLiteral("Account")));
        QVERIFY(account >= 0);
        QVERIFY2(popupColumn(editor, 2).at(account).contains(QLatin1String("Account")),
                 qPrintable(popupColumn(editor, 2).at(account)));
        editor->popup()->setCurrentIndex(editor->popupCompleter()->completionModel()->index(account, 0));
        QTest::keyClick(editor->popup(), Qt::Key_Return);
        QCOMPARE(editor->query(), QStringLiteral("SELECT Id, Account. FROM Opportunity"));
        // The popup reopens with Account's fields once Account's describe is in.
        QTRY_VERIFY_WITH_TIMEOUT(editor->completer()->hasDescribe(QStringLiteral("Account")), 10000);
        QTRY_VERIFY(editor->popup()->isVisible());
        const QStringList accountFields = popupColumn(editor, 0);
        QVERIFY(accountFields.contains(QStringLiteral("Name")));
        QVERIFY(!accountFields.contains(QStringLiteral("StageName")));
        const int name = int(accountFields.indexOf(QStringLiteral("Name")));
        QCOMPARE(popupColumn(editor, 1).at(name), QStringLiteral("Account Name"));
        saveWithPopup(console, QStringLiteral("soql_console_complete_path"));
        editor->popup()->hide();
    }

    void unknownFieldsAreFlaggedLiveFromDescribe()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        SoqlEditor *editor = console->editor();
        editor->setFocus();
        QSignalSpy changed(editor, &SoqlEditor::fieldProblemsChanged);
        QTest::keyClicks(editor,
                         QStringLiteral("SELECT Id, Amont, Account.Nmae FROM Opportunity WHERE StageName = 'x'"));
        // Opportunity's and then Account's describe are fetched for the check.
        QTRY_COMPARE_WITH_TIMEOUT(editor->fieldProblems().size(), 2, 15000);
        const QList<SoqlHighlighter::Mark> marks = editor->highlighter()->marks();
        QCOMPARE(editor->query().mid(marks.at(0).offset, marks.at(0).length), QStringLiteral("Amont"));
        QCOMPARE(editor->query().mid(marks.at(1).offset, marks.at(1).length), QStringLiteral("Account.Nmae"));
        QVERIFY2(marks.at(0).message.contains(QLatin1String("Opportunity has no field Amont")),
                 qPrintable(marks.at(0).message));
        QVERIFY2(marks.at(1).message.contains(QLatin1String("Account has no field Nmae")),
                 qPrintable(marks.at(1).message));
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("Amont")));
        test::saveScreenshot(console, QStringLiteral("soql_console_unknown_fields"));

        // Fixing them clears the underline and the message as the text changes.
        editor->setQuery(QStringLiteral("SELECT Id, Amount, Account.Name FROM Opportunity WHERE StageName = 'x'"));
        QTRY_VERIFY(editor->fieldProblems().isEmpty());
        QVERIFY(editor->highlighter()->marks().isEmpty());
        QVERIFY(!console->messageLabel()->text().contains(QLatin1String("Amont")));
        // An object the org doesn't have is named too.
        editor->setQuery(QStringLiteral("SELECT Id FROM Opportunty"));
        QTRY_COMPARE(editor->fieldProblems().size(), 1);
        QVERIFY(editor->fieldProblems().first().contains(QLatin1String("Opportunty")));
    }

    void gridSortsFiltersCopiesAndOpensRecords()
    {
        SoqlConsole *console = makeConsole();
        console->setMode(SoqlConsole::Mode::Admin); // no confirmation: the grid is the subject
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        const QString soql
            = QStringLiteral("SELECT Id, Name, Amount, AccountId FROM Opportunity ORDER BY Name LIMIT 60");
        console->editor()->setQuery(soql);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        ResultsModel *model = console->model();
        ResultsView *view = console->view();
        QSortFilterProxyModel *shown = view->sortFilterModel();
        QCOMPARE(model->rowCount(), 60);
        QCOMPARE(shown->rowCount(), 60);

        // Labelled with the query and the bot it belongs to.
        const QString label = console->resultLabel()->text();
        QVERIFY2(label.contains(QLatin1String("Sales ops")) && label.contains(soql), qPrintable(label));

        // Sort by a click on Amount's header: numbers in numeric order, then the other way.
        const int amount = int(model->columns().indexOf(QStringLiteral("Amount")));
        QVERIFY(amount >= 0);
        QHeaderView *header = view->horizontalHeader();
        const QPoint amountHeader(header->sectionViewportPosition(amount) + header->sectionSize(amount) / 2,
                                  header->height() / 2);
        // Empty cells sort as the largest (after every amount ascending, before them descending).
        auto amounts = [shown, amount] {
            QList<double> out;
            for (int row = 0; row < shown->rowCount(); ++row) {
                const QVariant value = shown->index(row, amount).data(ResultsModel::RawValueRole);
                out.append(value.isValid() ? value.toDouble() : std::numeric_limits<double>::infinity());
            }
            return out;
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader);
        QList<double> values = amounts();
        QVERIFY(std::is_sorted(values.begin(), values.end()));
        QVERIFY(values.first() < values.last()); // the org's amounts differ
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader);
        values = amounts();
        QVERIFY(std::is_sorted(values.rbegin(), values.rend()));
        QCOMPARE(model->index(0, amount).data(ResultsModel::RawValueRole),
                 model->index(0, amount).data(ResultsModel::RawValueRole)); // source untouched
        test::saveScreenshot(console, QStringLiteral("soql_console_grid_sorted"));

        // The filter keeps the rows with a cell containing the text, case-insensitively.
        const int nameColumn = int(model->columns().indexOf(QStringLiteral("Name")));
        const QString needle = model->index(7, nameColumn).data().toString().toLower();
        int expected = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            bool hit = false;
            for (int column = 0; column < model->columnCount(); ++column)
                hit = hit || model->index(row, column).data().toString().contains(needle, Qt::CaseInsensitive);
            expected += hit ? 1 : 0;
        }
        QVERIFY(expected >= 1 && expected < 60);
        console->filterBox()->setFocus();
        console->filterBox()->setText(needle); // names may hold non-ASCII letters QTest cannot type
        QCOMPARE(shown->rowCount(), expected);
        QVERIFY2(console->summaryLabel()->text().contains(QLocale().toString(expected)),
                 qPrintable(console->summaryLabel()->text()));
        QVERIFY(console->summaryLabel()->text().contains(QLatin1String("filter")));
        test::saveScreenshot(console, QStringLiteral("soql_console_grid_filtered"));
        console->filterBox()->clear();
        QCOMPARE(shown->rowCount(), 60);

        // Copy without and with headers: the keys and the context menu.
        view->setFocus();
        view->selectionModel()->select(QItemSelection(shown->index(0, nameColumn), shown->index(1, amount)),
                                       QItemSelectionModel::ClearAndSelect);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString plain = QApplication::clipboard()->text();
        const QString rows = shown->index(0, nameColumn).data().toString() + QLatin1Char('\t')
            + shown->index(0, amount).data().toString() + QLatin1Char('\n')
            + shown->index(1, nameColumn).data().toString() + QLatin1Char('\t')
            + shown->index(1, amount).data().toString();
        QCOMPARE(plain, rows);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Name\tAmount\n") + rows);
        QApplication::clipboard()->clear();
        std::unique_ptr<QMenu> menu(view->createContextMenu(shown->index(0, nameColumn)));
        QStringList texts;
        for (QAction *action : menu->actions())
            texts.append(action->text());
        QVERIFY(texts.contains(view->copyWithHeadersAction()->text()));
        QVERIFY(!view->openRecordAction()->isEnabled()); // a Name is not a record
        view->selectionModel()->select(QItemSelection(shown->index(0, nameColumn), shown->index(1, amount)),
                                       QItemSelectionModel::ClearAndSelect);
        view->copyWithHeadersAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Name\tAmount\n") + rows);

        // Ids are links to the record in Salesforce: instance URL + "/" + Id, through the opener.
        QList<QUrl> opened;
        view->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        const QUrl instance = m_org->sessions->client(m_org->botId)->session()->connection().instanceUrl;
        QCOMPARE(instance.port(), m_org->org->url().port());
        const int idColumn = int(model->columns().indexOf(QStringLiteral("Id")));
        const QModelIndex idCell = shown->index(3, idColumn);
        const QString id = idCell.data().toString();
        QCOMPARE(idCell.data(ResultsModel::RecordIdRole).toString(), id);
        QVERIFY(idCell.data(Qt::FontRole).value<QFont>().underline());
        QVERIFY(!shown->index(3, nameColumn).data(ResultsModel::RecordIdRole).isValid());
        // A double-click, as a mouse makes it (the press before it selects the cell).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idCell).center());
        QCOMPARE(opened.size(), 0); // one click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idCell).center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(), instance.toString(QUrl::StripTrailingSlash) + QLatin1Char('/') + id);
        // A lookup's Id opens the related record; from the context menu as well.
        const QModelIndex accountCell = shown->index(3, int(model->columns().indexOf(QStringLiteral("AccountId"))));
        menu.reset(view->createContextMenu(accountCell));
        QVERIFY(view->openRecordAction()->isEnabled());
        view->openRecordAction()->trigger();
        QCOMPARE(opened.size(), 2);
        QVERIFY(opened.last().path().endsWith(QLatin1Char('/') + accountCell.data().toString()));
        // Enter on an Id opens it too; on a Name nothing opens.
        view->setFocus();
        view->setCurrentIndex(idCell);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 3);
        QCOMPARE(opened.last(), opened.first());
        opened.removeLast();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown->index(3, nameColumn)).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                           view->visualRect(shown->index(3, nameColumn)).center());
        QCOMPARE(opened.size(), 2);
        test::saveScreenshot(console, QStringLiteral("soql_console_grid_links"));
    }

    void costDialogTellsAggregatesApartAndOffersALimit()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        bots::ConfirmationPolicy policy = m_org->repo->policy(m_org->botId);
        policy.confirmSoql = bots::ConfirmationPolicy::Soql::All; // so an aggregate is asked about too
        QVERIFY(m_org->repo->setPolicy(m_org->botId, policy, QStringLiteral("test")));

        // A GROUP BY: the dialog says it returns a row per group, not "about 10,000 rows".
        console->editor()->setQuery(
            QStringLiteral("SELECT StageName, COUNT(Id) n FROM Opportunity GROUP BY StageName"));
        ConfirmationDialog::setTestHook([](ConfirmationDialog *dialog) {
            dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
            test::saveScreenshot(dialog, QStringLiteral("soql_console_cost_aggregate"));
        });
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        ConfirmationDialog::Content content = ConfirmationDialog::lastContent();
        QVERIFY2(content.estimate.contains(QLatin1String("one row per group")), qPrintable(content.estimate));
        QVERIFY2(!content.estimate.startsWith(QLatin1String("About")), qPrintable(content.estimate));
        QVERIFY(content.alternativeLabel.isEmpty()); // a LIMIT is no answer to an aggregate's cost
        const int groups = console->model()->rowCount();
        QVERIFY2(groups > 1 && groups < 50, qPrintable(QString::number(groups)));

        // Records without a LIMIT: "Add LIMIT 200 and run" puts the LIMIT in the editor and runs it.
        policy.confirmSoql = bots::ConfirmationPolicy::Soql::NonTrivial;
        QVERIFY(m_org->repo->setPolicy(m_org->botId, policy, QStringLiteral("test")));
        const QString soql = QStringLiteral("SELECT Id, Name, Amount FROM Opportunity\nORDER BY Name");
        console->editor()->setQuery(soql);
        bool shown = false;
        ConfirmationDialog::setTestHook([&shown](ConfirmationDialog *dialog) {
            QPushButton *alternative = dialog->findChild<QPushButton *>(QStringLiteral("alternative"));
            QVERIFY(alternative && alternative->isVisible());
            dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
            test::saveScreenshot(dialog, QStringLiteral("soql_console_cost_add_limit"));
            shown = true;
        });
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Alternative);
        m_org->org->resetRequests();
        finished.clear();
        console->run();
        QVERIFY(finished.wait(20000));
        QVERIFY(shown);
        content = ConfirmationDialog::lastContent();
        QVERIFY2(content.estimate.contains(QLatin1String("10,000"))
                     || content.estimate.contains(QLatin1String("10000")),
                 qPrintable(content.estimate));
        QCOMPARE(content.alternativeLabel, QStringLiteral("Add LIMIT %1 and run").arg(SoqlConsole::kSuggestedLimit));
        QCOMPARE(console->editor()->query(), soql + QStringLiteral(" LIMIT %1").arg(SoqlConsole::kSuggestedLimit));
        QTRY_VERIFY(finished.last().at(0).toBool());
        QCOMPARE(console->model()->rowCount(), int(SoqlConsole::kSuggestedLimit));
        // One undo step takes the LIMIT back out.
        console->editor()->undo();
        QCOMPARE(console->editor()->query(), soql);
    }

    void formatKeepsTheCursorRefusesBadQueriesAndUndoesInOneStep()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        SoqlEditor *editor = console->editor();
        const QString messy = QStringLiteral("select id,name ,  Account.Name from opportunity where stagename='Closed "
                                             "Won' and amount>1000 order by name desc limit 5");
        editor->setFocus();
        QTest::keyClicks(editor, messy);
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(messy.indexOf(QLatin1String("'Closed Won'")) + 12)); // just after the string
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(
            editor->query(),
            QStringLiteral(
                "SELECT id, name, Account.Name\nFROM opportunity\nWHERE stagename = 'Closed Won' AND amount > 1000\n"
                "ORDER BY name DESC\nLIMIT 5"));
        QVERIFY2(editor->query().left(editor->textCursor().position()).endsWith(QLatin1String("= 'Closed Won'")),
                 qPrintable(editor->query().left(editor->textCursor().position())));
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("Formatted")));
        test::saveScreenshot(console, QStringLiteral("soql_console_formatted"));
        // Formatting again changes nothing; one undo step brings the typed text back.
        const QString formatted = editor->query();
        console->formatButton()->click();
        QCOMPARE(editor->query(), formatted);
        editor->undo();
        QCOMPARE(editor->query(), messy);

        // A query that does not parse is left as it is, and the status line says why.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("select id from account where"));
        const QString broken = editor->query();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->query(), broken);
        QVERIFY2(console->messageLabel()->text().startsWith(QLatin1String("Not formatted")),
                 qPrintable(console->messageLabel()->text()));
        QVERIFY(console->messageLabel()->property("error").toBool());
        test::saveScreenshot(console, QStringLiteral("soql_console_format_refused"));
    }

    void savedQueriesPerBotSaveRenameDeleteOpen()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QComboBox *saved = console->savedBox();
        QCOMPARE(saved->count(), 0);
        QVERIFY(!console->deleteButton()->isEnabled());
        const QString deals = QStringLiteral("SELECT Id, Name FROM Opportunity WHERE IsClosed = FALSE");
        const QString accounts = QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 20");

        // Save… asks for a name; the query is stored for this bot in the bots database.
        console->editor()->setQuery(deals);
        typeName(QStringLiteral("Open deals"));
        QTest::mouseClick(console->saveButton(), Qt::LeftButton);
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->currentText(), QStringLiteral("Open deals"));
        bots::SavedQueries store(AppPaths::databaseFile());
        QCOMPARE(store.get(m_org->botId, QStringLiteral("open deals"))->soql, deals);
        console->editor()->setQuery(accounts);
        typeName(QStringLiteral("Accounts A-Z"));
        QTest::mouseClick(console->saveButton(), Qt::LeftButton);
        QCOMPARE(saved->count(), 2);
        QCOMPARE(saved->itemText(0), QStringLiteral("Accounts A-Z"));
        test::saveScreenshot(console, QStringLiteral("soql_console_saved_queries"));

        // A bad name is refused with a sentence and changes nothing.
        QVERIFY(!console->saveQueryAs(QStringLiteral("   ")));
        QVERIFY(console->messageLabel()->property("error").toBool());
        QVERIFY(!console->messageLabel()->text().isEmpty());
        QCOMPARE(store.list(m_org->botId).size(), 2);

        // Open: picking one puts it in the editor (Ctrl+Z brings back what was there).
        console->editor()->setQuery(QStringLiteral("SELECT Id FROM Lead"));
        const int dealsIndex = saved->findText(QStringLiteral("Open deals"));
        saved->setCurrentIndex(dealsIndex);
        Q_EMIT saved->activated(dealsIndex);
        QCOMPARE(console->editor()->query(), deals);
        console->editor()->undo();
        QCOMPARE(console->editor()->query(), QStringLiteral("SELECT Id FROM Lead"));

        // Rename… and Delete (after a yes).
        saved->setCurrentIndex(saved->findText(QStringLiteral("Open deals")));
        typeName(QStringLiteral("Pipeline"));
        QTest::mouseClick(console->renameButton(), Qt::LeftButton);
        QCOMPARE(saved->currentText(), QStringLiteral("Pipeline"));
        QVERIFY(!store.get(m_org->botId, QStringLiteral("Open deals")));
        QCOMPARE(store.get(m_org->botId, QStringLiteral("Pipeline"))->soql, deals);
        // Renaming onto the other query's name is refused.
        QVERIFY(!console->renameSavedQuery(QStringLiteral("Pipeline"), QStringLiteral("accounts a-z")));
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("already")));
        whenDialogOpens([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(console->deleteButton(), Qt::LeftButton);
        QCOMPARE(saved->count(), 1);
        QVERIFY(!store.get(m_org->botId, QStringLiteral("Pipeline")));

        // Another bot has its own list.
        const auto other = m_org->repo->add(QStringLiteral("Support"), bots::Audience::Internal,
                                            bots::OrgKind::Production, m_org->org->url(), QStringLiteral("test"));
        QVERIFY(other);
        console->setBot(other->id);
        QCOMPARE(saved->count(), 0);
        console->setBot(m_org->botId);
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->itemText(0), QStringLiteral("Accounts A-Z"));
    }

    void queryPlanShowsExplainsPlansInATable()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        const QString soql = QStringLiteral("SELECT Id, Name FROM Opportunity WHERE StageName = 'Prospecting'");
        console->editor()->setQuery(soql);
        // What the org itself answers, to compare with what the table shows.
        salesforce::RestReply *direct = m_org->sessions->client(m_org->botId)->explain(soql);
        QSignalSpy answered(direct, &salesforce::RestReply::finished);
        QVERIFY(answered.wait(15000));
        const QJsonArray plans = direct->object().value(QLatin1String("plans")).toArray();
        QVERIFY(!plans.isEmpty());
        const QJsonObject best = plans.first().toObject();

        m_org->org->resetRequests();
        QTest::mouseClick(console->planButton(), Qt::LeftButton);
        auto *dialog = console->findChild<QueryPlanDialog *>();
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), int(plans.size()), 15000);
        QCOMPARE(table->item(0, QueryPlanDialog::Operation)->text(),
                 best.value(QLatin1String("leadingOperationType")).toString());
        QCOMPARE(table->item(0, QueryPlanDialog::Cardinality)->text(),
                 QLocale().toString(qint64(best.value(QLatin1String("cardinality")).toDouble())));
        QCOMPARE(table->item(0, QueryPlanDialog::ObjectRows)->text(),
                 QLocale().toString(qint64(best.value(QLatin1String("sobjectCardinality")).toDouble())));
        QCOMPARE(table->item(0, QueryPlanDialog::Object)->text(), QStringLiteral("Opportunity"));
        QCOMPARE(table->item(0, QueryPlanDialog::RelativeCost)->text(),
                 QLocale().toString(best.value(QLatin1String("relativeCost")).toDouble(), 'f', 4));
        QVERIFY(table->horizontalHeaderItem(QueryPlanDialog::Notes)->text() == QLatin1String("Notes"));
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("selective")),
                 qPrintable(dialog->statusLabel()->text()));
        // Explain only: one request, no rows, no run.
        const auto requests = queryRequests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().path.endsWith(QLatin1String("/query")));
        QCOMPARE(console->model()->rowCount(), 0);
        QCOMPARE(console->state(), SoqlConsole::State::Idle);
        test::saveScreenshot(dialog, QStringLiteral("soql_console_query_plan"));
        dialog->close();

        // A query the guard refuses is not sent for a plan either.
        console->editor()->setQuery(QStringLiteral("DELETE FROM Opportunity"));
        m_org->org->resetRequests();
        QVERIFY(!console->showQueryPlan());
        QVERIFY(console->messageLabel()->text().startsWith(QLatin1String("Not sent")));
        QTest::qWait(100);
        QCOMPARE(queryRequests().size(), 0);
    }

    void cancelInConfirmationSendsNoQuery()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        m_org->org->resetRequests();
        // No WHERE on Id and no LIMIT: non-trivial, so the default policy asks.
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, Amount, Account.Name FROM Opportunity"));
        bool screenshot = false;
        ConfirmationDialog::setTestHook([&screenshot](ConfirmationDialog *dialog) {
            dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
            test::saveScreenshot(dialog, QStringLiteral("soql_console_confirmation"));
            screenshot = true;
        });
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Cancel);
        const int asked = ConfirmationDialog::askCount();
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(ConfirmationDialog::askCount(), asked + 1);
        QVERIFY(screenshot);
        const ConfirmationDialog::Content content = ConfirmationDialog::lastContent();
        QVERIFY(content.objects.contains(QStringLiteral("Opportunity")));
        QVERIFY(content.fields.contains(QStringLiteral("Account.Name")));
        QVERIFY2(content.estimate.contains(QLatin1String("10,000"))
                     || content.estimate.contains(QLatin1String("10000")),
                 qPrintable(content.estimate));
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("not sent")));
        QCOMPARE(console->model()->rowCount(), 0);
        // Only the explain went out (it runs nothing); no query, no queryMore. (The describes the
        // editor fetches to check field names read metadata only.)
        QTest::qWait(100);
        const auto requests = queryRequests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().path.endsWith(QLatin1String("/query")));
        QVERIFY(m_history->recent(m_org->botId).isEmpty());
    }

    void tenThousandRowsReachTheGridAndTheCsv()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, StageName, Amount, CloseDate, Account.Name, "
                                                   "Account.Owner.Name FROM Opportunity ORDER BY Name"));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QSignalSpy pages(console->model(), &ResultsModel::pageApplied);
        console->run();
        // The grid grows while the rest loads: the progress bar shows rows loaded of the total.
        QVERIFY(pages.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(console->messageLabel()->text()));
        QVERIFY(pages.count() > 1);
        QCOMPARE(console->model()->rowCount(), 10000);
        QCOMPARE(console->model()->columns(),
                 (QStringList {QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("StageName"),
                               QStringLiteral("Amount"), QStringLiteral("CloseDate"), QStringLiteral("Account.Name"),
                               QStringLiteral("Account.Owner.Name")}));
        QVERIFY(!console->model()->index(9999, 0).data().toString().isEmpty());
        const QString summary = console->summaryLabel()->text();
        QVERIFY2(summary.contains(QLocale().toString(10000)), qPrintable(summary));
        QVERIFY(!console->progressBar()->isVisible());
        console->view()->scrollToBottom();
        test::saveScreenshot(console, QStringLiteral("soql_console_10000_rows"));

        const QString path = m_org->dir.filePath(QStringLiteral("rows.csv"));
        QString error;
        QVERIFY2(console->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 10001);
        QVERIFY(csv.startsWith("Id,Name,StageName,Amount,CloseDate,Account.Name,Account.Owner.Name\r\n"));

        // The query is in this bot's history.
        QCOMPARE(console->historyBox()->count(), 1);
        QCOMPARE(m_history->recent(m_org->botId).size(), 1);
    }

    void stopButtonStopsTheLoadAndTheGridSaysSo()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name FROM Opportunity"));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QSignalSpy pages(console->model(), &ResultsModel::pageApplied);
        QVERIFY(!console->stopButton()->isVisible());
        console->run();
        // Stop as soon as the first page is in the grid; the page in flight may still land.
        QVERIFY(pages.wait(30000));
        QVERIFY(console->progressBar()->isVisible());
        QCOMPARE(console->progressBar()->maximum(), 10000);
        QVERIFY(console->stopButton()->isVisible());
        QVERIFY(console->stopButton()->isEnabled());
        test::saveScreenshot(console, QStringLiteral("soql_console_running_stop"));
        const int requestsAtStop = m_org->requestCount(QStringLiteral("/query"));
        QTest::mouseClick(console->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const int rows = console->model()->rowCount();
        QVERIFY(rows < 10000);
        // The network work stopped: no further page is asked for. The org logs a request once it
        // has answered it (or seen the client gone), so the one aborted in flight may be logged
        // later, however long the org takes on a busy machine: wait until the log stops growing.
        int requests = m_org->requestCount(QStringLiteral("/query"));
        for (int round = 0; round < 30; ++round) {
            QTest::qWait(500);
            const int now = m_org->requestCount(QStringLiteral("/query"));
            if (now == requests && round > 0)
                break;
            requests = now;
        }
        QVERIFY2(requests <= requestsAtStop + 1,
                 qPrintable(QStringLiteral("%1 page requests after Stop").arg(requests - requestsAtStop)));
        QCOMPARE(console->model()->rowCount(), rows);
        QVERIFY2(console->messageLabel()->text().startsWith(QLatin1String("Stopped after")),
                 qPrintable(console->messageLabel()->text()));
        QVERIFY(!console->messageLabel()->property("error").toBool());
        QVERIFY2(console->summaryLabel()->text().startsWith(QLatin1String("Stopped")),
                 qPrintable(console->summaryLabel()->text()));
        QVERIFY(console->summaryLabel()->text().contains(QLocale().toString(rows)));
        QCOMPARE(console->state(), SoqlConsole::State::Idle);
        QVERIFY(!console->stopButton()->isVisible());
        QVERIFY(console->runButton()->isEnabled());
        test::saveScreenshot(console, QStringLiteral("soql_console_stopped"));
    }

    void trivialQueryRunsWithoutAsking()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        const int asked = ConfirmationDialog::askCount();
        console->editor()->setQuery(
            QStringLiteral("SELECT Id, Name, (SELECT LastName FROM Contacts LIMIT 3) FROM Account "
                           "ORDER BY Name LIMIT 5"));
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(ConfirmationDialog::askCount(), asked);
        QCOMPARE(console->model()->rowCount(), 5);
        QCOMPARE(console->model()->columns().last(), QStringLiteral("Contacts"));
    }

    // Export offers the loaded rows: none before a query, some after one.
    void exportWaitsForRows()
    {
        SoqlConsole *console = makeConsole();
        QCOMPARE(console->model()->rowCount(), 0);
        QVERIFY(!console->exportButton()->isEnabled());
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 5"));
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(console->model()->rowCount(), 5);
        QVERIFY(console->exportButton()->isEnabled());
    }

    void asAdminNeedsNoBotPermissionAndIsAudited()
    {
        m_org->repo->setPermissions(m_org->botId, bots::PermissionSet(), QStringLiteral("test"));
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        // As the bot: refused, the bot lacks RUN_SOQL.
        QCOMPARE(console->modeBox()->currentData().toInt(), int(SoqlConsole::Mode::Bot));
        QVERIFY(!console->runButton()->isEnabled());
        // As admin, chosen visibly: Run works without granting the bot anything.
        console->modeBox()->setCurrentIndex(console->modeBox()->findData(int(SoqlConsole::Mode::Admin)));
        QCOMPARE(console->mode(), SoqlConsole::Mode::Admin);
        QVERIFY(console->runButton()->isEnabled());
        QVERIFY(!console->findChild<QLabel *>(QStringLiteral("permissionNotice"))->isVisible());
        const QString soql = QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 7");
        console->editor()->setQuery(soql);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        const int asked = ConfirmationDialog::askCount();
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(ConfirmationDialog::askCount(), asked); // no bot policy
        QCOMPARE(console->model()->rowCount(), 7);
        QVERIFY(!m_org->repo->permissions(m_org->botId).has(bots::Permission::RunSoql));
        test::saveScreenshot(console, QStringLiteral("soql_console_as_admin"));

        // The guard still applies as admin.
        console->editor()->setQuery(QStringLiteral("DELETE FROM Account"));
        QSignalSpy refused(console, &SoqlConsole::refused);
        console->run();
        QCOMPARE(refused.count(), 1);

        // Audited as an admin query with the query text and the OS user; no run-soql dispatch.
        const auto entries = m_org->repo->audit().entries({m_org->botId, 20, 0});
        const bots::AuditEntry *admin = nullptr;
        for (const auto &e : entries) {
            QVERIFY(e.action != QLatin1String("run-soql"));
            if (e.action == QLatin1String("admin-query") && !admin)
                admin = &e;
        }
        QVERIFY(admin);
        QCOMPARE(admin->parameters.value(QStringLiteral("query")).toString(), soql);
        QCOMPARE(admin->actor, auditActor());
        QCOMPARE(admin->status, 200);

        // An export is an entry too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.csv"));
        QString error;
        console->editor()->setQuery(soql);
        QVERIFY2(console->exportCsv(path, &error), qPrintable(error));
        const auto after = m_org->repo->audit().entries({m_org->botId, 1, 0});
        QCOMPARE(after.first().action, QStringLiteral("export"));
        QCOMPARE(after.first().parameters.value(QStringLiteral("rows")).toInt(), 7);
        QCOMPARE(after.first().actor, auditActor());
    }

    void salesforceErrorShownWholeWithTheCaretUnderItsColumn()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        const QString &soql = unknownFieldQuery();
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QVERIFY(runUnknownFieldQuery(console, &finished));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = console->messageLabel()->text();
        QVERIFY2(message.contains(QLatin1String("No such column 'Nonexistent__c'")), qPrintable(message));
        // A describe that lands after the run (the live field check) leaves the org's answer alone.
        Q_EMIT console->editor()->fieldProblemsChanged({QStringLiteral("Account has no field Nonexistent__c.")});
        QCOMPARE(console->messageLabel()->text(), message);
        const QStringList lines = message.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(message));
        QCOMPARE(lines.at(0), soql);
        // The caret stands under the field's first letter, in a fixed-width font.
        QCOMPARE(lines.at(1).indexOf(QLatin1Char('^')), soql.indexOf(QLatin1String("Nonexistent__c")));
        QVERIFY(QFontInfo(console->messageLabel()->font()).fixedPitch());
        QVERIFY(!console->messageLabel()->wordWrap());
        // Shown whole, not squeezed into a sliver.
        QTRY_VERIFY(console->messageLabel()->height() >= console->messageLabel()->sizeHint().height());
        // Whole: Salesforce's explanation is all there, and no line runs past the label's edge.
        QVERIFY2(
            message.simplified().contains(QLatin1String("be sure to append the '__c' after the custom field name")),
            qPrintable(message));
        const QFontMetrics metrics(console->messageLabel()->font());
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= console->messageLabel()->contentsRect().width(),
                     qPrintable(line));
        // No result: neither the failed query's column headers nor "0 rows", which would read as an
        // empty answer.
        QCOMPARE(console->model()->columnCount(), 0);
        QVERIFY2(console->summaryLabel()->text().startsWith(QLatin1String("Failed after")),
                 qPrintable(console->summaryLabel()->text()));
        test::saveScreenshot(console, QStringLiteral("soql_console_error_caret"));
    }

    // In a right-to-left window (Arabic, -reverse) the query and Salesforce's caret layout stay
    // left to right: the caret still stands under the column it names.
    void queryAndCaretStayLeftToRightInARightToLeftWindow()
    {
        SoqlConsole *console = makeConsole();
        console->setLayoutDirection(Qt::RightToLeft);
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QCOMPARE(console->editor()->layoutDirection(), Qt::LeftToRight);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QVERIFY(runUnknownFieldQuery(console, &finished));
        QVERIFY(console->messageLabel()->text().contains(QLatin1Char('^')));
        QCOMPARE(console->messageLabel()->layoutDirection(), Qt::LeftToRight);
        test::saveScreenshot(console, QStringLiteral("soql_console_right_to_left_caret"));
        // A message of the app's own follows the window again.
        console->editor()->setQuery(QStringLiteral("DELETE FROM Account"));
        console->run();
        QTRY_VERIFY(!console->messageLabel()->text().contains(QLatin1Char('^')));
        QCOMPARE(console->messageLabel()->layoutDirection(), Qt::RightToLeft);
    }

    // Salesforce's error box pushes the grid's header row (row count, whose rows, filter) and the
    // grid down: none of them overlap, at 1000×700, at the height the main window leaves the
    // console, and with a 12 pt font.
    void errorBoxNeverOverlapsTheGrid_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("pointSize");
        QTest::newRow("1000x700") << 700 << 0;
        QTest::newRow("1000x600 (in the window)") << 600 << 0;
        QTest::newRow("1000x700, 12 pt") << 700 << 12;
        QTest::newRow("1000x600, 12 pt") << 600 << 12;
    }

    void errorBoxNeverOverlapsTheGrid()
    {
        QFETCH(int, height);
        QFETCH(int, pointSize);
        const QFont before = QApplication::font();
        auto restore = qScopeGuard([before] { QApplication::setFont(before); });
        if (pointSize > 0) {
            QFont big = before;
            big.setPointSize(pointSize);
            QApplication::setFont(big);
        }
        SoqlConsole *console = makeConsole();
        // As in the main window, where the console gets the size it is given (a window of its
        // own would grow to its layout's minimum instead).
        console->setMinimumSize(1, 1);
        console->resize(1000, height);
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QCOMPARE(console->size(), QSize(1000, height));
        console->setMode(SoqlConsole::Mode::Admin);
        console->editor()->setQuery(QStringLiteral("SELECT Id, Nonexistent__c FROM Account LIMIT 3"));
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        // As soon as the answer is shown, before any later event could tidy the layout up.
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("ERROR at Row:")));
        const auto rectOf = [console](QWidget *w) { return QRect(w->mapTo(console, QPoint(0, 0)), w->size()); };
        const QList<QPair<QString, QWidget *>> parts = {
            {QStringLiteral("error box"), console->messageLabel()},
            {QStringLiteral("row count"), console->summaryLabel()},
            {QStringLiteral("bulk export"), console->exportAllButton()},
            {QStringLiteral("results label"), console->resultLabel()},
            {QStringLiteral("filter"), console->filterBox()},
            {QStringLiteral("grid"), console->view()},
        };
        QStringList problems;
        for (int i = 0; i < parts.size(); ++i) {
            const QRect a = rectOf(parts.at(i).second);
            if (!parts.at(i).second->isVisible() || a.isEmpty())
                problems << parts.at(i).first + QStringLiteral(" is not shown");
            if (!console->rect().contains(a))
                problems << parts.at(i).first + QStringLiteral(" runs off the console");
            for (int j = i + 1; j < parts.size(); ++j) {
                if (a.intersects(rectOf(parts.at(j).second)))
                    problems << QStringLiteral("%1 overlaps %2").arg(parts.at(i).first, parts.at(j).first);
            }
        }
        // Each row below the error box.
        for (int i = 1; i < parts.size(); ++i) {
            if (rectOf(parts.at(i).second).top() <= rectOf(console->messageLabel()).bottom())
                problems << parts.at(i).first + QStringLiteral(" is not below the error box");
        }
        // The whole error stays readable: its box is as tall as its text.
        if (console->messageLabel()->height() < console->messageLabel()->sizeHint().height())
            problems << QStringLiteral("the error box is cut");
        test::saveScreenshot(console,
                             QStringLiteral("soql_console_error_layout_%1_%2pt")
                                 .arg(height)
                                 .arg(QFontInfo(QApplication::font()).pointSize()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void withoutRunSoqlTheConsoleSaysWhy()
    {
        m_org->repo->setPermissions(m_org->botId, bots::PermissionSet(), QStringLiteral("test"));
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QVERIFY(!console->runButton()->isEnabled());
        QVERIFY(console->findChild<QLabel *>(QStringLiteral("permissionNotice"))
                    ->text()
                    .contains(QLatin1String("RUN_SOQL")));
        test::saveScreenshot(console, QStringLiteral("soql_console_no_permission"));
    }
};

HILAL_GUI_TEST_MAIN(TestSoqlConsole)
#include "tst_soql_console.moc"
