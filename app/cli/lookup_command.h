#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf lookup --bot ID [--account FIELD|none] [--opportunity FIELD|none] [--json]`: shows
// which field, besides Id and Name, a chat may name an Account or Opportunity by (get-account,
// update-opportunity), setting it first when options are given (audited). A lookup field should be
// unique in the org (an account number, an external ID, an auto-number): a value that matches
// several records answers 409 with the candidates. Prints "Account: Name, AccountNumber".
class LookupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lookup"); }
    QString summary() const override
    {
        return QStringLiteral("Show or set the field a chat may name an account or opportunity by instead of its Id");
    }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
