#pragma once

#include "actions/action.h"

namespace hilal::actions {

// get-account: {"Id": "001…"[, "fields": ["Name", …]]}; instead of Id, "Name" or the bot's lookup
// field (the dispatcher resolves it to an Id first, see record_lookup.h). The Id is checked before any request
// (15 or 18 characters, checksum, prefix 001). Reads the configured field list
// (DispatcherOptions::accountFields) or the subset of it a request names. 200 with the record.
class GetAccountAction : public Action
{
public:
    explicit GetAccountAction(const QStringList &allowedFields = {});

    static QString actionName() { return QStringLiteral("get-account"); }
    // `allowedFields` empty: DispatcherOptions::defaultAccountFields().
    static FieldErrors validate(const QJsonObject &parameters, QJsonObject *normalized = nullptr,
                                const QStringList &allowedFields = {});

    QString name() const override { return actionName(); }
    bots::Permission permission() const override { return bots::Permission::ReadAccount; }
    QString lookupObject() const override { return QStringLiteral("Account"); }
    QStringList acceptedFields() const override { return {QStringLiteral("Id"), QStringLiteral("fields")}; }
    FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const override
    {
        return validate(parameters, normalized, m_allowedFields);
    }
    void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const override;
    void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                 Done done) const override;

private:
    QStringList m_allowedFields;
};

} // namespace hilal::actions
