#include "ui/actions/action_result_view.h"

#include "ui/common/user_text.h"

#include "results/record_flattener.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hilal::ui {

using results::RecordFlattener;

ActionResultView::ActionResultView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_link(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_rawToggle(new QPushButton(tr("Show raw &JSON"), this))
    , m_raw(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Action result"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setAccessibleName(tr("Result status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_link->setObjectName(QStringLiteral("recordLink"));
    m_link->setAccessibleName(tr("Record link"));
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_link);
    m_errors->setObjectName(QStringLiteral("resultErrors"));
    m_errors->setAccessibleName(tr("Errors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(QStringLiteral("#c0392b")));
    m_errors->setPalette(errorPalette);
    layout->addWidget(m_errors);
    m_fields->setAccessibleName(tr("Returned fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setAlternatingRowColors(true);
    layout->addWidget(m_fields, 1);
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAccessibleName(tr("Show raw JSON"));
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_raw->setTabChangesFocus(true);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_raw->hide();
    layout->addWidget(m_raw, 1);
    // Keeps the status at the top while nothing below it is shown.
    m_spacer = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    layout->addItem(m_spacer);
    connect(m_rawToggle, &QPushButton::toggled, this, [this](bool on) {
        m_raw->setVisible(on);
        updateSpacer();
        m_rawToggle->setText(on ? tr("Hide raw &JSON") : tr("Show raw &JSON"));
    });
    clear();
}

QString ActionResultView::statusName(int status)
{
    switch (status) {
    case 200:
        return tr("200 OK");
    case 201:
        return tr("201 Created");
    case 204:
        return tr("204 Updated");
    case 400:
        return tr("400 Invalid input — nothing was sent to Salesforce");
    case 403:
        return tr("403 Not allowed");
    case 404:
        return tr("404 Not found in the org");
    case 409:
        return tr("409 Needs confirmation or the record changed");
    case 502:
        return tr("502 Reconnect needed or Salesforce failed");
    case 503:
        return tr("503 Salesforce is unavailable or over its limits");
    case 504:
        return tr("504 Salesforce did not answer in time");
    default:
        return tr("Status %1").arg(status);
    }
}

QString ActionResultView::recordId(const actions::ActionResult &result)
{
    if (!result.salesforceId.isEmpty())
        return result.salesforceId;
    const QJsonObject data = result.data.toObject();
    const QString id = data.value(QLatin1String("id")).toString();
    return id.isEmpty() ? data.value(QLatin1String("Id")).toString() : id;
}

// {"Amount": {"from": 1, "to": 2}, …} reads as "Amount: 1 → 2"; other objects as compact JSON.
QString ActionResultView::changesText(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (!change.contains(QLatin1String("from")) || !change.contains(QLatin1String("to")))
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        parts.append(tr("%1: %2 → %3")
                         .arg(it.key(),
                              RecordFlattener::text(RecordFlattener::scalar(change.value(QLatin1String("from")))),
                              RecordFlattener::text(RecordFlattener::scalar(change.value(QLatin1String("to"))))));
    }
    return parts.join(QLatin1String("; "));
}

void ActionResultView::updateSpacer()
{
    const bool filled = !m_fields->isHidden() || !m_raw->isHidden();
    m_spacer->changeSize(0, 0, QSizePolicy::Minimum, filled ? QSizePolicy::Minimum : QSizePolicy::Expanding);
    layout()->invalidate();
}

void ActionResultView::clear()
{
    m_status->setText(tr("Run an action to see its result here."));
    m_link->clear();
    m_link->hide();
    m_errors->clear();
    m_errors->hide();
    m_fields->setRowCount(0);
    m_fields->hide();
    m_raw->clear();
    m_rawToggle->setChecked(false);
    m_rawToggle->setEnabled(false);
    m_recordUrl.clear();
    updateSpacer();
}

void ActionResultView::setResult(const actions::ActionResult &result, const QUrl &instanceUrl)
{
    clear();
    m_status->setText(statusName(result.status));
    m_rawToggle->setEnabled(true);
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)));

    const QString id = recordId(result);
    if (!id.isEmpty() && result.isSuccess()) {
        if (instanceUrl.isValid()) {
            m_recordUrl = instanceUrl.resolved(QUrl(QLatin1Char('/') + id));
            m_link->setText(tr("Record %1 — <a href=\"%2\">open in Salesforce</a>")
                                .arg(id.toHtmlEscaped(), m_recordUrl.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        } else {
            m_link->setText(tr("Record %1").arg(id.toHtmlEscaped()));
        }
        m_link->show();
    }

    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const actions::FieldError &error : result.errors)
            lines.append(UserText::withoutCliHints(error.message));
        m_errors->setText(lines.join(QLatin1Char('\n')));
        m_errors->show();
    }

    // The returned record (or summary) as field / value rows; nested values as compact JSON.
    QJsonObject data = result.data.toObject();
    data.remove(QLatin1String("attributes"));
    if (data.isEmpty())
        return;
    m_fields->setRowCount(int(data.size()));
    int row = 0;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it, ++row) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isObject())
            text = changesText(value.toObject());
        else if (value.isArray())
            text = tr("%1 item(s)").arg(value.toArray().size());
        else
            text = RecordFlattener::text(RecordFlattener::scalar(value));
        m_fields->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_fields->setItem(row, 1, new QTableWidgetItem(text));
    }
    m_fields->show();
    updateSpacer();
}

QString ActionResultView::statusText() const
{
    return m_status->text();
}

QString ActionResultView::rawJson() const
{
    return m_raw->toPlainText();
}

} // namespace hilal::ui
