#pragma once

#include "actions/action.h"

namespace hilal::actions {

// run-soql: {"query": "SELECT …"}. The read-only guard (soql/read_only_guard.h) refuses
// anything but one plain SELECT before any request, with its reason and position; the classifier
// (soql/classifier.h) decides, with the bot's policy (off | nontrivial | all), whether a human
// must confirm — the preview then lists objects, fields, the reasons and, when Salesforce's
// explain answers, about how many rows. Rows are paged and capped for chat use
// (DispatcherOptions::maxSoqlRows, default 200): 200 with
// {"totalSize", "returned", "truncated", "records"} and a note when rows were cut.
class RunSoqlAction : public Action
{
public:
    static QString actionName() { return QStringLiteral("run-soql"); }
    static FieldErrors validate(const QJsonObject &parameters, QJsonObject *normalized = nullptr);

    QString name() const override { return actionName(); }
    bots::Permission permission() const override { return bots::Permission::RunSoql; }
    QStringList acceptedFields() const override { return {QStringLiteral("query")}; }
    FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const override
    {
        return validate(parameters, normalized);
    }
    void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const override;
    void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                 Done done) const override;
    QString subjectId(const QJsonObject &) const override { return {}; }

    // Drops the "attributes" member of a record and of its nested parents and child results.
    static QJsonValue stripAttributes(const QJsonValue &value);
};

} // namespace hilal::actions
