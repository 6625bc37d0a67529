#include "ui/console/soql_console.h"

#include "results/csv_writer.h"
#include "results/json_export.h"
#include "results/record_flattener.h"
#include "ui/activity/audit_actor.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/common/user_text.h"
#include "ui/console/bulk_export_dialog.h"
#include "ui/console/query_plan_dialog.h"
#include "ui/console/results_model.h"
#include "ui/console/results_view.h"
#include "ui/console/soql_completer.h"
#include "ui/console/soql_editor.h"
#include "ui/console/soql_highlighter.h"

#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "bots/query_history.h"
#include "bots/saved_queries.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "soql/classifier.h"
#include "soql/formatter.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hilal::ui {

using results::CsvWriter;
using results::JsonExport;
using results::RecordFlattener;
using results::ResultTable;

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1);
}

} // namespace

SoqlConsole::SoqlConsole(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_bots(services.bots)
    , m_sessions(services.sessions)
    , m_dispatcher(services.dispatcher)
    , m_historyStore(std::make_unique<bots::QueryHistory>())
    , m_model(new ResultsModel(this))
{
    buildUi();
    setFocusProxy(m_editor);
    if (m_bots) {
        connect(m_bots, &bots::BotRepository::permissionsChanged, this, [this](const QString &botId) {
            if (botId == m_botId)
                refreshBotState();
        });
    }
    // Export has something to export only once rows are in the grid, whatever emptied it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SoqlConsole::updateExportButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SoqlConsole::updateExportButtons);
    refreshBotState();
    updateExportButtons();
}

SoqlConsole::~SoqlConsole()
{
    ++m_runId;
    if (m_cursor)
        m_cursor->cancel();
}

void SoqlConsole::buildUi()
{
    setAccessibleName(tr("SOQL console"));
    auto *layout = new QVBoxLayout(this);

    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("permissionNotice"));
    m_permission->setWordWrap(true);
    m_permission->setAccessibleName(tr("Permission notice"));
    m_permission->hide();
    layout->addWidget(m_permission);

    // Who runs the query is chosen visibly: it decides which permission and policy apply. One
    // combo box rather than two radio buttons: the window has too few free mnemonic letters for
    // every console control otherwise, and it keeps the row narrow (a 12 pt font, Arabic).
    auto *modeRow = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("Quer&y as:"), this);
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Admin (read-only, needs no bot permission)"), int(Mode::Admin));
    m_modeBox->setItemData(0,
                           tr("Your own read-only query over the bot's connection, like `hilal-sf query`. "
                              "Audited with you as who."),
                           Qt::ToolTipRole);
    m_modeBox->addItem(tr("The bot (its permissions and confirmation policy)"), int(Mode::Bot));
    m_modeBox->setItemData(1,
                           tr("Through the dispatcher, exactly as a chat would: needs RUN_SOQL and follows "
                              "the bot's confirmation policy."),
                           Qt::ToolTipRole);
    m_modeBox->setAccessibleName(tr("Query as"));
    m_modeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modeBox->setMinimumContentsLength(20);
    modeLabel->setBuddy(m_modeBox);
    connect(m_modeBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setMode(Mode(m_modeBox->itemData(index).toInt())); });
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_modeBox, 1); // the whole row, like the combo boxes below: no entry is cut
    layout->addLayout(modeRow);

    auto *top = new QHBoxLayout;
    auto *historyLabel = new QLabel(tr("Query lo&g:"), this);
    m_history = new QComboBox(this);
    m_history->setAccessibleName(tr("Recent queries"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setMinimumContentsLength(12);
    historyLabel->setBuddy(m_history);
    connect(m_history, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index >= 0)
            m_editor->setQuery(m_history->itemData(index).toString());
        m_editor->setFocus();
    });
    top->addWidget(historyLabel);
    top->addWidget(m_history, 1);
    m_format = new QPushButton(tr("F&ormat"), this);
    m_format->setToolTip(tr("Lay the query out one clause per line (Ctrl+Shift+F)"));
    m_format->setAccessibleName(tr("Format query"));
    connect(m_format, &QPushButton::clicked, this, &SoqlConsole::formatQuery);
    top->addWidget(m_format);
    m_plan = new QPushButton(tr("E&xplain plan…"), this);
    m_plan->setToolTip(tr("Ask Salesforce how it would run the query (nothing runs)"));
    m_plan->setAccessibleName(tr("Show the query plan"));
    connect(m_plan, &QPushButton::clicked, this, &SoqlConsole::showQueryPlan);
    top->addWidget(m_plan);
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("R&un"), this);
    m_run->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_run->setAccessibleName(tr("Run query"));
    connect(m_run, &QPushButton::clicked, this, &SoqlConsole::run);
    top->addWidget(m_run);
    layout->addLayout(top);

    // Saved, named queries of this bot.
    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("Saved &queries:"), this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedQueries"));
    m_saved->setAccessibleName(tr("Saved queries"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(12);
    savedLabel->setBuddy(m_saved);
    connect(m_saved, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index >= 0)
            openSavedQuery(m_saved->itemText(index));
    });
    m_save = new QPushButton(tr("Sa&ve…"), this);
    m_save->setAccessibleName(tr("Save the query under a name"));
    m_rename = new QPushButton(tr("Rena&me…"), this);
    m_rename->setAccessibleName(tr("Rename the saved query"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setAccessibleName(tr("Delete the saved query"));
    connect(m_save, &QPushButton::clicked, this, &SoqlConsole::saveWithDialog);
    connect(m_rename, &QPushButton::clicked, this, &SoqlConsole::renameWithDialog);
    connect(m_delete, &QPushButton::clicked, this, &SoqlConsole::deleteWithDialog);
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_save);
    savedRow->addWidget(m_rename);
    savedRow->addWidget(m_delete);
    layout->addLayout(savedRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    auto *editorPane = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new SoqlEditor(editorPane);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_editor, &SoqlEditor::runRequested, this, &SoqlConsole::run);
    connect(m_editor, &SoqlEditor::formatRequested, this, &SoqlConsole::formatQuery);
    connect(m_editor->completer(), &SoqlCompleter::describeNeeded, this, &SoqlConsole::onDescribeNeeded);
    connect(m_editor->highlighter(), &SoqlHighlighter::errorChanged, this, [this](const soql::SoqlError &error) {
        // The status line follows the live parse; a refusal or a run's outcome replaces it.
        if (m_state != State::Idle)
            return;
        if (error.isNull())
            showMessage(QString(), false);
        else
            showMessage(tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message), true);
    });
    connect(m_editor, &SoqlEditor::fieldProblemsChanged, this, [this](const QStringList &problems) {
        // Only when the text parses (the parse error has the line otherwise) and nothing runs;
        // a describe that lands after a run never covers that run's answer.
        if (m_state != State::Idle || !m_editor->highlighter()->error().isNull() || m_editor->query() == m_lastRun)
            return;
        showMessage(problems.isEmpty() ? QString()
                                       : tr("Not in the org's schema: %1").arg(problems.join(QLatin1Char(' '))),
                    !problems.isEmpty());
    });
    editorLayout->addWidget(m_editor);
    m_message = new QLabel(editorPane);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Query status"));
    splitter->addWidget(editorPane);

    auto *resultsPane = new QWidget(splitter);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_progress = new QProgressBar(resultsPane);
    m_progress->setAccessibleName(tr("Rows loaded"));
    m_progress->setFormat(tr("%v of %m rows"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    bar->addWidget(m_progress, 1);
    // Stop: aborts the page request in flight and fetches no more; the rows so far stay.
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), resultsPane);
    m_cancel->setObjectName(QStringLiteral("stopButton"));
    m_cancel->setAccessibleName(tr("Stop query"));
    m_cancel->setToolTip(tr("Stop the query: no more rows are fetched (Esc)"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SoqlConsole::cancel);
    bar->addWidget(m_cancel);
    auto *stopShortcut
        = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, this, &SoqlConsole::cancel);
    m_summary = new QLabel(resultsPane);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setAccessibleName(tr("Result summary"));
    bar->addWidget(m_summary, 1);
    // One button for the loaded rows; the save dialog's file type picks CSV or JSON.
    m_export = new QPushButton(tr("Export CSV/&JSON…"), resultsPane);
    m_export->setAccessibleName(tr("Export the loaded rows as CSV or JSON"));
    connect(m_export, &QPushButton::clicked, this, &SoqlConsole::exportWithDialog);
    bar->addWidget(m_export);
    // Above the grid, where there is room for Salesforce's whole error (the editor's pane is
    // sized by the splitter and would squeeze a several-line message).
    resultsLayout->addWidget(m_message);
    m_exportAll = new QPushButton(tr("Bul&k export…"), resultsPane);
    m_exportAll->setAccessibleName(tr("Export every row of the query through a Bulk API job"));
    m_exportAll->setToolTip(
        tr("Runs the query as a Bulk API job and writes every row to a file, however many there are."));
    connect(m_exportAll, &QPushButton::clicked, this, &SoqlConsole::exportAllWithDialog);
    bar->addWidget(m_exportAll);
    resultsLayout->addLayout(bar);
    // Whose rows these are (the query and the bot), and a filter over them.
    auto *gridBar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Filter ro&ws:"), resultsPane);
    m_resultLabel = new QLabel(resultsPane);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setAccessibleName(tr("Results of"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setMinimumWidth(100);
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    gridBar->addWidget(m_resultLabel, 1);
    m_filter = new QLineEdit(resultsPane);
    m_filter->setObjectName(QStringLiteral("resultFilter"));
    m_filter->setPlaceholderText(tr("Filter rows (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setToolTip(tr("Shows only the rows with a cell containing this text."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(160);
    filterLabel->setBuddy(m_filter);
    gridBar->addWidget(filterLabel);
    gridBar->addWidget(m_filter);
    resultsLayout->addLayout(gridBar);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    m_view = new ResultsView(resultsPane);
    m_view->setResultsModel(m_model);
    m_view->setEmptyText(tr("Rows appear here as they arrive. Write a query above and press Ctrl+Enter."));
    resultsLayout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->setFilterText(text);
        updateSummary();
    });
    splitter->addWidget(resultsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_model, &ResultsModel::pageApplied, this, [this](int rows) {
        if (m_progress->isVisible())
            m_progress->setValue(rows);
        updateSummary();
        maybeFinish();
    });
    setTabOrder(m_history, m_editor);
    setTabOrder(m_editor, m_run);
    setTabOrder(m_run, m_format);
    setTabOrder(m_format, m_plan);
    setTabOrder(m_plan, m_filter);
    setTabOrder(m_filter, m_view);
}

void SoqlConsole::setBot(const QString &botId)
{
    if (botId == m_botId)
        return;
    cancel();
    m_botId = botId;
    m_model->clear();
    m_summary->clear();
    m_resultLabel->clear();
    showMessage(QString(), false);
    m_editor->completer()->clear();
    refreshBotState();
    refreshHistory();
    refreshSaved();
    loadSchema();
}

void SoqlConsole::setMode(Mode mode)
{
    if (m_state != State::Idle && mode != m_mode) {
        // Not while a run is under way: its result belongs to the mode it started in.
        QSignalBlocker blocker(m_modeBox);
        m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_mode)));
        return;
    }
    m_mode = mode;
    {
        QSignalBlocker blocker(m_modeBox);
        m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    }
    refreshBotState();
}

