#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf action --bot ID create-lead|get-account|update-opportunity|run-soql
//      (--params FILE|- | --FIELD VALUE…) [--confirm TOKEN] [--yes] [--json]`
// prints the ActionResult as one JSON object
//   {"status": N, "data": …, "errors": [{"field", "message"}], "confirmation": {"token", "preview"}}
// (inside sf's envelope with --json) and exits with the code of the shared table (exitCodeFor).
// --FIELD VALUE pairs use Salesforce field names (--LastName Okafor --Company "Brightwave Ltd");
// Amount is read as a number. A 409 answer's token confirms with `--confirm TOKEN` and the same
// parameters.
class ActionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override
    {
        return QStringLiteral("Run one of a bot's chat actions through the dispatcher");
    }
    int run(const QStringList &args, CliContext &context) override;

    // 2xx → 0, 400/422 → 2, 401 → 5, 403 → 4, 404 → 3, 409 → 6, 5xx → 7.
    static int exitCodeFor(int status);
};

} // namespace hilal::cli
