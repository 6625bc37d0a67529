#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf mapping show|set|unset|check --bot ID …`: a bot's Lead field mapping for create-lead
// (docs/custom-fields.md).
//   show --bot ID [--json]                       one line per field: "Region__c  from the chat's \"region\""
//   set --bot ID FIELD (--from PARAM | --default VALUE)   audited
//   unset --bot ID FIELD                         audited
//   check --bot ID                               reads the org's describe of Lead through the bot's
//       connection; exit 0 "no problems", exit 1 with one sentence per problem on stderr.
class MappingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("mapping"); }
    QString summary() const override
    {
        return QStringLiteral("Show, set or check which chat parameter feeds each Lead field");
    }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