void SoqlConsole::refreshBotState()
{
    QString reason;
    if (m_botId.isEmpty())
        reason = tr("Select a bot to run queries with its connection.");
    else if (!m_bots || !m_sessions || !m_dispatcher)
        reason = tr("The console is not connected to the app's services.");
    else if (m_mode == Mode::Bot && !m_bots->permissions(m_botId).has(bots::Permission::RunSoql))
        reason = tr("This bot may not run SOQL. Grant RUN_SOQL on the Permissions tab to query as the bot, "
                    "or query as admin.");
    m_permission->setText(reason);
    m_permission->setVisible(!reason.isEmpty());
    m_run->setEnabled(reason.isEmpty() && m_state == State::Idle);
    m_run->setToolTip(reason.isEmpty() ? tr("Run the query (Ctrl+Enter)") : reason);
}

void SoqlConsole::refreshHistory()
{
    m_history->clear();
    if (!m_historyStore || m_botId.isEmpty())
        return;
    for (const QString &soql : m_historyStore->recent(m_botId)) {
        QString label = soql.simplified();
        if (label.size() > 120)
            label = label.left(119) + QChar(0x2026);
        m_history->addItem(label, soql);
        m_history->setItemData(m_history->count() - 1, soql, Qt::ToolTipRole);
    }
    m_history->setPlaceholderText(m_history->count() == 0 ? tr("No queries run yet for this bot")
                                                          : tr("Pick one of this bot's recent queries…"));
    m_history->setCurrentIndex(-1);
}

