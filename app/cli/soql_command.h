#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf soql check [--json] [QUERY]`: runs each query through the read-only guard and the
// parser (src/soql) and prints one line per query — `ok`, `guard: <reason>` or
// `error <line>:<col>: <message>`, or with --json the envelope, whose "result" holds one object
// per line: {"query": …, "status": "ok"|"guard"|"error", "line": …, "column": …, "message": …,
// "reason": …}; the envelope's own status members come last (a failure's when a query failed).
// Without QUERY it reads stdin, one query per line (blank lines skipped), answering each line as
// it arrives. Exit 0 when every query is ok, 1 otherwise, 2 for a wrong command line.
class SoqlCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("soql"); }
    QString summary() const override { return QStringLiteral("Check SOQL queries: soql check [--json] [QUERY]"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
