# Conclave: Arabic (العربية), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## البدء، الانضمام، الربط، فتح القفل

boot-loading = جارٍ التحميل…
boot-failed = تعذّر بدء Conclave: { $error }
boot-other-tab = Conclave مفتوح بالفعل في علامة تبويب أو نافذة أخرى من هذا المتصفح. أغلقها، ثم أعد تحميل هذه الصفحة.
working = جارٍ العمل…
wrong-passphrase = عبارة المرور خاطئة. { $detail }. حاول مرة أخرى.
tagline = مراسلة بالدعوة فقط، مشفّرة من طرف إلى طرف. تُنشأ مفاتيحك وتُحفظ في هذا المتصفح.
passphrase = عبارة المرور
passphrase-hint = 8 أحرف على الأقل. تشفّر مفاتيح هذا الجهاز وسجلّه داخل هذا المتصفح ولا تغادره أبدًا؛ وإن نسيتها فلا يمكن فتح نسخة هذا المتصفح.
passphrase-again = أعد كتابة عبارة المرور
passphrase-differ = عبارتا المرور مختلفتان.
join-title = الانضمام بدعوة
join-link = رابط الدعوة
join-link-hint = https://…/join#code=… أو conclave://…/join#code=…
username = اسم المستخدم
username-hint = من 3 إلى 32 حرفًا: a–z، 0–9، «.»، «_»، «-».
device-name = اسم هذا الجهاز
join-button = انضمام
joining = جارٍ الانضمام…
link-title = ربط هذا المتصفح بحسابك
link-intro = على جهاز فيه حسابك، شغّل «conclave device link» والصق الرابط الذي يطبعه. سيضيف ذلك الجهاز هذا المتصفح إلى محادثاتك.
link-link = رابط الجهاز
link-link-hint = https://…/device#code=… أو conclave://…/device#code=…
link-button = ربط هذا المتصفح
linking = جارٍ الربط…
unlock-title = فتح قفل Conclave
unlock-holds = يحتفظ هذا المتصفح بالجهاز «{ $device }» الخاص بـ { $username }.
unlock-button = فتح القفل
unlocking = جارٍ فتح القفل…
unlock-link-ignored = يحتفظ هذا المتصفح بالفعل بجهاز Conclave؛ لذا لن يُستخدم الرابط الذي فتحته. لاستخدامه، أزِل هذا الجهاز من هذا المتصفح أولًا.
unlock-forgot = نسيت عبارة المرور؟ لا يمكن فتح نسخة هذا المتصفح بدونها. أزِلها من هنا ثم اربط هذا المتصفح من جديد من جهاز آخر من أجهزتك.
forget-button = إزالة هذا الجهاز من هذا المتصفح
forget-confirm = إزالة جهاز { $username } من هذا المتصفح؟ ستُحذف مفاتيحه وسجلّه هنا؛ ويبقى حسابك وأجهزتك الأخرى.

## الواجهة الرئيسية

conversations = المحادثات
new-button = جديدة
new-conversation = محادثة جديدة
private-button = خاص
private-browsing = التصفح الخاص
account-button = الحساب
account = الحساب
details = التفاصيل
call-button = اتصال
call-start = بدء مكالمة
call-voice = مكالمة صوتية
video-button = فيديو
video-start = بدء مكالمة فيديو
video-call = مكالمة فيديو
ledger = الدفتر
ledger-button-title = المصاريف المشتركة والأرصدة
messages = الرسائل
composer-placeholder = رسالة
send = إرسال
sending = جارٍ الإرسال…
attach = إرفاق ملف
take-photo = التقاط صورة
voice-hold = اضغط مطولًا لتسجيل رسالة صوتية
back-chats = ‹ الدردشات
back-to-conversations = العودة إلى المحادثات
back = ‹ رجوع
close-panel = إغلاق اللوحة
conversation-panels = لوحات المحادثة
members = الأعضاء
choose-conversation = اختر محادثة، أو ابدأ واحدة بزر «جديدة».
call = مكالمة

## الحالة والتنبيهات