bots::SavedQueries *SoqlConsole::savedQueries()
{
    if (!m_savedStore)
        m_savedStore = std::make_unique<bots::SavedQueries>();
    return m_savedStore.get();
}

void SoqlConsole::refreshSaved(const QString &select)
{
    m_saved->clear();
    const bool haveBot = !m_botId.isEmpty();
    if (haveBot) {
        for (const bots::SavedQuery &query : savedQueries()->list(m_botId)) {
            m_saved->addItem(query.name, query.soql);
            m_saved->setItemData(m_saved->count() - 1, query.soql, Qt::ToolTipRole);
        }
    }
    m_saved->setPlaceholderText(m_saved->count() == 0 ? tr("No saved queries for this bot yet")
                                                      : tr("Open one of this bot's saved queries…"));
    m_saved->setCurrentIndex(select.isEmpty() ? -1 : m_saved->findText(select, Qt::MatchFixedString));
    m_save->setEnabled(haveBot);
    m_rename->setEnabled(m_saved->currentIndex() >= 0);
    m_delete->setEnabled(m_saved->currentIndex() >= 0);
}

bool SoqlConsole::saveQueryAs(const QString &name)
{
    QString error;
    if (m_botId.isEmpty())
        error = tr("Select a bot first: saved queries belong to a bot.");
    else if (savedQueries()->save(m_botId, name, m_editor->query().trimmed(), &error)) {
        refreshSaved(name.trimmed());
        showMessage(tr("Saved as \u201c%1\u201d.").arg(m_saved->currentText()), false);
        return true;
    }
    showMessage(error, true);
    return false;
}

bool SoqlConsole::renameSavedQuery(const QString &from, const QString &to)
{
    QString error;
    if (!savedQueries()->rename(m_botId, from, to, &error)) {
        showMessage(error, true);
        return false;
    }
    refreshSaved(to.trimmed());
    showMessage(tr("Renamed to \u201c%1\u201d.").arg(to.trimmed()), false);
    return true;
}

bool SoqlConsole::deleteSavedQuery(const QString &name)
{
    QString error;
    if (!savedQueries()->remove(m_botId, name, &error)) {
        showMessage(error, true);
        return false;
    }
    refreshSaved();
    showMessage(tr("Deleted the saved query \u201c%1\u201d.").arg(name.trimmed()), false);
    return true;
}

bool SoqlConsole::openSavedQuery(const QString &name)
{
    const auto query = m_botId.isEmpty() ? std::nullopt : savedQueries()->get(m_botId, name);
    if (!query) {
        showMessage(tr("There is no saved query called \u201c%1\u201d.").arg(name), true);
        return false;
    }
    // Through a text cursor, so Ctrl+Z brings back what the editor held before.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(query->soql);
    m_editor->setTextCursor(cursor);
    refreshSaved(query->name);
    m_editor->setFocus();
    return true;
}

