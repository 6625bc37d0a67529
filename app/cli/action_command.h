#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf action --bot ID create-lead|get-account|update-opportunity|run-soql
//      (--json FILE|- | --FIELD VALUE…) [--confirm TOKEN]`
// prints the ActionResult as one JSON object
//   {"status": N, "data": …, "errors": [{"field", "message"}], "confirmation": {"token", "preview"}}
// and exits 0 on 2xx, 3 on 4xx, 4 on 5xx (2 when the command line itself is wrong).
// --FIELD VALUE pairs use Salesforce field names (--LastName Okafor --Company "Brightwave Ltd");
// Amount is read as a number. A 409 answer's token confirms with `--confirm TOKEN` and the same
// parameters.
class ActionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override { return QStringLiteral("Run one of a bot's chat actions through the dispatcher"); }
    int run(const QStringList &args, CliContext &context) override;

    // 2xx → 0, 4xx → 3, 5xx → 4.
    static int exitCodeFor(int status);
};

} // namespace hilal::cli
