#pragma once

#include "command.h"

#include <QJsonObject>

namespace hilal::bots {
class BotRepository;
class Chatbot;
} // namespace hilal::bots

namespace hilal::cli {

// `hilal-sf bots add|list|show|rename|set|remove|key` — the bot registry.
//   bots add --name NAME [--audience public|internal] [--org production|sandbox] [--login-url URL]
//       prints the new bot's id as the last stdout line
//   bots list [--json]          bots show ID [--json]          bots rename ID NAME
//   bots set BOT [--audience …] [--org …] [--allow-public-risk REASON] [--yes]
//                               (a new org kind ends a connected bot's connection: reconnect it)
//   bots remove ID              (deletes the bot's keychain entry too)
//   bots key --bot ID [--yes]   prints a new API key for `serve` once (the old one stops working;
//                               replacing one asks y/N on a terminal and needs --yes elsewhere)
class BotsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bots"); }
    QString summary() const override
    {
        return QStringLiteral("Add, list, show, rename, change and remove bots; make API keys");
    }
    int run(const QStringList &args, CliContext &context) override;

    // The JSON shape of one bot in `bots list --json` and `bots show --json`.
    static QJsonObject describe(bots::BotRepository &repo, const bots::Chatbot &bot);

private:
    int add(const QStringList &args, CliContext &context);
    int list(const QStringList &args, CliContext &context);
    int show(const QStringList &args, CliContext &context);
    int rename(const QStringList &args, CliContext &context);
    int set(const QStringList &args, CliContext &context);
    int remove(const QStringList &args, CliContext &context);
    int key(const QStringList &args, CliContext &context);
    int alias(const QStringList &args, CliContext &context);
};

} // namespace hilal::cli