void SoqlConsole::saveWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save query"), tr("Name for this query:"), QLineEdit::Normal,
                                               m_saved->currentText(), &ok);
    if (!ok)
        return;
    if (savedQueries()->get(m_botId, name) && name.trimmed().compare(m_saved->currentText(), Qt::CaseInsensitive) != 0
        && QMessageBox::question(
               this, tr("Replace saved query?"),
               tr("A saved query is called \u201c%1\u201d already. Replace it with this one?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    saveQueryAs(name);
}

void SoqlConsole::renameWithDialog()
{
    const QString from = m_saved->currentText();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to
        = QInputDialog::getText(this, tr("Rename saved query"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (ok)
        renameSavedQuery(from, to);
}

void SoqlConsole::deleteWithDialog()
{
    const QString name = m_saved->currentText();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete saved query?"),
                              tr("Delete the saved query \u201c%1\u201d? This cannot be undone.").arg(name))
        == QMessageBox::Yes)
        deleteSavedQuery(name);
}

void SoqlConsole::loadSchema()
{
    if (!m_sessions || m_botId.isEmpty())
        return;
    const quint64 runId = m_runId;
    const QString botId = m_botId;
    salesforce::RestReply *reply = m_sessions->client(botId)->describeGlobal();
    connect(reply, &salesforce::RestReply::finished, this, [this, reply, botId, runId] {
        if (botId != m_botId || reply->error())
            return; // completion simply has no object names; running still works
        QStringList names;
        QStringList labels;
        for (const QJsonValue &value : reply->object().value(QLatin1String("sobjects")).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QLatin1String("queryable")).toBool(true)) {
                names.append(object.value(QLatin1String("name")).toString());
                labels.append(object.value(QLatin1String("label")).toString());
            }
        }
        m_editor->completer()->setObjects(names, labels);
        m_editor->checkFields();
        Q_UNUSED(runId)
    });
}

void SoqlConsole::onDescribeNeeded(const QString &object)
{
    if (!m_sessions || m_botId.isEmpty())
        return;
    const QString botId = m_botId;
    salesforce::RestReply *reply = m_sessions->client(botId)->describe(object);
    connect(reply, &salesforce::RestReply::finished, this, [this, reply, botId, object] {
        if (botId != m_botId || reply->error())
            return;
        m_editor->completer()->setDescribe(object, reply->object());
        m_editor->checkFields();
        if (m_editor->hasFocus())
            m_editor->complete();
    });
}

// Salesforce's query errors point at the bad word with a caret under the query line:
// "\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\nNo such column …".
static bool isCaretLayout(const QString &text)
{
    return text.contains(QLatin1String("\n")) && text.contains(QLatin1Char('^'))
        && text.contains(QLatin1String("ERROR at Row:"));
}

// A fixed-width font even where the platform's "fixed" system font is not one (some minimal
// platforms answer with the proportional default).
static QFont fixedWidthFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                          QStringLiteral("Liberation Mono"), QStringLiteral("monospace")});
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    return font;
}

// The query line and its caret line must stay as they are; the explanation below them is wrapped
// at word boundaries so none of it is cut off at the right edge.
static QString wrapExplanation(const QString &text, int columns = 96)
{
    QStringList out;
    bool below = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        below = below || line.startsWith(QLatin1String("ERROR at Row:"));
        if (!below || line.size() <= columns) {
            out << line;
            continue;
        }
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > columns) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

