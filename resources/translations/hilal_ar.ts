<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>سماح</translation>
    </message>
</context>
<context>
    <name>hilal::actions::ActionServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1; the port may be in use — pick another with --port.</source>
        <translation>تعذّر الاستماع على 127.0.0.1:%1؛ قد يكون المنفذ مستخدمًا — اختر منفذًا آخر بـ --port.</translation>
    </message>
    <message>
        <source>No such endpoint; POST to /v1/bots/{id}/salesforce/actions/{action}.</source>
        <translation>لا توجد نقطة نهاية كهذه؛ أرسل POST إلى /v1/bots/{id}/salesforce/actions/{action}.</translation>
    </message>
    <message>
        <source>Authorization is missing; send `Authorization: Bearer &lt;key&gt;` with the bot&apos;s key (made by `hilal-sf bots key --bot ID`).</source>
        <translation>ترويسة التفويض مفقودة؛ أرسل `Authorization: Bearer &lt;key&gt;` مع مفتاح الروبوت (الذي يُنشئه `hilal-sf bots key --bot ID`).</translation>
    </message>
    <message>
        <source>The key is not valid for this bot; use the key made by `hilal-sf bots key --bot ID` (a new key replaces the old one).</source>
        <translation>المفتاح غير صالح لهذا الروبوت؛ استخدم المفتاح الذي يُنشئه `hilal-sf bots key --bot ID` (المفتاح الجديد يحل محل القديم).</translation>
    </message>
    <message>
        <source>Use POST for actions.</source>
        <translation>استخدم POST للإجراءات.</translation>
    </message>
</context>
<context>
    <name>hilal::actions::ConnectionService</name>
    <message>
        <source>There is no bot with id &apos;%1&apos;; nothing was stored.</source>
        <translation>لا يوجد روبوت بالمعرّف &apos;%1&apos;؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Bot %1 lacks CREATE_OAUTH, which connecting needs; nothing was stored. Grant it first (hilal-sf grant --bot %1 CREATE_OAUTH, or the Permissions tab).</source>
        <translation>لا يملك الروبوت %1 الصلاحية CREATE_OAUTH التي يحتاجها الوصل؛ لم يُحفظ شيء. امنحه إياها أولًا (hilal-sf grant --bot %1 CREATE_OAUTH، أو تبويب الصلاحيات).</translation>
    </message>
    <message>
        <source>The login gave no usable session; nothing was stored.</source>
        <translation>لم يُنتج تسجيل الدخول جلسة صالحة للاستخدام؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Salesforce accepted the login, but the token could not be saved: %1</source>
        <translation>قبِل Salesforce تسجيل الدخول، لكن تعذّر حفظ الرمز: %1</translation>
    </message>
    <message>
        <source>Connected, but no system keychain is reachable, so the connection cannot outlive this command and was dropped. %1</source>
        <translation>تم الاتصال، لكن لا يمكن الوصول إلى سلسلة مفاتيح النظام، فلا يمكن أن يبقى الاتصال بعد هذا الأمر فأُسقط. %1</translation>
    </message>
    <message>
        <source>Connected, but the connection details could not be recorded: %1</source>
        <translation>تم الاتصال، لكن تعذّر تسجيل تفاصيل الاتصال: %1</translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;.</source>
        <translation>لا يوجد روبوت بالمعرّف &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Bot %1 lacks DELETE_INTEGRATIONS, which disconnecting needs; nothing was changed. Grant it first (hilal-sf grant --bot %1 DELETE_INTEGRATIONS, or the Permissions tab).</source>
        <translation>لا يملك الروبوت %1 الصلاحية DELETE_INTEGRATIONS التي يحتاجها قطع الاتصال؛ لم يتغيّر شيء. امنحه إياها أولًا (hilal-sf grant --bot %1 DELETE_INTEGRATIONS، أو تبويب الصلاحيات).</translation>
    </message>
    <message>
        <source>%1 The bot was not removed: its stored connection could not be read.</source>
        <translation>%1 لم يُزل الروبوت: تعذّرت قراءة اتصاله المحفوظ.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Disconnected here, but Salesforce could not be reached to revoke the token (%1). It is kept in the keychain as “revoke pending” and revoked on the next start, the next disconnect or `hilal-sf disconnect --retry`.</source>
        <translation>قُطع الاتصال هنا، لكن تعذّر الوصول إلى Salesforce لإلغاء الرمز (%1). يُحتفظ به في سلسلة المفاتيح بوصفه «إلغاء معلّق» ويُلغى عند التشغيل التالي أو قطع الاتصال التالي أو `hilal-sf disconnect --retry`.</translation>
    </message>
    <message>
        <source>The token was revoked at Salesforce, but its keychain entry could not be deleted: %1</source>
        <translation>أُلغي الرمز لدى Salesforce، لكن تعذّر حذف مُدخله من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The token&apos;s keychain entry could not be deleted: %1</source>
        <translation>تعذّر حذف مُدخل الرمز من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source> The bot was not removed.</source>
        <translation> لم يُزل الروبوت.</translation>
    </message>
    <message>
        <source>Salesforce could not be reached to revoke the token (%1), and the keychain could not keep it for a later retry (%2). Nothing was changed; %3</source>
        <translation>تعذّر الوصول إلى Salesforce لإلغاء الرمز (%1)، ولم تستطع سلسلة المفاتيح الاحتفاظ به لمحاولة لاحقة (%2). لم يتغيّر شيء؛ %3</translation>
    </message>
    <message>
        <source>the bot was not removed.</source>
        <translation>لم يُزل الروبوت.</translation>
    </message>
    <message>
        <source>the bot is still connected.</source>
        <translation>ما زال الروبوت متصلًا.</translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;; nothing was changed.</source>
        <translation>لا يوجد روبوت بالمعرّف &apos;%1&apos;؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bot&apos;s old connection was ended, but its new org kind could not be saved: %1</source>
        <translation>انتهى الاتصال القديم للروبوت، لكن تعذّر حفظ نوع مؤسسته الجديد: %1</translation>
    </message>
</context>
<context>
    <name>hilal::actions::Dispatcher</name>
    <message>
        <source>&apos;%1&apos; is not an action; use one of %2.</source>
        <translation>&apos;%1&apos; ليس إجراءً؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;.</source>
        <translation>لا يوجد روبوت بالمعرّف &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The dispatcher is locked for this bot: none of the chat permissions (CREATE_LEAD, READ_ACCOUNT, UPDATE_OPPORTUNITY, RUN_SOQL) is granted. An admin can grant one (hilal-sf grant --bot %1 PERMISSION).</source>
        <translation>الموزّع مقفل لهذا الروبوت: لم تُمنح أي من صلاحيات المحادثة (CREATE_LEAD وREAD_ACCOUNT وUPDATE_OPPORTUNITY وRUN_SOQL). يمكن لمسؤول منح إحداها (hilal-sf grant --bot %1 PERMISSION).</translation>
    </message>
    <message>
        <source>The bot lacks the %1 permission, which %2 needs; an admin can grant it (hilal-sf grant --bot %3 %1).</source>
        <translation>لا يملك الروبوت الصلاحية %1 التي يحتاجها %2؛ يمكن لمسؤول منحها (hilal-sf grant --bot %3 %1).</translation>
    </message>
    <message>
        <source> This bot is public and no admin has accepted the risk; to allow it anyway: hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</source>
        <translation> هذا الروبوت عام ولم يقبل أي مسؤول المخاطرة؛ للسماح بذلك على أي حال: hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key is still being handled; nothing was sent this time. Retry in a moment with the same key to get its answer.</source>
        <translation>ما زال طلب بمفتاح Idempotency-Key هذا قيد المعالجة؛ لم يُرسَل شيء هذه المرة. أعد المحاولة بعد لحظة بالمفتاح نفسه لتحصل على جوابه.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used with a different request (action or parameters differ); nothing was sent. Use a new key for a new request.</source>
        <translation>استُخدم مفتاح Idempotency-Key هذا من قبل مع طلب مختلف (الإجراء أو المعاملات مختلفة)؛ لم يُرسَل شيء. استخدم مفتاحًا جديدًا لطلب جديد.</translation>
    </message>
    <message>
        <source>Salesforce refused to refresh the session; the bot must be reconnected. </source>
        <translation>رفض Salesforce تحديث الجلسة؛ يجب إعادة وصل الروبوت. </translation>
    </message>
    <message>
        <source>A confirmation token could not be stored in the local database; check that the data folder is writable.</source>
        <translation>تعذّر حفظ رمز تأكيد في قاعدة البيانات المحلية؛ تحقق من أن مجلد البيانات قابل للكتابة.</translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks a human to confirm %1 first: check the preview, then send the same request again with this confirmationToken (valid once, for %2 minutes).</source>
        <translation>تطلب سياسة هذا الروبوت أن يؤكد شخص %1 أولًا: راجع المعاينة، ثم أرسل الطلب نفسه مجددًا مع confirmationToken هذا (صالح مرة واحدة، لمدة %2 دقيقة).</translation>
    </message>
</context>
<context>
    <name>hilal::actions::Messages</name>
    <message>
        <source>The body is not JSON (%1 at offset %2); send the parameters as a JSON object, e.g. {&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;}.</source>
        <translation>المتن ليس JSON ‏(%1 عند الموضع %2)؛ أرسل المعاملات كائنَ JSON، مثل {&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;}.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object; send the parameters as a JSON object {…}.</source>
        <translation>المتن JSON لكنه ليس كائنًا؛ أرسل المعاملات كائنَ JSON ‏{…}.</translation>
    </message>
    <message>
        <source>confirmationToken must be the text token from the 409 answer.</source>
        <translation>يجب أن يكون confirmationToken الرمز النصي الوارد في جواب 409.</translation>
    </message>
    <message>
        <source>confirmationToken is not one this app issued; use the token from the 409 answer.</source>
        <translation>confirmationToken ليس رمزًا أصدره هذا التطبيق؛ استخدم الرمز الوارد في جواب 409.</translation>
    </message>
    <message>
        <source>confirmationToken was already used; each token confirms one request once. A new token comes with this answer.</source>
        <translation>استُخدم confirmationToken من قبل؛ كل رمز يؤكد طلبًا واحدًا مرة واحدة. يأتي رمز جديد مع هذا الجواب.</translation>
    </message>
    <message>
        <source>confirmationToken has expired; confirm with the new token that comes with this answer.</source>
        <translation>انتهت صلاحية confirmationToken؛ أكّد بالرمز الجديد الذي يأتي مع هذا الجواب.</translation>
    </message>
    <message>
        <source>confirmationToken was issued for a different request (bot, action or parameters differ); a token only confirms the exact request it was shown for.</source>
        <translation>أُصدر confirmationToken لطلب مختلف (الروبوت أو الإجراء أو المعاملات مختلفة)؛ الرمز يؤكد فقط الطلب نفسه الذي عُرض له.</translation>
    </message>
    <message>
        <source>%1 (from the chat&apos;s &quot;%2&quot;) must be text, a number or true/false, not %3.</source>
        <translation>يجب أن يكون %1 (من «%2» في المحادثة) نصًا أو رقمًا أو true/false، لا %3.</translation>
    </message>
    <message>
        <source>The org&apos;s duplicate rule says this Lead already exists, so none was created; look the person up instead.</source>
        <translation>تقول قاعدة التكرار في المؤسسة إن هذا العميل المحتمل موجود مسبقًا، فلم يُنشأ أي عميل؛ ابحث عن الشخص بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This Lead already exists in the org as %1, so the org&apos;s duplicate rule refused a new one; use the existing Lead instead.</source>
        <translation>هذا العميل المحتمل موجود مسبقًا في المؤسسة باسم %1، فرفضت قاعدة التكرار في المؤسسة عميلًا جديدًا؛ استخدم العميل الموجود بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The Lead may or may not have been created; nothing else will be created for this request until that is known. Retry with the same Idempotency-Key.</source>
        <translation>النتيجة غير معروفة: %1 قد يكون العميل المحتمل أُنشئ وقد لا يكون؛ ولن يُنشأ شيء آخر لهذا الطلب حتى يُعرف ذلك. أعد المحاولة بمفتاح Idempotency-Key نفسه.</translation>
    </message>
    <message>
        <source>the connection to Salesforce ended before it answered the create.</source>
        <translation>انتهى الاتصال بـ Salesforce قبل أن يُجيب عن الإنشاء.</translation>
    </message>
    <message>
        <source>the connection to Salesforce ended before it answered the upsert.</source>
        <translation>انتهى الاتصال بـ Salesforce قبل أن يُجيب عن الإدراج أو التحديث (upsert).</translation>
    </message>
    <message>
        <source>several Leads carry this request id in Salesforce.</source>
        <translation>عدة عملاء محتملين في Salesforce يحملون معرّف الطلب هذا.</translation>
    </message>
    <message>
        <source>an earlier attempt may have created the Lead, and looking for it failed (%1).</source>
        <translation>ربما أنشأت محاولة سابقة العميل المحتمل، وأخفق البحث عنه (%1).</translation>
    </message>
    <message>
        <source>several recent Leads match what was sent, so which one an earlier attempt created cannot be told.</source>
        <translation>عدة عملاء محتملين حديثين يطابقون ما أُرسل، فلا يمكن معرفة أيهم أنشأته محاولة سابقة.</translation>
    </message>
    <message>
        <source>Salesforce refused to refresh this bot&apos;s session, so it must be connected again: reconnect it (hilal-sf connect --bot %1, or Reconnect in the app).</source>
        <translation>رفض Salesforce تحديث جلسة هذا الروبوت، فيجب وصله من جديد: أعد وصله (hilal-sf connect --bot %1، أو «إعادة الاتصال» في التطبيق).</translation>
    </message>
    <message>
        <source>Id: no %1 with this Id exists in the org (or the connected user cannot see it).</source>
        <translation>Id: لا يوجد %1 بهذا المعرّف في المؤسسة (أو لا يستطيع المستخدم الموصول رؤيته).</translation>
    </message>
    <message>
        <source>Id: the %1 was changed in Salesforce after the preview was made, so nothing was overwritten. Send the request again to see the current values.</source>
        <translation>Id: تغيّر %1 في Salesforce بعد إعداد المعاينة، فلم يُستبدل شيء. أرسل الطلب مجددًا لترى القيم الحالية.</translation>
    </message>
    <message>
        <source>Salesforce is unavailable right now (HTTP 503); try again in a few minutes.</source>
        <translation>Salesforce غير متاح الآن (HTTP 503)؛ حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Salesforce failed to handle the request (HTTP %1): %2</source>
        <translation>أخفق Salesforce في معالجة الطلب (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Salesforce refused the request for the connected user (%1): %2</source>
        <translation>رفض Salesforce الطلب للمستخدم الموصول (%1): %2</translation>
    </message>
    <message>
        <source>The bot is not connected to Salesforce; connect it first (hilal-sf connect --bot %1, or Connect in the app).</source>
        <translation>الروبوت غير متصل بـ Salesforce؛ صِله أولًا (hilal-sf connect --bot %1، أو «اتصال» في التطبيق).</translation>
    </message>
    <message>
        <source>Salesforce could not be reached (%1); check the network and try again.</source>
        <translation>تعذّر الوصول إلى Salesforce ‏(%1)؛ افحص الشبكة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time; try again in a moment.</source>
        <translation>لم يُجب Salesforce في الوقت المحدد؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>The request to Salesforce was cancelled before it finished.</source>
        <translation>أُلغي الطلب إلى Salesforce قبل أن يكتمل.</translation>
    </message>
    <message>
        <source>The bot&apos;s stored connection could not be read from the keychain: %1</source>
        <translation>تعذّرت قراءة الاتصال المحفوظ للروبوت من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer could not be understood: %1</source>
        <translation>تعذّر فهم جواب Salesforce: %1</translation>
    </message>
    <message>
        <source>%1 is not a field this action accepts; use only %2.</source>
        <translation>%1 ليس حقلًا يقبله هذا الإجراء؛ استخدم فقط %2.</translation>
    </message>
    <message>
        <source>%1 is given twice (field names ignore case); give it once.</source>
        <translation>أُعطي %1 مرتين (أسماء الحقول لا تميّز حالة الأحرف)؛ أعطه مرة واحدة.</translation>
    </message>
    <message>
        <source>%1 is required; give %2.</source>
        <translation>%1 مطلوب؛ أعطِ %2.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>يجب أن يكون %1 نصًا، لا %2.</translation>
    </message>
    <message>
        <source>%1 is required and cannot be empty or only spaces.</source>
        <translation>%1 مطلوب ولا يمكن أن يكون فارغًا أو مسافات فقط.</translation>
    </message>
    <message>
        <source>%1 is empty; leave it out or give a value.</source>
        <translation>%1 فارغ؛ احذفه أو أعطه قيمة.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; Salesforce allows at most %3.</source>
        <translation>طول %1 هو %2 حرفًا؛ ويسمح Salesforce بـ %3 على الأكثر.</translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be one line.</source>
        <translation>يحتوي %1 على فاصل أسطر؛ يجب أن يكون سطرًا واحدًا.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2); remove it.</source>
        <translation>يحتوي %1 على محرف تحكّم (U+%2)؛ احذفه.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid email address; write it like name@example.com.</source>
        <translation>%1: &apos;%2&apos; ليس عنوان بريد إلكتروني صالحًا؛ اكتبه مثل name@example.com.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number; use digits with + ( ) - . or spaces, e.g. +44 20 7946 0018.</source>
        <translation>%1: &apos;%2&apos; ليس رقم هاتف؛ استخدم الأرقام مع + ( ) - . أو المسافات، مثل +44 20 7946 0018.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a web address; write it like https://example.com.</source>
        <translation>%1: &apos;%2&apos; ليس عنوان ويب؛ اكتبه مثل https://example.com.</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character; give the Id alone.</source>
        <translation>يحتوي %1 على فاصل أسطر أو محرف تحكّم؛ أعطِ المعرّف وحده.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 Id.</source>
        <translation>&apos;%1&apos; ليس معرّف %2 صالحًا.</translation>
    </message>
    <message>
        <source>%1 must be a number (like 18500 or 18500.50), not %2.</source>
        <translation>يجب أن يكون %1 رقمًا (مثل 18500 أو 18500.50)، لا %2.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>يجب أن يكون %1 رقمًا منتهيًا.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be %3 or more.</source>
        <translation>قيمة %1 هي %2؛ ويجب أن تكون %3 أو أكثر.</translation>
    </message>
    <message>
        <source>%1 is too large; Salesforce allows at most %2 digits before the decimal point.</source>
        <translation>%1 كبير جدًا؛ يسمح Salesforce بـ %2 رقمًا على الأكثر قبل الفاصلة العشرية.</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation>في %1 أكثر من %2 منازل عشرية.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD (e.g. 2025-03-31).</source>
        <translation>%1: &apos;%2&apos; ليس تاريخًا بالصيغة YYYY-MM-DD (مثل 2025-03-31).</translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 ليس تاريخًا حقيقيًا في التقويم.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years Salesforce accepts (1700–4000).</source>
        <translation>%1: %2 خارج السنوات التي يقبلها Salesforce ‏(1700–4000).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of the picklist; did you mean &apos;%3&apos;?</source>
        <translation>%1: &apos;%2&apos; ليست قيمة في قائمة الانتقاء؛ هل تقصد &apos;%3&apos;؟</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of the org&apos;s picklist; use one of: %3.</source>
        <translation>%1: &apos;%2&apos; ليست قيمة في قائمة الانتقاء في المؤسسة؛ استخدم إحدى: %3.</translation>
    </message>
    <message>
        <source>fields must be a list of field names, like [&quot;Name&quot;, &quot;Phone&quot;].</source>
        <translation>يجب أن يكون fields قائمة بأسماء الحقول، مثل [&quot;Name&quot;, &quot;Phone&quot;].</translation>
    </message>
    <message>
        <source>fields is empty; leave it out to read the default fields.</source>
        <translation>fields فارغ؛ احذفه لقراءة الحقول الافتراضية.</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not one of the Account fields this bot may read (%2).</source>
        <translation>fields: &apos;%1&apos; ليس من حقول Account التي يجوز لهذا الروبوت قراءتها (%2).</translation>
    </message>
    <message>
        <source>Idempotency-Key is empty; send a unique value per user request (a UUID, say), the same one on every retry of that request.</source>
        <translation>Idempotency-Key فارغ؛ أرسل قيمة فريدة لكل طلب من المستخدم (UUID مثلًا)، وهي نفسها في كل إعادة محاولة لذلك الطلب.</translation>
    </message>
    <message>
        <source>Idempotency-Key is %1 characters long; at most %2 are accepted.</source>
        <translation>طول Idempotency-Key هو %1 حرفًا؛ ولا يُقبل أكثر من %2.</translation>
    </message>
    <message>
        <source>Idempotency-Key may only hold visible ASCII characters (no spaces or control characters); a UUID is a good key.</source>
        <translation>لا يجوز أن يحتوي Idempotency-Key إلا على محارف ASCII مرئية (بلا مسافات أو محارف تحكّم)؛ وUUID مفتاح جيد.</translation>
    </message>
    <message>
        <source>The idempotency key could not be checked in the local database; nothing was sent. Check that the data folder is writable, then retry.</source>
        <translation>تعذّر فحص مفتاح عدم التكرار في قاعدة البيانات المحلية؛ لم يُرسَل شيء. تحقق من أن مجلد البيانات قابل للكتابة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>database not open</source>
        <translation>قاعدة البيانات غير مفتوحة</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>يجب أن يكون true أو false، لا %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>يجب أن يكون رقمًا، لا %1</translation>
    </message>
    <message>
        <source>must have at most %1 digits before the decimal point</source>
        <translation>يجب ألا يتجاوز %1 رقمًا قبل الفاصلة العشرية</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>يجب أن يكون نصًا، لا %1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not %1</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بالصيغة YYYY-MM-DD، لا %1</translation>
    </message>
    <message>
        <source>textarea</source>
        <translation>نص متعدد الأسطر</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>يجب ألا يحتوي على محارف تحكّم</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>يجب أن يكون سطرًا واحدًا بلا محارف تحكّم</translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>يجب ألا يتجاوز %1 حرفًا (الطول %2)</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (هل تقصد &apos;%1&apos;؟)</translation>
    </message>
    <message>
        <source>%1 is not an allowed value%2; allowed values: %3</source>
        <translation>%1 ليست قيمة مسموحة%2؛ القيم المسموحة: %3</translation>
    </message>
    <message>
        <source>%1 (from the chat&apos;s &quot;%2&quot;)</source>
        <translation>%1 (من «%2» في المحادثة)</translation>
    </message>
    <message>
        <source>%1: the org&apos;s Lead has no field %2; check the bot&apos;s Lead field mapping (hilal-sf mapping check).</source>
        <translation>%1: ليس في العميل المحتمل في المؤسسة حقل %2؛ تحقق من ربط حقول العميل المحتمل للروبوت (hilal-sf mapping check).</translation>
    </message>
    <message>
        <source>%1: the org does not let anyone set this Lead field on create.</source>
        <translation>%1: لا تسمح المؤسسة لأحد بتعيين حقل العميل المحتمل هذا عند الإنشاء.</translation>
    </message>
    <message>
        <source>%1: the org requires this Lead field and the chat gave no value; send it or give it a source in the bot&apos;s Lead field mapping%2.</source>
        <translation>%1: تتطلب المؤسسة حقل العميل المحتمل هذا ولم تُعطِ المحادثة قيمة له؛ أرسلها أو أعطه مصدرًا في ربط حقول العميل المحتمل للروبوت%2.</translation>
    </message>
    <message>
        <source>%1 is required by the org&apos;s Lead but has no source; give it one with `hilal-sf mapping set --bot %2 %1 --from PARAM` or `--default VALUE`%3.</source>
        <translation>تتطلب المؤسسة الحقل %1 في العميل المحتمل لكن لا مصدر له؛ أعطه مصدرًا بـ `hilal-sf mapping set --bot %2 %1 --from PARAM` أو `--default VALUE`%3.</translation>
    </message>
    <message>
        <source>%1 is mapped (%2) but the org&apos;s Lead has no such field; unset it with `hilal-sf mapping unset --bot %3 %1`.</source>
        <translation>الحقل %1 مربوط (%2) لكن لا يوجد حقل كهذا في العميل المحتمل في المؤسسة؛ ألغِ ربطه بـ `hilal-sf mapping unset --bot %3 %1`.</translation>
    </message>
    <message>
        <source>%1 is mapped (%2) but the org does not let anyone set it on create; unset it with `hilal-sf mapping unset --bot %3 %1`.</source>
        <translation>الحقل %1 مربوط (%2) لكن المؤسسة لا تسمح لأحد بتعيينه عند الإنشاء؛ ألغِ ربطه بـ `hilal-sf mapping unset --bot %3 %1`.</translation>
    </message>
    <message>
        <source>%1&apos;s default &quot;%2&quot; does not fit the field: it %3.</source>
        <translation>القيمة الافتراضية &quot;%2&quot; للحقل %1 لا تناسب الحقل: %3.</translation>
    </message>
    <message>
        <source>Give one of Id, Name or %1 to name the %2, not several.</source>
        <translation>أعطِ واحدًا من Id أو Name أو %1 لتسمية %2، لا أكثر.</translation>
    </message>
    <message>
        <source>%1 must be the %2&apos;s %1 as text, exactly as it is in Salesforce.</source>
        <translation>يجب أن يكون %1 هو %1 الخاص بـ %2 نصًا، تمامًا كما هو في Salesforce.</translation>
    </message>
    <message>
        <source>%1 must be one line of at most 255 characters.</source>
        <translation>يجب أن يكون %1 سطرًا واحدًا من 255 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>No %1 was found; check the spelling, or give its Id.</source>
        <translation>لم يُعثر على أي %1؛ تحقق من الكتابة، أو أعطِ معرّفه.</translation>
    </message>
    <message>
        <source>%1 records match %2; ask which one is meant and send its Id.</source>
        <translation>%1 سجلات تطابق %2؛ اسأل عن المقصود منها وأرسل معرّفه.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows; add a WHERE or LIMIT to narrow the query.</source>
        <translation>يُعرض أول %1 من %2 صف؛ أضف WHERE أو LIMIT لتضييق الاستعلام.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of StageName, Amount or CloseDate (no other Opportunity field can be changed from a chat).</source>
        <translation>لا شيء لتغييره: أعطِ واحدًا على الأقل من StageName أو Amount أو CloseDate (لا يمكن تغيير أي حقل آخر في Opportunity من المحادثة).</translation>
    </message>
    <message>
        <source>Nothing was sent: the opportunity already has these values.</source>
        <translation>لم يُرسَل شيء: لفرصة البيع هذه القيم مسبقًا.</translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to Salesforce ended before it answered the update, so it may or may not have been applied. Retry with the same Idempotency-Key: the retry is sent with the same If-Unmodified-Since and cannot overwrite a newer change.</source>
        <translation>النتيجة غير معروفة: انتهى الاتصال بـ Salesforce قبل أن يُجيب عن التحديث، فقد يكون طُبّق وقد لا يكون. أعد المحاولة بمفتاح Idempotency-Key نفسه: تُرسَل إعادة المحاولة بـ If-Unmodified-Since نفسه ولا يمكنها استبدال تغيير أحدث.</translation>
    </message>
    <message>
        <source>Id: the Opportunity was changed in Salesforce after this request was first sent, so nothing was overwritten. Send a new request to see the current values.</source>
        <translation>Id: تغيّرت فرصة البيع في Salesforce بعد الإرسال الأول لهذا الطلب، فلم يُستبدل شيء. أرسل طلبًا جديدًا لترى القيم الحالية.</translation>
    </message>
    <message>
        <source>Salesforce refused it (%1): %2</source>
        <translation>رفضه Salesforce ‏(%1): %2</translation>
    </message>
    <message>
        <source> (allowed values: %1)</source>
        <translation> (القيم المسموحة: %1)</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (السطر %1، العمود %2)</translation>
    </message>
