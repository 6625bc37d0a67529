<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <translation>إضافة روبوت</translation>
    </message>
    <message>
        <source>Rename Bot</source>
        <translation>إعادة تسمية الروبوت</translation>
    </message>
    <message>
        <source>Audience and org are fixed at creation; only the name can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Website concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation>اسم الروبوت</translation>
    </message>
    <message>
        <source>&amp;Internal — staff only</source>
        <translation>&amp;داخلي — للموظفين فقط</translation>
    </message>
    <message>
        <source>&amp;Public — anyone on a website</source>
        <translation>&amp;عام — أي زائر لموقع ويب</translation>
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
        <translation>نوع المؤسسة</translation>
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
        <source>The org kind and login URL decide where the bot logs in and can&apos;t be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>عنوان &amp;تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Local demo org (%1)</source>
        <translation>مؤسسة العرض المحلية (%1)</translation>
    </message>
</context>
<context>
    <name>hilal::ui::AppContext</name>
    <message>
        <source>The bot&apos;s token could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected; Salesforce could not be reached to revoke the token (%1)</source>
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
        <translation>عام</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>بيئة اختبار</translation>
    </message>
    <message>
        <source>production</source>
        <translation>إنتاج</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bots yet</source>
        <translation>لا توجد روبوتات بعد</translation>
    </message>
    <message>
        <source>Add a bot to connect it to a Salesforce org and choose what it may do there.</source>
        <translation>أضف روبوتًا لتربطه بمؤسسة Salesforce وتختار ما يُسمح له بفعله هناك.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>الروبوتات</translation>
    </message>
    <message>
        <source>Add bot</source>
        <translation>إضافة روبوت</translation>
    </message>
    <message>
        <source>Rename bot</source>
        <translation>إعادة تسمية الروبوت</translation>
    </message>
    <message>
        <source>Remove bot</source>
        <translation>إزالة الروبوت</translation>
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
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connected · %1</source>
        <translation>متصل · %1</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>يحتاج إلى إعادة الاتصال</translation>
    </message>
    <message>
        <source>Needs reconnect · %1</source>
        <translation>يحتاج إلى إعادة الاتصال · %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
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
        <translation>البدء</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; — three steps to a bot that works in Salesforce</source>
        <translation>&lt;b&gt;البدء&lt;/b&gt; — ثلاث خطوات إلى روبوت يعمل في Salesforce</translation>
    </message>
    <message>
        <source>Hide this guide</source>
        <translation>إخفاء هذا الدليل</translation>
    </message>
    <message>
        <source>Hide the getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Connected App: the consumer key and callback URL your Salesforce org knows.</source>
        <translation>تحقق من التطبيق المتصل: مفتاح المستهلك وعنوان رد الاتصال اللذان تعرفهما مؤسستك في Salesforce.</translation>
    </message>
    <message>
        <source>Add a bot: its name, who chats with it, and which org it logs in to.</source>
        <translation>أضف روبوتًا: اسمه، ومن يحادثه، وإلى أي مؤسسة يسجّل الدخول.</translation>
    </message>
    <message>
        <source>Connect the bot: log in to Salesforce once; the app keeps the token in your keychain.</source>
        <translation>اربط الروبوت: سجّل الدخول إلى Salesforce مرة واحدة؛ يحفظ التطبيق الرمز في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Add Bot…</source>
        <translation>إضافة روبوت…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>اتصال…</translation>
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
    <name>hilal::ui::IntegrationsBridge</name>
    <message>
        <source>Integrations</source>
        <translation>التكاملات</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Lets the bot create leads, read accounts, update opportunities and run read-only queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>متصل منذ</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة اختبار</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <source>Salesforce accepted the login, but the token could not be saved: %1</source>
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
        <source>Label</source>
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
        <source>The Salesforce login page could not be loaded (%1). Check your network connection and the bot&apos;s login URL, then click Connect again.</source>
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
</context>
<context>
    <name>hilal::ui::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add Bot…</source>
        <translation>إ&amp;ضافة روبوت…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;روبوت</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>ا&amp;تصال…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>الت&amp;وثيق</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لو&amp;حة المفاتيح</translation>
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
        <translation>&amp;حول إدارة هلال لـ Salesforce</translation>
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
</context>
<context>
    <name>hilal::ui::MainWindow</name>
    <message>
        <source>Hilal Salesforce Admin</source>
        <translation>إدارة هلال لـ Salesforce</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>وضع العرض</translation>
    </message>
    <message>
        <source>Bot details</source>
        <translation>تفاصيل الروبوت</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>الت&amp;كاملات</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>التكاملات</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>الصل&amp;احيات</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>SOQL &amp;Console</source>
        <translation>&amp;وحدة SOQL</translation>
    </message>
    <message>
        <source>SOQL Console</source>
        <translation>وحدة SOQL</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>الإ&amp;جراءات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation>حقول العميل المحتمل</translation>
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
</context>
<context>
    <name>hilal::ui::ResultsModel</name>
    <message>
        <source>Double-click or press Enter to open these rows.</source>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Could not reach %1 (%2). Check the network, then try again.</source>
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
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As ad&amp;min (read-only, needs no bot permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query as admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own read-only query over the bot&apos;s connection, like `hilal-sf query`. Audited with you as who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the b&amp;ot (its permissions and confirmation policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query as the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the dispatcher, exactly as a chat would: needs RUN_SOQL and follows the bot&apos;s confirmation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all rows as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
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
        <source>Returns %1; Salesforce reads about %2 rows for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce gave no estimate for this query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 rows match: the grid shows the first pages only. Use Export all… to get every row in a file.</source>
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
        <source>Export rows as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
<context>
    <name>QGuiApplication</name>
    <message>
        <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
</TS>