void SoqlConsole::showMessage(const QString &text, bool error)
{
    // Salesforce's caret layout in full, in a fixed-width font so the caret sits under the
    // column it names; blank lines around it dropped, the lines themselves untouched.
    const bool caret = error && isCaretLayout(text);
    // Other errors come from the libraries, written for the CLI too.
    QString shown = error && !caret ? UserText::withoutCliHints(text) : text;
    if (caret) {
        while (shown.startsWith(QLatin1Char('\n')))
            shown.remove(0, 1);
        while (shown.endsWith(QLatin1Char('\n')))
            shown.chop(1);
        shown = wrapExplanation(shown);
    }
    m_message->setTextFormat(caret ? Qt::PlainText : Qt::AutoText);
    // The caret lines up with the query only in left-to-right lines, whatever the window's
    // direction; other messages follow the window.
    if (caret)
        m_message->setLayoutDirection(Qt::LeftToRight);
    else
        m_message->unsetLayoutDirection();
    m_message->setWordWrap(!caret);
    m_message->setFont(caret ? fixedWidthFont() : font());
    m_message->setFrameShape(caret ? QFrame::StyledPanel : QFrame::NoFrame);
    m_message->setMargin(caret ? 6 : 0);
    m_message->setText(shown);
    // Salesforce's error with its caret is shown whole: the layout may not squeeze it.
    m_message->setMinimumHeight(caret ? m_message->sizeHint().height() : 0);
    // The box pushes the row count, the filter row and the grid down at once: the results pane
    // is given its new minimum height now (the splitter shrinks the editor's pane), instead of
    // laying its rows over each other until the next layout pass.
    if (QLayout *pane = m_message->parentWidget()->layout())
        pane->activate();
    m_splitter->refresh();
    if (QLayout *pane = m_message->parentWidget()->layout())
        pane->activate();
    m_message->setProperty("error", error);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(QStringLiteral("#c0392b")) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

QueryPlanDialog *SoqlConsole::showQueryPlan()
{
    const QString soql = m_editor->query().trimmed();
    if (!m_sessions || m_botId.isEmpty()) {
        showMessage(tr("Select a connected bot first: the plan comes from its org."), true);
        return nullptr;
    }
    // The same local check as Run: explain runs nothing, but only a read-only query is sent at all.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok()) {
        showMessage(
            verdict.line > 0
                ? tr("Not sent. Line %1, column %2: %3").arg(verdict.line).arg(verdict.column).arg(verdict.message)
                : tr("Not sent. %1").arg(verdict.message),
            true);
        return nullptr;
    }
    auto *dialog = new QueryPlanDialog(soql, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPending();
    dialog->show();
    salesforce::RestReply *reply = m_sessions->client(m_botId)->explain(soql);
    connect(reply, &salesforce::RestReply::finished, dialog, [dialog, reply] {
        if (reply->error())
            dialog->setError(UserText::withoutCliHints(reply->error().message));
        else
            dialog->setPlans(reply->object());
    });
    return dialog;
}

void SoqlConsole::formatQuery()
{
    QString error;
    if (!m_editor->format(&error)) {
        showMessage(error, true);
        m_editor->setFocus();
        return;
    }
    if (m_state == State::Idle)
        showMessage(tr("Formatted. Ctrl+Z undoes it."), false);
    m_editor->setFocus();
}

void SoqlConsole::setState(State state)
{
    m_state = state;
    m_cancel->setVisible(state == State::Running || state == State::Checking);
    updateExportButtons();
    refreshBotState();
    Q_EMIT stateChanged(state);
}

void SoqlConsole::updateExportButtons()
{
    const bool busy = m_state != State::Idle;
    m_export->setEnabled(!busy && m_model->rowCount() > 0);
    m_exportAll->setEnabled(!busy);
}

void SoqlConsole::run()
{
    if (m_state != State::Idle)
        return;
    const QString soql = m_editor->query().trimmed();
    m_lastRun = m_editor->query();
    refreshBotState();
    if (!m_run->isEnabled()) {
        showMessage(m_permission->text(), true);
        Q_EMIT refused(m_permission->text());
        return;
    }
    // The guard first, locally (the dispatcher applies the same one): a refusal is explained,
    // with its position, before anything leaves the machine.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok()) {
        const QString message = verdict.line > 0
            ? tr("Not sent. Line %1, column %2: %3").arg(verdict.line).arg(verdict.column).arg(verdict.message)
            : tr("Not sent. %1").arg(verdict.message);
        showMessage(message, true);
        if (verdict.length > 0) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(verdict.offset);
            cursor.setPosition(verdict.offset + verdict.length, QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
        }
        Q_EMIT refused(message);
        return;
    }
    m_columns = RecordFlattener::columnsFor(*verdict.query);
    // A new run starts clean: the previous query's rows are not left on screen (or exportable)
    // under this one, even if it is cancelled at its confirmation.
    m_model->clear();
    m_summary->clear();
    m_soql = soql;
    m_elapsed.start();
    m_adminRun = m_mode == Mode::Admin;
    m_runBotId = m_botId;
    m_stopped = false;
    labelResults();
    if (m_adminRun) {
        // The admin's own query: the guard above is the check; no bot permission or policy.
        startQuery(m_soql, m_columns);
        return;
    }
    dispatch(QString());
}

void SoqlConsole::dispatch(const QString &confirmationToken)
{
    // Through the dispatcher: the bot's RUN_SOQL permission, connection and confirmation policy
    // apply, and the run is audited like a chat's.
    setState(State::Checking);
    showMessage(confirmationToken.isEmpty() ? tr("Checking the query with the bot's policy…") : tr("Running…"), false);
    actions::ActionRequest request;
    request.action = QStringLiteral("run-soql");
    request.parameters = QJsonObject {{QStringLiteral("query"), m_soql}};
    request.confirmationToken = confirmationToken;
    request.actor = auditActor();
    const quint64 runId = ++m_runId;
    m_dispatcher->dispatch(m_botId, request, this, [this, runId](const actions::ActionResult &result) {
        if (runId == m_runId)
            onDispatched(result);
    });
}

