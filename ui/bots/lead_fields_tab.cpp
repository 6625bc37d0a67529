#include "ui/bots/lead_fields_tab.h"

#include "actions/create_lead_action.h"
#include "actions/lead_field_check.h"
#include "bots/bot_repository.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "ui/common/user_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hilal::ui {

using namespace hilal::bots;

namespace {

// The label from describe first, as Salesforce Setup shows fields; the API name beside it.
enum Column { LabelColumn, FieldColumn, TypeColumn, RequiredColumn, SourceColumn, ColumnCount };

bool isDirect(const QString &field)
{
    for (const QString &f : actions::CreateLeadAction::fields()) {
        if (f.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

LeadFieldsTab::LeadFieldsTab(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_bots(services.bots)
    , m_sessions(services.sessions)
{
    build();
    connect(m_bots, &BotRepository::leadFieldMappingChanged, this, [this](const QString &botId) {
        if (botId == m_botId) {
            fillTable();
            updateProblems();
            updatePreview();
        }
    });
}

void LeadFieldsTab::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Refresh fie&lds"), this);
    m_refresh->setToolTip(tr("Read the org's Lead fields again (after an admin changed them in Setup)."));
    connect(m_refresh, &QPushButton::clicked, this, &LeadFieldsTab::refresh);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("API name"), tr("Type / allowed values"), tr("Required"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Lead fields of the org"));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_table->item(row, FieldColumn))
            showSourceOf(m_table->item(row, FieldColumn)->text());
    });

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *editor = new QGroupBox(tr("Source of a field"), lower);
    auto *editorLayout = new QHBoxLayout(editor);
    m_field = new QComboBox(editor);
    m_field->setAccessibleName(tr("Lead field"));
    m_kind = new QComboBox(editor);
    m_kind->addItem(tr("Chat parameter"));
    m_kind->addItem(tr("Default value"));
    m_kind->addItem(tr("No source"));
    m_kind->setAccessibleName(tr("Kind of source"));
    m_value = new QLineEdit(editor);
    m_value->setPlaceholderText(tr("parameter name or value"));
    m_value->setAccessibleName(tr("Parameter name or default value"));
    m_apply = new QPushButton(tr("&Save source"), editor);
    connect(m_apply, &QPushButton::clicked, this, &LeadFieldsTab::applySource);
    connect(m_field, &QComboBox::currentTextChanged, this, &LeadFieldsTab::showSourceOf);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) { m_value->setEnabled(index != 2); });
    editorLayout->addWidget(m_field, 2);
    editorLayout->addWidget(m_kind, 1);
    editorLayout->addWidget(m_value, 2);
    editorLayout->addWidget(m_apply);
    lowerLayout->addWidget(editor);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("Problems of the mapping"));

    auto *previewBox = new QGroupBox(tr("Preview (nothing is sent)"), lower);
    auto *previewLayout = new QHBoxLayout(previewBox);
    m_payload = new QPlainTextEdit(previewBox);
    m_payload->setPlaceholderText(tr("Paste a sample chat payload, e.g. {\"LastName\": \"Okafor\", \"Company\": "
                                     "\"Brightwave\", \"region\": \"EMEA\"}"));
    m_payload->setAccessibleName(tr("Sample chat payload"));
    m_preview = new QPlainTextEdit(previewBox);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("The Lead that would be created, or the errors"));
    connect(m_payload, &QPlainTextEdit::textChanged, this, &LeadFieldsTab::updatePreview);
    previewLayout->addWidget(m_payload);
    previewLayout->addWidget(m_preview);
    lowerLayout->addWidget(previewBox, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    // Above the splitter, so the window's own layout makes room for every problem.
    layout->insertWidget(1, m_problems);
    layout->addWidget(splitter, 1);
}

void LeadFieldsTab::setBot(const QString &botId)
{
    m_botId = botId;
    m_describe = {};
    load();
}

void LeadFieldsTab::refresh()
{
    if (m_botId.isEmpty())
        return;
    m_sessions->client(m_botId)->clearDescribeCache();
    m_describe = {};
    load();
}

void LeadFieldsTab::load()
{
    fillTable();
    updateProblems();
    updatePreview();
    const bool haveBot = !m_botId.isEmpty();
    setEnabled(haveBot);
    if (!haveBot) {
        m_status->setText(tr("Select a bot to see the Lead fields of its org."));
        return;
    }
    m_status->setText(tr("Reading the org's Lead fields…"));
    const QString botId = m_botId;
    salesforce::Session *session = m_sessions->session(botId);
    session->whenReady(this, [this, botId, session](const salesforce::SalesforceError &error) {
        if (botId != m_botId)
            return;
        if (error || !session->hasConnection()) {
            m_status->setText(
                error ? tr("The org's Lead fields could not be read: %1").arg(UserText::withoutCliHints(error.message))
                      : tr("Connect the bot (Integrations tab) to see its org's Lead fields."));
            return;
        }
        salesforce::RestReply *reply = m_sessions->client(botId)->describe(QStringLiteral("Lead"));
        connect(reply, &salesforce::RestReply::finished, this, [this, reply, botId] {
            if (botId != m_botId)
                return;
            if (reply->error()) {
                m_status->setText(tr("The org's Lead fields could not be read: %1")
                                      .arg(UserText::withoutCliHints(reply->error().message)));
                return;
            }
            m_describe = reply->object();
            fillTable();
            m_status->setText(tr("%1 Lead fields the bot can set; required ones are marked. Sources are saved at once.")
                                  .arg(m_table->rowCount()));
            updateProblems();
            updatePreview();
            Q_EMIT describeLoaded();
        });
    });
}

