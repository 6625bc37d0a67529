#include "ui/console/query_plan_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hilal::ui {

QueryPlanDialog::QueryPlanDialog(const QString &soql, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Query Plan"));
    setAccessibleName(tr("Query Plan"));
    auto *layout = new QVBoxLayout(this);
    auto *query = new QPlainTextEdit(soql, this);
    query->setReadOnly(true);
    query->setAccessibleName(tr("Query"));
    query->setMaximumHeight(query->fontMetrics().lineSpacing() * 4 + 12);
    query->setTabChangesFocus(true);
    layout->addWidget(query);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_table->setObjectName(QStringLiteral("plans"));
    m_table->setAccessibleName(tr("Plans, best first"));
    m_table->setHorizontalHeaderLabels({tr("Leading operation"), tr("Relative cost"), tr("Cardinality"),
                                        tr("Rows in object"), tr("sObject"), tr("Index fields"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(820, 320);
}

void QueryPlanDialog::showPending()
{
    m_table->setRowCount(0);
    m_status->setText(tr("Asking Salesforce for the plan (nothing is run)…"));
}

void QueryPlanDialog::setError(const QString &message)
{
    m_table->setRowCount(0);
    m_status->setText(tr("No plan: %1").arg(message));
    m_status->setProperty("error", true);
}

void QueryPlanDialog::setPlans(const QJsonObject &answer)
{
    const QJsonArray plans = answer.value(QLatin1String("plans")).toArray();
    m_table->setRowCount(int(plans.size()));
    const QLocale locale;
    bool selective = false;
    for (int row = 0; row < plans.size(); ++row) {
        const QJsonObject plan = plans.at(row).toObject();
        const double cost = plan.value(QLatin1String("relativeCost")).toDouble();
        if (row == 0)
            selective = cost <= 1.0;
        QStringList fields;
        for (const QJsonValue &field : plan.value(QLatin1String("fields")).toArray())
            fields.append(field.toString());
        QStringList notes;
        for (const QJsonValue &value : plan.value(QLatin1String("notes")).toArray()) {
            const QJsonObject note = value.toObject();
            QStringList noteFields;
            for (const QJsonValue &field : note.value(QLatin1String("fields")).toArray())
                noteFields.append(field.toString());
            const QString description = note.value(QLatin1String("description")).toString();
            notes.append(noteFields.isEmpty() ? description
                                              : tr("%1 (%2)").arg(description, noteFields.join(QLatin1String(", "))));
        }
        auto number = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, Operation,
                         new QTableWidgetItem(plan.value(QLatin1String("leadingOperationType")).toString()));
        m_table->setItem(row, RelativeCost, number(locale.toString(cost, 'f', 4)));
        m_table->setItem(row, Cardinality,
                         number(locale.toString(qint64(plan.value(QLatin1String("cardinality")).toDouble()))));
        m_table->setItem(row, ObjectRows,
                         number(locale.toString(qint64(plan.value(QLatin1String("sobjectCardinality")).toDouble()))));
        m_table->setItem(row, Object, new QTableWidgetItem(plan.value(QLatin1String("sobjectType")).toString()));
        m_table->setItem(row, Fields, new QTableWidgetItem(fields.join(QLatin1String(", "))));
        m_table->setItem(row, Notes, new QTableWidgetItem(notes.join(QLatin1Char('\n'))));
    }
    m_table->resizeRowsToContents();
    m_status->setProperty("error", false);
    if (plans.isEmpty())
        m_status->setText(tr("Salesforce returned no plan for this query."));
    else
        m_status->setText(selective ? tr("Best plan first. It is selective (relative cost 1 or less).")
                                    : tr("Best plan first. Even the best one is not selective (relative cost above 1): "
                                         "a filter on an indexed field would help."));
}

} // namespace hilal::ui