void SoqlConsole::onDispatched(const actions::ActionResult &result)
{
    if (result.needsConfirmation()) {
        setState(State::Confirming);
        const ConfirmationDialog::Answer answer = ConfirmationDialog::choose(this, confirmationFor(result.preview));
        setState(State::Idle);
        if (answer == ConfirmationDialog::Answer::Alternative) {
            // "Add LIMIT and run": the editor gets the LIMIT (one undo step) and it runs afresh,
            // through the policy again with the smaller query.
            const QString limited = withLimit(m_soql, kSuggestedLimit);
            if (!limited.isEmpty()) {
                QTextCursor cursor(m_editor->document());
                cursor.select(QTextCursor::Document);
                cursor.insertText(limited);
                run();
                return;
            }
        }
        if (answer != ConfirmationDialog::Answer::Confirm) {
            showMessage(tr("Cancelled. The query was not sent."), false);
            Q_EMIT queryFinished(false);
            return;
        }
        m_elapsed.start();
        dispatch(result.confirmationToken);
        return;
    }
    if (!result.isSuccess()) {
        setState(State::Idle);
        const QString message = result.firstMessage().isEmpty() ? tr("The query failed (status %1).").arg(result.status)
                                                                : result.firstMessage();
        showMessage(message, true);
        Q_EMIT queryFinished(false);
        return;
    }
    const QJsonObject data = result.data.toObject();
    if (data.value(QLatin1String("truncated")).toBool()) {
        // The dispatcher hands a chat the first rows only; the console wants them all, streamed
        // page by page into the grid. The query is the one the dispatcher just authorised.
        startQuery(m_soql, m_columns);
        return;
    }
    // Everything already came back with the dispatch.
    if (m_historyStore) {
        m_historyStore->add(m_botId, m_soql);
        refreshHistory();
    }
    m_model->clear();
    m_model->seedColumns(m_columns);
    m_model->appendRecords(data.value(QLatin1String("records")).toArray());
    m_total = qint64(data.value(QLatin1String("totalSize")).toDouble(double(m_model->rowCount())));
    setState(State::Idle);
    labelResults();
    updateSummary();
    showMessage(QString(), false);
    Q_EMIT queryStarted();
    Q_EMIT queryFinished(true);
}

QString SoqlConsole::withLimit(const QString &soql, qint64 limit)
{
    const soql::ParseResult parsed = soql::Parser::parse(soql);
    if (!parsed.ok() || parsed.query->limit)
        return QString();
    const soql::SelectQuery &query = *parsed.query;
    // LIMIT is the last clause but OFFSET, FOR VIEW/REFERENCE and UPDATE …; where none follow it,
    // the query keeps its own layout.
    if (!query.offset && query.forClause == soql::ForClause::None && !query.updateTracking && !query.updateViewstat
        && !query.forUpdate) {
        QString text = soql;
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        return text + QStringLiteral(" LIMIT %1").arg(limit);
    }
    soql::SelectQuery limited = query;
    limited.limit = limit;
    return soql::Formatter::format(limited);
}