void LeadFieldsTab::fillTable()
{
    const QString selected = m_field->currentText();
    const LeadFieldMapping mapping = m_botId.isEmpty() ? LeadFieldMapping() : m_bots->leadFieldMapping(m_botId);
    const actions::LeadFieldCheck check(m_describe);
    const QStringList required = check.requiredFields();
    QList<QJsonObject> fields;
    for (const QJsonValue &v : m_describe.value(QStringLiteral("fields")).toArray()) {
        if (v.toObject().value(QStringLiteral("createable")).toBool())
            fields << v.toObject();
    }
    // Required first, then custom, then the rest, each by name: what needs attention on top.
    std::stable_sort(fields.begin(), fields.end(), [&required](const QJsonObject &a, const QJsonObject &b) {
        const auto rank = [&required](const QJsonObject &f) {
            return required.contains(f.value(QStringLiteral("name")).toString()) ? 0
                : f.value(QStringLiteral("custom")).toBool()                     ? 1
                                                                                 : 2;
        };
        return rank(a) < rank(b);
    });
    m_table->setRowCount(int(fields.size()));
    QSignalBlocker block(m_field);
    m_field->clear();
    for (int row = 0; row < fields.size(); ++row) {
        const QJsonObject &f = fields.at(row);
        const QString name = f.value(QStringLiteral("name")).toString();
        const bool isRequired = required.contains(name);
        QString source;
        if (const LeadFieldSource *s = mapping.source(name))
            source = s->summary();
        else if (isDirect(name))
            source = tr("from the chat's \"%1\"").arg(name);
        else
            source = isRequired ? tr("none — required, create-lead fails") : tr("none");
        const QStringList cells {f.value(QStringLiteral("label")).toString(), name,
                                 actions::LeadFieldCheck::typeSummary(f), isRequired ? tr("required") : QString(),
                                 source};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (isRequired && c == RequiredColumn)
                item->setForeground(palette().color(QPalette::Link));
            if (isRequired && !mapping.source(name) && !isDirect(name) && c == SourceColumn)
                item->setForeground(Qt::red);
            m_table->setItem(row, c, item);
        }
        m_field->addItem(name);
    }
    m_table->resizeColumnToContents(LabelColumn);
    m_table->resizeColumnToContents(FieldColumn);
    m_table->resizeColumnToContents(RequiredColumn);
    if (!selected.isEmpty() && m_field->findText(selected) >= 0)
        m_field->setCurrentText(selected);
    m_apply->setEnabled(m_field->count() > 0);
}

void LeadFieldsTab::showSourceOf(const QString &field)
{
    if (field.isEmpty() || m_botId.isEmpty())
        return;
    if (m_field->currentText() != field)
        m_field->setCurrentText(field);
    const LeadFieldMapping mapping = m_bots->leadFieldMapping(m_botId);
    const LeadFieldSource *s = mapping.source(field);
    m_kind->setCurrentIndex(!s ? 2 : s->isParameter() ? 0 : 1);
    m_value->setText(s ? s->value : QString());
}

void LeadFieldsTab::applySource()
{
    const QString field = m_field->currentText();
    if (m_botId.isEmpty() || field.isEmpty())
        return;
    bool ok = true;
    if (m_kind->currentIndex() == 2) {
        if (m_bots->leadFieldMapping(m_botId).source(field))
            ok = m_bots->unsetLeadField(m_botId, field, QStringLiteral("gui"));
    } else {
        ok = m_bots->setLeadFieldSource(
            m_botId,
            {field, m_kind->currentIndex() == 0 ? LeadFieldSource::Kind::Parameter : LeadFieldSource::Kind::Fixed,
             m_value->text().trimmed()},
            QStringLiteral("gui"));
    }
    if (!ok)
        m_status->setText(m_bots->errorString());
}

void LeadFieldsTab::updateProblems()
{
    if (m_describe.isEmpty() || m_botId.isEmpty()) {
        m_problems->clear();
        return;
    }
    const QStringList problems
        = actions::LeadFieldCheck(m_describe)
              .checkMapping(m_bots->leadFieldMapping(m_botId), actions::CreateLeadAction::fields(), m_botId);
    if (problems.isEmpty()) {
        m_problems->setText(tr("✔ No problems: every field the org requires has a source."));
        return;
    }
    // Plain text: a rich-text list does not report its height to the layout reliably.
    QString text = tr("Problems — create-lead will fail until they are fixed:");
    for (const QString &p : problems)
        text += QStringLiteral("\n• ") + p;
    m_problems->setText(text);
}

void LeadFieldsTab::updatePreview()
{
    const QString text = m_payload->toPlainText().trimmed();
    if (text.isEmpty() || m_botId.isEmpty()) {
        m_preview->setPlainText(tr("The Lead that create-lead would send appears here."));
        return;
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        m_preview->setPlainText(
            tr("Not a JSON object yet (%1).")
                .arg(parse.error != QJsonParseError::NoError ? parse.errorString() : tr("expected {…}")));
        return;
    }
    const LeadFieldMapping mapping = m_bots->leadFieldMapping(m_botId);
    QJsonObject lead;
    actions::FieldErrors errors = actions::CreateLeadAction::validateMapped(doc.object(), mapping, &lead);
    QJsonObject body = lead;
    if (!m_describe.isEmpty())
        body = actions::LeadFieldCheck(m_describe)
                   .checkCreate(lead, actions::CreateLeadAction::origins(mapping), &errors);
    if (!errors.isEmpty()) {
        QString out = tr("create-lead would answer 400, nothing sent:") + QLatin1Char('\n');
        for (const actions::FieldError &e : errors)
            out += QStringLiteral("• %1\n").arg(UserText::withoutCliHints(e.message));
        m_preview->setPlainText(out);
        return;
    }
    m_preview->setPlainText(tr("create-lead would create this Lead:") + QLatin1Char('\n')
                            + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

} // namespace hilal::ui
