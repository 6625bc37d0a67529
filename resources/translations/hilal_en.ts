<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::actions::ActionServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1; the port may be in use — pick another with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such endpoint; POST to /v1/bots/{id}/salesforce/actions/{action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization is missing; send `Authorization: Bearer &lt;key&gt;` with the bot&apos;s key (made by `hilal-sf bots key --bot ID`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not valid for this bot; use the key made by `hilal-sf bots key --bot ID` (a new key replaces the old one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use POST for actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::actions::ConnectionService</name>
    <message>
        <source>There is no bot with id &apos;%1&apos;; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1 lacks CREATE_OAUTH, which connecting needs; nothing was stored. Grant it first (hilal-sf grant --bot %1 CREATE_OAUTH, or the Permissions tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login gave no usable session; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce accepted the login, but the token could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but no system keychain is reachable, so the connection cannot outlive this command and was dropped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the connection details could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1 lacks DELETE_INTEGRATIONS, which disconnecting needs; nothing was changed. Grant it first (hilal-sf grant --bot %1 DELETE_INTEGRATIONS, or the Permissions tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The bot was not removed: its stored connection could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected here, but Salesforce could not be reached to revoke the token (%1). It is kept in the keychain as “revoke pending” and revoked on the next start, the next disconnect or `hilal-sf disconnect --retry`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked at Salesforce, but its keychain entry could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s keychain entry could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The bot was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce could not be reached to revoke the token (%1), and the keychain could not keep it for a later retry (%2). Nothing was changed; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s old connection was ended, but its new org kind could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::actions::Dispatcher</name>
    <message>
        <source>&apos;%1&apos; is not an action; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatcher is locked for this bot: none of the chat permissions (CREATE_LEAD, READ_ACCOUNT, UPDATE_OPPORTUNITY, RUN_SOQL) is granted. An admin can grant one (hilal-sf grant --bot %1 PERMISSION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot lacks the %1 permission, which %2 needs; an admin can grant it (hilal-sf grant --bot %3 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This bot is public and no admin has accepted the risk; to allow it anyway: hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key is still being handled; nothing was sent this time. Retry in a moment with the same key to get its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used with a different request (action or parameters differ); nothing was sent. Use a new key for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused to refresh the session; the bot must be reconnected. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmation token could not be stored in the local database; check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks a human to confirm %1 first: check the preview, then send the same request again with this confirmationToken (valid once, for %2 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::actions::Messages</name>
    <message>
        <source>The body is not JSON (%1 at offset %2); send the parameters as a JSON object, e.g. {&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is JSON but not an object; send the parameters as a JSON object {…}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationToken must be the text token from the 409 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationToken is not one this app issued; use the token from the 409 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationToken was already used; each token confirms one request once. A new token comes with this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationToken has expired; confirm with the new token that comes with this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationToken was issued for a different request (bot, action or parameters differ); a token only confirms the exact request it was shown for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the chat&apos;s &quot;%2&quot;) must be text, a number or true/false, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s duplicate rule says this Lead already exists, so none was created; look the person up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Lead already exists in the org as %1, so the org&apos;s duplicate rule refused a new one; use the existing Lead instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The Lead may or may not have been created; nothing else will be created for this request until that is known. Retry with the same Idempotency-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to Salesforce ended before it answered the create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to Salesforce ended before it answered the upsert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several Leads carry this request id in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier attempt may have created the Lead, and looking for it failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several recent Leads match what was sent, so which one an earlier attempt created cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused to refresh this bot&apos;s session, so it must be connected again: reconnect it (hilal-sf connect --bot %1, or Reconnect in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: no %1 with this Id exists in the org (or the connected user cannot see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: the %1 was changed in Salesforce after the preview was made, so nothing was overwritten. Send the request again to see the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is unavailable right now (HTTP 503); try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce failed to handle the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the request for the connected user (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is not connected to Salesforce; connect it first (hilal-sf connect --bot %1, or Connect in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce could not be reached (%1); check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not answer in time; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Salesforce was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s stored connection could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer could not be understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field this action accepts; use only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (field names ignore case); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required; give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and cannot be empty or only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; leave it out or give a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; Salesforce allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid email address; write it like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number; use digits with + ( ) - . or spaces, e.g. +44 20 7946 0018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a web address; write it like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break or control character; give the Id alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number (like 18500 or 18500.50), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it must be %3 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large; Salesforce allows at most %2 digits before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD (e.g. 2025-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside the years Salesforce accepts (1700–4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of the picklist; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of the org&apos;s picklist; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields must be a list of field names, like [&quot;Name&quot;, &quot;Phone&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields is empty; leave it out to read the default fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not one of the Account fields this bot may read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency-Key is empty; send a unique value per user request (a UUID, say), the same one on every retry of that request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency-Key is %1 characters long; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency-Key may only hold visible ASCII characters (no spaces or control characters); a UUID is a good key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key could not be checked in the local database; nothing was sent. Check that the data folder is writable, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1 digits before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textarea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an allowed value%2; allowed values: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the chat&apos;s &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the org&apos;s Lead has no field %2; check the bot&apos;s Lead field mapping (hilal-sf mapping check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the org does not let anyone set this Lead field on create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the org requires this Lead field and the chat gave no value; send it or give it a source in the bot&apos;s Lead field mapping%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by the org&apos;s Lead but has no source; give it one with `hilal-sf mapping set --bot %2 %1 --from PARAM` or `--default VALUE`%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped (%2) but the org&apos;s Lead has no such field; unset it with `hilal-sf mapping unset --bot %3 %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped (%2) but the org does not let anyone set it on create; unset it with `hilal-sf mapping unset --bot %3 %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s default &quot;%2&quot; does not fit the field: it %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of Id, Name or %1 to name the %2, not several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the %2&apos;s %1 as text, exactly as it is in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one line of at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was found; check the spelling, or give its Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records match %2; ask which one is meant and send its Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows; add a WHERE or LIMIT to narrow the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of StageName, Amount or CloseDate (no other Opportunity field can be changed from a chat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the opportunity already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to Salesforce ended before it answered the update, so it may or may not have been applied. Retry with the same Idempotency-Key: the retry is sent with the same If-Unmodified-Since and cannot overwrite a newer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: the Opportunity was changed in Salesforce after this request was first sent, so nothing was overwritten. Send a new request to see the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused it (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (allowed values: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::bots::AuditLog</name>
    <message>
        <source>The audit log could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::bots::BotRepository</name>
    <message>
        <source>The bots database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;; `hilal-sf bots list` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s policy could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot could not be renamed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> To grant it anyway, give the reason you accept the risk (it is audited): hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; keep it to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation policy could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce field name; use the API name, e.g. LeadSource or Region__c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chat parameter name; use 1 to 80 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default value for %1 must be 1 to 32000 characters without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat parameter &quot;%1&quot; already feeds %2; unset that first (hilal-sf mapping unset --bot %3 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s mapping has no Lead field %1; `hilal-sf mapping show --bot %2` lists its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead field mapping could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no lookup field; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field API name (letters, digits and _, starting with a letter, like AccountNumber or Order_Number__c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id is always accepted; a lookup field is another unique field, like an account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup field could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The bot holds %1. To make it public anyway, give the reason you accept the risk (it is audited): hilal-sf bots set %2 --audience public --allow-public-risk &quot;REASON&quot;; or revoke %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot could not be changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::bots::Messages</name>
    <message>
        <source>The bot needs a name; type one, e.g. &quot;Website concierge&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a line break or control character; use plain text on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login URL is not a valid URL; give one like https://mycompany.my.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login URL must use https (plain http is only allowed for a local org on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots database could not be updated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the bots database %1 (%2); check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots database stayed busy (another Hilal process kept writing); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots database could not start a change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots database was written by a newer version of Hilal Salesforce Admin (schema %1, this one knows %2); update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots database could not record its schema version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN_SOQL on a public bot lets anyone who chats with it read any record the connected Salesforce user can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE_OPPORTUNITY on a public bot lets anyone who chats with it change deals; keep &quot;confirm updates&quot; on or grant it to an internal bot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN_SOQL is reserved for internal bots: a public bot answers anyone on the internet, who could then read any record the connected Salesforce user can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE_OPPORTUNITY is reserved for internal bots: a public bot answers anyone on the internet, who could then change deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the query history (%1); check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the query history table (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the query in the history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query&apos;s name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query&apos;s name may not contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no query to save: write one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the query (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved query called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another saved query is called &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the query (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the query (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::bots::Permissions</name>
    <message>
        <source>Connect the bot to a Salesforce org (start the OAuth login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See whether the bot is connected, to which org and as which user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the bot: revoke its token and forget the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Lead from a chat (name, company, contact details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up one Account by its Id and read selected fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an Opportunity&apos;s stage, amount or close date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run read-only SOQL queries against any object the connected user can see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::core::Messages</name>
    <message>
        <source>salesforce.clientId must be the Connected App&apos;s consumer key, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salesforce.callbackUrl must be an http(s) URL such as http://localhost:1717/OauthRedirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salesforce.apiVersion must look like 60.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line and headers are over %1 bytes; send less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body with a Content-Length (at most %1 bytes), not chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1 bytes; the limit is %2 bytes%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk-size or trailer line is over %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunked body is over %1 bytes, the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::gui::DemoSession</name>
    <message>
        <source>The demo could not create its temporary folder (%1). Free some space in %2 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s local Salesforce org did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode — starting a local Salesforce org with %1 opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode — a local Salesforce org runs at %1 with %2 opportunities. To connect a bot, log in with username %3 and password %4 — nothing here touches your real bots or keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::BulkQueryJob</name>
    <message>
        <source>The org created a Bulk query job without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s Bulk query job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s Bulk query job %1 was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resultPages said not done but gave no nextRecordsUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary file for a result page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A results page came without Sforce-Locator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back a result page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::LoopbackRedirectCatcher</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection attempt was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL %1 is not a local http://localhost:PORT address, so this computer cannot catch the login redirect. Set salesforce.callbackUrl to e.g. http://localhost:1717/OauthRedirect (and register it in the Connected App).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the login redirect on port %1 (%2). Is another login (or the sf CLI) waiting there? Close it, or use another port in salesforce.callbackUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login was already completed. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the login in progress, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::Messages</name>
    <message>
        <source>&apos;%1&apos; is not a Salesforce Id: an Id has 15 or 18 characters, this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce Id: only letters and digits are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Salesforce Id: its last three characters do not match the first fifteen (check for a typo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 Id (%2 Ids start with %3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this one is a %1 Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the call because the org&apos;s API limit is used up (%1). Wait until the limit resets or ask the Salesforce admin to raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce had a server problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 without an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1 is not connected to Salesforce. Connect it first (hilal-sf connect --bot %1, or Connect on its integrations page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused to renew the session (%1). Reconnect the bot to Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::NetworkErrorText</name>
    <message>
        <source>no server with that name was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure (TLS) connection could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no working network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network proxy did not let the request through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not a web address the app can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address for typos, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port, and that the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address (it must be the org&apos;s https address) and the computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings of this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::OAuthFlow</name>
    <message>
        <source>Access was denied at the Salesforce consent page, so the bot was not connected. Connect again and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not accept the login%1. Start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the Connected App&apos;s credentials%1: the app requires its consumer secret, or the stored one is wrong. Set it in Settings or with `hilal-sf config set salesforce.clientSecret -`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know the Connected App%1. Check salesforce.clientId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL is not registered for the Connected App%1. Check salesforce.callbackUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s admin policy does not allow this app for your user%1. Ask the Salesforce admin to pre-authorize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the login: %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to catch the login redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login answer did not belong to this connection attempt (state mismatch), so it was ignored and nothing was connected. Start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s redirect carried no authorization code. Start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not answer the token request in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the access token (%1); nothing was stored. Check that the token is current and belongs to the org at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the access token with Salesforce (%1); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce accepted the login but would not say who you are (%1); nothing was stored. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot connected to %1 as %2. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::QueryCursor</name>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce sent a query page that is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce said more rows follow but sent no nextRecordsUrl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::RestClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid object name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce (%1) did not answer within %2 s. Try again; if it keeps happening, check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Salesforce at %1 (%2). Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce rejected the session even after renewing it (%1). Reconnect the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org offers no REST API version at or below %1. Set salesforce.apiVersion to a version the org supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::Session</name>
    <message>
        <source>the session expired and this connection has no refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not answer the session renewal in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Salesforce to renew the session (%1). Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused to renew the session: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::TokenReplyHandler</name>
    <message>
        <source>Could not reach Salesforce to finish the login (%1). Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::secrets::Messages</name>
    <message>
        <source>%1 cannot be opened with this %2: the key is not the one it was written with, or the file was changed. Nothing was changed; set the right key, or remove the file and connect the bots again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short to protect the stored connections; use at least %2 random characters (for example from `openssl rand -base64 32`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the file key from %1 failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the stored connections failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a hilal-sf token file (or one from a newer version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s key parameters are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong key, or the file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another hilal-sf (%2.lock); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); it is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::secrets::PendingRevokes</name>
    <message>
        <source>Another hilal-sf is changing the pending revokes (%1); nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created; the pending revokes were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::secrets::TokenStore</name>
    <message>
        <source>the file %1, encrypted with %2 (no keychain reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only, for this session (no keychain reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Salesforce connection is stored for this bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the stored connection. Remove the entry by hand in your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused at the prompt. Allow access to keep the Salesforce connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keychain (log out and in, or open your keychain manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is reachable: Salesforce connections will be kept in memory for this session only. Start gnome-keyring or KWallet (in a desktop session with D-Bus) to keep them across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain does not support this operation on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed. Check that your keychain is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is reachable; Salesforce connections are kept in %1, encrypted with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot id given for the stored connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Salesforce connection for bot %1 is unreadable. Disconnect and connect the bot again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::soql::Messages</name>
    <message>
        <source>one row of totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row: a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per group, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records, as many as match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads records of more than one object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it returns about %1 groups, more than the %2 a chat may read without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can return any number of records with their field values: it has no LIMIT and doesn&apos;t filter on Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can return up to %1 records with their field values: its LIMIT %1 is above %2, the most a chat may read without asking, and it doesn&apos;t filter on Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS(ALL) reads every field of each record, including ones nobody chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subquery on %1 has no LIMIT, so each record can bring any number of related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR UPDATE locks records for other users while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it writes usage statistics (UPDATE TRACKING/VIEWSTAT or FOR VIEW/REFERENCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!&apos; only appears in &apos;!=&apos; (not equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not SOQL; SOQL has no braces (SOSL&apos;s FIND {…} isn&apos;t allowed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; only follows a date literal, as in LAST_N_DAYS:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL has no &apos;*&apos;; list the fields, or use FIELDS(ALL) with a LIMIT of 200 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1 can&apos;t appear in a query; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t appear in SOQL outside a string; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one query only; remove &apos;;&apos; (SOQL has no statement separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL strings take single quotes: write &apos;text&apos;, not &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL has no comments; remove %1 and the text after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind variables only work inside Apex; write the value itself instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this string has no closing quote; end it with &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a string; write \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs exactly four hex digits, as in \u00e9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string can&apos;t contain a raw line break, tab or control character; write \n, \r or \t instead (or close the string with &apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number SOQL understands; write digits with an optional sign and decimal point, no exponent (e.g. 5000, -7, 3.14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date; write YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid datetime; write YYYY-MM-DDThh:mm:ssZ or with an offset, e.g. 2025-03-31T14:05:00Z or 2025-03-31T14:05:00+05:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is empty; write a SELECT statement, e.g. SELECT Id FROM Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL can only read; %1 is a data change, and a query starts with SELECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIND is a search (SOSL), not a query; a query starts with SELECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query starts with SELECT (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, but %2 is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query nests too deeply (more than %1 levels of parentheses, NOT, functions or subqueries); simplify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FROM after the field list (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one %1 clause is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must come before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition after WHERE, e.g. WHERE Name = &apos;Acme&apos; (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition after HAVING, e.g. HAVING COUNT(Id) &gt; 1 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this &apos;)&apos; has no matching &apos;(&apos;; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one FROM clause is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t go here; conditions belong in WHERE or HAVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; a clause (WHERE, GROUP BY, ORDER BY, LIMIT, …) or the end of the query should come here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field list is empty; name at least one field, e.g. SELECT Id FROM Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field after &apos;,&apos; (found FROM); remove the comma before FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected SELECT after &apos;(&apos; (found %1); a parenthesised item in the field list is a subquery, e.g. (SELECT LastName FROM Contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semi-join subquery (IN (SELECT …)) selects one field only; it can&apos;t contain a subquery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field in the field list, but %1 is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field in the field list, e.g. SELECT Id, Name FROM Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the subquery opened at %1:%2 (found %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polymorphic relationship after TYPEOF, e.g. TYPEOF What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object name after WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END to close TYPEOF (or another WHEN … THEN …, or ELSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field or relationship name after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SOQL function; SOQL has COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX, the date functions (CALENDAR_YEAR, DAY_ONLY, HOUR_IN_DAY, …), toLabel, convertCurrency, convertTimezone, FORMAT, GROUPING, DISTANCE, GEOLOCATION and FIELDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close %1( (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT takes nothing or one field: COUNT() or COUNT(Id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one field, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT takes one field or function, e.g. FORMAT(Amount) or FORMAT(convertCurrency(Amount))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEOLOCATION takes a latitude and a longitude, e.g. GEOLOCATION(37.775, -122.418)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEOLOCATION only works inside DISTANCE, e.g. DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISTANCE takes a location field, a GEOLOCATION and a unit, e.g. DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DISTANCE unit is &apos;mi&apos; or &apos;km&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one date or datetime field, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convertTimezone only works inside a date function, e.g. HOUR_IN_DAY(convertTimezone(CreatedDate))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate functions like %1() can&apos;t be used in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; filter on aggregates with HAVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT only works in the field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object name after FROM, but %1 is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object name after FROM, e.g. FROM Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child relationship name after FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object name after FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM takes an object name, not a path; write e.g. FROM Contact and select Account.Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias.relationship after &apos;,&apos; in FROM, e.g. FROM Contact c, c.Account a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean %1 BY? %2 alone is an object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope after USING SCOPE, e.g. USING SCOPE mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scope; USING SCOPE takes one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND and OR can&apos;t be mixed without parentheses; group them, e.g. (A AND B) OR C, or A AND (B OR C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition after %1 (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subquery can only follow IN or NOT IN, e.g. Id IN (SELECT AccountId FROM Contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1:%2 (found %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS() only works in the field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition starts with a field, then the value: write Amount &gt; 5000, not 5000 &lt; Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition, but %1 is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a list in parentheses, e.g. %1 (&apos;a&apos;, &apos;b&apos;) (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a list of values, not a subquery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAVING can&apos;t contain a semi-join (IN (SELECT …)); put it in WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semi-join can&apos;t contain another semi-join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one value in its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the %1 list (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a single value; for a list use IN: %2 IN (&apos;a&apos;, &apos;b&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL has no NOT LIKE; negate the whole condition: NOT %1 LIKE &apos;x%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT goes before the whole condition (NOT %1 = …); after a field only NOT IN is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison operator after %1 (=, !=, &lt;, &lt;=, &gt;, &gt;=, LIKE, IN, NOT IN, INCLUDES, EXCLUDES), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL can&apos;t compare a field with another field (%1); the right side must be a value such as &apos;text&apos;, 42, true, null or TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value such as &apos;text&apos;, 42, true, null, 2025-03-31 or TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIKE needs a string pattern, e.g. %1 LIKE &apos;Acme%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null can only be compared with = or != (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no number; write %1 (for a number of days use LAST_N_DAYS:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number of zero or more: %1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its number right after the colon, no space: %1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is too large; use a number up to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 only works in a LIKE pattern; outside LIKE write %1 without the backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data category group after DATA CATEGORY, e.g. Geography__c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the category list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field after %1, but %2 is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the grouping list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number of zero or more, e.g. %1 100 (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an alias, but only aggregate and grouped fields can have one; did you forget a comma between %2 and %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT() must be the only item in the field list; use COUNT(Id) beside other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS(%1) needs LIMIT 200 or less; add LIMIT 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semi-join subquery selects exactly one Id or lookup field, e.g. Id IN (SELECT AccountId FROM Opportunity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semi-join subquery can&apos;t have ORDER BY or LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semi-join (IN (SELECT …)) can&apos;t be combined with OR; run two queries or restructure the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query can have at most two semi-joins (IN (SELECT …))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL statements can not be longer than %1 characters (this one has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is empty; write a SELECT statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL can only read; %1 is a data change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search (SOSL) isn&apos;t allowed here; write a SELECT query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one query only; remove &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments aren&apos;t SOQL; remove &apos;%1&apos; and what follows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind variables only work inside Apex; put the value itself in place of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR UPDATE locks records; remove it (a read never needs a lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR %1 updates the records&apos; %2; remove it (only plain reads are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActionResultView</name>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>201 Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>204 Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 Invalid input — nothing was sent to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 Not found in the org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>409 Needs confirmation or the record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>502 Reconnect needed or Salesforce failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503 Salesforce is unavailable or over its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>504 Salesforce did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an action to see its result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 — &lt;a href=&quot;%2&quot;&gt;open in Salesforce&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActionTester</name>
    <message>
        <source>Action tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which run the result belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. Brightwave Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a Lead, as a chat visitor&apos;s details would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 or 18 characters, starting 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, comma-separated; default: the configured list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads one Account by its Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 or 18 characters, starting 006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Negotiation/Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the stage, amount or close date of one Opportunity. You see current → new values before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SOQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT Id, Name FROM Account LIMIT 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs one read-only query, capped for chat use (the SOQL Console shows whole results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What running it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the action can&apos;t run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot&apos;s %1 org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a real Lead in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a real Opportunity in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot to run actions as that bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action tester is not connected to the app&apos;s dispatcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot on the left to try its chat actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot lacks %1, so it cannot %2. Grant it on the Permissions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to Production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production org: the record is real and people may see it at once. Use a sandbox bot to experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update this opportunity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this opportunity in Salesforce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1” in Salesforce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks before any update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks you to confirm before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 rows (Salesforce&apos;s estimate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActivityTab</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation (409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission, policy and connection changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the query text, record Ids, who, details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet: chat actions, permission, policy and connection changes will appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::AddBotDialog</name>
    <message>
        <source>Add Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Website concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal — staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public — anyone on a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production or Developer Edition (login.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://yourcompany.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Domain login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo org (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name changes here; the audience and org change in Bot ▸ Properties….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org kind and login URL decide where the bot logs in. Changing the org kind later (Bot ▸ Properties…) means connecting the bot again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a person to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::BotList</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bot to connect it to a Salesforce org and choose what it may do there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), id %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Not Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Salesforce connection is revoked first, then its permissions and confirmation policy are deleted. The activity log keeps its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Removed, Revoke Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Org Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect “%1” and change its org kind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot Changed, Revoke Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::BotPropertiesDialog</name>
    <message>
        <source>Bot Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production or Developer Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its connection to %1 was made at the old login host, so it ends: the token is revoked. You then connect the bot again; it logs in at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is not connected; when you connect it, it logs in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public bot answers anyone on a website: if it holds more than creating leads and reading accounts, you are asked why you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::BulkExportDialog</name>
    <message>
        <source>Export all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every row through a Bulk API job to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the export job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org is running the query (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the export job was aborted and no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ConfirmationDialog</name>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; — three steps to a bot that works in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Connected App: the consumer key and callback URL your Salesforce org knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bot: its name, who chats with it, and which org it logs in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the bot: log in to Salesforce once; the app keeps the token in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::GuiPreferences</name>
    <message>
        <source>The row count for suggesting a Bulk export must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::IntegrationsBridge</name>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the bot create leads, read accounts, update opportunities and run read-only queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce was not connected. The card below says why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::IntegrationsPage</name>
    <message>
        <source>No bot selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot on the left to see its Salesforce connection, or add one to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Reconnect and log in again; the bot&apos;s actions fail until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services “%1” can use. Changes apply to this bot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot lacks DELETE_INTEGRATIONS; grant it on the Permissions tab to disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this bot to a Salesforce org. You log in to Salesforce in a window that only talks to Salesforce; the bot never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in and allow access in the Salesforce window. Close it or click Cancel to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so this connection is kept for this session only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not connect integrations: it lacks CREATE_OAUTH. Grant it on the Permissions tab to connect Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details are hidden: “%1” lacks READ_INTEGRATIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keychain (for example GNOME Keyring or KWallet) and click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Click Connect when you want to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and the bot&apos;s login URL, then click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keychain and click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Connected App&apos;s consumer key and callback URL (salesforce.clientId, salesforce.callbackUrl), then click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect “%1” from Salesforce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s token is revoked at Salesforce and deleted from this computer&apos;s keychain. The bot&apos;s Salesforce actions stop working until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keychain and choose Disconnect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: Salesforce answered in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: Salesforce answered in %1 ms; %2 of %3 API requests left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke pending: an earlier token of this bot could not be revoked because Salesforce was unreachable. The bot no longer uses it; it is revoked at the next start or disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant CREATE_OAUTH on the Permissions tab, then click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Reconnect and log in at %1; the bot&apos;s actions fail until you do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::LeadFieldsTab</name>
    <message>
        <source>Refresh fie&amp;lds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the org&apos;s Lead fields again (after an admin changed them in Setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead fields of the org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name or default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a sample chat payload, e.g. {&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;, &quot;region&quot;: &quot;EMEA&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample chat payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead that would be created, or the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot to see the Lead fields of its org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the org&apos;s Lead fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s Lead fields could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the bot (Integrations tab) to see its org&apos;s Lead fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Lead fields the bot can set; required ones are marked. Sources are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the chat&apos;s &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — required, create-lead fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No problems: every field the org requires has a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems — create-lead will fail until they are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead that create-lead would send appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-lead would answer 400, nothing sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-lead would create this Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::LoginView</name>
    <message>
        <source>The login page tried to open %1, which is not your Salesforce login host, My Domain or instance, so the login was stopped. Check the bot&apos;s login URL, then click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 at %2 instead of showing its login page. Check the Connected App&apos;s consumer key and callback URL, then click Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 (not encrypted; only acceptable for a local test org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce login page at %1 could not be loaded: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hilal Salesforce Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hilal Salesforce Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilal Salesforce Admin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N — Add a bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 — Rename the selected bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in the bot list) — Remove the selected bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 — Test the selected bot&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5 — Integrations, Permissions, SOQL Console, Actions, Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter (in the SOQL Console) — Run the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 — Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q — Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the Salesforce connections and permissions of Hilal chatbots.

Versions: Hilal Salesforce Admin %1, Qt %2 (built with %3), QtKeychain %4.

Licences: Qt is used under the GNU LGPL version 3, QtKeychain under the BSD 3-clause licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;operties…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::MainWindow</name>
    <message>
        <source>Hilal Salesforce Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::PermissionLabels</name>
    <message>
        <source>Connect to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SOQL queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::PermissionRiskDialog</name>
    <message>
        <source>%1 lets anyone who chats with the bot read any record the connected Salesforce user can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets anyone who chats with the bot change deals (stage, amount, close date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration connect it to a Salesforce org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration see which org it is connected to and as whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration disconnect it from Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen a Public Bot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” is a public bot: anyone on your website can chat with it.&lt;/b&gt; Safe for public bots is creating leads and reading accounts only. The change you are applying also grants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bot only runs on the partner portal behind a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::PermissionsTab</name>
    <message>
        <source>%1 on a public bot lets anyone who chats with it read any record the connected Salesforce user can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on a public bot lets anyone who chats with it change deals. Keep “Ask before updating” on, or grant it to an internal bot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot on the left to choose what it may do in Salesforce and when it must ask a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safe for Public Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages exactly %1 and %2 and revokes every other permission (Apply stores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the safe preset for public bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: only create leads and read accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before &amp;updating an opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before creating a &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For costly queries (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before running a SOQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before running a SOQL &amp;query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot answers “needs confirmation” with a preview, and acts only after someone confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes; the bot uses them from its next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public bot: anyone on your website can chat with it, so grant only what a stranger may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal bot: only your staff can chat with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: widening a public bot needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat actions unlocked.&lt;/b&gt; The dispatcher serves this bot&apos;s granted actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat actions locked.&lt;/b&gt; No chat permission is granted, so every action the bot asks for is refused (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions and confirmation policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::QueryPlanDialog</name>
    <message>
        <source>Query Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sObject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Salesforce for the plan (nothing is run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce returned no plan for this query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best plan first. It is selective (relative cost 1 or less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best plan first. Even the best one is not selective (relative cost above 1): a filter on an indexed field would help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ResultsModel</name>
    <message>
        <source>Double-click or press Enter to open these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this record in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::ResultsView</name>
    <message>
        <source>Query results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 %3 rows (Salesforce pages large child sets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::SettingsDialog</name>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connected App the bots log in through. Its consumer key and callback URL are in Salesforce Setup → App Manager → your app → View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether it knows this consumer key and callback URL (no login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this consumer key: copy it again from the Connected App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 knows the consumer key, but the callback URL is not one of the Connected App&apos;s: add it there or correct it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept this Connected App (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 knows the consumer key and accepts the callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public — anyone on a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience of new bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bots&apos; a&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production or Developer Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org kind of new bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bots&apos; &amp;org:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a Bulk export above this many rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Salesforce estimates more rows than this, the SOQL console suggests exporting them through a Bulk API job instead of loading them into the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Bulk e&amp;xport above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves API versions %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the Connected App requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain only, and sent on the token and refresh calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored consumer secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the secret cannot be kept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer secret was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlCompleter</name>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picklist value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org has no object %1 that can be queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no relationship %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlConsole</name>
    <message>
        <source>SOQL console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own read-only query over the bot&apos;s connection, like `hilal-sf query`. Audited with you as who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the dispatcher, exactly as a chat would: needs RUN_SOQL and follows the bot&apos;s confirmation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every row of the query through a Bulk API job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the query as a Bulk API job and writes every row to a file, however many there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows appear here as they arrive. Write a query above and press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot to run queries with its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to the app&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot may not run SOQL. Grant RUN_SOQL on the Permissions tab to query as the bot, or query as admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queries run yet for this bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of this bot&apos;s recent queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the query with the bot&apos;s policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The query was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query failed (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this query?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks you to confirm this query before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy asks before every query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 rows (Salesforce&apos;s estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce gave no estimate for this query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1 · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %Ln row(s) as %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connected bot and write a query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: run a query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lay the query out one clause per line (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Salesforce how it would run the query (nothing runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the query plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the query under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the org&apos;s schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the query: no more rows are fetched (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows with a cell containing this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved queries for this bot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of this bot&apos;s saved queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bot first: saved queries belong to a bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved query “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved query called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace saved query?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved query is called “%1” already. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved query?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved query “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connected bot first: the plan comes from its org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row (an aggregate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per group, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns %1, not records. Salesforce reads about %2 rows to compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns %1, not records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add LIMIT %1 and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rows: the rest was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1, run with %2&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quer&amp;y as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (read-only, needs no bot permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot (its permissions and confirmation policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query lo&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV/&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the loaded rows as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bul&amp;k export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ro&amp;ws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 rows match: the grid shows the first pages only. Use Bulk export… to get every row in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlEditor</name>
    <message>
        <source>SOQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one SELECT query. Ctrl+Enter runs it; Ctrl+Space completes object and field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT Id, Name FROM Account ORDER BY Name LIMIT 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not formatted: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hilal::ui::WebLoginCatcher</name>
    <message>
        <source>The callback URL &quot;%1&quot; is not a valid URL; set salesforce.callbackUrl to the Connected App&apos;s callback, e.g. http://localhost:1717/OauthRedirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login window was closed before Salesforce sent you back; nothing was connected. Click Connect to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep bots, settings and logs in DIR (also $HILAL_SF_HOME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a built-in local Salesforce org with two demo bots; no account needed. Uses its own temporary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Hilal Chatbot bots to Salesforce and decide what they may do there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilal Salesforce Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Not Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