ConfirmationDialog::Content SoqlConsole::confirmationFor(const QJsonObject &preview) const
{
    auto strings = [&preview](const char *key) {
        QStringList out;
        for (const QJsonValue &v : preview.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    ConfirmationDialog::Content content;
    content.title = tr("Run this query?");
    content.heading = tr("This bot's policy asks you to confirm this query before it runs.");
    content.objects = strings("objects");
    content.fields = strings("fields");
    content.reasons = strings("reasons");
    if (content.reasons.isEmpty())
        content.reasons.append(tr("The policy asks before every query."));
    content.detail = preview.value(QLatin1String("query")).toString(m_soql);
    content.confirmLabel = tr("Run query");
    // What comes back is the classifier's business: explain's cardinality counts the rows
    // Salesforce reads, which for a GROUP BY or COUNT() is not what the grid receives.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(m_soql);
    std::optional<soql::Classification> classification;
    if (verdict.ok() && verdict.query)
        classification = soql::Classifier::classify(*verdict.query);
    const bool aggregate = classification && classification->returns != soql::Classification::Returns::Records;
    const QString rowsKey = preview.contains(QLatin1String("estimatedRows")) ? QStringLiteral("estimatedRows")
                                                                             : QStringLiteral("scannedRows");
    const bool estimated = preview.contains(rowsKey);
    const QString rows = QLocale().toString(qint64(preview.value(rowsKey).toDouble()));
    if (aggregate) {
        const QString returns = classification->returns == soql::Classification::Returns::OneRow
            ? tr("one row (an aggregate)")
            : classification->limit
            ? tr("one row per group, at most %1").arg(QLocale().toString(*classification->limit))
            : tr("one row per group");
        content.estimate = estimated
            ? tr("Returns %1, not records. Salesforce reads about %2 rows to compute it.").arg(returns, rows)
            : tr("Returns %1, not records.").arg(returns);
    } else if (estimated) {
        content.estimate = tr("About %1 rows (Salesforce's estimate).").arg(rows);
    } else {
        content.estimate = tr("Salesforce gave no estimate for this query.");
    }
    // Records without a LIMIT: offer the same query capped, the usual answer to "that many?".
    if (classification && !aggregate && !classification->limit && !withLimit(m_soql, kSuggestedLimit).isEmpty())
        content.alternativeLabel = tr("Add LIMIT %1 and run").arg(kSuggestedLimit);
    return content;
}

void SoqlConsole::startQuery(const QString &soql, const QStringList &columns)
{
    const quint64 runId = ++m_runId;
    m_model->clear();
    m_model->seedColumns(columns);
    m_cursorDone = false;
    m_cursorFailed = false;
    m_failure.clear();
    m_stopped = false;
    m_total = -1;
    m_progress->setRange(0, 0); // busy until the first page says how many
    m_progress->setValue(0);
    m_progress->show();
    setState(State::Running);
    showMessage(tr("Running…"), false);
    if (m_historyStore) {
        m_historyStore->add(m_botId, soql);
        refreshHistory();
    }

    m_largeResultAdvice.clear();
    adviseOnLargeResult(soql);
    salesforce::QueryCursor *cursor = m_sessions->client(m_botId)->query(soql);
    m_cursor = cursor;
    connect(cursor, &salesforce::QueryCursor::pageReady, this, [this, runId](const QJsonArray &records) {
        if (runId == m_runId)
            m_model->appendRecordsAsync(records);
    });
    connect(cursor, &salesforce::QueryCursor::progress, this, [this, runId](qint64, qint64 total) {
        if (runId != m_runId)
            return;
        m_total = total;
        m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(m_model->rowCount());
    });
    connect(cursor, &salesforce::QueryCursor::finished, this, [this, runId, cursor] {
        if (runId != m_runId)
            return;
        m_cursorDone = true;
        if (cursor->error()) {
            m_cursorFailed = true;
            m_stopped = cursor->error().kind == salesforce::SalesforceError::Kind::Cancelled;
            m_failure = m_stopped
                ? tr("Stopped after %1 rows: the rest was not fetched.").arg(QLocale().toString(cursor->loaded()))
                : cursor->error().message;
        }
        if (m_total < 0)
            m_total = cursor->totalSize();
        maybeFinish();
    });
    Q_EMIT queryStarted();
}

void SoqlConsole::maybeFinish()
{
    if (m_state != State::Running || !m_cursorDone || m_model->pendingPages() > 0)
        return;
    m_cursor.clear();
    m_progress->hide();
    // A query that failed before any row came has no result: no headers of its own columns
    // that would read as an empty answer.
    if (m_cursorFailed && !m_stopped && m_model->rowCount() == 0)
        m_model->clear();
    setState(State::Idle);
    labelResults(); // the connection (and its instance URL) is surely loaded by now
    updateSummary();
    if (m_adminRun) {
        m_adminRun = false;
        auditAdminQuery(m_cursorFailed ? 0 : 200,
                        m_cursorFailed ? m_failure : tr("%Ln row(s)", nullptr, m_model->rowCount()));
    }
    if (m_cursorFailed)
        showMessage(m_failure, !m_stopped);
    else
        showMessage(m_largeResultAdvice, false); // empty unless explain found a large result
    Q_EMIT queryFinished(!m_cursorFailed);
}

void SoqlConsole::labelResults()
{
    QString bot = m_runBotId;
    if (m_bots) {
        if (const auto chatbot = m_bots->get(m_runBotId))
            bot = chatbot->name;
    }
    const QString query = m_soql.simplified();
    m_resultLabel->setText(tr("%1 \u00b7 %2").arg(bot, query));
    m_resultLabel->setToolTip(tr("Rows of %1, run with %2's connection").arg(m_soql, bot));
    if (m_sessions && !m_runBotId.isEmpty())
        m_view->setInstanceUrl(m_sessions->client(m_runBotId)->session()->connection().instanceUrl);
}

void SoqlConsole::updateSummary()
{
    if (!m_view->filterText().isEmpty() && m_state == State::Idle && m_model->rowCount() > 0) {
        m_summary->setText(tr("%1 of %2 rows match the filter")
                               .arg(QLocale().toString(m_view->sortFilterModel()->rowCount()),
                                    QLocale().toString(m_model->rowCount())));
        return;
    }
    const int rows = m_model->rowCount();
    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_state == State::Idle && m_stopped) {
        m_summary->setText(m_total > 0
                               ? tr("Stopped: %1 of %2 rows").arg(QLocale().toString(rows), QLocale().toString(m_total))
                               : tr("Stopped: %1 rows").arg(QLocale().toString(rows)));
        return;
    }
    if (m_state == State::Idle && m_cursorFailed) {
        m_summary->setText(rows == 0 ? tr("Failed after %1 s").arg(seconds(ms))
                                     : tr("Failed after %1 rows").arg(QLocale().toString(rows)));
        return;
    }
    if (m_state == State::Running && m_total >= 0)
        m_summary->setText(
            tr("%1 of %2 rows · %3 s").arg(QLocale().toString(rows), QLocale().toString(m_total), seconds(ms)));
    else if (m_state == State::Running)
        m_summary->setText(tr("%1 rows · %2 s").arg(QLocale().toString(rows), seconds(ms)));
    else if (m_elapsed.isValid() && m_total > rows && rows == 0 && m_model->columnCount() == 0)
        m_summary->setText(tr("Count: %1 · %2 s").arg(QLocale().toString(m_total), seconds(ms))); // COUNT()
    else if (m_elapsed.isValid())
        m_summary->setText(rows == 1 ? tr("1 row in %1 s").arg(seconds(ms))
                                     : tr("%1 rows in %2 s").arg(QLocale().toString(rows), seconds(ms)));
}

void SoqlConsole::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Confirming:
        return;
    case State::Checking:
        ++m_runId;
        setState(State::Idle);
        showMessage(tr("Cancelled. The query was not sent."), false);
        Q_EMIT queryFinished(false);
        return;
    case State::Running:
        if (m_cursor)
            m_cursor->cancel(); // finished() follows with Kind::Cancelled
        return;
    }
}

void SoqlConsole::auditAdminQuery(int status, const QString &detail)
{
    if (!m_bots || m_runBotId.isEmpty())
        return;
    bots::AuditEntry entry;
    entry.botId = m_runBotId;
    entry.kind = bots::AuditEntry::Kind::Dispatch;
    entry.action = QStringLiteral("admin-query");
    entry.actor = auditActor();
    entry.parameters = QJsonObject {{QStringLiteral("query"), m_soql}, {QStringLiteral("rows"), m_model->rowCount()}};
    entry.status = status;
    entry.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : -1;
    entry.detail = detail;
    m_bots->audit().append(entry);
}

