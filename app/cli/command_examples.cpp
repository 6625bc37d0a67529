#include "command_examples.h"

#include <QHash>

namespace hilal::cli {

QStringList commandExamples(const QString &command)
{
    // Commands that write their own "Examples:" section (bots, config, connect, query, status)
    // are not listed here.
    static const QHash<QString, QStringList> examples = {
        {QStringLiteral("action"),
         {QStringLiteral("hilal-sf action --bot support create-lead --LastName Okafor --Company \"Brightwave Ltd\""),
          QStringLiteral("hilal-sf action --bot support update-opportunity --Id 0065g00000Q1rStAAJ "
                         "--StageName \"Closed Won\" --yes"),
          QStringLiteral("hilal-sf action --bot support run-soql --query \"SELECT Id, Name FROM Account LIMIT 5\""),
          QStringLiteral("echo '{\"Id\": \"0015g00000K7mWqAAJ\"}' | hilal-sf action --bot support "
                         "get-account --params - --json")}},
        {QStringLiteral("audit"),
         {QStringLiteral("hilal-sf audit --bot support --limit 20"),
          QStringLiteral("hilal-sf audit --limit 0 --json > audit.json")}},
        {QStringLiteral("disconnect"),
         {QStringLiteral("hilal-sf disconnect --bot support"),
          QStringLiteral("hilal-sf disconnect --bot support --force")}},
        {QStringLiteral("emulator"),
         {QStringLiteral("hilal-sf emulator --port 8443 --records 1000"),
          QStringLiteral("hilal-sf emulator --db org.sqlite --tls --auto-approve"),
          QStringLiteral("hilal-sf emulator --fail-rate 0.1 --latency-ms 200")}},
        {QStringLiteral("export"),
         {QStringLiteral("hilal-sf export --bot support --out opportunities.csv \"SELECT Id, Name, Amount "
                         "FROM Opportunity\""),
          QStringLiteral("hilal-sf export --format jsonl --all-rows --out leads.jsonl \"SELECT Id, Email "
                         "FROM Lead\"")}},
        {QStringLiteral("grant"),
         {QStringLiteral("hilal-sf grant --bot support CREATE_LEAD READ_ACCOUNT"),
          QStringLiteral("hilal-sf grant --bot support --allow-public-risk \"internal FAQ behind SSO\" RUN_SOQL")}},
        {QStringLiteral("lookup"),
         {QStringLiteral("hilal-sf lookup --bot support"),
          QStringLiteral("hilal-sf lookup --bot support --account AccountNumber --opportunity Order_Number__c"),
          QStringLiteral("hilal-sf lookup --bot support --account none")}},
        {QStringLiteral("mapping"),
         {QStringLiteral("hilal-sf mapping show --bot support"),
          QStringLiteral("hilal-sf mapping set --bot support Region__c --from region"),
          QStringLiteral("hilal-sf mapping set --bot support LeadSource --default Chat"),
          QStringLiteral("hilal-sf mapping check --bot support")}},
        {QStringLiteral("policy"),
         {QStringLiteral("hilal-sf policy --bot support"),
          QStringLiteral("hilal-sf policy --bot support --confirm-updates on --confirm-soql all "
                         "--confirm-creates off")}},
        {QStringLiteral("revoke"),
         {QStringLiteral("hilal-sf revoke --bot support RUN_SOQL"),
          QStringLiteral("hilal-sf revoke --bot support UPDATE_OPPORTUNITY CREATE_LEAD")}},
        {QStringLiteral("serve"), {QStringLiteral("hilal-sf serve"), QStringLiteral("hilal-sf serve --port 0")}},
        {QStringLiteral("soql"),
         {QStringLiteral("hilal-sf soql check \"SELECT Id, Name FROM Account WHERE Name LIKE 'Acme%'\""),
          QStringLiteral("hilal-sf soql check --json < queries.soql")}},
    };
    return examples.value(command);
}

QString examplesSection(const QString &command)
{
    const QStringList lines = commandExamples(command);
    if (lines.isEmpty())
        return {};
    QString text = QStringLiteral("\nExamples:\n");
    for (const QString &line : lines)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

} // namespace hilal::cli
