#pragma once

#include "ui/bots/bot_tab.h"

#include "actions/action_result.h"
#include "bots/permission.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace hilal::ui {

class ActionResultView;

// The main window's Actions tab: a form per chat action (Create Lead, Get Account, Update Opportunity,
// Run SOQL) that validates as you type with the dispatcher's own validators, runs through the
// dispatcher (so permissions, confirmation policy and the audit log apply), asks before a change
// with current → new values, and shows the ActionResult readably. Actions the bot lacks the
// permission for stay visible, disabled, with the reason.
class ActionTester : public QWidget, public BotTab
{
    Q_OBJECT

public:
    // Uses the services' repository, sessions and dispatcher.
    explicit ActionTester(const Services &services, QWidget *parent = nullptr);
    ~ActionTester() override;

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

    // The dispatcher's action names, in the order shown.
    static QStringList actionNames();
    void selectAction(const QString &action);
    QString currentAction() const;

    // For tests and keyboard users alike: the editor of one field ("LastName") of one form.
    QWidget *fieldEditor(const QString &action, const QString &field) const;
    void setFieldText(const QString &action, const QString &field, const QString &text);
    QString fieldError(const QString &action, const QString &field) const; // "" when fine or untouched
    // Why the form's Run is disabled ("" when it can run): permission, or the first problem.
    QString blockedReason(const QString &action) const;
    QPushButton *runButton(const QString &action) const;
    ActionResultView *resultView() const { return m_result; }
    // Which run the result below belongs to ("15:04:10 · Create Lead · Website concierge"); empty
    // when no result is shown.
    QString resultHeading() const;
    // What a write will do and where ("Creates a Lead in Acme (production)"); empty for reads.
    QString targetText(const QString &action) const;
    bool isRunning() const { return m_busy; }

    // The parameters the form would send (Salesforce field names; Amount as a number).
    QJsonObject parameters(const QString &action) const;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // After every dispatch of a form's Run (and after a cancelled confirmation: status 0).
    void actionFinished(const hilal::actions::ActionResult &result);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Field
    {
        QString name;
        QString label;
        bool required = false;
        bool multiline = false;
        QString placeholder;
    };
    struct Form
    {
        QString action;
        QString title;
        bots::Permission permission = bots::Permission::CreateLead;
        QWidget *page = nullptr;
        QLabel *notice = nullptr; // the permission reason
        QLabel *why = nullptr; // why Run is disabled
        QLabel *target = nullptr; // writes: what it changes in which org
        bool writes = false;
        QPushButton *run = nullptr;
        QHash<QString, QWidget *> editors;
        QHash<QString, QLabel *> errors;
        QStringList order;
        QSet<QString> touched;
        bool attempted = false;
        QString blocked;
    };

    Form *form(const QString &action) const;
    void buildForm(const QString &action, const QString &title, bots::Permission permission, const QList<Field> &fields,
                   const QString &intro);
    QString text(const Form &form, const QString &field) const;
    actions::FieldErrors validate(const Form &form, const QJsonObject &parameters) const;
    void revalidate(Form &form);
    void refreshPermissions();
    void fitStack();
    void dispatch(Form &form, const QJsonObject &parameters, const QString &token);
    void onResult(const QString &action, const QJsonObject &parameters, const actions::ActionResult &result);
    bool confirm(const Form &form, const actions::ActionResult &result);
    bool confirmProductionWrite(const Form &form);
    bool policyWillAsk(const Form &form) const;
    bool isProductionOrg() const;
    QString orgText() const;
    void refreshTargets();
    void clearForms();
    void showResult(const QString &action, const actions::ActionResult &result, const QUrl &instance);

    bots::BotRepository *m_bots;
    salesforce::SessionManager *m_sessions;
    actions::Dispatcher *m_dispatcher;
    QString m_botId;
    bool m_busy = false;
    quint64 m_runId = 0;

    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    ActionResultView *m_result = nullptr;
    QLabel *m_resultHeading = nullptr;
    QString m_resultAction; // the action whose result is shown
    QLabel *m_botNotice = nullptr;
    QList<Form *> m_forms;
};

} // namespace hilal::ui
