#include "command_table.h"

#include "action_command.h"
#include "audit_command.h"
#include "bots_command.h"
#include "config_command.h"
#include "connect_command.h"
#include "disconnect_command.h"
#include "emulator_command.h"
#include "export_command.h"
#include "grant_command.h"
#include "lookup_command.h"
#include "mapping_command.h"
#include "policy_command.h"
#include "query_command.h"
#include "revoke_command.h"
#include "serve_command.h"
#include "soql_command.h"
#include "status_command.h"

#include <algorithm>

namespace hilal::cli {

namespace {

template<typename T> CommandEntry entry()
{
    const T command;
    return {command.name(), command.summary(), [] { return std::unique_ptr<Command>(new T); }};
}

// Levenshtein distance, for "did you mean".
int distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

const std::vector<CommandEntry> &commandTable()
{
    // One line per command, in name order.
    static const std::vector<CommandEntry> table = {
        entry<ActionCommand>(),  entry<AuditCommand>(),      entry<BotsCommand>(),     entry<ConfigCommand>(),
        entry<ConnectCommand>(), entry<DisconnectCommand>(), entry<EmulatorCommand>(), entry<ExportCommand>(),
        entry<GrantCommand>(),   entry<LookupCommand>(),     entry<MappingCommand>(),  entry<PolicyCommand>(),
        entry<QueryCommand>(),   entry<RevokeCommand>(),     entry<ServeCommand>(),    entry<SoqlCommand>(),
        entry<StatusCommand>(),
    };
    return table;
}

std::unique_ptr<Command> createCommand(const QString &name)
{
    for (const CommandEntry &e : commandTable()) {
        if (e.name == name)
            return e.create();
    }
    return nullptr;
}

QString closestCommand(const QString &name)
{
    QString best;
    int bestDistance = 3; // more than two edits away is a different word
    for (const CommandEntry &e : commandTable()) {
        const int d = e.name.startsWith(name, Qt::CaseInsensitive) && name.size() >= 2 ? 1 : distance(name, e.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = e.name;
        }
    }
    return best;
}

} // namespace hilal::cli