status-online = { $username } · متصل
status-offline = { $username } · غير متصل
status-expired = { $username } · منتهي الصلاحية
status-replaced = { $username } · استُبدل
status-refused = { $username } · مرفوض
status-connecting = { $username } · جارٍ الاتصال
banner-expired = انتهت صلاحية حسابك. استخدم رمز تجديد في قسم «الحساب» للمتابعة.
banner-replaced = فُتح Conclave لهذا الجهاز في مكان آخر، فتوقفت هذه الصفحة. أعد التحميل لاستخدامه هنا.
banner-refused = رفض الخادم هذا الجهاز: { $reason }
banner-offline = غير متصل: يُعرض ما يحتفظ به هذا المتصفح. { $reason }
banner-expires-soon = تنتهي صلاحية حسابك في { $date }. اطلب رمز تجديد من أحد المشرفين.
conn-expired = انتهت صلاحية حسابك: جدّده من قسم «الحساب».
conn-offline = غير متصل: يمكنك القراءة، ويعود الإرسال بعد إعادة الاتصال.
expiry-unknown = غير معروف (غير متصل)
expiry-expired = { $date } (منتهٍ)
expiry-days = { $days ->
    [zero] { $date } ({ $days } يوم)
    [one] { $date } (يوم واحد)
    [two] { $date } (يومان)
    [few] { $date } ({ $days } أيام)
    [many] { $date } ({ $days } يومًا)
   *[other] { $date } ({ $days } يوم)
}

## قائمة المحادثات والرسائل

you = أنت
last-message = { $who }: { $text }
ledger-line = الدفتر: { $text }
group-created = أُنشئت المجموعة
no-messages-yet = لا رسائل بعد
no-conversations = لا محادثات بعد.
not-on-device = هذه المحادثة ليست على هذا الجهاز.
conversation = محادثة
removed-banner = أُزلت من هذه المحادثة. لم تعد تصلك رسائلها.
membership-added = أضاف { $who } { $names }
membership-removed = أزال { $who } { $names }
membership-added-removed = أضاف { $who } { $added } وأزال { $removed }
membership-keys = حدّث { $who } المفاتيح
unreadable-message = رسالة تتعذر قراءتها ({ $reason })
handover-mine = سلّم جهازك القيود السابقة من الدفتر إلى الأجهزة التي انضمت.
handover-theirs = سلّم جهاز { $sender } القيود السابقة من الدفتر إلى الأجهزة التي انضمت.
open-ledger-link = الدفتر ›
open-ledger = فتح الدفتر
joined-here = انضممت إلى هذه المحادثة على هذا الجهاز.
empty-conversation = لا رسائل بعد. الرسائل مشفّرة من طرف إلى طرف.
upload-sending = جارٍ إرسال { $name }…
upload-failed = { $name }: { $error }
dismiss = تجاهل
record-failed = تعذّر التسجيل: { $error }
record-hold = اضغط مطولًا على زر الميكروفون لتسجيل رسالة صوتية.
toast-added-to-conversation = أُضفت إلى محادثة.
toast-fell-behind = تأخر هذا الجهاز في محادثة وينتظر أن يُضاف من جديد.
invites-admin = بلا حصة (مشرف)
invites-left = المتبقي: { $count }

## الأعضاء