// Rows leaving the app are on the record: what was exported, how much, where to.
void SoqlConsole::auditExport(const QString &format, int rows, const QString &path) const
{
    if (!m_bots || m_botId.isEmpty())
        return;
    bots::AuditEntry entry;
    entry.botId = m_botId;
    entry.kind = bots::AuditEntry::Kind::Dispatch;
    entry.action = QStringLiteral("export");
    entry.actor = auditActor();
    entry.status = 200;
    entry.parameters = QJsonObject {{QStringLiteral("query"), m_soql},
                                    {QStringLiteral("format"), format},
                                    {QStringLiteral("rows"), rows},
                                    {QStringLiteral("file"), path}};
    entry.detail = tr("exported %Ln row(s) as %1 to %2", nullptr, rows).arg(format, path);
    m_bots->audit().append(entry);
}

bool SoqlConsole::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not create %1: %2.").arg(path, file.errorString());
        return false;
    }
    const bool ok = CsvWriter::write(m_model->table(), &file, error) && file.commit();
    if (ok)
        auditExport(QStringLiteral("csv"), m_model->rowCount(), path);
    return ok;
}

bool SoqlConsole::exportJson(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not create %1: %2.").arg(path, file.errorString());
        return false;
    }
    const bool ok = JsonExport::write(m_model->table(), &file, error) && file.commit();
    if (ok)
        auditExport(QStringLiteral("json"), m_model->rowCount(), path);
    return ok;
}

void SoqlConsole::adviseOnLargeResult(const QString &soql)
{
    // An aggregate returns a row per group, whatever explain says it reads: nothing to export.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok() || !verdict.query
        || soql::Classifier::classify(*verdict.query).returns != soql::Classification::Returns::Records)
        return;
    const quint64 runId = m_runId;
    salesforce::RestReply *reply = m_sessions->client(m_botId)->explain(soql);
    connect(reply, &salesforce::RestReply::finished, this, [this, reply, runId] {
        if (runId != m_runId || !reply->ok())
            return;
        qint64 estimate = 0;
        for (const QJsonValue &plan : reply->object().value(QStringLiteral("plans")).toArray())
            estimate = qMax(estimate, qint64(plan.toObject().value(QStringLiteral("cardinality")).toDouble()));
        if (estimate > BulkExportDialog::largeResultRows()) {
            m_largeResultAdvice
                = tr("About %1 rows match: the grid shows the first pages only. Use Bulk export… to get "
                     "every row in a file.")
                      .arg(QLocale().toString(estimate));
            showMessage(m_largeResultAdvice, false);
        }
    });
}

BulkExportDialog *SoqlConsole::exportAll(const QString &path, bool jsonLines)
{
    const QString soql = m_editor->query().trimmed();
    if (!m_sessions || m_botId.isEmpty() || soql.isEmpty()) {
        showMessage(tr("Choose a connected bot and write a query first."), false);
        return nullptr;
    }
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok()) {
        showMessage(tr("Not sent: %1").arg(verdict.message), true);
        return nullptr;
    }
    auto *dialog = new BulkExportDialog(m_sessions->client(m_botId), soql, path, jsonLines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkExportDialog::exportFinished, this, [this, path](bool ok, qint64 records) {
        if (ok)
            showMessage(tr("Exported %1 rows to %2.").arg(QLocale().toString(records), path), false);
    });
    dialog->show();
    dialog->start();
    return dialog;
}

void SoqlConsole::exportAllWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export every row"), QStringLiteral("export.csv"),
                                                      tr("CSV files (*.csv);;JSON Lines (*.jsonl)"), &filter);
    if (!path.isEmpty())
        exportAll(path, path.endsWith(QLatin1String(".jsonl")));
}

void SoqlConsole::exportWithDialog()
{
    if (m_model->rowCount() == 0) {
        showMessage(tr("Nothing to export yet: run a query first."), false);
        return;
    }
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString chosen = csvFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rows"), QStringLiteral("query-results.csv"),
                                                      csvFilter + QStringLiteral(";;") + jsonFilter, &chosen);
    if (path.isEmpty())
        return;
    // The file's own extension decides; without one, the file type chosen in the dialog.
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && chosen == jsonFilter);
    // Writing 100,000 rows takes a moment: do it on a worker with a snapshot of the rows.
    const ResultTable table = m_model->table();
    showMessage(tr("Exporting %Ln row(s)…", nullptr, table.rowCount()), false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, table, json] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            auditExport(json ? QStringLiteral("json") : QStringLiteral("csv"), table.rowCount(), path);
        if (error.isEmpty())
            showMessage(tr("Exported %Ln row(s) to %1.", nullptr, table.rowCount()).arg(path), false);
        else
            showMessage(error, true);
    });
    watcher->setFuture(QtConcurrent::run([table, path, json] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("hilal::ui::SoqlConsole", "Could not create %1: %2.")
                .arg(path, file.errorString());
        const bool ok = json ? JsonExport::write(table, &file, &error) : CsvWriter::write(table, &file, &error);
        if (ok && !file.commit())
            error = file.errorString();
        return error;
    }));
}

} // namespace hilal::ui
