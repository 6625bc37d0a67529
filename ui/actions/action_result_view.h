#pragma once

#include "actions/action_result.h"

#include <QUrl>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpacerItem;
class QTableWidget;

namespace hilal::ui {

// An ActionResult made readable: the status in words ("201 Created — the lead was created"), the
// record's Id as a link that opens it in Salesforce (instance URL + "/" + Id), the returned
// fields as a two-column table, each error as a sentence, and the raw JSON on demand.
class ActionResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionResultView(QWidget *parent = nullptr);

    // `instanceUrl` builds the record link; empty: the Id is shown without one.
    void setResult(const actions::ActionResult &result, const QUrl &instanceUrl);
    void clear();

    QString statusText() const;
    QUrl recordUrl() const { return m_recordUrl; } // empty when the result names no record
    QString rawJson() const;
    QPushButton *rawToggle() const { return m_rawToggle; }

    // "201 Created", "409 Needs confirmation", … (the dispatcher's statuses in words).
    static QString statusName(int status);
    // The record Id a result is about: data.id (create), data.Id (read / update).
    static QString recordId(const actions::ActionResult &result);

private:
    static QString changesText(const QJsonObject &object);
    void updateSpacer();

    QLabel *m_status;
    QLabel *m_link;
    QLabel *m_errors;
    QTableWidget *m_fields;
    QPushButton *m_rawToggle;
    QPlainTextEdit *m_raw;
    QUrl m_recordUrl;
    QSpacerItem *m_spacer = nullptr;
};

} // namespace hilal::ui