no-longer-member = لم تعد عضوًا في هذه المحادثة.
safety-number = رقم الأمان
safety-number-with = رقم الأمان مع { $username }
remove = إزالة
remove-member = إزالة { $username }
remove-confirm = إزالة { $username } من { $conversation }؟ لن يتمكن من قراءة الرسائل اللاحقة.
removing = جارٍ الإزالة…
removed-toast = أُزيل { $username }.
devices-line = { $count ->
    [zero] الأجهزة { $ids }
    [one] الجهاز { $ids }
    [two] الجهازان { $ids }
    [few] الأجهزة { $ids }
    [many] الأجهزة { $ids }
   *[other] الأجهزة { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = جهاز ({ $id })
member-you = { $username } (أنت)
members-summary = { $count ->
    [zero] { $count } عضو · الحقبة { $epoch }
    [one] عضو واحد · الحقبة { $epoch }
    [two] عضوان · الحقبة { $epoch }
    [few] { $count } أعضاء · الحقبة { $epoch }
    [many] { $count } عضوًا · الحقبة { $epoch }
   *[other] { $count } عضو · الحقبة { $epoch }
}
add = إضافة
adding = جارٍ الإضافة…
added-toast = أُضيف { $names }.
add-members = إضافة أعضاء
add-members-hint = أسماء المستخدمين، مفصولة بفواصل. تنضم كل أجهزتهم.
leave = مغادرة هذه المحادثة
leave-confirm = مغادرة { $conversation } على كل أجهزتك؟
leaving = جارٍ المغادرة…
epoch-authenticator = مُصادِق الحقبة (نفسه على جهاز كل عضو): { $code }
loading = جارٍ التحميل…
safety-verified = تم التحقق
safety-changed = تغيّرت المفاتيح منذ تحققك!
safety-unverified = لم يتم التحقق
mark-verified = وضع علامة «تم التحقق»
saving = جارٍ الحفظ…
verified-toast = وُضعت علامة «تم التحقق» على { $username }.
safety-with = رقم الأمان مع { $username } { $badge }
safety-hint = قارنه بالرقم لديه وجهًا لوجه أو عبر قناة أخرى. إن تطابقا، ضع عليه علامة «تم التحقق»: فأي تغيير لاحق في مفاتيحه يُعرض بوضوح.

## الدفتر

ledger-paid-by = دفع
ledger-paid-to = دُفع إلى / عن
ledger-owed-to = مستحق لـ
ledger-owed-by = مستحق على
split-to = الكل لعضو واحد
split-equal = تقسيم بالتساوي
split-exact = تقسيم حسب المبالغ
split-weights = تقسيم حسب الأوزان
badge-reversed = معكوس
badge-reversal = عكس
badge-refused = مرفوض
badge-unreadable = تتعذر قراءته
device-id = الجهاز { $id }
device-id-named = الجهاز { $id } ({ $name })
entries = القيود
entries-count = القيود ({ $count })
export-csv = تنزيل CSV
export-json = تنزيل JSON
balances = الأرصدة
export = تصدير
export-hint = CSV: صف لكل عضو في كل قيد (جمعها حسب العضو والعملة يعطي الأرصدة). JSON: كل السجلات، والأرصدة، والتسوية.
discrepancy-title = تحذير: دفتر سُلّم إلى جهاز جديد يختلف عن دفترك.
discrepancy = سلّم جهاز { $by } { $device } (الرسالة { $seq }) للقادمين الجدد دفترًا لا يطابق ما يحتفظ به هذا الجهاز: { $detail }. قد تختلف أرصدتهم عن أرصدتك؛ قارن مع { $by }.
ledger-unreadable = { $count ->
    [zero] { $count } قيد كُتب بإصدار أحدث من Conclave ولا يمكن قراءته هنا؛ تستثنيه الأرصدة حتى تُحدّث.
    [one] قيد واحد كُتب بإصدار أحدث من Conclave ولا يمكن قراءته هنا؛ تستثنيه الأرصدة حتى تُحدّث.
    [two] قيدان كُتبا بإصدار أحدث من Conclave ولا يمكن قراءتهما هنا؛ تستثنيهما الأرصدة حتى تُحدّث.
    [few] { $count } قيود كُتبت بإصدار أحدث من Conclave ولا يمكن قراءتها هنا؛ تستثنيها الأرصدة حتى تُحدّث.
    [many] { $count } قيدًا كُتبت بإصدار أحدث من Conclave ولا يمكن قراءتها هنا؛ تستثنيها الأرصدة حتى تُحدّث.
   *[other] { $count } قيد كُتبت بإصدار أحدث من Conclave ولا يمكن قراءتها هنا؛ تستثنيها الأرصدة حتى تُحدّث.
}
handed-over-mine = انضم هذا الجهاز عند الرسالة { $seq }: القيود التي قبلها كما سلّمها جهازك { $device }.
handed-over-theirs = انضم هذا الجهاز عند الرسالة { $seq }: القيود التي قبلها كما سلّمها جهاز { $by } { $device }.
ledger-empty = لا قيود بعد. سجّل في الأسفل مصروفًا مشتركًا أو دفعة أو دَينًا؛ يرى كل الأعضاء الأرصدة نفسها.
balances-in = الأرصدة بـ { $currency }
balance-owed = له
balance-owes = عليه
balance-settled = متعادل
settle-title = للتسوية
settle-you-pay = تدفع لـ { $to } { $amount } { $currency }
settle-pays-you = يدفع لك { $from } { $amount } { $currency }
settle-pays = يدفع { $from } لـ { $to } { $amount } { $currency }
all-settled = الكل متعادل.
records-empty = تظهر القيود هنا بالترتيب الذي وضعها به الخادم، وهو نفسه على كل جهاز.
recorded-by-you = { $day } · سجّلته أنت من { $device } الساعة { $time }
recorded-by = { $day } · سجّله { $member } من { $device } الساعة { $time }
reference-line = المرجع: { $reference }
reversed-by-you = عكسته أنت (القيد { $entry })؛ لم يعد محسوبًا.
reversed-by = عكسه { $member } (القيد { $entry })؛ لم يعد محسوبًا.
reversed-by-someone = عكسه أحدهم (القيد { $entry })؛ لم يعد محسوبًا.
undoes = يلغي: { $description }
refused-everywhere = رفضته كل الأجهزة التي وصل إليها؛ لا يغيّر أي رصيد.
handed-by-mine = سلّمه جهازك { $device } عند انضمام هذا الجهاز
handed-by-theirs = سلّمه جهاز { $username } { $device } عند انضمام هذا الجهاز
reverse-toggle = عكس…
reverse-entry-label = عكس القيد { $entry }
reverse-entry = عكس القيد
cancel = إلغاء
reverse-why = السبب (اختياري)
reverse-hint = يبقى القيد في السجل مع علامة «معكوس»، ويُلغى أثره على الأرصدة في كل جهاز.
reversing = جارٍ العكس…
reversed-toast = عُكس: { $description }
kind-payment = دفعة: شخص دفع
kind-debt = دَين: شخص مدين
record-entry = تسجيل القيد
member = العضو
split-equal-among = تقسيم بالتساوي بين
split-equal-hint = أدرج من دفع ليحصل هو أيضًا على حصة. يذهب باقي السنت إلى أول الأعضاء المدرجين.
weights-legend = الأوزان (مثلًا 2 و1: الثلثان والثلث)
amounts-legend = المبالغ (مجموعها يساوي الإجمالي)
share-empty-hint = اترك خانة العضو فارغة حتى لا تكون له حصة.
will-record = سيُسجَّل: { $description }
will-record-shares = سيُسجَّل: { $description } — { $shares } { $currency }
amount = المبلغ
currency = العملة
add-entry-form = إضافة قيد إلى الدفتر
what-happened = ماذا حدث
date = التاريخ
memo-optional = ملاحظة (اختيارية)
reference-optional = المرجع (اختياري)
reference-hint = رقم فاتورة، معرّف تحويل…
add-entry = إضافة قيد
ledger-intro = القيود رسائل مشفّرة من طرف إلى طرف؛ لا يمكن لأحد تعديلها أو حذفها، والخطأ يُصحَّح بعكسه.
recording = جارٍ التسجيل…
recorded-toast = سُجّل: { $description }
preparing = جارٍ التحضير…
exported-toast = { $count ->
    [zero] صُدِّر { $count } سجلّ من الدفتر إلى { $file }.
    [one] صُدِّر سجلّ واحد من الدفتر إلى { $file }.
    [two] صُدِّر سجلّان من الدفتر إلى { $file }.
    [few] صُدِّرت { $count } سجلات من الدفتر إلى { $file }.
    [many] صُدِّر { $count } سجلًّا من الدفتر إلى { $file }.
   *[other] صُدِّر { $count } سجلّ من الدفتر إلى { $file }.
}

## محادثة جديدة، الحساب

start = بدء
starting = جارٍ البدء…
create-group = إنشاء مجموعة
creating = جارٍ الإنشاء…
message-person = مراسلة شخص
new-group = مجموعة جديدة
group-name = اسم المجموعة
members-hint = أسماء المستخدمين، مفصولة بفواصل.
your-account = حسابك
this-device = هذا الجهاز
this-device-value = { $name } (الجهاز { $id })
valid-until = صالح حتى
invitations = الدعوات
connection = الاتصال
online = متصل
offline = غير متصل
offline-reason = غير متصل: { $reason }
renew = تجديد
renewing = جارٍ التجديد…
renewed-toast = جُدّد حتى { $date }.
renew-title = تجديد حسابك
renewal-code = رمز التجديد
renewal-hint = يعطيك إياه أحد المشرفين؛ يمدّد حسابك، حتى بعد انتهاء صلاحيته.
expires-1-day = يوم واحد
expires-7-days = 7 أيام
expires-30-days = 30 يومًا
create-invitation = إنشاء دعوة
your-invitations = دعواتك
copy = نسخ
copied = نُسخ.
copy-failed = حدّد الرابط وانسخه.
invitation-created = أُنشئت الدعوة.
invitation-for = { $count ->
    [zero] لـ { $count } شخص، صالحة حتى { $date }.
    [one] لشخص واحد، صالحة حتى { $date }.
    [two] لشخصين، صالحة حتى { $date }.
    [few] لـ { $count } أشخاص، صالحة حتى { $date }.
    [many] لـ { $count } شخصًا، صالحة حتى { $date }.
   *[other] لـ { $count } شخص، صالحة حتى { $date }.
}
link-for-browser = رابط للمتصفح:
link-for-cli = لسطر الأوامر (conclave join):
invite-row = #{ $id } · { $state } · المتبقي { $left }/{ $total } · حتى { $date }
invite-row-joined = #{ $id } · { $state } · المتبقي { $left }/{ $total } · حتى { $date } · انضم: { $names }
no-invitations = لا دعوات بعد.
invite-someone = دعوة شخص
number-of-people = عدد الأشخاص
valid-for = صالحة لمدة
your-devices = أجهزتك
add-device-hint = لإضافة جهاز، شغّل «conclave device link» على جهاز فيه حسابك.
lock = قفل
this-browser = هذا المتصفح
lock-hint = القفل يغلق الجلسة، وعبارة المرور تفتحها من جديد.
device-row = { $name } (الجهاز { $id })، أُضيف في { $date }
device-row-this = { $name } (الجهاز { $id })، أُضيف في { $date } — هذا المتصفح
offline-short = غير متصل.
language = اللغة
language-hint = لغة هذه الصفحة على هذا الجهاز. «تلقائي» يتبع لغات المتصفح.
language-auto = تلقائي

## التصفح الخاص

pb-what-title = ما هو التصفح الخاص
pb-what-1 = ينقل التصفح الخاص حركة الويب لجهاز ما عبر مُرحِّلَين بدلًا من إرسالها مباشرة إلى الموقع. يعرف مُرحِّل الدخول من أنت (عنوانك) لكنه لا يعرف إلى أين تذهب؛ ويعرف مُرحِّل الخروج إلى أين تذهب (الموقع) لكنه لا يعرف من أنت. ولا يعرف أيٌّ منهما الأمرين معًا.
pb-what-2 = بين جهازك ومُرحِّل الخروج تكون الحركة مشفّرة، فلا يرى مُرحِّل الدخول إلا خلايا مختومة ثابتة الحجم. ولا يسمح أي مُرحِّل بدخول اتصال إلا برمز لا يمكن ربطه بصاحبه، يوقّعه هذا الخادم توقيعًا أعمى: فلا يستطيع معرفة الاتصال أو الموقع الذي استُخدم فيه الرمز.
pb-what-3 = هذه الصفحة لا توجّه أي شيء بنفسها: فصفحة الويب لا تستطيع نقل حركة أخرى. برنامج conclave على الجهاز هو الذي يفعل ذلك (انظر «الاستخدام على هذا الجهاز»).
pb-limits-title = ما لا يحمي منه
pb-limits-1 = قفزتان تكفيان لإحباط مشغّل مُرحِّل فضولي واحد. لكنهما لا تفيدان إن تعاون مُرحِّلا المسار معًا، ولا أمام مراقب يرصد الحركة من الطرفين ويطابق توقيتها (مراقب شامل).
pb-limits-2 = المُرحِّلات التي يشغّلها المشغّل نفسه معلَّمة في القائمة أدناه، ولا يستخدم المسار اثنين منها أبدًا ما دام هناك مُرحِّل لمشغّل آخر. وإن كان مشغّل واحد فقط يشغّل المُرحِّلات، فالقفزتان كلتاهما له والفصل شكلي؛ وعندها ينبّه conclave proxy.
pb-limits-3 = تبقى المواقع ترى ما ترسله إليها: تسجيل الدخول وملفات تعريف الارتباط وبصمة المتصفح تكشف هويتك كالمعتاد.
pb-limits-4 = لا تشمل الحماية إلا البرامج الموجَّهة إلى الوسيط. اجعل الوسيط يحلّ الأسماء أيضًا (socks5h، أو --socks5-hostname في curl، أو «Proxy DNS» في Firefox)، وإلا خرجت استعلامات DNS خارجه.
pb-allowance-note = تستهلك كل دائرة رمزين، واحدًا لكل مُرحِّل؛ وتحمل الدائرة اتصالات كثيرة وتُجدَّد بعد 10 دقائق. تتجدد الحصة عند 00:00 UTC.
pb-allowance-title = حصة هذا الجهاز
pb-per-day = الرموز في اليوم
pb-left-today = المتبقي اليوم
pb-fetching = جارٍ جلب دليل المُرحِّلات…
relays = المُرحِّلات
pb-setup = { $first }: على جهاز فيه conclave بحسابك، شغّل { $link }، ثم هنا { $join } (أو { $joininvite } مع دعوة).
pb-use-title = الاستخدام على هذا الجهاز
pb-desktop = الحاسوب (Linux وmacOS وWindows)
pb-desktop-install = ثبّت سطر أوامر conclave وأعطه حسابك
pb-desktop-run = شغّل { $cmd }. يقدّم SOCKS5 وHTTP CONNECT على { $addr } لهذا الحاسوب فقط، ويطبع مُرحِّلَي الدخول والخروج لكل دائرة.
pb-desktop-chromium = Chromium أو Chrome أو Edge: شغّله بـ { $cmd } (فيحلّ الوسيط الأسماء). ملف شخصي منفصل ({ $profile }) يُبقي التصفح الخاص بعيدًا عن ملفك المعتاد.
pb-desktop-firefox = Firefox: «Settings → General → Network Settings → Settings…»: «Manual proxy configuration»، وSOCKS Host 127.0.0.1، وPort 1080، وSOCKS v5، ثم فعّل «Proxy DNS when using SOCKS v5».
pb-desktop-curl = أدوات سطر الأوامر: { $cmd }.
pb-desktop-options = خيارات: { $country } يخرج عبر مُرحِّل خروج في ذلك البلد؛ و{ $circuit } يعطي كل موقع دائرته الخاصة.
pb-android = هاتف أو جهاز لوحي بنظام Android
pb-android-intro = لا يستطيع المتصفح تشغيل وسيط SOCKS، لذا يجب أن يتولى ذلك برنامج على الهاتف:
pb-android-termux = ثبّت Termux (من F-Droid)، وثبّت فيه سطر أوامر conclave.
pb-android-account = أعطه حسابك
pb-android-run = في Termux شغّل { $cmd } واتركه يعمل (اسمح لـ Termux بالعمل في الخلفية من إعدادات البطارية).
pb-android-wifi = الإعدادات → Wi-Fi → شبكتك → تعديل → خيارات متقدمة → الخادم الوكيل: يدوي، المضيف { $host }، المنفذ { $port }. إعداد الخادم الوكيل في Android يستخدم HTTP CONNECT، وهو ما يفهمه الوسيط على المنفذ نفسه. المتصفحات التي تتبع هذا الإعداد تمر عبر المُرحِّلات على شبكة Wi-Fi هذه (لا على بيانات الجوال).
pb-android-browser = أو استخدم متصفحًا له إعدادات وسيط خاصة به: SOCKS5 { $socks } مع DNS عن بُعد، أو وسيط HTTP { $http } (CONNECT).
pb-ios = iPhone وiPad
pb-ios-text = غير متاح حاليًا. لا يتيح iOS أي طريقة لإبقاء برنامج سطر أوامر يعمل في الخلفية ليكون الوسيط المحلي (لا يوجد Termux، والتطبيقات تُعلَّق)، ونقل حركة الهاتف يحتاج إلى تطبيق من نوع VPN (Network Extension)، وهو ما لا يملكه Conclave بعد. ولا يمكن للهاتف استعارة وسيط حاسوب: فـ conclave proxy بلا كلمة مرور، لذا لا يستمع إلا على جهازه.
pb-no-tokens = هذا الخادم لا يصدر رموز مُرحِّلات، لذا لا يمكن استخدام مُرحِّلاته من هذا الحساب.
pb-zero-tokens = لا يعطي الخادم الأعضاء أي رموز مُرحِّلات (حصته 0 في اليوم).
pb-same-operator = المشغّل نفسه
pb-country-unknown = بلد غير معروف
pb-relay-meta = { $country } · المشغّل { $operator } · { $addr }
pb-relay-meta-ours = { $country } · المشغّل { $operator } (مشغّل هذا الخادم) · { $addr }
pb-same-operator-note = يشغّله المشغّل نفسه الذي يشغّل { $others } (المُرحِّلات: { $count }): لا تُستخدم معًا ما دام هناك مُرحِّل لمشغّل آخر.
pb-no-relays = هذا الخادم لا يدرج أي مُرحِّلات.
pb-two-operators = يمكن للمسار استخدام مُرحِّلَين لمشغّلَين مختلفَين.
pb-one-operator = مشغّل واحد فقط يشغّل هذه المُرحِّلات، لذا فالقفزتان كلتاهما له: الفصل شكلي.
pb-no-path = لا يمكن بناء أي مسار بعد: { $reason }.
pb-signed-new = موقَّع من { $operator } بالمفتاح { $key }؛ التوقيع صحيح. يتذكر هذا الجهاز الآن هذا المفتاح، ويرفض أي دليل موقَّع بمفتاح آخر. صالح حتى { $date }.
pb-signed-known = موقَّع من { $operator } بالمفتاح { $key }؛ التوقيع صحيح. إنه المفتاح الذي تذكّره هذا الجهاز، ويرفض أي دليل موقَّع بمفتاح آخر. صالح حتى { $date }.

## المكالمات

declined = رفض { $names }.
join-call = الانضمام إلى المكالمة
accept = قبول
accept-call = قبول المكالمة
accept-video-call = قبول مكالمة الفيديو
decline = رفض
is-calling = { $caller } يتصل
ringing-voice = مكالمة صوتية · { $conversation }
ringing-video = مكالمة فيديو · { $conversation }
already-in-call = أنت في مكالمة بالفعل.
calling = جارٍ الاتصال…
call-failed = تعذّر بدء المكالمة: { $error }
connecting = جارٍ الاتصال…
your-camera = كاميرتك
mute = كتم
unmute = إلغاء الكتم
camera-off = إيقاف الكاميرا
camera-on = تشغيل الكاميرا
switch-camera = تبديل الكاميرا
one-camera = لهذا الجهاز كاميرا واحدة.
hang-up = إنهاء المكالمة
call-controls = عناصر التحكم في المكالمة
tile-name = { $username } · الجهاز { $device }
tile-leaf = الورقة { $leaf }
reconnecting = جارٍ إعادة الاتصال…
connection-failed = فشل الاتصال
ended = انتهت
in-call = { $count ->
    [zero] { $state } · لا أحد في المكالمة
    [one] { $state } · { $count } في المكالمة
    [two] { $state } · { $count } في المكالمة
    [few] { $state } · { $count } في المكالمة
    [many] { $state } · { $count } في المكالمة
   *[other] { $state } · { $count } في المكالمة
}

## الملفات والرسائل الصوتية

file-too-large = الملف أكبر مما يقبله الخادم.
file-too-large-max = الملف أكبر مما يقبله الخادم (الحد الأقصى { $max }).
file-over-quota = مساحة تخزينك على الخادم ممتلئة. تنتهي صلاحية الملفات بعد مدة؛ حاول لاحقًا.
file-too-many = عمليات رفع كثيرة في وقت واحد. حاول بعد قليل.
file-grant = انتهى إذن الرفع. حاول مرة أخرى.
file-not-found = لم يعد الملف على الخادم (تنتهي صلاحية الملفات بعد مدة).
file-hash-mismatch = تلف الملف المرفوع في الطريق. حاول مرة أخرى.
file-unavailable = مخزن الملفات في الخادم غير متاح الآن. حاول لاحقًا.
file-busy = الخادم مشغول بهذا الملف. حاول بعد قليل.
file-cut = انقطع الاتصال أثناء الرفع. حاول مرة أخرى.
file-no-resume = تعذّر استئناف الرفع.
file-kept-other = احتفظ الخادم بجزء مختلف من الملف.
upload-refused = فشل الرفع: { $reason }
download-refused = فشل التنزيل: { $reason }
file-corrupted = عُدّل هذا الملف أو تلف في الطريق، لذا لا يُعرض.
open-image = فتح الصورة { $name }
open = فتح
preview-of = معاينة { $name }
image-unreadable = لا يمكن عرض هذه الصورة هنا؛ فهي ليست بصيغة يقرؤها هذا المتصفح.
play-voice-note = تشغيل الرسالة الصوتية { $name }
recording-unplayable = لا يمكن تشغيل هذا التسجيل في هذا المتصفح.
download = تنزيل
download-name = تنزيل { $name }
save-again = حفظ مرة أخرى
close = إغلاق
play-name = تشغيل { $name }
pause-name = إيقاف { $name } مؤقتًا
position = الموضع

## الإشعارات

notifications = الإشعارات
hide-contents = إخفاء المحتوى في الإشعارات
push-blocked = الإشعارات محظورة لهذا الموقع: اسمح بها من إعدادات الموقع في المتصفح.
push-not-allowed = لم يُسمح بالإشعارات.
push-no-server = هذا الخادم لا يرسل إشعارات فورية.
push-no-service = لم تستجب خدمة الإشعارات الفورية في هذا المتصفح (لا شبكة، أو متصفح بلا هذه الخدمة).
push-unsupported = لا يستطيع هذا المتصفح عرض الإشعارات الفورية (على iPhone وiPad: أضف Conclave إلى الشاشة الرئيسية أولًا).
push-on-hidden = مفعّلة: تقول الإشعارات «رسالة جديدة» فقط.
push-on = مفعّلة: تعرض الإشعارات من كتب وماذا كتب، بعد فكّ تشفيرها على هذا الجهاز.
push-off = متوقفة. إشعارات الخادم لا تقول أبدًا أكثر من «شيء جديد»؛ وهذا الجهاز يفك تشفير الباقي.
new-message = رسالة جديدة

## المكالمات في السجل، ومربعات المكالمة، وحالات الدعوات

call-held-audio = مكالمة، { $duration }، { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}
call-held-video = مكالمة فيديو، { $duration }، { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}
call-missed-audio = مكالمة فائتة من { $from }
call-missed-video = مكالمة فيديو فائتة من { $from }
call-missed-declined-audio = مكالمة فائتة من { $from } (مرفوضة)
call-missed-declined-video = مكالمة فيديو فائتة من { $from } (مرفوضة)
call-not-answered-audio = مكالمة لم يُرَدّ عليها
call-not-answered-video = مكالمة فيديو لم يُرَدّ عليها
call-declined-by-audio = رفض { $names } المكالمة
call-declined-by-video = رفض { $names } مكالمة الفيديو
call-ringing-audio = { $caller } يتصل (مكالمة)
call-ringing-video = { $caller } يتصل (مكالمة فيديو)
call-in-progress-audio = مكالمة جارية، فيها { $count ->
    [zero] { $count } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
} ({ $names })
call-in-progress-video = مكالمة فيديو جارية، فيها { $count ->
    [zero] { $count } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
} ({ $names })
duration-seconds = { $n } ث
duration-minutes = { $n } د
duration-hours = { $h } س { $min } د
tile-waiting-keys = في انتظار المفاتيح
tile-cant-decrypt = تعذّر فك التشفير ({ $reason })
tile-key-mismatch = مفتاحه لا يطابق مفتاح هذا الجهاز: حقبة MLS مختلفة أو ليس عضوًا
invite-open = سارية
invite-used = مستخدمة
invite-expired = منتهية الصلاحية
invite-revoked = ملغاة

## Typing indicators
typing-one = { $name } يكتب…
typing-two = { $first } و{ $second } يكتبان…
typing-several = عدة أشخاص يكتبون…
typing-title = مؤشرات الكتابة
typing-setting = أظهر عندما يكتب الآخرون، ودعهم يرون عندما أكتب
typing-hint = عند إيقافها لا يرسلها هذا الجهاز ولا يعرضها. لا تصل إلا إلى الأعضاء المتصلين الآن، ولا يحتفظ الخادم بأي منها.

## History from another device
toast-history-imported = وصل السجل من جهازك { $device } (الإدخالات: { $count }؛ المحادثات: { $conversations }).
history-note = جاء السجل أعلاه من جهازك { $device } (أُرسل { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = مكالمة واردة
push-ring-body = افتح Conclave للرد
push-title-group = { $sender } في { $conversation }
