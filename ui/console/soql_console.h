#pragma once

#include "ui/bots/bot_tab.h"
#include "ui/common/confirmation_dialog.h"

#include "soql/classifier.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace hilal::bots {
class BotRepository;
class QueryHistory;
class SavedQueries;
} // namespace hilal::bots
namespace hilal::salesforce {
class QueryCursor;
class SessionManager;
} // namespace hilal::salesforce
namespace hilal::actions {
class Dispatcher;
struct ActionResult;
} // namespace hilal::actions

namespace hilal::ui {

class BulkExportDialog;
class QueryPlanDialog;
class ResultsModel;
class ResultsView;
class SoqlEditor;

// The SOQL console for one bot: an editor (highlighting, live error underline, completion from
// describe, Ctrl+Enter), the read-only guard's refusal shown inline before anything is sent, the
// confirmation dialog with Salesforce's row estimate when the bot's policy asks, and a results
// grid that grows page by page with a progress bar (rows loaded / total), Cancel, the row count
// and elapsed time, copy and CSV/JSON export.
//
// Two ways to run, chosen visibly above the editor:
// - as admin: the admin's own read-only query over the bot's connection (like `hilal-sf query`):
//   no bot permission needed, the guard still applies, audited as "admin-query" with the admin
//   (the OS user) as who;
// - as the bot: through the dispatcher, so the bot's RUN_SOQL permission and confirmation policy
//   apply exactly as for a chat (a bot without RUN_SOQL gets Run disabled with the reason).
class SoqlConsole : public QWidget, public BotTab
{
    Q_OBJECT

public:
    enum class State { Idle, Checking, Confirming, Running };
    enum class Mode { Admin, Bot };
    // The LIMIT the confirmation's "Add LIMIT and run" adds (the classifier's trivial limit, so
    // the capped query usually runs without asking again).
    static constexpr qint64 kSuggestedLimit = soql::Classifier::kTrivialLimit;

    // Uses the services' repository, sessions and dispatcher; the query history and saved queries
    // are its own, on AppPaths::databaseFile().
    explicit SoqlConsole(const Services &services, QWidget *parent = nullptr);
    ~SoqlConsole() override;

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

    SoqlEditor *editor() const { return m_editor; }
    ResultsModel *model() const { return m_model; }
    ResultsView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; } // refusals, errors, "cancelled"
    QLabel *summaryLabel() const { return m_summary; } // "4,350 rows in 1.2 s"
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *formatButton() const { return m_format; }
    QPushButton *planButton() const { return m_plan; }
    // Query Plan: Salesforce's explain of the editor's query (nothing runs) in a table; null when
    // the query is refused locally or no bot is selected (the status line says why).
    QueryPlanDialog *showQueryPlan();
    QPushButton *stopButton() const { return m_cancel; } // shown while a query runs
    QComboBox *historyBox() const { return m_history; }
    QLineEdit *filterBox() const { return m_filter; }
    // Saved queries of the bot: pick one to open it; Save…, Rename…, Delete beside it.
    QComboBox *savedBox() const { return m_saved; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    // What those buttons do once they have a name (and an OK); false with the reason shown.
    bool saveQueryAs(const QString &name);
    bool renameSavedQuery(const QString &from, const QString &to);
    bool deleteSavedQuery(const QString &name);
    bool openSavedQuery(const QString &name); // narrows the grid's rows
    QLabel *resultLabel() const { return m_resultLabel; } // "Sales ops · SELECT …": whose rows these are
    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QComboBox *modeBox() const { return m_modeBox; } // who runs the query: admin or the bot

    // Exports every loaded row; false with a sentence in *error.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportJson(const QString &path, QString *error = nullptr) const;

    // "Bulk export…": every row of the editor's query through a Bulk API job into `path`, in a
    // modeless progress dialog (bulk_export_dialog.h); null when no bot is connected.
    BulkExportDialog *exportAll(const QString &path, bool jsonLines = false);
    QPushButton *exportAllButton() const { return m_exportAll; }
    QPushButton *exportButton() const { return m_export; } // the loaded rows, CSV or JSON

public Q_SLOTS:
    void run();
    void cancel();
    // Format (Ctrl+Shift+F): the editor's query in src/soql's canonical form, one clause per
    // line; a query that does not parse is left alone and the status line says why.
    void formatQuery();

Q_SIGNALS:
    // The guard or the permission check refused: nothing was sent.
    void refused(const QString &message);
    // The query went out (after any confirmation).
    void queryStarted();
    // Every row is in the grid, or the run failed/was cancelled (ok false; see messageLabel()).
    void queryFinished(bool ok);
    void stateChanged(hilal::ui::SoqlConsole::State state);

private:
    void buildUi();
    void refreshBotState();
    void refreshHistory();
    void refreshSaved(const QString &select = {});
    bots::SavedQueries *savedQueries();
    void saveWithDialog();
    void renameWithDialog();
    void deleteWithDialog();
    void loadSchema();
    void onDescribeNeeded(const QString &object);
    void showMessage(const QString &text, bool error);
    void setState(State state);
    void updateExportButtons();
    void dispatch(const QString &confirmationToken);
    void onDispatched(const actions::ActionResult &result);
    ConfirmationDialog::Content confirmationFor(const QJsonObject &preview) const;
    // `soql` with a LIMIT (kept as written when LIMIT can go at its end); empty when it has
    // one already or does not parse.
    static QString withLimit(const QString &soql, qint64 limit);
    void startQuery(const QString &soql, const QStringList &columns);
    void onCursorFinished();
    void maybeFinish();
    void updateSummary();
    // Labels the grid with the run's query and bot, and points its record links at the org.
    void labelResults();
    void exportWithDialog(); // CSV or JSON, as the save dialog's file type says
    void auditAdminQuery(int status, const QString &detail);
    void auditExport(const QString &format, int rows, const QString &path) const;
    void exportAllWithDialog();
    // Asks explain for the row estimate; above BulkExportDialog::largeResultRows() says so.
    void adviseOnLargeResult(const QString &soql);

    bots::BotRepository *m_bots;
    salesforce::SessionManager *m_sessions;
    actions::Dispatcher *m_dispatcher;
    std::unique_ptr<bots::QueryHistory> m_historyStore;
    QString m_botId;
    State m_state = State::Idle;
    QString m_lastRun; // the editor's text when Run was last pressed

    SoqlEditor *m_editor = nullptr;
    QLabel *m_permission = nullptr;
    QComboBox *m_modeBox = nullptr;
    Mode m_mode = Mode::Admin;
    bool m_adminRun = false; // the run under way was started as admin
    QString m_runBotId; // whose connection the run under way uses (for its audit entry)
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr; // the editor above, the results (with the message box) below
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_format = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr; // the loaded rows, CSV or JSON
    QPushButton *m_exportAll = nullptr;
    QComboBox *m_history = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    std::unique_ptr<bots::SavedQueries> m_savedStore; // opened on first use
    QLabel *m_resultLabel = nullptr;
    ResultsModel *m_model = nullptr;
    ResultsView *m_view = nullptr;

    QString m_soql; // the query being run
    QStringList m_columns; // its SELECT list as grid columns
    QPointer<salesforce::QueryCursor> m_cursor;
    bool m_cursorDone = false;
    bool m_cursorFailed = false;
    bool m_stopped = false; // the run under way (or last run) was stopped by the user
    QString m_failure;
    qint64 m_total = -1;
    QElapsedTimer m_elapsed;
    QString m_largeResultAdvice; // explain's "export instead" hint for the current run
    quint64 m_runId = 0; // replies of an older run (bot switched, cancelled) are ignored
};

} // namespace hilal::ui
