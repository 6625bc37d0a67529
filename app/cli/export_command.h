#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf export --bot ID --out FILE [--format csv|jsonl] [--all-rows] [--line-ending LF|CRLF]
//                 [--delimiter COMMA|TAB|PIPE|SEMICOLON|CARET|BACKQUOTE] [--raw-formulas] "SOQL"
// Exports every row of the query through a Bulk API 2.0 query job (docs/bulk-api.md) into FILE,
// at constant memory. A progress bar goes to stderr on a terminal, plain progress lines
// otherwise; `exported N records to FILE` is the last line on stdout. On failure or Ctrl+C the
// org's job is aborted and no FILE (not even a partial one) is left. The read-only guard and the
// connection rules are those of `query`; every export is written to the audit trail.
// Self-contained (its own cmake include) so its registration moves with the command table.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export a SOQL query's rows to a file through Bulk API 2.0");
    }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