</context>
<context>
    <name>hilal::bots::AuditLog</name>
    <message>
        <source>The audit log could not be written (%1).</source>
        <translation>تعذّرت الكتابة في سجل التدقيق (%1).</translation>
    </message>
</context>
<context>
    <name>hilal::bots::BotRepository</name>
    <message>
        <source>The bots database is not open.</source>
        <translation>قاعدة بيانات الروبوتات غير مفتوحة.</translation>
    </message>
    <message>
        <source>There is no bot with id &apos;%1&apos;; `hilal-sf bots list` shows the ids.</source>
        <translation>لا يوجد روبوت بالمعرّف &apos;%1&apos;؛ يعرض `hilal-sf bots list` المعرّفات.</translation>
    </message>
    <message>
        <source>The bot could not be saved (%1).</source>
        <translation>تعذّر حفظ الروبوت (%1).</translation>
    </message>
    <message>
        <source>The bot&apos;s policy could not be saved (%1).</source>
        <translation>تعذّر حفظ سياسة الروبوت (%1).</translation>
    </message>
    <message>
        <source>The bot could not be renamed (%1).</source>
        <translation>تعذّرت إعادة تسمية الروبوت (%1).</translation>
    </message>
    <message>
        <source>The bot could not be removed (%1).</source>
        <translation>تعذّرت إزالة الروبوت (%1).</translation>
    </message>
    <message>
        <source>The bots could not be read (%1).</source>
        <translation>تعذّرت قراءة الروبوتات (%1).</translation>
    </message>
    <message>
        <source> To grant it anyway, give the reason you accept the risk (it is audited): hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</source>
        <translation> لمنحها على أي حال، اذكر سبب قبولك للمخاطرة (يُدقَّق): hilal-sf grant --bot %1 --allow-public-risk &quot;REASON&quot; %2.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; keep it to 500.</source>
        <translation>طول السبب %1 حرفًا؛ اجعله 500 على الأكثر.</translation>
    </message>
    <message>
        <source>The reason could not be saved (%1).</source>
        <translation>تعذّر حفظ السبب (%1).</translation>
    </message>
    <message>
        <source>The permission could not be removed (%1).</source>
        <translation>تعذّرت إزالة الصلاحية (%1).</translation>
    </message>
    <message>
        <source>The permission could not be saved (%1).</source>
        <translation>تعذّر حفظ الصلاحية (%1).</translation>
    </message>
    <message>
        <source>The confirmation policy could not be saved (%1).</source>
        <translation>تعذّر حفظ سياسة التأكيد (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce field name; use the API name, e.g. LeadSource or Region__c.</source>
        <translation>&apos;%1&apos; ليس اسم حقل في Salesforce؛ استخدم اسم API، مثل LeadSource أو Region__c.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chat parameter name; use 1 to 80 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>&apos;%1&apos; ليس اسم معامل محادثة؛ استخدم من 1 إلى 80 حرفًا أو رقمًا أو &apos;_&apos; أو &apos;-&apos; أو &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The default value for %1 must be 1 to 32000 characters without control characters.</source>
        <translation>يجب أن تكون القيمة الافتراضية لـ %1 من 1 إلى 32000 حرف بلا محارف تحكّم.</translation>
    </message>
    <message>
        <source>The chat parameter &quot;%1&quot; already feeds %2; unset that first (hilal-sf mapping unset --bot %3 %2).</source>
        <translation>معامل المحادثة &quot;%1&quot; يغذّي %2 مسبقًا؛ ألغِ ذلك أولًا (hilal-sf mapping unset --bot %3 %2).</translation>
    </message>
    <message>
        <source>The bot&apos;s mapping has no Lead field %1; `hilal-sf mapping show --bot %2` lists its fields.</source>
        <translation>ليس في ربط الروبوت حقل العميل المحتمل %1؛ يسرد `hilal-sf mapping show --bot %2` حقوله.</translation>
    </message>
    <message>
        <source>The Lead field mapping could not be saved (%1).</source>
        <translation>تعذّر حفظ ربط حقول العميل المحتمل (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no lookup field; use one of %2.</source>
        <translation>ليس لـ &apos;%1&apos; حقل بحث؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field API name (letters, digits and _, starting with a letter, like AccountNumber or Order_Number__c).</source>
        <translation>&apos;%1&apos; ليس اسم API لحقل (حروف وأرقام و_، يبدأ بحرف، مثل AccountNumber أو Order_Number__c).</translation>
    </message>
    <message>
        <source>Id is always accepted; a lookup field is another unique field, like an account number.</source>
        <translation>المعرّف Id مقبول دائمًا؛ وحقل البحث حقل فريد آخر، مثل رقم الحساب.</translation>
    </message>
    <message>
        <source>The lookup field could not be saved (%1).</source>
        <translation>تعذّر حفظ حقل البحث (%1).</translation>
    </message>
    <message>
        <source>The connection details could not be saved (%1).</source>
        <translation>تعذّر حفظ تفاصيل الاتصال (%1).</translation>
    </message>
    <message>
        <source>The connection details could not be removed (%1).</source>
        <translation>تعذّرت إزالة تفاصيل الاتصال (%1).</translation>
    </message>
    <message>
        <source>The API key could not be saved (%1).</source>
        <translation>تعذّر حفظ مفتاح API ‏(%1).</translation>
    </message>
    <message>
        <source> The bot holds %1. To make it public anyway, give the reason you accept the risk (it is audited): hilal-sf bots set %2 --audience public --allow-public-risk &quot;REASON&quot;; or revoke %1 first.</source>
        <translation> يملك الروبوت %1. لجعله عامًا على أي حال، اذكر سبب قبولك للمخاطرة (يُدقَّق): hilal-sf bots set %2 --audience public --allow-public-risk &quot;REASON&quot;؛ أو اسحب %1 أولًا.</translation>
    </message>
    <message>
        <source>The bot could not be changed (%1).</source>
        <translation>تعذّر تغيير الروبوت (%1).</translation>
    </message>
</context>
<context>
    <name>hilal::bots::Messages</name>
    <message>
        <source>The bot needs a name; type one, e.g. &quot;Website concierge&quot;.</source>
        <translation>يحتاج الروبوت إلى اسم؛ اكتب اسمًا، مثل &quot;مساعد الموقع&quot;.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>طول الاسم %1 حرفًا؛ اجعله %2 على الأكثر.</translation>
    </message>
    <message>
        <source>The name contains a line break or control character; use plain text on one line.</source>
        <translation>يحتوي الاسم على فاصل أسطر أو محرف تحكّم؛ استخدم نصًا عاديًا في سطر واحد.</translation>
    </message>
    <message>
        <source>The login URL is not a valid URL; give one like https://mycompany.my.salesforce.com.</source>
        <translation>عنوان تسجيل الدخول ليس عنوان URL صالحًا؛ أعطِ عنوانًا مثل https://mycompany.my.salesforce.com.</translation>
    </message>
    <message>
        <source>The login URL must use https (plain http is only allowed for a local org on this machine).</source>
        <translation>يجب أن يستخدم عنوان تسجيل الدخول https (لا يُسمح بـ http العادي إلا لمؤسسة محلية على هذا الجهاز).</translation>
    </message>
    <message>
        <source>The bots database could not be updated (%1).</source>
        <translation>تعذّر تحديث قاعدة بيانات الروبوتات (%1).</translation>
    </message>
    <message>
        <source>Could not open the bots database %1 (%2); check that the folder is writable.</source>
        <translation>تعذّر فتح قاعدة بيانات الروبوتات %1 ‏(%2)؛ تحقق من أن المجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>The bots database stayed busy (another Hilal process kept writing); try again.</source>
        <translation>ظلت قاعدة بيانات الروبوتات مشغولة (استمرت عملية أخرى من Hilal في الكتابة)؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>The bots database could not start a change (%1).</source>
        <translation>تعذّر على قاعدة بيانات الروبوتات بدء تغيير (%1).</translation>
    </message>
    <message>
        <source>The bots database was written by a newer version of Hilal Salesforce Admin (schema %1, this one knows %2); update the app.</source>
        <translation>كُتبت قاعدة بيانات الروبوتات بإصدار أحدث من إدارة هلال لـ Salesforce (المخطط %1، وهذا الإصدار يعرف %2)؛ حدّث التطبيق.</translation>
    </message>
    <message>
        <source>The bots database could not record its schema version (%1).</source>
        <translation>تعذّر على قاعدة بيانات الروبوتات تسجيل إصدار مخططها (%1).</translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;; use one of %2.</source>
        <translation>صلاحية غير معروفة &apos;%1&apos;؛ استخدم إحدى: %2.</translation>
    </message>
    <message>
        <source>RUN_SOQL on a public bot lets anyone who chats with it read any record the connected Salesforce user can see.</source>
        <translation>RUN_SOQL على روبوت عام تتيح لأي شخص يحادثه قراءة أي سجل يستطيع مستخدم Salesforce الموصول رؤيته.</translation>
    </message>
    <message>
        <source>UPDATE_OPPORTUNITY on a public bot lets anyone who chats with it change deals; keep &quot;confirm updates&quot; on or grant it to an internal bot only.</source>
        <translation>UPDATE_OPPORTUNITY على روبوت عام تتيح لأي شخص يحادثه تغيير الصفقات؛ أبقِ &quot;confirm updates&quot; مفعّلًا أو امنحها لروبوت داخلي فقط.</translation>
    </message>
    <message>
        <source>RUN_SOQL is reserved for internal bots: a public bot answers anyone on the internet, who could then read any record the connected Salesforce user can see.</source>
        <translation>RUN_SOQL محجوزة للروبوتات الداخلية: الروبوت العام يجيب أي شخص على الإنترنت، وقد يقرأ عندئذ أي سجل يستطيع مستخدم Salesforce الموصول رؤيته.</translation>
    </message>
    <message>
        <source>UPDATE_OPPORTUNITY is reserved for internal bots: a public bot answers anyone on the internet, who could then change deals.</source>
        <translation>UPDATE_OPPORTUNITY محجوزة للروبوتات الداخلية: الروبوت العام يجيب أي شخص على الإنترنت، وقد يغيّر عندئذ الصفقات.</translation>
    </message>
    <message>
        <source>Could not open the query history (%1); check that the data folder is writable.</source>
        <translation>تعذّر فتح سجل الاستعلامات (%1)؛ تحقق من أن مجلد البيانات قابل للكتابة.</translation>
    </message>
    <message>
        <source>Could not prepare the query history table (%1).</source>
        <translation>تعذّر إعداد جدول سجل الاستعلامات (%1).</translation>
    </message>
    <message>
        <source>Could not save the query in the history (%1).</source>
        <translation>تعذّر حفظ الاستعلام في السجل (%1).</translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation>يحتاج الاستعلام المحفوظ إلى اسم.</translation>
    </message>
    <message>
        <source>A query&apos;s name may have at most %1 characters.</source>
        <translation>لا يجوز أن يتجاوز اسم الاستعلام %1 حرفًا.</translation>
    </message>
    <message>
        <source>A query&apos;s name may not contain line breaks, tabs or other control characters.</source>
        <translation>لا يجوز أن يحتوي اسم الاستعلام على فواصل أسطر أو علامات جدولة أو محارف تحكّم أخرى.</translation>
    </message>
    <message>
        <source>There is no query to save: write one first.</source>
        <translation>لا يوجد استعلام لحفظه: اكتب واحدًا أولًا.</translation>
    </message>
    <message>
        <source>Could not save the query (%1).</source>
        <translation>تعذّر حفظ الاستعلام (%1).</translation>
    </message>
    <message>
        <source>There is no saved query called &quot;%1&quot;.</source>
        <translation>لا يوجد استعلام محفوظ باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Another saved query is called &quot;%1&quot; already.</source>
        <translation>يوجد استعلام محفوظ آخر باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not rename the query (%1).</source>
        <translation>تعذّرت إعادة تسمية الاستعلام (%1).</translation>
    </message>
    <message>
        <source>Could not delete the query (%1).</source>
        <translation>تعذّر حذف الاستعلام (%1).</translation>
    </message>
</context>
<context>
    <name>hilal::bots::Permissions</name>
    <message>
        <source>Connect the bot to a Salesforce org (start the OAuth login).</source>
        <translation>وصل الروبوت بمؤسسة Salesforce (بدء تسجيل الدخول عبر OAuth).</translation>
    </message>
    <message>
        <source>See whether the bot is connected, to which org and as which user.</source>
        <translation>معرفة هل الروبوت متصل، وبأي مؤسسة وبصفة أي مستخدم.</translation>
    </message>
    <message>
        <source>Disconnect the bot: revoke its token and forget the connection.</source>
        <translation>قطع اتصال الروبوت: إلغاء رمزه ونسيان الاتصال.</translation>
    </message>
    <message>
        <source>Create a Lead from a chat (name, company, contact details).</source>
        <translation>إنشاء عميل محتمل من محادثة (الاسم والشركة وبيانات الاتصال).</translation>
    </message>
    <message>
        <source>Look up one Account by its Id and read selected fields.</source>
        <translation>البحث عن حساب واحد بمعرّفه وقراءة حقول مختارة.</translation>
    </message>
    <message>
        <source>Change an Opportunity&apos;s stage, amount or close date.</source>
        <translation>تغيير مرحلة فرصة البيع أو مبلغها أو تاريخ إغلاقها.</translation>
    </message>
    <message>
        <source>Run read-only SOQL queries against any object the connected user can see.</source>
        <translation>تشغيل استعلامات SOQL للقراءة فقط على أي كائن يستطيع المستخدم الموصول رؤيته.</translation>
    </message>
</context>
<context>
    <name>hilal::core::Messages</name>
    <message>
        <source>salesforce.clientId must be the Connected App&apos;s consumer key, without spaces</source>
        <translation>يجب أن يكون salesforce.clientId مفتاح المستهلك للتطبيق المتصل، بلا مسافات</translation>
    </message>
    <message>
        <source>salesforce.callbackUrl must be an http(s) URL such as http://localhost:1717/OauthRedirect</source>
        <translation>يجب أن يكون salesforce.callbackUrl عنوان http(s) مثل http://localhost:1717/OauthRedirect</translation>
    </message>
    <message>
        <source>salesforce.apiVersion must look like 60.0</source>
        <translation>يجب أن يبدو salesforce.apiVersion مثل 60.0</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>إعداد غير معروف</translation>
    </message>
    <message>
        <source>The request line and headers are over %1 bytes; send less.</source>
        <translation>يتجاوز سطر الطلب والترويسات %1 بايت؛ أرسل أقل.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length (at most %1 bytes), not chunked.</source>
        <translation>أرسل المتن مع Content-Length ‏(%1 بايت على الأكثر)، لا مجزّأً.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>ترويسة Content-Length ليست رقمًا.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; the limit is %2 bytes%3.</source>
        <translation>المتن %1 بايت؛ والحد %2 بايت%3.</translation>
    </message>
    <message>
        <source>A chunk-size or trailer line is over %1 bytes.</source>
        <translation>سطر حجم جزء أو ملحق يتجاوز %1 بايت.</translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation>حجم جزء ليس رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>The chunked body is over %1 bytes, the limit.</source>
        <translation>المتن المجزّأ يتجاوز الحد البالغ %1 بايت.</translation>
    </message>
</context>
<context>
    <name>hilal::gui::DemoSession</name>
    <message>
        <source>The demo could not create its temporary folder (%1). Free some space in %2 and try again.</source>
        <translation>تعذّر على العرض إنشاء مجلده المؤقت (%1). أفرغ بعض المساحة في %2 ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The demo&apos;s local Salesforce org did not start: %1</source>
        <translation>لم تبدأ مؤسسة Salesforce المحلية الخاصة بالعرض: %1</translation>
    </message>
    <message>
        <source>Demo mode — starting a local Salesforce org with %1 opportunities…</source>
        <translation>وضع العرض — جارٍ تشغيل مؤسسة Salesforce محلية فيها %1 فرصة بيع…</translation>
    </message>
    <message>
        <source>Website concierge</source>
        <translation>مساعد الموقع</translation>
    </message>
    <message>
        <source>Sales ops</source>
        <translation>عمليات المبيعات</translation>
    </message>
    <message>
        <source>Demo mode — a local Salesforce org runs at %1 with %2 opportunities. To connect a bot, log in with username %3 and password %4 — nothing here touches your real bots or keychain.</source>
        <translation>وضع العرض — تعمل مؤسسة Salesforce محلية على %1 وفيها %2 فرصة بيع. لوصل روبوت، سجّل الدخول باسم المستخدم %3 وكلمة المرور %4 — لا شيء هنا يمسّ روبوتاتك الحقيقية أو سلسلة مفاتيحك.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::BulkQueryJob</name>
    <message>
        <source>The org created a Bulk query job without an id.</source>
        <translation>أنشأت المؤسسة مهمة استعلام Bulk بلا معرّف.</translation>
    </message>
    <message>
        <source>The org&apos;s Bulk query job %1 failed: %2</source>
        <translation>أخفقت مهمة استعلام Bulk ‏%1 في المؤسسة: %2</translation>
    </message>
    <message>
        <source>The org&apos;s Bulk query job %1 was aborted.</source>
        <translation>أُوقفت مهمة استعلام Bulk ‏%1 في المؤسسة.</translation>
    </message>
    <message>
        <source>resultPages said not done but gave no nextRecordsUrl.</source>
        <translation>قال resultPages إن النتائج لم تكتمل لكنه لم يُعطِ nextRecordsUrl.</translation>
    </message>
    <message>
        <source>Cannot make a temporary file for a result page: %1</source>
        <translation>تعذّر إنشاء ملف مؤقت لصفحة نتائج: %1</translation>
    </message>
    <message>
        <source>A results page came without Sforce-Locator.</source>
        <translation>وصلت صفحة نتائج بلا Sforce-Locator.</translation>
    </message>
    <message>
        <source>Cannot read back a result page: %1</source>
        <translation>تعذّرت إعادة قراءة صفحة نتائج: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::LoopbackRedirectCatcher</name>
    <message>
        <source>Stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>The connection attempt was stopped.</source>
        <translation>أُوقفت محاولة الاتصال.</translation>
    </message>
    <message>
        <source>The callback URL %1 is not a local http://localhost:PORT address, so this computer cannot catch the login redirect. Set salesforce.callbackUrl to e.g. http://localhost:1717/OauthRedirect (and register it in the Connected App).</source>
        <translation>عنوان رد الاتصال %1 ليس عنوان http://localhost:PORT محليًا، فلا يستطيع هذا الحاسوب التقاط إعادة التوجيه بعد تسجيل الدخول. اضبط salesforce.callbackUrl على عنوان مثل http://localhost:1717/OauthRedirect (وسجّله في التطبيق المتصل).</translation>
    </message>
    <message>
        <source>Cannot listen for the login redirect on port %1 (%2). Is another login (or the sf CLI) waiting there? Close it, or use another port in salesforce.callbackUrl.</source>
        <translation>تعذّر الاستماع لإعادة توجيه تسجيل الدخول على المنفذ %1 ‏(%2). هل ينتظر هناك تسجيل دخول آخر (أو sf CLI)؟ أغلقه، أو استخدم منفذًا آخر في salesforce.callbackUrl.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>طلب غير صالح</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>الطريقة غير مسموحة</translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation>عولج مسبقًا</translation>
    </message>
    <message>
        <source>This login was already completed. You can close this window.</source>
        <translation>اكتمل تسجيل الدخول هذا مسبقًا. يمكنك إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>ليس تسجيل الدخول هذا</translation>
    </message>
    <message>
        <source>This answer does not belong to the login in progress, so it was ignored.</source>
        <translation>لا يعود هذا الجواب إلى تسجيل الدخول الجاري، فتم تجاهله.</translation>
    </message>
    <message>
        <source>Connected to Salesforce</source>
        <translation>متصل بـ Salesforce</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::Messages</name>
    <message>
        <source>&apos;%1&apos; is not a Salesforce Id: an Id has 15 or 18 characters, this has %2.</source>
        <translation>&apos;%1&apos; ليس معرّف Salesforce: المعرّف من 15 أو 18 حرفًا، وهذا من %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce Id: only letters and digits are allowed.</source>
        <translation>&apos;%1&apos; ليس معرّف Salesforce: لا يُسمح إلا بالحروف والأرقام.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Salesforce Id: its last three characters do not match the first fifteen (check for a typo).</source>
        <translation>&apos;%1&apos; ليس معرّف Salesforce صالحًا: أحرفه الثلاثة الأخيرة لا تطابق الخمسة عشر الأولى (تحقق من خطأ كتابي).</translation>
    </message>
    <message>
        <source>%1 is not a %2 Id (%2 Ids start with %3%4).</source>
        <translation>%1 ليس معرّف %2 (معرّفات %2 تبدأ بـ %3%4).</translation>
    </message>
    <message>
        <source>; this one is a %1 Id</source>
        <translation>؛ وهذا معرّف %1</translation>
    </message>
    <message>
        <source>Salesforce refused the call because the org&apos;s API limit is used up (%1). Wait until the limit resets or ask the Salesforce admin to raise it.</source>
        <translation>رفض Salesforce الطلب لأن حد API للمؤسسة استُنفد (%1). انتظر حتى يُعاد ضبط الحد أو اطلب من مسؤول Salesforce رفعه.</translation>
    </message>
    <message>
        <source>Salesforce had a server problem (HTTP %1). Try again in a moment.</source>
        <translation>واجه خادم Salesforce مشكلة (HTTP %1). حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 without an explanation.</source>
        <translation>أجاب Salesforce بـ HTTP %1 دون توضيح.</translation>
    </message>
    <message>
        <source>Bot %1 is not connected to Salesforce. Connect it first (hilal-sf connect --bot %1, or Connect on its integrations page).</source>
        <translation>الروبوت %1 غير متصل بـ Salesforce. صِله أولًا (hilal-sf connect --bot %1، أو «اتصال» في صفحة تكاملاته).</translation>
    </message>
    <message>
        <source>Salesforce refused to renew the session (%1). Reconnect the bot to Salesforce.</source>
        <translation>رفض Salesforce تجديد الجلسة (%1). أعد وصل الروبوت بـ Salesforce.</translation>
    </message>
    <message>
        <source>refresh token no longer valid</source>
        <translation>رمز التحديث لم يعد صالحًا</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::NetworkErrorText</name>
    <message>
        <source>no server with that name was found</source>
        <translation>لم يُعثر على خادم بهذا الاسم</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>رفض الخادم الاتصال</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>أغلق الخادم الاتصال قبل أن يُجيب</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>لم يُجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>a secure (TLS) connection could not be made</source>
        <translation>تعذّر إنشاء اتصال آمن (TLS)</translation>
    </message>
    <message>
        <source>this computer has no working network connection</source>
        <translation>لا يوجد لدى هذا الحاسوب اتصال شبكة يعمل</translation>
    </message>
    <message>
        <source>the network proxy did not let the request through</source>
        <translation>لم يسمح وكيل الشبكة بمرور الطلب</translation>
    </message>
    <message>
        <source>the address is not a web address the app can use</source>
        <translation>العنوان ليس عنوان ويب يمكن للتطبيق استخدامه</translation>
    </message>
    <message>
        <source>the network request failed</source>
        <translation>أخفق طلب الشبكة</translation>
    </message>
    <message>
        <source>Check the address for typos, then try again.</source>
        <translation>تحقق من العنوان بحثًا عن أخطاء كتابية، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Check the address and port, and that the server is running, then try again.</source>
        <translation>تحقق من العنوان والمنفذ ومن أن الخادم يعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Check the address (it must be the org&apos;s https address) and the computer&apos;s date and time.</source>
        <translation>تحقق من العنوان (يجب أن يكون عنوان https الخاص بالمؤسسة) ومن تاريخ الحاسوب ووقته.</translation>
    </message>
    <message>
        <source>Check the proxy settings of this computer, then try again.</source>
        <translation>تحقق من إعدادات الوكيل في هذا الحاسوب، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>تحقق من اتصال الشبكة، ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::OAuthFlow</name>
    <message>
        <source>Access was denied at the Salesforce consent page, so the bot was not connected. Connect again and choose Allow.</source>
        <translation>رُفض الإذن في صفحة موافقة Salesforce، فلم يُوصل الروبوت. اضغط «اتصال» مجددًا واختر Allow.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the login%1. Start Connect again.</source>
        <translation>لم يقبل Salesforce تسجيل الدخول%1. ابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <source>Salesforce refused the Connected App&apos;s credentials%1: the app requires its consumer secret, or the stored one is wrong. Set it in Settings or with `hilal-sf config set salesforce.clientSecret -`.</source>
        <translation>رفض Salesforce بيانات اعتماد التطبيق المتصل%1: يتطلب التطبيق سر المستهلك، أو أن السر المحفوظ خاطئ. اضبطه في الإعدادات أو بـ `hilal-sf config set salesforce.clientSecret -`.</translation>
    </message>
    <message>
        <source>Salesforce does not know the Connected App%1. Check salesforce.clientId.</source>
        <translation>لا يعرف Salesforce التطبيق المتصل%1. تحقق من salesforce.clientId.</translation>
    </message>
    <message>
        <source>The callback URL is not registered for the Connected App%1. Check salesforce.callbackUrl.</source>
        <translation>عنوان رد الاتصال غير مسجّل للتطبيق المتصل%1. تحقق من salesforce.callbackUrl.</translation>
    </message>
    <message>
        <source>The org&apos;s admin policy does not allow this app for your user%1. Ask the Salesforce admin to pre-authorize it.</source>
        <translation>لا تسمح سياسة مسؤول المؤسسة بهذا التطبيق لمستخدمك%1. اطلب من مسؤول Salesforce تفويضه مسبقًا.</translation>
    </message>
    <message>
        <source>Salesforce refused the login: %1%2.</source>
        <translation>رفض Salesforce تسجيل الدخول: %1%2.</translation>
    </message>
    <message>
        <source>No way to catch the login redirect.</source>
        <translation>لا سبيل لالتقاط إعادة توجيه تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The login answer did not belong to this connection attempt (state mismatch), so it was ignored and nothing was connected. Start Connect again.</source>
        <translation>لم يعد جواب تسجيل الدخول إلى محاولة الاتصال هذه (state غير مطابق)، فتم تجاهله ولم يُوصل شيء. ابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s redirect carried no authorization code. Start Connect again.</source>
        <translation>لم تحمل إعادة توجيه Salesforce رمز تفويض. ابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <source>Salesforce did not answer the token request in time. Try again.</source>
        <translation>لم يُجب Salesforce عن طلب الرمز في الوقت المحدد. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Salesforce refused the access token (%1); nothing was stored. Check that the token is current and belongs to the org at %2.</source>
        <translation>رفض Salesforce رمز الوصول (%1)؛ لم يُحفظ شيء. تحقق من أن الرمز ساري المفعول ويعود إلى المؤسسة على %2.</translation>
    </message>
    <message>
        <source>Could not check the access token with Salesforce (%1); nothing was stored.</source>
        <translation>تعذّر التحقق من رمز الوصول لدى Salesforce ‏(%1)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Salesforce accepted the login but would not say who you are (%1); nothing was stored. Try again.</source>
        <translation>قبِل Salesforce تسجيل الدخول لكنه لم يُخبر من أنت (%1)؛ لم يُحفظ شيء. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Bot connected to %1 as %2. You can close this window.</source>
        <translation>وُصل الروبوت بـ %1 باسم %2. يمكنك إغلاق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::QueryCursor</name>
    <message>
        <source>The query is empty.</source>
        <translation>الاستعلام فارغ.</translation>
    </message>
    <message>
        <source>Salesforce sent a query page that is not valid JSON (%1).</source>
        <translation>أرسل Salesforce صفحة استعلام ليست JSON صالحًا (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>Salesforce said more rows follow but sent no nextRecordsUrl.</source>
        <translation>قال Salesforce إن صفوفًا أخرى تتبع لكنه لم يُرسل nextRecordsUrl.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::RestClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid object name.</source>
        <translation>&apos;%1&apos; ليس اسم كائن صالحًا.</translation>
    </message>
    <message>
        <source>Cannot write the download: %1</source>
        <translation>تعذّرت كتابة التنزيل: %1</translation>
    </message>
    <message>
        <source>Salesforce (%1) did not answer within %2 s. Try again; if it keeps happening, check the network.</source>
        <translation>لم يُجب Salesforce ‏(%1) خلال %2 ث. حاول مجددًا؛ وإن تكرر ذلك فافحص الشبكة.</translation>
    </message>
    <message>
        <source>Could not reach Salesforce at %1 (%2). Check the network connection and try again.</source>
        <translation>تعذّر الوصول إلى Salesforce على %1 ‏(%2). افحص اتصال الشبكة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Salesforce rejected the session even after renewing it (%1). Reconnect the bot.</source>
        <translation>رفض Salesforce الجلسة حتى بعد تجديدها (%1). أعد وصل الروبوت.</translation>
    </message>
    <message>
        <source>The org offers no REST API version at or below %1. Set salesforce.apiVersion to a version the org supports.</source>
        <translation>لا تقدّم المؤسسة أي إصدار من REST API يساوي %1 أو أقل. اضبط salesforce.apiVersion على إصدار تدعمه المؤسسة.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>الاستعلام فارغ.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::Session</name>
    <message>
        <source>the session expired and this connection has no refresh token</source>
        <translation>انتهت الجلسة وليس لهذا الاتصال رمز تحديث</translation>
    </message>
    <message>
        <source>Salesforce did not answer the session renewal in time. Try again.</source>
        <translation>لم يُجب Salesforce عن تجديد الجلسة في الوقت المحدد. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not reach Salesforce to renew the session (%1). Check the network connection and try again.</source>
        <translation>تعذّر الوصول إلى Salesforce لتجديد الجلسة (%1). افحص اتصال الشبكة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Salesforce refused to renew the session: %1.</source>
        <translation>رفض Salesforce تجديد الجلسة: %1.</translation>
    </message>
</context>
<context>
    <name>hilal::salesforce::TokenReplyHandler</name>
    <message>
        <source>Could not reach Salesforce to finish the login (%1). Check the network and try again.</source>
        <translation>تعذّر الوصول إلى Salesforce لإتمام تسجيل الدخول (%1). افحص الشبكة ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>hilal::secrets::Messages</name>
    <message>
        <source>%1 cannot be opened with this %2: the key is not the one it was written with, or the file was changed. Nothing was changed; set the right key, or remove the file and connect the bots again.</source>
        <translation>لا يمكن فتح %1 بـ %2 هذا: المفتاح ليس الذي كُتب به، أو أن الملف تغيّر. لم يتغيّر شيء؛ اضبط المفتاح الصحيح، أو احذف الملف وصِل الروبوتات من جديد.</translation>
    </message>
    <message>
        <source>%1 is too short to protect the stored connections; use at least %2 random characters (for example from `openssl rand -base64 32`).</source>
        <translation>%1 أقصر من أن يحمي الاتصالات المحفوظة؛ استخدم %2 حرفًا عشوائيًا على الأقل (مثلًا من `openssl rand -base64 32`).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was written.</source>
        <translation>أخفق مولّد الأرقام العشوائية في النظام؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Deriving the file key from %1 failed; nothing was written.</source>
        <translation>أخفق اشتقاق مفتاح الملف من %1؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Encrypting the stored connections failed; nothing was written.</source>
        <translation>أخفق تشفير الاتصالات المحفوظة؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>not a hilal-sf token file (or one from a newer version)</source>
        <translation>ليس ملف رموز من hilal-sf (أو أنه من إصدار أحدث)</translation>
    </message>
    <message>
        <source>the file&apos;s key parameters are damaged</source>
        <translation>معاملات مفتاح الملف تالفة</translation>
    </message>
    <message>
        <source>wrong key, or the file was changed</source>
        <translation>مفتاح خاطئ، أو أن الملف تغيّر</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>تعذّرت قراءة %1 ‏(%2).</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created; nothing was written.</source>
        <translation>تعذّر إنشاء مجلد %1؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 is locked by another hilal-sf (%2.lock); nothing was written.</source>
        <translation>%1 مقفل من قبل hilal-sf آخر (%2.lock)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); it is as it was.</source>
        <translation>تعذّرت كتابة %1 ‏(%2)؛ وبقي كما كان.</translation>
    </message>
</context>
<context>
    <name>hilal::secrets::PendingRevokes</name>
    <message>
        <source>Another hilal-sf is changing the pending revokes (%1); nothing was changed. Try again.</source>
        <translation>يغيّر hilal-sf آخر قائمة الإلغاءات المعلّقة (%1)؛ لم يتغيّر شيء. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created; the pending revokes were not changed.</source>
        <translation>تعذّر إنشاء ملف القفل %1؛ لم تتغيّر الإلغاءات المعلّقة.</translation>
    </message>
</context>
<context>
    <name>hilal::secrets::TokenStore</name>
    <message>
        <source>the file %1, encrypted with %2 (no keychain reachable)</source>
        <translation>الملف %1، مشفّرًا بـ %2 (لا سلسلة مفاتيح متاحة)</translation>
    </message>
    <message>
        <source>memory only, for this session (no keychain reachable)</source>
        <translation>في الذاكرة فقط، لهذه الجلسة (لا سلسلة مفاتيح متاحة)</translation>
    </message>
    <message>
        <source>the system keychain (service %1)</source>
        <translation>سلسلة مفاتيح النظام (الخدمة %1)</translation>
    </message>
    <message>
        <source>No Salesforce connection is stored for this bot.</source>
        <translation>لا يوجد اتصال Salesforce محفوظ لهذا الروبوت.</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored connection. Remove the entry by hand in your keychain manager.</source>
        <translation>تعذّر على سلسلة المفاتيح حذف الاتصال المحفوظ. احذف المُدخل يدويًا في مدير سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused at the prompt. Allow access to keep the Salesforce connection.</source>
        <translation>رُفض الوصول إلى سلسلة المفاتيح عند الطلب. اسمح بالوصول للاحتفاظ باتصال Salesforce.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keychain (log out and in, or open your keychain manager) and try again.</source>
        <translation>رفضت سلسلة المفاتيح الوصول. افتح قفلها (سجّل الخروج ثم الدخول، أو افتح مدير سلسلة المفاتيح) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>No system keychain is reachable: Salesforce connections will be kept in memory for this session only. Start gnome-keyring or KWallet (in a desktop session with D-Bus) to keep them across restarts.</source>
        <translation>لا يمكن الوصول إلى سلسلة مفاتيح النظام: ستُحفظ اتصالات Salesforce في الذاكرة لهذه الجلسة فقط. شغّل gnome-keyring أو KWallet (في جلسة سطح مكتب مع D-Bus) لتبقى بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>The keychain does not support this operation on this system.</source>
        <translation>لا تدعم سلسلة المفاتيح هذه العملية على هذا النظام.</translation>
    </message>
    <message>
        <source>The keychain failed. Check that your keychain is running and unlocked.</source>
        <translation>أخفقت سلسلة المفاتيح. تحقق من أنها تعمل وأن قفلها مفتوح.</translation>
    </message>
    <message>
        <source>No system keychain is reachable; Salesforce connections are kept in %1, encrypted with %2.</source>
        <translation>لا يمكن الوصول إلى سلسلة مفاتيح النظام؛ تُحفظ اتصالات Salesforce في %1، مشفّرة بـ %2.</translation>
    </message>
    <message>
        <source>No bot id given for the stored connection.</source>
        <translation>لم يُعطَ معرّف روبوت للاتصال المحفوظ.</translation>
    </message>
    <message>
        <source>The stored Salesforce connection for bot %1 is unreadable. Disconnect and connect the bot again.</source>
        <translation>الاتصال المحفوظ بـ Salesforce للروبوت %1 غير قابل للقراءة. اقطع اتصال الروبوت ثم صِله من جديد.</translation>
    </message>
</context>
<context>
    <name>hilal::soql::Messages</name>
    <message>
        <source>one row of totals</source>
        <translation>صف واحد من المجاميع</translation>
    </message>
    <message>
        <source>one row: a count</source>
        <translation>صف واحد: عدد</translation>
    </message>
    <message>
        <source>one row per group, at most %1</source>
        <translation>صف لكل مجموعة، %1 على الأكثر</translation>
    </message>
    <message>
        <source>one row per group</source>
        <translation>صف لكل مجموعة</translation>
    </message>
    <message>
        <source>up to %1 records</source>
        <translation>حتى %1 سجل</translation>
    </message>
    <message>
        <source>records, as many as match</source>
        <translation>سجلات، بقدر ما يطابق</translation>
    </message>
    <message>
        <source>it reads records of more than one object (%1)</source>
        <translation>يقرأ سجلات من أكثر من كائن واحد (%1)</translation>
    </message>
    <message>
        <source>it returns about %1 groups, more than the %2 a chat may read without asking</source>
        <translation>يُعيد نحو %1 مجموعة، أكثر من %2 التي يجوز للمحادثة قراءتها دون سؤال</translation>
    </message>
    <message>
        <source>it can return any number of records with their field values: it has no LIMIT and doesn&apos;t filter on Id</source>
        <translation>يمكن أن يُعيد أي عدد من السجلات بقيم حقولها: ليس فيه LIMIT ولا يصفّي على Id</translation>
    </message>
    <message>
        <source>it can return up to %1 records with their field values: its LIMIT %1 is above %2, the most a chat may read without asking, and it doesn&apos;t filter on Id</source>
        <translation>يمكن أن يُعيد حتى %1 سجل بقيم حقولها: قيمة LIMIT %1 فيه أعلى من %2، وهو أقصى ما يجوز للمحادثة قراءته دون سؤال، ولا يصفّي على Id</translation>
    </message>
    <message>
        <source>FIELDS(ALL) reads every field of each record, including ones nobody chose</source>
        <translation>يقرأ FIELDS(ALL) كل حقل في كل سجل، ومنها حقول لم يخترها أحد</translation>
    </message>
    <message>
        <source>the subquery on %1 has no LIMIT, so each record can bring any number of related records</source>
        <translation>الاستعلام الفرعي على %1 بلا LIMIT، فقد يجلب كل سجل أي عدد من السجلات المرتبطة</translation>
    </message>
    <message>
        <source>FOR UPDATE locks records for other users while it runs</source>
        <translation>يقفل FOR UPDATE السجلات على المستخدمين الآخرين أثناء تشغيله</translation>
    </message>
    <message>
        <source>it writes usage statistics (UPDATE TRACKING/VIEWSTAT or FOR VIEW/REFERENCE)</source>
        <translation>يكتب إحصاءات الاستخدام (UPDATE TRACKING/VIEWSTAT أو FOR VIEW/REFERENCE)</translation>
    </message>
    <message>
        <source>&apos;!&apos; only appears in &apos;!=&apos; (not equal)</source>
        <translation>لا يظهر &apos;!&apos; إلا في &apos;!=&apos; (لا يساوي)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not SOQL; SOQL has no braces (SOSL&apos;s FIND {…} isn&apos;t allowed here)</source>
        <translation>&apos;%1&apos; ليس من SOQL؛ لا أقواس معقوصة في SOQL (وFIND {…} الخاص بـ SOSL غير مسموح هنا)</translation>
    </message>
    <message>
        <source>&apos;:&apos; only follows a date literal, as in LAST_N_DAYS:30</source>
        <translation>لا يأتي &apos;:&apos; إلا بعد قيمة تاريخ حرفية، كما في LAST_N_DAYS:30</translation>
    </message>
    <message>
        <source>SOQL has no &apos;*&apos;; list the fields, or use FIELDS(ALL) with a LIMIT of 200 or less</source>
        <translation>لا يوجد &apos;*&apos; في SOQL؛ اسرد الحقول، أو استخدم FIELDS(ALL) مع LIMIT قيمته 200 أو أقل</translation>
    </message>
    <message>
        <source>control character U+%1 can&apos;t appear in a query; remove it</source>
        <translation>لا يمكن أن يظهر محرف التحكّم U+%1 في استعلام؛ احذفه</translation>
    </message>
    <message>
        <source>%1 can&apos;t appear in SOQL outside a string; remove it</source>
        <translation>لا يمكن أن يظهر %1 في SOQL خارج سلسلة نصية؛ احذفه</translation>
    </message>
    <message>
        <source>one query only; remove &apos;;&apos; (SOQL has no statement separator)</source>
        <translation>استعلام واحد فقط؛ احذف &apos;;&apos; (لا فاصل عبارات في SOQL)</translation>
    </message>
    <message>
        <source>SOQL strings take single quotes: write &apos;text&apos;, not &quot;text&quot;</source>
        <translation>تُكتب السلاسل النصية في SOQL بين علامتي اقتباس مفردتين: اكتب &apos;text&apos;، لا &quot;text&quot;</translation>
    </message>
    <message>
        <source>SOQL has no comments; remove %1 and the text after it</source>
        <translation>لا تعليقات في SOQL؛ احذف %1 والنص الذي يليه</translation>
    </message>
    <message>
        <source>bind variables only work inside Apex; write the value itself instead of %1</source>
        <translation>متغيرات الربط تعمل داخل Apex فقط؛ اكتب القيمة نفسها بدلًا من %1</translation>
    </message>
    <message>
        <source>this string has no closing quote; end it with &apos;</source>
        <translation>لا علامة اقتباس تُغلق هذه السلسلة النصية؛ أنهها بـ &apos;</translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a string; write \\ for a backslash</source>
        <translation>ليس %1 تسلسل هروب صالحًا في سلسلة نصية؛ اكتب \\ للشرطة المائلة العكسية</translation>
    </message>
    <message>
        <source>\u needs exactly four hex digits, as in \u00e9</source>
        <translation>يحتاج \u إلى أربعة أرقام ست عشرية بالضبط، كما في \u00e9</translation>
    </message>
    <message>
        <source>a string can&apos;t contain a raw line break, tab or control character; write \n, \r or \t instead (or close the string with &apos;)</source>
        <translation>لا يمكن أن تحتوي السلسلة النصية على فاصل أسطر أو علامة جدولة أو محرف تحكّم خام؛ اكتب \n أو \r أو \t بدلًا منها (أو أغلق السلسلة بـ &apos;)</translation>
    </message>
    <message>
        <source>%1 is not a number SOQL understands; write digits with an optional sign and decimal point, no exponent (e.g. 5000, -7, 3.14)</source>
        <translation>%1 ليس رقمًا يفهمه SOQL؛ اكتب أرقامًا مع إشارة وفاصلة عشرية اختياريتين، بلا أُس (مثل 5000 أو -7 أو 3.14)</translation>
    </message>
    <message>
        <source>%1 is not a valid date; write YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>%1 ليس تاريخًا صالحًا؛ اكتب YYYY-MM-DD، مثل 2025-03-31</translation>
    </message>
    <message>
        <source>%1 is not a valid datetime; write YYYY-MM-DDThh:mm:ssZ or with an offset, e.g. 2025-03-31T14:05:00Z or 2025-03-31T14:05:00+05:30</source>
        <translation>%1 ليس تاريخًا ووقتًا صالحين؛ اكتب YYYY-MM-DDThh:mm:ssZ أو مع فرق توقيت، مثل 2025-03-31T14:05:00Z أو 2025-03-31T14:05:00+05:30</translation>
    </message>
    <message>
        <source>the query is empty; write a SELECT statement, e.g. SELECT Id FROM Account</source>
        <translation>الاستعلام فارغ؛ اكتب عبارة SELECT، مثل SELECT Id FROM Account</translation>
    </message>
    <message>
        <source>SOQL can only read; %1 is a data change, and a query starts with SELECT</source>
        <translation>لغة SOQL للقراءة فقط؛ و%1 تغيير للبيانات، والاستعلام يبدأ بـ SELECT</translation>
    </message>
    <message>
        <source>FIND is a search (SOSL), not a query; a query starts with SELECT</source>
        <translation>FIND بحث (SOSL) وليس استعلامًا؛ الاستعلام يبدأ بـ SELECT</translation>
    </message>
    <message>
        <source>a query starts with SELECT (found %1)</source>
        <translation>الاستعلام يبدأ بـ SELECT (وُجد %1)</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>نهاية الاستعلام</translation>
    </message>
    <message>
        <source>expected %1, but %2 is a reserved word</source>
        <translation>المتوقع %1، لكن %2 كلمة محجوزة</translation>
    </message>
    <message>
        <source>the query nests too deeply (more than %1 levels of parentheses, NOT, functions or subqueries); simplify it</source>
        <translation>الاستعلام متداخل أكثر من اللازم (أكثر من %1 مستويات من الأقواس أو NOT أو الدوال أو الاستعلامات الفرعية)؛ بسّطه</translation>
    </message>
    <message>
        <source>expected FROM after the field list (found %1)</source>
        <translation>المتوقع FROM بعد قائمة الحقول (وُجد %1)</translation>
    </message>
    <message>
        <source>only one %1 clause is allowed</source>
        <translation>لا يُسمح إلا بجملة %1 واحدة</translation>
    </message>
    <message>
        <source>%1 must come before %2</source>
        <translation>يجب أن تأتي %1 قبل %2</translation>
    </message>
    <message>
        <source>expected a condition after WHERE, e.g. WHERE Name = &apos;Acme&apos; (found %1)</source>
        <translation>المتوقع شرط بعد WHERE، مثل WHERE Name = &apos;Acme&apos; (وُجد %1)</translation>
    </message>
    <message>
        <source>expected a condition after HAVING, e.g. HAVING COUNT(Id) &gt; 1 (found %1)</source>
        <translation>المتوقع شرط بعد HAVING، مثل HAVING COUNT(Id) &gt; 1 (وُجد %1)</translation>
    </message>
    <message>
        <source>this &apos;)&apos; has no matching &apos;(&apos;; remove it</source>
        <translation>لا &apos;(&apos; مقابلة لهذا &apos;)&apos;؛ احذفه</translation>
    </message>
    <message>
        <source>only one FROM clause is allowed</source>
        <translation>لا يُسمح إلا بجملة FROM واحدة</translation>
    </message>
    <message>
        <source>%1 can&apos;t go here; conditions belong in WHERE or HAVING</source>
        <translation>لا يمكن أن يأتي %1 هنا؛ الشروط مكانها WHERE أو HAVING</translation>
    </message>
    <message>
        <source>unexpected %1; a clause (WHERE, GROUP BY, ORDER BY, LIMIT, …) or the end of the query should come here</source>
        <translation>%1 غير متوقع؛ يجب أن تأتي هنا جملة (WHERE أو GROUP BY أو ORDER BY أو LIMIT أو …) أو نهاية الاستعلام</translation>
    </message>
    <message>
        <source>the field list is empty; name at least one field, e.g. SELECT Id FROM Account</source>
        <translation>قائمة الحقول فارغة؛ سمِّ حقلًا واحدًا على الأقل، مثل SELECT Id FROM Account</translation>
    </message>
    <message>
        <source>expected a field after &apos;,&apos; (found FROM); remove the comma before FROM</source>
        <translation>المتوقع حقل بعد &apos;,&apos; (وُجد FROM)؛ احذف الفاصلة قبل FROM</translation>
    </message>
    <message>
        <source>expected SELECT after &apos;(&apos; (found %1); a parenthesised item in the field list is a subquery, e.g. (SELECT LastName FROM Contacts)</source>
        <translation>المتوقع SELECT بعد &apos;(&apos; (وُجد %1)؛ العنصر بين قوسين في قائمة الحقول استعلام فرعي، مثل (SELECT LastName FROM Contacts)</translation>
    </message>
    <message>
        <source>a semi-join subquery (IN (SELECT …)) selects one field only; it can&apos;t contain a subquery</source>
        <translation>استعلام الربط الجزئي (IN (SELECT …)) يختار حقلًا واحدًا فقط؛ ولا يمكن أن يحتوي على استعلام فرعي</translation>
    </message>
    <message>
        <source>expected a field in the field list, but %1 is a reserved word</source>
        <translation>المتوقع حقل في قائمة الحقول، لكن %1 كلمة محجوزة</translation>
    </message>
    <message>
        <source>a field in the field list, e.g. SELECT Id, Name FROM Account</source>
        <translation>حقل في قائمة الحقول، مثل SELECT Id, Name FROM Account</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the subquery opened at %1:%2 (found %3)</source>
        <translation>المتوقع &apos;)&apos; لإغلاق الاستعلام الفرعي المفتوح عند %1:%2 (وُجد %3)</translation>
    </message>
    <message>
        <source>a polymorphic relationship after TYPEOF, e.g. TYPEOF What</source>
        <translation>علاقة متعددة الأشكال بعد TYPEOF، مثل TYPEOF What</translation>
    </message>
    <message>
        <source>an object name after WHEN</source>
        <translation>اسم كائن بعد WHEN</translation>
    </message>
    <message>
        <source>END to close TYPEOF (or another WHEN … THEN …, or ELSE)</source>
        <translation>END لإغلاق TYPEOF (أو WHEN … THEN … أخرى، أو ELSE)</translation>
    </message>
    <message>
        <source>a field or relationship name after &apos;.&apos;</source>
        <translation>اسم حقل أو علاقة بعد &apos;.&apos;</translation>
    </message>
    <message>
        <source>%1 is not a SOQL function; SOQL has COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX, the date functions (CALENDAR_YEAR, DAY_ONLY, HOUR_IN_DAY, …), toLabel, convertCurrency, convertTimezone, FORMAT, GROUPING, DISTANCE, GEOLOCATION and FIELDS</source>
        <translation>%1 ليست دالة في SOQL؛ في SOQL الدوال COUNT وCOUNT_DISTINCT وSUM وAVG وMIN وMAX ودوال التاريخ (CALENDAR_YEAR وDAY_ONLY وHOUR_IN_DAY و…) وtoLabel وconvertCurrency وconvertTimezone وFORMAT وGROUPING وDISTANCE وGEOLOCATION وFIELDS</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close %1( (found %2)</source>
        <translation>المتوقع &apos;)&apos; لإغلاق %1( (وُجد %2)</translation>
    </message>
    <message>
        <source>COUNT takes nothing or one field: COUNT() or COUNT(Id)</source>
        <translation>تأخذ COUNT لا شيء أو حقلًا واحدًا: COUNT() أو COUNT(Id)</translation>
    </message>
    <message>
        <source>%1 takes one field, e.g. %2</source>
        <translation>تأخذ %1 حقلًا واحدًا، مثل %2</translation>
    </message>
    <message>
        <source>FORMAT takes one field or function, e.g. FORMAT(Amount) or FORMAT(convertCurrency(Amount))</source>
        <translation>تأخذ FORMAT حقلًا أو دالة واحدة، مثل FORMAT(Amount) أو FORMAT(convertCurrency(Amount))</translation>
    </message>
    <message>
        <source>GEOLOCATION takes a latitude and a longitude, e.g. GEOLOCATION(37.775, -122.418)</source>
        <translation>تأخذ GEOLOCATION خط عرض وخط طول، مثل GEOLOCATION(37.775, -122.418)</translation>
    </message>
    <message>
        <source>GEOLOCATION only works inside DISTANCE, e.g. DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</source>
        <translation>لا تعمل GEOLOCATION إلا داخل DISTANCE، مثل DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</translation>
    </message>
    <message>
        <source>DISTANCE takes a location field, a GEOLOCATION and a unit, e.g. DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</source>
        <translation>تأخذ DISTANCE حقل موقع وGEOLOCATION ووحدة، مثل DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), &apos;mi&apos;)</translation>
    </message>
    <message>
        <source>the DISTANCE unit is &apos;mi&apos; or &apos;km&apos;</source>
        <translation>وحدة DISTANCE هي &apos;mi&apos; أو &apos;km&apos;</translation>
    </message>
    <message>
        <source>%1 takes one date or datetime field, e.g. %2</source>
        <translation>تأخذ %1 حقل تاريخ أو تاريخ ووقت واحدًا، مثل %2</translation>
    </message>
    <message>
        <source>convertTimezone only works inside a date function, e.g. HOUR_IN_DAY(convertTimezone(CreatedDate))</source>
        <translation>لا تعمل convertTimezone إلا داخل دالة تاريخ، مثل HOUR_IN_DAY(convertTimezone(CreatedDate))</translation>
    </message>
    <message>
        <source>aggregate functions like %1() can&apos;t be used in %2%3</source>
        <translation>لا يمكن استخدام دوال التجميع مثل %1() في %2%3</translation>
    </message>
    <message>
        <source>; filter on aggregates with HAVING</source>
        <translation>؛ صفِّ على التجميعات بـ HAVING</translation>
    </message>
    <message>
        <source>FORMAT only works in the field list</source>
        <translation>لا تعمل FORMAT إلا في قائمة الحقول</translation>
    </message>
    <message>
        <source>expected an object name after FROM, but %1 is a reserved word</source>
        <translation>المتوقع اسم كائن بعد FROM، لكن %1 كلمة محجوزة</translation>
    </message>
    <message>
        <source>an object name after FROM, e.g. FROM Account</source>
        <translation>اسم كائن بعد FROM، مثل FROM Account</translation>
    </message>
    <message>
        <source>a child relationship name after FROM</source>
        <translation>اسم علاقة فرعية بعد FROM</translation>
    </message>
    <message>
        <source>an object name after FROM</source>
        <translation>اسم كائن بعد FROM</translation>
    </message>
    <message>
        <source>FROM takes an object name, not a path; write e.g. FROM Contact and select Account.Name</source>
        <translation>تأخذ FROM اسم كائن، لا مسارًا؛ اكتب مثلًا FROM Contact واختر Account.Name</translation>
    </message>
    <message>
        <source>an alias.relationship after &apos;,&apos; in FROM, e.g. FROM Contact c, c.Account a</source>
        <translation>alias.relationship بعد &apos;,&apos; في FROM، مثل FROM Contact c, c.Account a</translation>
    </message>
    <message>
        <source>did you mean %1 BY? %2 alone is an object name</source>
        <translation>هل تقصد %1 BY؟ %2 وحدها اسم كائن</translation>
    </message>
    <message>
        <source>a scope after USING SCOPE, e.g. USING SCOPE mine</source>
        <translation>نطاق بعد USING SCOPE، مثل USING SCOPE mine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scope; USING SCOPE takes one of: %2</source>
        <translation>&apos;%1&apos; ليس نطاقًا؛ تأخذ USING SCOPE أحد: %2</translation>
    </message>
    <message>
        <source>AND and OR can&apos;t be mixed without parentheses; group them, e.g. (A AND B) OR C, or A AND (B OR C)</source>
        <translation>لا يمكن مزج AND وOR بلا أقواس؛ جمّعها، مثل (A AND B) OR C، أو A AND (B OR C)</translation>
    </message>
    <message>
        <source>expected a condition after %1 (found %2)</source>
        <translation>المتوقع شرط بعد %1 (وُجد %2)</translation>
    </message>
    <message>
        <source>a subquery can only follow IN or NOT IN, e.g. Id IN (SELECT AccountId FROM Contact)</source>
        <translation>لا يأتي الاستعلام الفرعي إلا بعد IN أو NOT IN، مثل Id IN (SELECT AccountId FROM Contact)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1:%2 (found %3)</source>
        <translation>المتوقع &apos;)&apos; لإغلاق &apos;(&apos; عند %1:%2 (وُجد %3)</translation>
    </message>
    <message>
        <source>FIELDS() only works in the field list</source>
        <translation>لا تعمل FIELDS() إلا في قائمة الحقول</translation>
    </message>
    <message>
        <source>a condition starts with a field, then the value: write Amount &gt; 5000, not 5000 &lt; Amount</source>
        <translation>يبدأ الشرط بحقل ثم القيمة: اكتب Amount &gt; 5000، لا 5000 &lt; Amount</translation>
    </message>
    <message>
        <source>expected a condition, but %1 is a reserved word</source>
        <translation>المتوقع شرط، لكن %1 كلمة محجوزة</translation>
    </message>
    <message>
        <source>%1 needs a list in parentheses, e.g. %1 (&apos;a&apos;, &apos;b&apos;) (found %2)</source>
        <translation>يحتاج %1 إلى قائمة بين قوسين، مثل %1 (&apos;a&apos;, &apos;b&apos;) (وُجد %2)</translation>
    </message>
    <message>
        <source>%1 takes a list of values, not a subquery</source>
        <translation>يأخذ %1 قائمة قيم، لا استعلامًا فرعيًا</translation>
    </message>
    <message>
        <source>HAVING can&apos;t contain a semi-join (IN (SELECT …)); put it in WHERE</source>
        <translation>لا يمكن أن تحتوي HAVING على ربط جزئي (IN (SELECT …))؛ ضعه في WHERE</translation>
    </message>
    <message>
        <source>a semi-join can&apos;t contain another semi-join</source>
        <translation>لا يمكن أن يحتوي ربط جزئي على ربط جزئي آخر</translation>
    </message>
    <message>
        <source>%1 needs at least one value in its list</source>
        <translation>يحتاج %1 إلى قيمة واحدة على الأقل في قائمته</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the %1 list (found %2)</source>
        <translation>المتوقع &apos;,&apos; أو &apos;)&apos; في قائمة %1 (وُجد %2)</translation>
    </message>
    <message>
        <source>%1 takes a single value; for a list use IN: %2 IN (&apos;a&apos;, &apos;b&apos;)</source>
        <translation>يأخذ %1 قيمة واحدة؛ للقائمة استخدم IN: %2 IN (&apos;a&apos;, &apos;b&apos;)</translation>
    </message>
    <message>
        <source>SOQL has no NOT LIKE; negate the whole condition: NOT %1 LIKE &apos;x%&apos;</source>
        <translation>لا يوجد NOT LIKE في SOQL؛ انفِ الشرط كله: NOT %1 LIKE &apos;x%&apos;</translation>
    </message>
    <message>
        <source>NOT goes before the whole condition (NOT %1 = …); after a field only NOT IN is allowed</source>
        <translation>يأتي NOT قبل الشرط كله (NOT %1 = …)؛ وبعد الحقل لا يُسمح إلا بـ NOT IN</translation>
    </message>
    <message>
        <source>expected a comparison operator after %1 (=, !=, &lt;, &lt;=, &gt;, &gt;=, LIKE, IN, NOT IN, INCLUDES, EXCLUDES), found %2</source>
        <translation>المتوقع عامل مقارنة بعد %1 (= أو != أو &lt; أو &lt;= أو &gt; أو &gt;= أو LIKE أو IN أو NOT IN أو INCLUDES أو EXCLUDES)، ووُجد %2</translation>
    </message>
    <message>
        <source>SOQL can&apos;t compare a field with another field (%1); the right side must be a value such as &apos;text&apos;, 42, true, null or TODAY</source>
        <translation>لا يستطيع SOQL مقارنة حقل بحقل آخر (%1)؛ يجب أن يكون الطرف الأيمن قيمة مثل &apos;text&apos; أو 42 أو true أو null أو TODAY</translation>
    </message>
    <message>
        <source>expected a value after %1 %2</source>
        <translation>المتوقع قيمة بعد %1 %2</translation>
    </message>
    <message>
        <source>a value such as &apos;text&apos;, 42, true, null, 2025-03-31 or TODAY</source>
        <translation>قيمة مثل &apos;text&apos; أو 42 أو true أو null أو 2025-03-31 أو TODAY</translation>
    </message>
    <message>
        <source>LIKE needs a string pattern, e.g. %1 LIKE &apos;Acme%&apos;</source>
        <translation>يحتاج LIKE إلى نمط نصي، مثل %1 LIKE &apos;Acme%&apos;</translation>
    </message>
    <message>
        <source>null can only be compared with = or != (found %1)</source>
        <translation>لا تُقارن null إلا بـ = أو != (وُجد %1)</translation>
    </message>
    <message>
        <source>%1 takes no number; write %1 (for a number of days use LAST_N_DAYS:30)</source>
        <translation>لا يأخذ %1 رقمًا؛ اكتب %1 (ولعدد من الأيام استخدم LAST_N_DAYS:30)</translation>
    </message>
    <message>
        <source>%1 needs a number of zero or more: %1:30</source>
        <translation>يحتاج %1 إلى عدد يساوي صفرًا أو أكثر: %1:30</translation>
    </message>
    <message>
        <source>%1 needs its number right after the colon, no space: %1:30</source>
        <translation>يحتاج %1 إلى عدده بعد النقطتين مباشرة، بلا مسافة: %1:30</translation>
    </message>
    <message>
        <source>%1:%2 is too large; use a number up to 1000000</source>
        <translation>%1:%2 كبير جدًا؛ استخدم عددًا حتى 1000000</translation>
    </message>
    <message>
        <source>\%1 only works in a LIKE pattern; outside LIKE write %1 without the backslash</source>
        <translation>لا يعمل \%1 إلا في نمط LIKE؛ خارج LIKE اكتب %1 بلا الشرطة المائلة العكسية</translation>
    </message>
    <message>
        <source>a data category group after DATA CATEGORY, e.g. Geography__c</source>
        <translation>مجموعة فئات بيانات بعد DATA CATEGORY، مثل Geography__c</translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the category list</source>
        <translation>&apos;)&apos; لإغلاق قائمة الفئات</translation>
    </message>
    <message>
        <source>expected a field after %1, but %2 is a reserved word</source>
        <translation>المتوقع حقل بعد %1، لكن %2 كلمة محجوزة</translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the grouping list</source>
        <translation>&apos;)&apos; لإغلاق قائمة التجميع</translation>
    </message>
    <message>
        <source>%1 needs a whole number of zero or more, e.g. %1 100 (found %2)</source>
        <translation>يحتاج %1 إلى عدد صحيح يساوي صفرًا أو أكثر، مثل %1 100 (وُجد %2)</translation>
    </message>
    <message>
        <source>%1 %2 is too large</source>
        <translation>%1 %2 كبير جدًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an alias, but only aggregate and grouped fields can have one; did you forget a comma between %2 and %1?</source>
        <translation>يبدو &apos;%1&apos; اسمًا مستعارًا، لكن الأسماء المستعارة للحقول المجمّعة والمجموعة فقط؛ هل نسيت فاصلة بين %2 و%1؟</translation>
    </message>
    <message>
        <source>COUNT() must be the only item in the field list; use COUNT(Id) beside other fields</source>
        <translation>يجب أن تكون COUNT() العنصر الوحيد في قائمة الحقول؛ استخدم COUNT(Id) بجانب حقول أخرى</translation>
    </message>
    <message>
        <source>FIELDS(%1) needs LIMIT 200 or less; add LIMIT 200</source>
        <translation>يحتاج FIELDS(%1) إلى LIMIT قيمته 200 أو أقل؛ أضف LIMIT 200</translation>
    </message>
    <message>
        <source>a semi-join subquery selects exactly one Id or lookup field, e.g. Id IN (SELECT AccountId FROM Opportunity)</source>
        <translation>استعلام الربط الجزئي يختار حقل Id أو حقل بحث واحدًا بالضبط، مثل Id IN (SELECT AccountId FROM Opportunity)</translation>
    </message>
    <message>
        <source>a semi-join subquery can&apos;t have ORDER BY or LIMIT</source>
        <translation>لا يمكن أن يحتوي استعلام الربط الجزئي على ORDER BY أو LIMIT</translation>
    </message>
    <message>
        <source>a semi-join (IN (SELECT …)) can&apos;t be combined with OR; run two queries or restructure the condition</source>
        <translation>لا يمكن جمع الربط الجزئي (IN (SELECT …)) مع OR؛ شغّل استعلامين أو أعد صياغة الشرط</translation>
    </message>
    <message>
        <source>a query can have at most two semi-joins (IN (SELECT …))</source>
        <translation>يمكن أن يحتوي الاستعلام على ربطين جزئيين (IN (SELECT …)) على الأكثر</translation>
    </message>
    <message>
        <source>SOQL statements can not be longer than %1 characters (this one has %2)</source>
        <translation>لا يمكن أن تتجاوز عبارات SOQL ‏%1 حرفًا (وهذه %2)</translation>
    </message>
    <message>
        <source>the query is empty; write a SELECT statement</source>
        <translation>الاستعلام فارغ؛ اكتب عبارة SELECT</translation>
    </message>
    <message>
        <source>SOQL can only read; %1 is a data change</source>
        <translation>لغة SOQL للقراءة فقط؛ و%1 تغيير للبيانات</translation>
    </message>
    <message>
        <source>search (SOSL) isn&apos;t allowed here; write a SELECT query</source>
        <translation>البحث (SOSL) غير مسموح هنا؛ اكتب استعلام SELECT</translation>
    </message>
    <message>
        <source>one query only; remove &apos;;&apos;</source>
        <translation>استعلام واحد فقط؛ احذف &apos;;&apos;</translation>
    </message>
    <message>
        <source>comments aren&apos;t SOQL; remove &apos;%1&apos; and what follows it</source>
        <translation>التعليقات ليست من SOQL؛ احذف &apos;%1&apos; وما يليه</translation>
    </message>
    <message>
        <source>bind variables only work inside Apex; put the value itself in place of &apos;%1&apos;</source>
        <translation>متغيرات الربط تعمل داخل Apex فقط؛ ضع القيمة نفسها مكان &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FOR UPDATE locks records; remove it (a read never needs a lock)</source>
        <translation>FOR UPDATE يقفل السجلات؛ احذفه (القراءة لا تحتاج إلى قفل)</translation>
    </message>
    <message>
        <source>FOR %1 updates the records&apos; %2; remove it (only plain reads are allowed)</source>
        <translation>FOR %1 يحدّث %2 في السجلات؛ احذفه (المسموح هو القراءة فقط)</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActionResultView</name>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>إظهار &amp;JSON الخام</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>نتيجة الإجراء</translation>
    </message>
    <message>
        <source>Result status</source>
        <translation>حالة النتيجة</translation>
    </message>
    <message>
        <source>Record link</source>
        <translation>رابط السجل</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Returned fields</source>
        <translation>الحقول المُعادة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>إظهار JSON الخام</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON الخام</translation>
    </message>
    <message>
        <source>Hide raw &amp;JSON</source>
        <translation>إخفاء &amp;JSON الخام</translation>
    </message>
    <message>
        <source>200 OK</source>
        <translation>200 تم</translation>
    </message>
    <message>
        <source>201 Created</source>
        <translation>201 أُنشئ</translation>
    </message>
    <message>
        <source>204 Updated</source>
        <translation>204 حُدّث</translation>
    </message>
    <message>
        <source>400 Invalid input — nothing was sent to Salesforce</source>
        <translation>400 إدخال غير صالح — لم يُرسَل شيء إلى Salesforce</translation>
    </message>
    <message>
        <source>403 Not allowed</source>
        <translation>403 غير مسموح</translation>
    </message>
    <message>
        <source>404 Not found in the org</source>
        <translation>404 غير موجود في المؤسسة</translation>
    </message>
    <message>
        <source>409 Needs confirmation or the record changed</source>
        <translation>409 يحتاج إلى تأكيد أو أن السجل تغيّر</translation>
    </message>
    <message>
        <source>502 Reconnect needed or Salesforce failed</source>
        <translation>502 يلزم إعادة الاتصال أو أخفق Salesforce</translation>
    </message>
    <message>
        <source>503 Salesforce is unavailable or over its limits</source>
        <translation>503 Salesforce غير متاح أو تجاوز حدوده</translation>
    </message>
    <message>
        <source>504 Salesforce did not answer in time</source>
        <translation>504 لم يُجب Salesforce في الوقت المحدد</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Run an action to see its result here.</source>
        <translation>شغّل إجراءً لترى نتيجته هنا.</translation>
    </message>
    <message>
        <source>Record %1 — &lt;a href=&quot;%2&quot;&gt;open in Salesforce&lt;/a&gt;</source>
        <translation>السجل %1 — &lt;a href=&quot;%2&quot;&gt;فتح في Salesforce&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>السجل %1</translation>
    </message>
    <message>
        <source>%1 item(s)</source>
        <translation>%1 عنصر</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActionTester</name>
    <message>
        <source>Action tester</source>
        <translation>مختبر الإجراءات</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>Which run the result belongs to</source>
        <translation>التشغيل الذي تعود إليه النتيجة</translation>
    </message>
    <message>
        <source>Create Lead</source>
        <translation>إنشاء عميل محتمل</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Required, e.g. Okafor</source>
        <translation>مطلوب، مثل Okafor</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Required, e.g. Brightwave Ltd</source>
        <translation>مطلوب، مثل Brightwave Ltd</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>مصدر العميل المحتمل</translation>
    </message>
    <message>
        <source>e.g. Web</source>
        <translation>مثل Web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>موقع الويب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Creates a Lead, as a chat visitor&apos;s details would.</source>
        <translation>يُنشئ عميلًا محتملًا، كما تفعل بيانات زائر المحادثة.</translation>
    </message>
    <message>
        <source>Get Account</source>
        <translation>قراءة حساب</translation>
    </message>
    <message>
        <source>Account Id</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>15 or 18 characters, starting 001</source>
        <translation>من 15 أو 18 حرفًا، يبدأ بـ 001</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Optional, comma-separated; default: the configured list</source>
        <translation>اختياري، مفصول بفواصل؛ الافتراضي: القائمة المضبوطة</translation>
    </message>
    <message>
        <source>Reads one Account by its Id.</source>
        <translation>يقرأ حسابًا واحدًا بمعرّفه.</translation>
    </message>
    <message>
        <source>Update Opportunity</source>
        <translation>تحديث فرصة بيع</translation>
    </message>
    <message>
        <source>Opportunity Id</source>
        <translation>معرّف الفرصة</translation>
    </message>
    <message>
        <source>15 or 18 characters, starting 006</source>
        <translation>من 15 أو 18 حرفًا، يبدأ بـ 006</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>e.g. Negotiation/Review</source>
        <translation>مثل Negotiation/Review</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>e.g. 18500.50</source>
        <translation>مثل 18500.50</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Changes the stage, amount or close date of one Opportunity. You see current → new values before anything is sent.</source>
        <translation>يغيّر مرحلة فرصة بيع واحدة أو مبلغها أو تاريخ إغلاقها. ترى القيم الحالية ← الجديدة قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <source>Run SOQL</source>
        <translation>تشغيل SOQL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>SELECT Id, Name FROM Account LIMIT 10</source>
        <translation>SELECT Id, Name FROM Account LIMIT 10</translation>
    </message>
    <message>
        <source>Runs one read-only query, capped for chat use (the SOQL Console shows whole results).</source>
        <translation>يشغّل استعلامًا واحدًا للقراءة فقط، محدودًا لاستخدام المحادثة (تعرض وحدة SOQL النتائج كاملة).</translation>
    </message>
    <message>
        <source>%1 form</source>
        <translation>نموذج %1</translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation>تنبيه الصلاحيات</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <source>What running it changes</source>
        <translation>ما يغيّره التشغيل</translation>
    </message>
    <message>
        <source>Why the action can&apos;t run yet</source>
        <translation>لماذا لا يمكن تشغيل الإجراء بعد</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>تشغيل %1</translation>
    </message>
    <message>
        <source>production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>بيئة الاختبار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the bot&apos;s %1 org</source>
        <translation>مؤسسة %1 الخاصة بالروبوت</translation>
    </message>
    <message>
        <source>Creates a real Lead in %1.</source>
        <translation>يُنشئ عميلًا محتملًا حقيقيًا في %1.</translation>
    </message>
    <message>
        <source>Changes a real Opportunity in %1.</source>
        <translation>يغيّر فرصة بيع حقيقية في %1.</translation>
    </message>
    <message>
        <source>Select a bot to run actions as that bot.</source>
        <translation>اختر روبوتًا لتشغيل الإجراءات باسمه.</translation>
    </message>
    <message>
        <source>The action tester is not connected to the app&apos;s dispatcher.</source>
        <translation>مختبر الإجراءات غير موصول بموزّع التطبيق.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Can&apos;t run yet: %1</source>
        <translation>لا يمكن التشغيل بعد: %1</translation>
    </message>
    <message>
        <source>Select a bot on the left to try its chat actions.</source>
        <translation>اختر روبوتًا من اليسار لتجربة إجراءات المحادثة الخاصة به.</translation>
    </message>
    <message>
        <source>This bot lacks %1, so it cannot %2. Grant it on the Permissions tab.</source>
        <translation>لا يملك هذا الروبوت صلاحية %1، فلا يمكنه %2. امنحه إياها في تبويب الصلاحيات.</translation>
    </message>
    <message>
        <source>Run at %1 · %2 · %3</source>
        <translation>شُغّل في %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Write to Production?</source>
        <translation>الكتابة في مؤسسة الإنتاج؟</translation>
    </message>
    <message>
        <source>This is a production org: the record is real and people may see it at once. Use a sandbox bot to experiment.</source>
        <translation>هذه مؤسسة إنتاج: السجل حقيقي وقد يراه الناس فورًا. استخدم روبوتًا في بيئة اختبار للتجربة.</translation>
    </message>
    <message>
        <source>Update this opportunity?</source>
        <translation>تحديث فرصة البيع هذه؟</translation>
    </message>
    <message>
        <source>Change this opportunity in Salesforce?</source>
        <translation>تغيير فرصة البيع هذه في Salesforce؟</translation>
    </message>
    <message>
        <source>Change “%1” in Salesforce?</source>
        <translation>تغيير «%1» في Salesforce؟</translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks before any update.</source>
        <translation>تطلب سياسة هذا الروبوت التأكيد قبل أي تحديث.</translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation>تشغيل %1؟</translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks you to confirm before it runs.</source>
        <translation>تطلب سياسة هذا الروبوت أن تؤكد قبل التشغيل.</translation>
    </message>
    <message>
        <source>About %1 rows (Salesforce&apos;s estimate).</source>
        <translation>نحو %1 صف (تقدير Salesforce).</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ActivityTab</name>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>B&amp;ot:</source>
        <translation>الروبو&amp;ت:</translation>
    </message>
    <message>
        <source>Filter by bot</source>
        <translation>التصفية حسب الروبوت</translation>
    </message>
    <message>
        <source>Action t&amp;ype:</source>
        <translation>نو&amp;ع الإجراء:</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>التصفية حسب الإجراء</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Succeeded (2xx)</source>
        <translation>نجح (2xx)</translation>
    </message>
    <message>
        <source>Waiting for confirmation (409)</source>
        <translation>بانتظار التأكيد (409)</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>رُفض (4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx)</source>
        <translation>أخفق (5xx)</translation>
    </message>
    <message>
        <source>Permission, policy and connection changes</source>
        <translation>تغييرات الصلاحيات والسياسة والاتصال</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;أعد التحميل</translation>
    </message>
    <message>
        <source>Reload the activity log</source>
        <translation>إعادة تحميل سجل النشاط</translation>
    </message>
    <message>
        <source>Search the query text, record Ids, who, details…</source>
        <translation>ابحث في نص الاستعلام ومعرّفات السجلات والمنفّذ والتفاصيل…</translation>
    </message>
    <message>
        <source>Search the activity log</source>
        <translation>البحث في سجل النشاط</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>نص البحث:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>من تا&amp;ريخ:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Activity log, newest first</source>
        <translation>سجل النشاط، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>ملخص النشاط</translation>
    </message>
    <message>
        <source>Nothing matches these filters yet.</source>
        <translation>لا شيء يطابق هذه المرشحات بعد.</translation>
    </message>
    <message>
        <source>All bots</source>
        <translation>كل الروبوتات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Nothing recorded yet: chat actions, permission, policy and connection changes will appear here as they happen.</source>
        <translation>لم يُسجَّل شيء بعد: ستظهر هنا إجراءات المحادثة وتغييرات الصلاحيات والسياسة والاتصال عند حدوثها.</translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation>مُدخل واحد.</translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation>%1 مُدخل.</translation>
    </message>
    <message>
        <source>%1 of %2 entries match the filters.</source>
        <translation>%1 من %2 مُدخل تطابق المرشحات.</translation>
    </message>
    <message>
        <source>Only the newest %1 are listed.</source>
        <translation>لا يُعرض إلا أحدث %1.</translation>
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
        <source>e.g. Website concierge</source>
        <translation>مثل مساعد الموقع</translation>
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
        <translation>عا&amp;م — أي زائر لموقع ويب</translation>
    </message>
    <message>
        <source>Internal audience</source>
        <translation>جمهور داخلي</translation>
    </message>
    <message>
        <source>Public audience</source>
        <translation>جمهور عام</translation>
    </message>
    <message>
        <source>Production or Developer Edition (login.salesforce.com)</source>
        <translation>إنتاج أو Developer Edition ‏(login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>بيئة اختبار (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Org kind</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>Optional: https://yourcompany.my.salesforce.com</source>
        <translation>اختياري: https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>My Domain login URL</source>
        <translation>عنوان تسجيل الدخول عبر My Domain</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>رسالة التحقق</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>&amp;المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>عنوا&amp;ن تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Local demo org (%1)</source>
        <translation>مؤسسة العرض المحلية (%1)</translation>
    </message>
    <message>
        <source>Only the name changes here; the audience and org change in Bot ▸ Properties….</source>
        <translation>يتغيّر الاسم فقط هنا؛ أما الجمهور والمؤسسة فيتغيّران من روبوت ◂ خصائص….</translation>
    </message>
    <message>
        <source>The org kind and login URL decide where the bot logs in. Changing the org kind later (Bot ▸ Properties…) means connecting the bot again.</source>
        <translation>يحدد نوع المؤسسة وعنوان تسجيل الدخول أين يسجّل الروبوت دخوله. تغيير نوع المؤسسة لاحقًا (روبوت ◂ خصائص…) يعني وصل الروبوت من جديد.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>الروبوت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ثانية</translation>
    </message>
    <message>
        <source>%1 (confirmed by %2)</source>
        <translation>%1 (أكّده %2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>waiting for a person to confirm</source>
        <translation>بانتظار تأكيد شخص</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1 · %2</translation>
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
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعا&amp;دة تسمية…</translation>
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
        <translation>%1 (%2)، المعرّف %3
%4</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Bot Not Added</source>
        <translation>لم يُضف الروبوت</translation>
    </message>
    <message>
        <source>Bot Not Renamed</source>
        <translation>لم تُغيَّر تسمية الروبوت</translation>
    </message>
    <message>
        <source>Remove Bot</source>
        <translation>إزالة الروبوت</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>إزالة «%1»؟</translation>
    </message>
    <message>
        <source>Its Salesforce connection is revoked first, then its permissions and confirmation policy are deleted. The activity log keeps its entries.</source>
        <translation>يُلغى اتصاله بـ Salesforce أولًا، ثم تُحذف صلاحياته وسياسة التأكيد الخاصة به. يحتفظ سجل النشاط بمُدخلاته.</translation>
    </message>
    <message>
        <source>Bot Not Removed</source>
        <translation>لم يُزل الروبوت</translation>
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
    <message>
        <source>Bot Removed, Revoke Pending</source>
        <translation>أُزيل الروبوت، والإلغاء معلّق</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>خصائص…</translation>
    </message>
    <message>
        <source>Change Org Kind</source>
        <translation>تغيير نوع المؤسسة</translation>
    </message>
    <message>
        <source>Disconnect “%1” and change its org kind?</source>
        <translation>قطع اتصال «%1» وتغيير نوع مؤسسته؟</translation>
    </message>
    <message>
        <source>Bot Not Changed</source>
        <translation>لم يتغيّر الروبوت</translation>
    </message>
    <message>
        <source>Bot Changed, Revoke Pending</source>
        <translation>تغيّر الروبوت، والإلغاء معلّق</translation>
    </message>
</context>
<context>
    <name>hilal::ui::BotPropertiesDialog</name>
    <message>
        <source>Bot Properties</source>
        <translation>خصائص الروبوت</translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation>اسم الروبوت</translation>
    </message>
    <message>
        <source>Production or Developer Edition</source>
        <translation>إنتاج أو Developer Edition</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة اختبار</translation>
    </message>
    <message>
        <source>Org kind</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>مضيف تسجيل الدخول</translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation>ما يفعله التغيير</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>الروبوت:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>&amp;المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Logs in at %1</source>
        <translation>يسجّل الدخول في %1</translation>
    </message>
    <message>
        <source>Its connection to %1 was made at the old login host, so it ends: the token is revoked. You then connect the bot again; it logs in at %2.</source>
        <translation>أُنشئ اتصاله بـ %1 عبر مضيف تسجيل الدخول القديم، فينتهي: يُلغى الرمز. ثم تصل الروبوت من جديد؛ فيسجّل الدخول في %2.</translation>
    </message>
    <message>
        <source>The bot is not connected; when you connect it, it logs in at %1.</source>
        <translation>الروبوت غير متصل؛ عندما تصله يسجّل الدخول في %1.</translation>
    </message>
    <message>
        <source>A public bot answers anyone on a website: if it holds more than creating leads and reading accounts, you are asked why you accept the risk.</source>
        <translation>الروبوت العام يجيب أي زائر لموقع ويب: إن كان يملك أكثر من إنشاء العملاء المحتملين وقراءة الحسابات، فسيُطلب منك سبب قبولك للمخاطرة.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::BulkExportDialog</name>
    <message>
        <source>Export all rows</source>
        <translation>تصدير كل الصفوف</translation>
    </message>
    <message>
        <source>Exporting every row through a Bulk API job to
%1</source>
        <translation>تصدير كل صف عبر مهمة Bulk API إلى
%1</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Starting the export job…</source>
        <translation>جارٍ بدء مهمة التصدير…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>The org is running the query (%1)…</source>
        <translation>تشغّل المؤسسة الاستعلام (%1)…</translation>
    </message>
    <message>
        <source>%1 of %2 records, %3</source>
        <translation>%1 من %2 سجل، %3</translation>
    </message>
    <message>
        <source>%1 records, %2</source>
        <translation>%1 سجل، %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>صُدّر %1 سجل إلى %2</translation>
    </message>
    <message>
        <source>Cancelled: the export job was aborted and no file was written.</source>
        <translation>أُلغي: أُوقفت مهمة التصدير ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>أخفق التصدير: %1</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ConfirmationDialog</name>
    <message>
        <source>Objects:</source>
        <translation>الكائنات:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>الحقول:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>Why we ask:</source>
        <translation>لماذا نسأل:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
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
        <translation>إخفاء دليل البدء</translation>
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
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Add a bot</source>
        <translation>إضافة روبوت</translation>
    </message>
    <message>
        <source>Connect the bot</source>
        <translation>وصل الروبوت</translation>
    </message>
    <message>
        <source>%1. ✓</source>
        <translation>%1. ✓</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1, done</source>
        <translation>الخطوة %1، مكتملة</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
</context>
<context>
    <name>hilal::ui::GuiPreferences</name>
    <message>
        <source>The row count for suggesting a Bulk export must be between %1 and %2.</source>
        <translation>يجب أن يكون عدد الصفوف لاقتراح تصدير Bulk بين %1 و%2.</translation>
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
        <translation>يتيح للروبوت إنشاء عملاء محتملين وقراءة الحسابات وتحديث فرص البيع وتشغيل استعلامات للقراءة فقط.</translation>
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
        <translation>قطع الاتصال…</translation>
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
        <translation>Salesforce متصل.</translation>
    </message>
    <message>
        <source>Salesforce was not connected. The card below says why and what to do.</source>
        <translation>لم يُوصل Salesforce. توضّح البطاقة أدناه السبب وما يجب فعله.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::IntegrationsPage</name>
    <message>
        <source>No bot selected</source>
        <translation>لم يُختر روبوت</translation>
    </message>
    <message>
        <source>Select a bot on the left to see its Salesforce connection, or add one to get started.</source>
        <translation>اختر روبوتًا من اليسار لترى اتصاله بـ Salesforce، أو أضف روبوتًا لتبدأ.</translation>
    </message>
    <message>
        <source>Integrations page</source>
        <translation>صفحة التكاملات</translation>
    </message>
    <message>
        <source>Click Reconnect and log in again; the bot&apos;s actions fail until you do.</source>
        <translation>اضغط «إعادة الاتصال» وسجّل الدخول مجددًا؛ تخفق إجراءات الروبوت حتى تفعل ذلك.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Services “%1” can use. Changes apply to this bot only.</source>
        <translation>الخدمات التي يمكن أن يستخدمها «%1». تسري التغييرات على هذا الروبوت وحده.</translation>
    </message>
    <message>
        <source>This bot lacks DELETE_INTEGRATIONS; grant it on the Permissions tab to disconnect.</source>
        <translation>لا يملك هذا الروبوت الصلاحية DELETE_INTEGRATIONS؛ امنحه إياها في تبويب الصلاحيات ليمكن قطع الاتصال.</translation>
    </message>
    <message>
        <source>Logs in at %1</source>
        <translation>يسجّل الدخول في %1</translation>
    </message>
    <message>
        <source>Connect this bot to a Salesforce org. You log in to Salesforce in a window that only talks to Salesforce; the bot never sees your password.</source>
        <translation>صِل هذا الروبوت بمؤسسة Salesforce. تسجّل الدخول إلى Salesforce في نافذة لا تتواصل إلا مع Salesforce؛ ولا يرى الروبوت كلمة مرورك أبدًا.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Log in and allow access in the Salesforce window. Close it or click Cancel to stop.</source>
        <translation>سجّل الدخول واسمح بالوصول في نافذة Salesforce. أغلقها أو اضغط «إلغاء» للتوقف.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>No keychain is available, so this connection is kept for this session only (%1).</source>
        <translation>لا تتوفر سلسلة مفاتيح، لذا يُحفظ هذا الاتصال لهذه الجلسة فقط (%1).</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>يحتاج إلى إعادة الاتصال</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>“%1” may not connect integrations: it lacks CREATE_OAUTH. Grant it on the Permissions tab to connect Salesforce.</source>
        <translation>لا يجوز لـ «%1» وصل التكاملات: لا يملك الصلاحية CREATE_OAUTH. امنحه إياها في تبويب الصلاحيات لوصل Salesforce.</translation>
    </message>
    <message>
        <source>Connection details are hidden: “%1” lacks READ_INTEGRATIONS.</source>
        <translation>تفاصيل الاتصال مخفية: لا يملك «%1» الصلاحية READ_INTEGRATIONS.</translation>
    </message>
    <message>
        <source>Log in “%1” at %2</source>
        <translation>تسجيل دخول «%1» في %2</translation>
    </message>
    <message>
        <source>Unlock your keychain (for example GNOME Keyring or KWallet) and click Connect again.</source>
        <translation>افتح قفل سلسلة المفاتيح (مثل GNOME Keyring أو KWallet) واضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was changed. Click Connect when you want to try again.</source>
        <translation>لم يتغيّر شيء. اضغط «اتصال» متى أردت المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Check your network connection and the bot&apos;s login URL, then click Connect again.</source>
        <translation>تحقق من اتصال الشبكة ومن عنوان تسجيل الدخول للروبوت، ثم اضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Unlock your keychain and click Connect again.</source>
        <translation>افتح قفل سلسلة المفاتيح واضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Check the Connected App&apos;s consumer key and callback URL (salesforce.clientId, salesforce.callbackUrl), then click Connect again.</source>
        <translation>تحقق من مفتاح المستهلك وعنوان رد الاتصال للتطبيق المتصل (salesforce.clientId وsalesforce.callbackUrl)، ثم اضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Disconnect Salesforce</source>
        <translation>قطع اتصال Salesforce</translation>
    </message>
    <message>
        <source>Disconnect “%1” from Salesforce?</source>
        <translation>قطع اتصال «%1» بـ Salesforce؟</translation>
    </message>
    <message>
        <source>The bot&apos;s token is revoked at Salesforce and deleted from this computer&apos;s keychain. The bot&apos;s Salesforce actions stop working until you connect again.</source>
        <translation>يُلغى رمز الروبوت لدى Salesforce ويُحذف من سلسلة مفاتيح هذا الحاسوب. تتوقف إجراءات Salesforce الخاصة بالروبوت حتى تصله مجددًا.</translation>
    </message>
    <message>
        <source>Unlock your keychain and choose Disconnect again.</source>
        <translation>افتح قفل سلسلة المفاتيح واختر «قطع الاتصال» مجددًا.</translation>
    </message>
    <message>
        <source>The connection works: Salesforce answered in %1 ms.</source>
        <translation>الاتصال يعمل: أجاب Salesforce خلال %1 ملّي ثانية.</translation>
    </message>
    <message>
        <source>The connection works: Salesforce answered in %1 ms; %2 of %3 API requests left today.</source>
        <translation>الاتصال يعمل: أجاب Salesforce خلال %1 ملّي ثانية؛ بقي %2 من %3 طلب API لهذا اليوم.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>أخفق الاختبار: %1</translation>
    </message>
    <message>
        <source>Revoke pending: an earlier token of this bot could not be revoked because Salesforce was unreachable. The bot no longer uses it; it is revoked at the next start or disconnect.</source>
        <translation>إلغاء معلّق: تعذّر إلغاء رمز سابق لهذا الروبوت لأن Salesforce لم يكن متاحًا. لم يعد الروبوت يستخدمه؛ ويُلغى عند التشغيل التالي أو عند قطع الاتصال.</translation>
    </message>
    <message>
        <source>Grant CREATE_OAUTH on the Permissions tab, then click Connect again.</source>
        <translation>امنح CREATE_OAUTH في تبويب الصلاحيات، ثم اضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Click Reconnect and log in at %1; the bot&apos;s actions fail until you do.</source>
        <translation>اضغط «إعادة الاتصال» وسجّل الدخول في %1؛ تخفق إجراءات الروبوت حتى تفعل ذلك.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::LeadFieldsTab</name>
    <message>
        <source>Refresh fie&amp;lds</source>
        <translation>&amp;أعد قراءة الحقول</translation>
    </message>
    <message>
        <source>Read the org&apos;s Lead fields again (after an admin changed them in Setup).</source>
        <translation>اقرأ حقول العميل المحتمل في المؤسسة مجددًا (بعد أن يغيّرها مسؤول في Setup).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Type / allowed values</source>
        <translation>النوع / القيم المسموحة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Lead fields of the org</source>
        <translation>حقول العميل المحتمل في المؤسسة</translation>
    </message>
    <message>
        <source>Source of a field</source>
        <translation>مصدر الحقل</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>حقل العميل المحتمل</translation>
    </message>
    <message>
        <source>Chat parameter</source>
        <translation>معامل المحادثة</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>القيمة الافتراضية</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>parameter name or value</source>
        <translation>اسم المعامل أو القيمة</translation>
    </message>
    <message>
        <source>Parameter name or default value</source>
        <translation>اسم المعامل أو القيمة الافتراضية</translation>
    </message>
    <message>
        <source>&amp;Save source</source>
        <translation>حفظ &amp;المصدر</translation>
    </message>
    <message>
        <source>Problems of the mapping</source>
        <translation>مشكلات الربط</translation>
    </message>
    <message>
        <source>Preview (nothing is sent)</source>
        <translation>معاينة (لا يُرسَل شيء)</translation>
    </message>
    <message>
        <source>Paste a sample chat payload, e.g. {&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;, &quot;region&quot;: &quot;EMEA&quot;}</source>
        <translation>الصق حمولة محادثة نموذجية، مثل ⁦{&quot;LastName&quot;: &quot;Okafor&quot;, &quot;Company&quot;: &quot;Brightwave&quot;, &quot;region&quot;: &quot;EMEA&quot;}⁩</translation>
    </message>
    <message>
        <source>Sample chat payload</source>
        <translation>حمولة محادثة نموذجية</translation>
    </message>
    <message>
        <source>The Lead that would be created, or the errors</source>
        <translation>العميل المحتمل الذي سيُنشأ، أو الأخطاء</translation>
    </message>
    <message>
        <source>Select a bot to see the Lead fields of its org.</source>
        <translation>اختر روبوتًا لترى حقول العميل المحتمل في مؤسسته.</translation>
    </message>
    <message>
        <source>Reading the org&apos;s Lead fields…</source>
        <translation>جارٍ قراءة حقول العميل المحتمل في المؤسسة…</translation>
    </message>
    <message>
        <source>The org&apos;s Lead fields could not be read: %1</source>
        <translation>تعذّرت قراءة حقول العميل المحتمل في المؤسسة: %1</translation>
    </message>
    <message>
        <source>Connect the bot (Integrations tab) to see its org&apos;s Lead fields.</source>
        <translation>صِل الروبوت (تبويب التكاملات) لترى حقول العميل المحتمل في مؤسسته.</translation>
    </message>
    <message>
        <source>%1 Lead fields the bot can set; required ones are marked. Sources are saved at once.</source>
        <translation>%1 حقل للعميل المحتمل يمكن للروبوت تعيينها؛ المطلوب منها مُعلَّم. تُحفظ المصادر فورًا.</translation>
    </message>
    <message>
        <source>from the chat&apos;s &quot;%1&quot;</source>
        <translation>من «%1» في المحادثة</translation>
    </message>
    <message>
        <source>none — required, create-lead fails</source>
        <translation>لا شيء — مطلوب، سيخفق create‑lead</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>✔ No problems: every field the org requires has a source.</source>
        <translation>✔ لا مشكلات: لكل حقل تطلبه المؤسسة مصدر.</translation>
    </message>
    <message>
        <source>Problems — create-lead will fail until they are fixed:</source>
        <translation>مشكلات — سيخفق create‑lead حتى تُصلَح:</translation>
    </message>
    <message>
        <source>The Lead that create-lead would send appears here.</source>
        <translation>يظهر هنا العميل المحتمل الذي سيرسله create‑lead.</translation>
    </message>
    <message>
        <source>Not a JSON object yet (%1).</source>
        <translation>ليس كائن JSON بعد (%1).</translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation>المتوقع {…}</translation>
    </message>
    <message>
        <source>create-lead would answer 400, nothing sent:</source>
        <translation>سيجيب create‑lead بالرمز 400، ولم يُرسَل شيء:</translation>
    </message>
    <message>
        <source>create-lead would create this Lead:</source>
        <translation>سيُنشئ create‑lead هذا العميل المحتمل:</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>اسم API</translation>
    </message>
</context>
<context>
    <name>hilal::ui::LoginView</name>
    <message>
        <source>The login page tried to open %1, which is not your Salesforce login host, My Domain or instance, so the login was stopped. Check the bot&apos;s login URL, then click Connect again.</source>
        <translation>حاولت صفحة تسجيل الدخول فتح %1، وهو ليس مضيف تسجيل الدخول إلى Salesforce ولا My Domain ولا النسخة، فأُوقف تسجيل الدخول. تحقق من عنوان تسجيل الدخول للروبوت، ثم اضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Log in to Salesforce</source>
        <translation>تسجيل الدخول إلى Salesforce</translation>
    </message>
    <message>
        <source>Salesforce login page</source>
        <translation>صفحة تسجيل الدخول إلى Salesforce</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>تقدّم تحميل الصفحة</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 at %2 instead of showing its login page. Check the Connected App&apos;s consumer key and callback URL, then click Connect again.</source>
        <translation>أجاب Salesforce بـ HTTP %1 على %2 بدلًا من عرض صفحة تسجيل الدخول. تحقق من مفتاح المستهلك وعنوان رد الاتصال للتطبيق المتصل، ثم اضغط «اتصال» مجددًا.</translation>
    </message>
    <message>
        <source>Secure connection to %1</source>
        <translation>اتصال آمن بـ %1</translation>
    </message>
    <message>
        <source>Connection to %1 (not encrypted; only acceptable for a local test org)</source>
        <translation>اتصال بـ %1 (غير مشفّر؛ مقبول فقط لمؤسسة اختبار محلية)</translation>
    </message>
    <message>
        <source>The Salesforce login page at %1 could not be loaded: %2. %3</source>
        <translation>تعذّر تحميل صفحة تسجيل الدخول إلى Salesforce على %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>hilal::ui::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Add Bot…</source>
        <translation>&amp;إضافة روبوت…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خر&amp;وج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد &amp;الكل</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;روبوت</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعا&amp;دة تسمية…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;اتصال…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>اختبا&amp;ر الاتصال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;التوثيق</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Hilal Salesforce Admin</source>
        <translation>حو&amp;ل إدارة هلال لـ Salesforce</translation>
    </message>
    <message>
        <source>About Hilal Salesforce Admin</source>
        <translation>حول إدارة هلال لـ Salesforce</translation>
    </message>
    <message>
        <source>Hilal Salesforce Admin %1</source>
        <translation>إدارة هلال لـ Salesforce ‏%1</translation>
    </message>
    <message>
        <source>Ctrl+N — Add a bot</source>
        <translation>Ctrl+N — إضافة روبوت</translation>
    </message>
    <message>
        <source>F2 — Rename the selected bot</source>
        <translation>F2 — إعادة تسمية الروبوت المحدد</translation>
    </message>
    <message>
        <source>Delete (in the bot list) — Remove the selected bot</source>
        <translation>Delete (في قائمة الروبوتات) — إزالة الروبوت المحدد</translation>
    </message>
    <message>
        <source>F5 — Test the selected bot&apos;s connection</source>
        <translation>F5 — اختبار اتصال الروبوت المحدد</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5 — Integrations, Permissions, SOQL Console, Actions, Activity</source>
        <translation>Ctrl+1 … Ctrl+5 — التكاملات، الصلاحيات، وحدة SOQL، الإجراءات، النشاط</translation>
    </message>
    <message>
        <source>Ctrl+Enter (in the SOQL Console) — Run the query</source>
        <translation>Ctrl+Enter (في وحدة SOQL) — تشغيل الاستعلام</translation>
    </message>
    <message>
        <source>F1 — Documentation</source>
        <translation>F1 — التوثيق</translation>
    </message>
    <message>
        <source>Ctrl+Q — Quit</source>
        <translation>Ctrl+Q — خروج</translation>
    </message>
    <message>
        <source>Manages the Salesforce connections and permissions of Hilal chatbots.

Versions: Hilal Salesforce Admin %1, Qt %2 (built with %3), QtKeychain %4.

Licences: Qt is used under the GNU LGPL version 3, QtKeychain under the BSD 3-clause licence.</source>
        <translation>يدير اتصالات Salesforce وصلاحيات روبوتات المحادثة من هلال.

الإصدارات: إدارة هلال لـ Salesforce ‏%1، وQt ‏%2 (بُني مع %3)، وQtKeychain ‏%4.

التراخيص: يُستخدم Qt بموجب رخصة GNU LGPL الإصدار 3، وQtKeychain بموجب رخصة BSD ذات البنود الثلاثة.</translation>
    </message>
    <message>
        <source>Pr&amp;operties…</source>
        <translation>خصائص…</translation>
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
        <translation>&amp;التكاملات</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>التكاملات</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>الصلاحيا&amp;ت</translation>
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
        <translation>الإجرا&amp;ءات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>النشا&amp;ط</translation>
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
    <name>hilal::ui::PermissionLabels</name>
    <message>
        <source>Connect to Salesforce</source>
        <translation>الاتصال بـ Salesforce</translation>
    </message>
    <message>
        <source>See the connection</source>
        <translation>عرض الاتصال</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>Create leads</source>
        <translation>إنشاء عملاء محتملين</translation>
    </message>
    <message>
        <source>Read accounts</source>
        <translation>قراءة الحسابات</translation>
    </message>
    <message>
        <source>Update opportunities</source>
        <translation>تحديث فرص البيع</translation>
    </message>
    <message>
        <source>Run SOQL queries</source>
        <translation>تشغيل استعلامات SOQL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hilal::ui::PermissionRiskDialog</name>
    <message>
        <source>%1 lets anyone who chats with the bot read any record the connected Salesforce user can see.</source>
        <translation>تتيح %1 لأي شخص يحادث الروبوت قراءة أي سجل يستطيع مستخدم Salesforce الموصول رؤيته.</translation>
    </message>
    <message>
        <source>%1 lets anyone who chats with the bot change deals (stage, amount, close date).</source>
        <translation>تتيح %1 لأي شخص يحادث الروبوت تغيير الصفقات (المرحلة والمبلغ وتاريخ الإغلاق).</translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration connect it to a Salesforce org.</source>
        <translation>تتيح %1 لتكامل الروبوت وصله بمؤسسة Salesforce.</translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration see which org it is connected to and as whom.</source>
        <translation>تتيح %1 لتكامل الروبوت معرفة المؤسسة الموصول بها وباسم من.</translation>
    </message>
    <message>
        <source>%1 lets the bot&apos;s integration disconnect it from Salesforce.</source>
        <translation>تتيح %1 لتكامل الروبوت قطع اتصاله بـ Salesforce.</translation>
    </message>
    <message>
        <source>Widen a Public Bot?</source>
        <translation>توسيع صلاحيات روبوت عام؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” is a public bot: anyone on your website can chat with it.&lt;/b&gt; Safe for public bots is creating leads and reading accounts only. The change you are applying also grants:</source>
        <translation>&lt;b&gt;«%1» روبوت عام: يستطيع أي شخص على موقعك محادثته.&lt;/b&gt; الآمن للروبوتات العامة هو إنشاء العملاء المحتملين وقراءة الحسابات فقط. التغيير الذي تطبّقه يمنح أيضًا:</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable? (kept in the audit log)</source>
        <translation>لما&amp;ذا يُعدّ هذا مقبولًا؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>e.g. the bot only runs on the partner portal behind a login</source>
        <translation>مثل: لا يعمل الروبوت إلا في بوابة الشركاء بعد تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Grant Anyway</source>
        <translation>&amp;امنح على أي حال</translation>
    </message>
</context>
<context>
    <name>hilal::ui::PermissionsTab</name>
    <message>
        <source>%1 on a public bot lets anyone who chats with it read any record the connected Salesforce user can see.</source>
        <translation>%1 على روبوت عام تتيح لأي شخص يحادثه قراءة أي سجل يستطيع مستخدم Salesforce الموصول رؤيته.</translation>
    </message>
    <message>
        <source>%1 on a public bot lets anyone who chats with it change deals. Keep “Ask before updating” on, or grant it to an internal bot only.</source>
        <translation>%1 على روبوت عام تتيح لأي شخص يحادثه تغيير الصفقات. أبقِ «السؤال قبل التحديث» مفعّلًا، أو امنحها لروبوت داخلي فقط.</translation>
    </message>
    <message>
        <source>No bot selected</source>
        <translation>لم يُختر روبوت</translation>
    </message>
    <message>
        <source>Select a bot on the left to choose what it may do in Salesforce and when it must ask a person first.</source>
        <translation>اختر روبوتًا من اليسار لتحدد ما يجوز له فعله في Salesforce ومتى يجب أن يسأل شخصًا أولًا.</translation>
    </message>
    <message>
        <source>Dispatcher status</source>
        <translation>حالة الموزّع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>&amp;Safe for Public Bots</source>
        <translation>&amp;آمن للروبوتات العامة</translation>
    </message>
    <message>
        <source>Stages exactly %1 and %2 and revokes every other permission (Apply stores it).</source>
        <translation>يجهّز %1 و%2 فقط ويسحب كل صلاحية أخرى (يحفظ «تطبيق» ذلك).</translation>
    </message>
    <message>
        <source>Apply the safe preset for public bots</source>
        <translation>تطبيق الإعداد الآمن للروبوتات العامة</translation>
    </message>
    <message>
        <source>Preset: only create leads and read accounts.</source>
        <translation>إعداد مسبق: إنشاء العملاء المحتملين وقراءة الحسابات فقط.</translation>
    </message>
    <message>
        <source>Ask a person first</source>
        <translation>اسأل شخصًا أولًا</translation>
    </message>
    <message>
        <source>Before &amp;updating an opportunity</source>
        <translation>قبل تحديث فرصة بيع</translation>
    </message>
    <message>
        <source>Before creating a &amp;lead</source>
        <translation>قبل &amp;إنشاء عميل محتمل</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>For costly queries (recommended)</source>
        <translation>للاستعلامات المكلفة (مستحسن)</translation>
    </message>
    <message>
        <source>For every query</source>
        <translation>لكل استعلام</translation>
    </message>
    <message>
        <source>Ask before running a SOQL query</source>
        <translation>السؤال قبل تشغيل استعلام SOQL</translation>
    </message>
    <message>
        <source>Before running a SOQL &amp;query:</source>
        <translation>قبل تشغيل استعلام SOQL:</translation>
    </message>
    <message>
        <source>The bot answers “needs confirmation” with a preview, and acts only after someone confirms it.</source>
        <translation>يجيب الروبوت بـ «يحتاج إلى تأكيد» مع معاينة، ولا ينفّذ إلا بعد أن يؤكد شخص ذلك.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;ردّ التغييرات</translation>
    </message>
    <message>
        <source>Drop the changes not applied yet.</source>
        <translation>تجاهل التغييرات التي لم تُطبَّق بعد.</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;اعتماد</translation>
    </message>
    <message>
        <source>Store the changes; the bot uses them from its next request.</source>
        <translation>احفظ التغييرات؛ يستخدمها الروبوت بدءًا من طلبه التالي.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>التكامل</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>What “%1” may do</source>
        <translation>ما يجوز لـ «%1» فعله</translation>
    </message>
    <message>
        <source>Public bot: anyone on your website can chat with it, so grant only what a stranger may do.</source>
        <translation>روبوت عام: يستطيع أي شخص على موقعك محادثته، فامنح فقط ما يجوز لغريب فعله.</translation>
    </message>
    <message>
        <source>Internal bot: only your staff can chat with it.</source>
        <translation>روبوت داخلي: لا يحادثه إلا موظفوك.</translation>
    </message>
    <message>
        <source>Not applied: widening a public bot needs a reason.</source>
        <translation>لم يُطبَّق: توسيع صلاحيات روبوت عام يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>Changes Not Applied</source>
        <translation>لم تُطبَّق التغييرات</translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation>طُبّق في %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat actions unlocked.&lt;/b&gt; The dispatcher serves this bot&apos;s granted actions.</source>
        <translation>&lt;b&gt;إجراءات المحادثة مفتوحة.&lt;/b&gt; يخدم الموزّع الإجراءات الممنوحة لهذا الروبوت.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat actions locked.&lt;/b&gt; No chat permission is granted, so every action the bot asks for is refused (403).</source>
        <translation>&lt;b&gt;إجراءات المحادثة مقفلة.&lt;/b&gt; لم تُمنح أي صلاحية محادثة، فيُرفض كل إجراء يطلبه الروبوت (403).</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>لم تُطبَّق التغييرات بعد.</translation>
    </message>
    <message>
        <source>Permissions and confirmation policy</source>
        <translation>الصلاحيات وسياسة التأكيد</translation>
    </message>
</context>
<context>
    <name>hilal::ui::QueryPlanDialog</name>
    <message>
        <source>Query Plan</source>
        <translation>خطة الاستعلام</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>Plans, best first</source>
        <translation>الخطط، الأفضل أولًا</translation>
    </message>
    <message>
        <source>Leading operation</source>
        <translation>العملية الرئيسية</translation>
    </message>
    <message>
        <source>Relative cost</source>
        <translation>التكلفة النسبية</translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation>العدد الأصلي</translation>
    </message>
    <message>
        <source>Rows in object</source>
        <translation>الصفوف في الكائن</translation>
    </message>
    <message>
        <source>sObject</source>
        <translation>sObject</translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation>حقول الفهرس</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Asking Salesforce for the plan (nothing is run)…</source>
        <translation>جارٍ سؤال Salesforce عن الخطة (لا يُشغَّل شيء)…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>لا خطة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Salesforce returned no plan for this query.</source>
        <translation>لم يُعِد Salesforce أي خطة لهذا الاستعلام.</translation>
    </message>
    <message>
        <source>Best plan first. It is selective (relative cost 1 or less).</source>
        <translation>أفضل خطة أولًا. إنها انتقائية (التكلفة النسبية 1 أو أقل).</translation>
    </message>
    <message>
        <source>Best plan first. Even the best one is not selective (relative cost above 1): a filter on an indexed field would help.</source>
        <translation>أفضل خطة أولًا. حتى أفضلها ليست انتقائية (التكلفة النسبية أعلى من 1): قد يفيد مرشّح على حقل مفهرس.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ResultsModel</name>
    <message>
        <source>Double-click or press Enter to open these rows.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح هذه الصفوف.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this record in Salesforce.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح هذا السجل في Salesforce.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::ResultsView</name>
    <message>
        <source>Query results</source>
        <translation>نتائج الاستعلام</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>%1 of row %2</source>
        <translation>%1 من الصف %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1</source>
        <translation>
            <numerusform>%Ln صف من %1</numerusform>
            <numerusform>صف واحد من %1</numerusform>
            <numerusform>صفان من %1</numerusform>
            <numerusform>%Ln صفوف من %1</numerusform>
            <numerusform>%Ln صفًا من %1</numerusform>
            <numerusform>%Ln صف من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 %3 rows (Salesforce pages large child sets).</source>
        <translation>أول %1 من %2 صف في %3 (يقسّم Salesforce مجموعات السجلات الفرعية الكبيرة إلى صفحات).</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 صف</translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation>نسخ مع &amp;العناوين</translation>
    </message>
    <message>
        <source>&amp;Open record in Salesforce</source>
        <translation>فتح السجل في &amp;Salesforce</translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation>لا صف يطابق «%1».</translation>
    </message>
</context>
<context>
    <name>hilal::ui::SettingsDialog</name>
    <message>
        <source>Consumer key</source>
        <translation>مفتاح المستهلك</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>عنوان رد الاتصال</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>إصدار API</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;افحص</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The Connected App the bots log in through. Its consumer key and callback URL are in Salesforce Setup → App Manager → your app → View.</source>
        <translation>التطبيق المتصل الذي تسجّل الروبوتات الدخول عبره. تجد مفتاح المستهلك وعنوان رد الاتصال في Salesforce Setup ← App Manager ← تطبيقك ← View.</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>مفتا&amp;ح المستهلك:</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>عنوا&amp;ن رد الاتصال:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;إصدار API:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Ask %1 whether it knows this consumer key and callback URL (no login).</source>
        <translation>اسأل %1 هل يعرف مفتاح المستهلك وعنوان رد الاتصال هذين (دون تسجيل دخول).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>جارٍ سؤال %1…</translation>
    </message>
    <message>
        <source>%1 does not know this consumer key: copy it again from the Connected App.</source>
        <translation>لا يعرف %1 مفتاح المستهلك هذا: انسخه مجددًا من التطبيق المتصل.</translation>
    </message>
    <message>
        <source>%1 knows the consumer key, but the callback URL is not one of the Connected App&apos;s: add it there or correct it here.</source>
        <translation>يعرف %1 مفتاح المستهلك، لكن عنوان رد الاتصال ليس من عناوين التطبيق المتصل: أضفه هناك أو صحّحه هنا.</translation>
    </message>
    <message>
        <source>%1 does not accept this Connected App (HTTP %2).</source>
        <translation>لا يقبل %1 هذا التطبيق المتصل (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 knows the consumer key and accepts the callback URL.</source>
        <translation>يعرف %1 مفتاح المستهلك ويقبل عنوان رد الاتصال.</translation>
    </message>
    <message>
        <source>Internal — staff only</source>
        <translation>داخلي — للموظفين فقط</translation>
    </message>
    <message>
        <source>Public — anyone on a website</source>
        <translation>عام — أي زائر لموقع ويب</translation>
    </message>
    <message>
        <source>Audience of new bots</source>
        <translation>جمهور الروبوتات الجديدة</translation>
    </message>
    <message>
        <source>New bots&apos; a&amp;udience:</source>
        <translation>جمهو&amp;ر الروبوتات الجديدة:</translation>
    </message>
    <message>
        <source>Production or Developer Edition</source>
        <translation>إنتاج أو Developer Edition</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة اختبار</translation>
    </message>
    <message>
        <source>Org kind of new bots</source>
        <translation>نوع مؤسسة الروبوتات الجديدة</translation>
    </message>
    <message>
        <source>New bots&apos; &amp;org:</source>
        <translation>نو&amp;ع مؤسسة الروبوتات الجديدة:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> صف</translation>
    </message>
    <message>
        <source>Suggest a Bulk export above this many rows</source>
        <translation>اقتراح تصدير Bulk فوق هذا العدد من الصفوف</translation>
    </message>
    <message>
        <source>When Salesforce estimates more rows than this, the SOQL console suggests exporting them through a Bulk API job instead of loading them into the grid.</source>
        <translation>عندما يقدّر Salesforce صفوفًا أكثر من هذا العدد، تقترح وحدة SOQL تصديرها عبر مهمة Bulk API بدلًا من تحميلها في الجدول.</translation>
    </message>
    <message>
        <source>Suggest Bulk e&amp;xport above:</source>
        <translation>اقتراح تصدير &amp;Bulk فوق:</translation>
    </message>
    <message>
        <source>%1 serves API versions %2 to %3.</source>
        <translation>يقدّم %1 إصدارات API من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>سر المستهلك</translation>
    </message>
    <message>
        <source>Only if the Connected App requires it</source>
        <translation>فقط إن كان التطبيق المتصل يتطلبه</translation>
    </message>
    <message>
        <source>Kept in the system keychain only, and sent on the token and refresh calls.</source>
        <translation>يُحفظ في سلسلة مفاتيح النظام فقط، ويُرسَل في طلبات الرمز والتحديث.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Delete the stored consumer secret from the keychain.</source>
        <translation>حذف سر المستهلك المحفوظ من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>سر المستهلك:</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب لاستبداله</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>لم تُجب سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>No keychain is available, so the secret cannot be kept (%1).</source>
        <translation>لا تتوفر سلسلة مفاتيح، فلا يمكن الاحتفاظ بالسر (%1).</translation>
    </message>
    <message>
        <source>The consumer secret was not saved: %1</source>
        <translation>لم يُحفظ سر المستهلك: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. %3</source>
        <translation>تعذّر الوصول إلى %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlCompleter</name>
    <message>
        <source>object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>relationship → %1</source>
        <translation>علاقة ← %1</translation>
    </message>
    <message>
        <source>picklist value</source>
        <translation>قيمة قائمة انتقاء</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>منطقي</translation>
    </message>
    <message>
        <source>n is a number</source>
        <translation>n عدد</translation>
    </message>
    <message>
        <source>date literal</source>
        <translation>قيمة تاريخ حرفية</translation>
    </message>
    <message>
        <source>The org has no object %1 that can be queried.</source>
        <translation>لا يوجد في المؤسسة كائن %1 يمكن الاستعلام عنه.</translation>
    </message>
    <message>
        <source>%1 has no relationship %2.</source>
        <translation>ليس لـ %1 علاقة %2.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>ليس لـ %1 حقل %2.</translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlConsole</name>
    <message>
        <source>SOQL console</source>
        <translation>وحدة SOQL</translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation>تنبيه الصلاحيات</translation>
    </message>
    <message>
        <source>Your own read-only query over the bot&apos;s connection, like `hilal-sf query`. Audited with you as who.</source>
        <translation>استعلامك الخاص للقراءة فقط عبر اتصال الروبوت، مثل `hilal-sf query`. يُدقَّق باسمك منفّذًا.</translation>
    </message>
    <message>
        <source>Through the dispatcher, exactly as a chat would: needs RUN_SOQL and follows the bot&apos;s confirmation policy.</source>
        <translation>عبر الموزّع، تمامًا كما تفعل المحادثة: يحتاج إلى RUN_SOQL ويتبع سياسة التأكيد للروبوت.</translation>
    </message>
    <message>
        <source>Recent queries</source>
        <translation>الاستعلامات الأخيرة</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>تشغيل الاستعلام (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>تشغيل الاستعلام</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>السطر %1، العمود %2: %3</translation>
    </message>
    <message>
        <source>Query status</source>
        <translation>حالة الاستعلام</translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation>الصفوف المحمّلة</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v من %m صف</translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation>ملخص النتيجة</translation>
    </message>
    <message>
        <source>Export every row of the query through a Bulk API job</source>
        <translation>تصدير كل صفوف الاستعلام عبر مهمة Bulk API</translation>
    </message>
    <message>
        <source>Runs the query as a Bulk API job and writes every row to a file, however many there are.</source>
        <translation>يشغّل الاستعلام مهمةً في Bulk API ويكتب كل صف إلى ملف، مهما كان عددها.</translation>
    </message>
    <message>
        <source>Rows appear here as they arrive. Write a query above and press Ctrl+Enter.</source>
        <translation>تظهر الصفوف هنا عند وصولها. اكتب استعلامًا أعلاه واضغط Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Select a bot to run queries with its connection.</source>
        <translation>اختر روبوتًا لتشغيل الاستعلامات عبر اتصاله.</translation>
    </message>
    <message>
        <source>The console is not connected to the app&apos;s services.</source>
        <translation>وحدة SOQL غير موصولة بخدمات التطبيق.</translation>
    </message>
    <message>
        <source>This bot may not run SOQL. Grant RUN_SOQL on the Permissions tab to query as the bot, or query as admin.</source>
        <translation>لا يجوز لهذا الروبوت تشغيل SOQL. امنحه RUN_SOQL في تبويب الصلاحيات للاستعلام باسم الروبوت، أو استعلم بصفتك مسؤولًا.</translation>
    </message>
    <message>
        <source>No queries run yet for this bot</source>
        <translation>لم تُشغَّل استعلامات لهذا الروبوت بعد</translation>
    </message>
    <message>
        <source>Pick one of this bot&apos;s recent queries…</source>
        <translation>اختر أحد الاستعلامات الأخيرة لهذا الروبوت…</translation>
    </message>
    <message>
        <source>Not sent. Line %1, column %2: %3</source>
        <translation>لم يُرسَل. السطر %1، العمود %2: %3</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>لم يُرسَل. %1</translation>
    </message>
    <message>
        <source>Checking the query with the bot&apos;s policy…</source>
        <translation>جارٍ فحص الاستعلام وفق سياسة الروبوت…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Cancelled. The query was not sent.</source>
        <translation>أُلغي. لم يُرسَل الاستعلام.</translation>
    </message>
    <message>
        <source>The query failed (status %1).</source>
        <translation>أخفق الاستعلام (الحالة %1).</translation>
    </message>
    <message>
        <source>Run this query?</source>
        <translation>تشغيل هذا الاستعلام؟</translation>
    </message>
    <message>
        <source>This bot&apos;s policy asks you to confirm this query before it runs.</source>
        <translation>تطلب سياسة هذا الروبوت أن تؤكد هذا الاستعلام قبل تشغيله.</translation>
    </message>
    <message>
        <source>The policy asks before every query.</source>
        <translation>تسأل السياسة قبل كل استعلام.</translation>
    </message>
    <message>
        <source>About %1 rows (Salesforce&apos;s estimate).</source>
        <translation>نحو %1 صف (تقدير Salesforce).</translation>
    </message>
    <message>
        <source>Salesforce gave no estimate for this query.</source>
        <translation>لم يقدّم Salesforce تقديرًا لهذا الاستعلام.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows · %3 s</source>
        <translation>%1 من %2 صف · %3 ث</translation>
    </message>
    <message>
        <source>%1 rows · %2 s</source>
        <translation>%1 صف · %2 ث</translation>
    </message>
    <message>
        <source>Count: %1 · %2 s</source>
        <translation>العدد: %1 · %2 ث</translation>
    </message>
    <message>
        <source>1 row in %1 s</source>
        <translation>صف واحد في %1 ث</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 صف في %2 ث</translation>
    </message>
    <message numerus="yes">
        <source>exported %Ln row(s) as %1 to %2</source>
        <translation>
            <numerusform>صُدّر %Ln صف بصيغة %1 إلى %2</numerusform>
            <numerusform>صُدّر صف واحد بصيغة %1 إلى %2</numerusform>
            <numerusform>صُدّر صفان بصيغة %1 إلى %2</numerusform>
            <numerusform>صُدّرت %Ln صفوف بصيغة %1 إلى %2</numerusform>
            <numerusform>صُدّر %Ln صفًا بصيغة %1 إلى %2</numerusform>
            <numerusform>صُدّر %Ln صف بصيغة %1 إلى %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>تعذّر إنشاء %1: %2.</translation>
    </message>
    <message>
        <source>Choose a connected bot and write a query first.</source>
        <translation>اختر روبوتًا متصلًا واكتب استعلامًا أولًا.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم يُرسَل: %1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>صُدّر %1 صف إلى %2.</translation>
    </message>
    <message>
        <source>Export every row</source>
        <translation>تصدير كل الصفوف</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>ملفات CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a query first.</source>
        <translation>لا شيء للتصدير بعد: شغّل استعلامًا أولًا.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s)…</source>
        <translation>
            <numerusform>جارٍ تصدير %Ln صف…</numerusform>
            <numerusform>جارٍ تصدير صف واحد…</numerusform>
            <numerusform>جارٍ تصدير صفين…</numerusform>
            <numerusform>جارٍ تصدير %Ln صفوف…</numerusform>
            <numerusform>جارٍ تصدير %Ln صفًا…</numerusform>
            <numerusform>جارٍ تصدير %Ln صف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>صُدّر %Ln صف إلى %1.</numerusform>
            <numerusform>صُدّر صف واحد إلى %1.</numerusform>
            <numerusform>صُدّر صفان إلى %1.</numerusform>
            <numerusform>صُدّرت %Ln صفوف إلى %1.</numerusform>
            <numerusform>صُدّر %Ln صفًا إلى %1.</numerusform>
            <numerusform>صُدّر %Ln صف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay the query out one clause per line (Ctrl+Shift+F)</source>
        <translation>رتّب الاستعلام بجملة واحدة في كل سطر (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Format query</source>
        <translation>تنسيق الاستعلام</translation>
    </message>
    <message>
        <source>Ask Salesforce how it would run the query (nothing runs)</source>
        <translation>اسأل Salesforce كيف سيشغّل الاستعلام (لا يُشغَّل شيء)</translation>
    </message>
    <message>
        <source>Show the query plan</source>
        <translation>عرض خطة الاستعلام</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>الاستعلامات المحفوظة</translation>
    </message>
    <message>
        <source>Save the query under a name</source>
        <translation>حفظ الاستعلام باسم</translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation>إعادة تسمية الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation>حذف الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>Not in the org&apos;s schema: %1</source>
        <translation>ليس في مخطط المؤسسة: %1</translation>
    </message>
    <message>
        <source>Stop query</source>
        <translation>إيقاف الاستعلام</translation>
    </message>
    <message>
        <source>Stop the query: no more rows are fetched (Esc)</source>
        <translation>إيقاف الاستعلام: لا تُجلب صفوف أخرى (Esc)</translation>
    </message>
    <message>
        <source>Results of</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Filter rows (Ctrl+F)</source>
        <translation>تصفية الصفوف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>تصفية الصفوف</translation>
    </message>
    <message>
        <source>Shows only the rows with a cell containing this text.</source>
        <translation>يعرض فقط الصفوف التي فيها خلية تحتوي هذا النص.</translation>
    </message>
    <message>
        <source>No saved queries for this bot yet</source>
        <translation>لا استعلامات محفوظة لهذا الروبوت بعد</translation>
    </message>
    <message>
        <source>Open one of this bot&apos;s saved queries…</source>
        <translation>افتح أحد الاستعلامات المحفوظة لهذا الروبوت…</translation>
    </message>
    <message>
        <source>Select a bot first: saved queries belong to a bot.</source>
        <translation>اختر روبوتًا أولًا: الاستعلامات المحفوظة تخص روبوتًا.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>حُفظ باسم «%1».</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>أُعيدت التسمية إلى «%1».</translation>
    </message>
    <message>
        <source>Deleted the saved query “%1”.</source>
        <translation>حُذف الاستعلام المحفوظ «%1».</translation>
    </message>
    <message>
        <source>There is no saved query called “%1”.</source>
        <translation>لا يوجد استعلام محفوظ باسم «%1».</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>حفظ الاستعلام</translation>
    </message>
    <message>
        <source>Name for this query:</source>
        <translation>اسم هذا الاستعلام:</translation>
    </message>
    <message>
        <source>Replace saved query?</source>
        <translation>استبدال الاستعلام المحفوظ؟</translation>
    </message>
    <message>
        <source>A saved query is called “%1” already. Replace it with this one?</source>
        <translation>يوجد استعلام محفوظ باسم «%1». أتستبدله بهذا؟</translation>
    </message>
    <message>
        <source>Rename saved query</source>
        <translation>إعادة تسمية الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete saved query?</source>
        <translation>حذف الاستعلام المحفوظ؟</translation>
    </message>
    <message>
        <source>Delete the saved query “%1”? This cannot be undone.</source>
        <translation>حذف الاستعلام المحفوظ «%1»؟ لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Select a connected bot first: the plan comes from its org.</source>
        <translation>اختر روبوتًا متصلًا أولًا: الخطة تأتي من مؤسسته.</translation>
    </message>
    <message>
        <source>Formatted. Ctrl+Z undoes it.</source>
        <translation>نُسّق. يتراجع Ctrl+Z عن ذلك.</translation>
    </message>
    <message>
        <source>one row (an aggregate)</source>
        <translation>صف واحد (تجميع)</translation>
    </message>
    <message>
        <source>one row per group, at most %1</source>
        <translation>صف لكل مجموعة، %1 على الأكثر</translation>
    </message>
    <message>
        <source>one row per group</source>
        <translation>صف لكل مجموعة</translation>
    </message>
    <message>
        <source>Returns %1, not records. Salesforce reads about %2 rows to compute it.</source>
        <translation>يُعيد %1، لا سجلات. يقرأ Salesforce نحو %2 صف لحسابه.</translation>
    </message>
    <message>
        <source>Returns %1, not records.</source>
        <translation>يُعيد %1، لا سجلات.</translation>
    </message>
    <message>
        <source>Add LIMIT %1 and run</source>
        <translation>إضافة LIMIT %1 والتشغيل</translation>
    </message>
    <message>
        <source>Stopped after %1 rows: the rest was not fetched.</source>
        <translation>توقف بعد %1 صف: لم يُجلب الباقي.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rows of %1, run with %2&apos;s connection</source>
        <translation>صفوف %1، شُغّلت عبر اتصال %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filter</source>
        <translation>%1 من %2 صف تطابق المرشّح</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 rows</source>
        <translation>أُوقف: %1 من %2 صف</translation>
    </message>
    <message>
        <source>Stopped: %1 rows</source>
        <translation>أُوقف: %1 صف</translation>
    </message>
    <message>
        <source>Quer&amp;y as:</source>
        <translation>استعلا&amp;م بصفة:</translation>
    </message>
    <message>
        <source>Admin (read-only, needs no bot permission)</source>
        <translation>مسؤول (للقراءة فقط، لا يحتاج إلى صلاحية روبوت)</translation>
    </message>
    <message>
        <source>The bot (its permissions and confirmation policy)</source>
        <translation>الروبوت (صلاحياته وسياسة التأكيد الخاصة به)</translation>
    </message>
    <message>
        <source>Query as</source>
        <translation>الاستعلام بصفة</translation>
    </message>
    <message>
        <source>Query lo&amp;g:</source>
        <translation>سجل الاستعلاما&amp;ت:</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>E&amp;xplain plan…</source>
        <translation>خطة التنفيذ…</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Saved &amp;queries:</source>
        <translation>&amp;استعلامات محفوظة:</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>إعا&amp;دة تسمية…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>Export CSV/&amp;JSON…</source>
        <translation>تصدير CSV/&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the loaded rows as CSV or JSON</source>
        <translation>تصدير الصفوف المحمّلة بصيغة CSV أو JSON</translation>
    </message>
    <message>
        <source>Bul&amp;k export…</source>
        <translation>تصدير &amp;Bulk…</translation>
    </message>
    <message>
        <source>Filter ro&amp;ws:</source>
        <translation>تصفية الصفو&amp;ف:</translation>
    </message>
    <message>
        <source>About %1 rows match: the grid shows the first pages only. Use Bulk export… to get every row in a file.</source>
        <translation>نحو %1 صف تطابق: يعرض الجدول الصفحات الأولى فقط. استخدم «تصدير Bulk…» للحصول على كل الصفوف في ملف.</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>تصدير الصفوف</translation>
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation>فشل بعد %1 ث</translation>
    </message>
    <message>
        <source>Failed after %1 rows</source>
        <translation>فشل بعد %1 صف</translation>
    </message>
</context>
<context>
    <name>hilal::ui::SoqlEditor</name>
    <message>
        <source>SOQL query</source>
        <translation>استعلام SOQL</translation>
    </message>
    <message>
        <source>Write one SELECT query. Ctrl+Enter runs it; Ctrl+Space completes object and field names.</source>
        <translation>اكتب استعلام SELECT واحدًا. Ctrl+Enter يشغّله؛ وCtrl+Space يُكمل أسماء الكائنات والحقول.</translation>
    </message>
    <message>
        <source>SELECT Id, Name FROM Account ORDER BY Name LIMIT 100</source>
        <translation>SELECT Id, Name FROM Account ORDER BY Name LIMIT 100</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>الإكمالات</translation>
    </message>
    <message>
        <source>Not formatted: line %1, column %2: %3</source>
        <translation>لم يُنسَّق: السطر %1، العمود %2: %3</translation>
    </message>
</context>
<context>
    <name>hilal::ui::WebLoginCatcher</name>
    <message>
        <source>The callback URL &quot;%1&quot; is not a valid URL; set salesforce.callbackUrl to the Connected App&apos;s callback, e.g. http://localhost:1717/OauthRedirect.</source>
        <translation>عنوان رد الاتصال &quot;%1&quot; ليس عنوان URL صالحًا؛ اضبط salesforce.callbackUrl على عنوان رد الاتصال للتطبيق المتصل، مثل http://localhost:1717/OauthRedirect.</translation>
    </message>
    <message>
        <source>The login window was closed before Salesforce sent you back; nothing was connected. Click Connect to try again.</source>
        <translation>أُغلقت نافذة تسجيل الدخول قبل أن يعيدك Salesforce؛ لم يُوصَل شيء. اضغط «اتصال» للمحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep bots, settings and logs in DIR (also $HILAL_SF_HOME).</source>
        <translation>احفظ الروبوتات والإعدادات والسجلات في DIR (أو ‎$HILAL_SF_HOME).</translation>
    </message>
    <message>
        <source>Run against a built-in local Salesforce org with two demo bots; no account needed. Uses its own temporary data.</source>
        <translation>التشغيل مع مؤسسة Salesforce محلية مدمجة وروبوتين للعرض؛ لا حاجة إلى حساب. يستخدم بياناته المؤقتة الخاصة.</translation>
    </message>
    <message>
        <source>Connect Hilal Chatbot bots to Salesforce and decide what they may do there.</source>
        <translation>صِل روبوتات Hilal Chatbot بـ Salesforce وحدّد ما يجوز لها فعله هناك.</translation>
    </message>
    <message>
        <source>Hilal Salesforce Admin</source>
        <translation>إدارة هلال لـ Salesforce</translation>
    </message>
    <message>
        <source>Demo Not Started</source>
        <translation>لم يبدأ العرض</translation>
    </message>
</context>
</TS>
