#pragma once

#include "ui/bots/bot_tab.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hilal::ui {

// The "Lead fields" tab: the bot's org's Lead fields as its describe reports them (required ones
// marked, types, allowed values), where each gets its value when the bot creates a Lead (a chat
// parameter, a default, straight from the chat for the standard fields, or nothing), the
// problems of that mapping (updated as it changes), and a preview: paste a sample chat payload
// and see the Lead create-lead would send, or its errors — computed here, nothing is sent.
// Mapping changes are saved at once through the repository, which audits them.
class LeadFieldsTab : public QWidget, public BotTab
{
    Q_OBJECT
public:
    // Uses the services' repository and sessions.
    explicit LeadFieldsTab(const Services &services, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;

    QTableWidget *fieldTable() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *problemsLabel() const { return m_problems; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *sourceKindBox() const { return m_kind; }
    QLineEdit *sourceValueEdit() const { return m_value; }
    QPushButton *applyButton() const { return m_apply; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QPlainTextEdit *previewView() const { return m_preview; }
    bool hasDescribe() const { return !m_describe.isEmpty(); }

public slots:
    // Drops the cached describe and reads the org's Lead fields again.
    void refresh();
    // Saves the source chosen in the editor row for the chosen field.
    void applySource();

signals:
    void describeLoaded();

private:
    void build();
    void load();
    void fillTable();
    void updateProblems();
    void updatePreview();
    void showSourceOf(const QString &field);

    bots::BotRepository *m_bots;
    salesforce::SessionManager *m_sessions;
    QString m_botId;
    QJsonObject m_describe;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problems = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_apply = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace hilal::ui
