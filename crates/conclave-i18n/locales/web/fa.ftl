# Conclave: Persian (فارسی), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## شروع، پیوستن، پیوند، باز کردن قفل

boot-loading = در حال بارگذاری…
boot-failed = Conclave نتوانست اجرا شود: { $error }
boot-other-tab = Conclave از قبل در زبانه یا پنجرهٔ دیگری از همین مرورگر باز است. آن را ببندید و سپس این صفحه را دوباره بارگذاری کنید.
working = در حال انجام…
wrong-passphrase = گذرعبارت اشتباه است. { $detail }. دوباره امتحان کنید.
tagline = پیام‌رسانی فقط با دعوت، با رمزنگاری سرتاسری. کلیدهای شما در همین مرورگر ساخته و نگهداری می‌شوند.
passphrase = گذرعبارت
passphrase-hint = دست‌کم 8 نویسه. کلیدها و تاریخچهٔ این دستگاه را در همین مرورگر رمزنگاری می‌کند و هرگز از آن بیرون نمی‌رود؛ اگر فراموشش کنید، نسخهٔ این مرورگر باز نمی‌شود.
passphrase-again = تکرار گذرعبارت
passphrase-differ = دو گذرعبارت یکسان نیستند.
join-title = پیوستن با دعوت‌نامه
join-link = پیوند دعوت
join-link-hint = https://…/join#code=… یا conclave://…/join#code=…
username = نام کاربری
username-hint = 3 تا 32 نویسه: a–z، 0–9، «.»، «_»، «-».
device-name = نام این دستگاه
join-button = پیوستن
joining = در حال پیوستن…
link-title = پیوند دادن این مرورگر به حساب کاربری‌تان
link-intro = روی دستگاهی که حساب شما را دارد، «conclave device link» را اجرا کنید و پیوندی را که چاپ می‌کند اینجا بچسبانید. سپس آن دستگاه این مرورگر را به گفتگوهایتان می‌افزاید.
link-link = پیوند دستگاه
link-link-hint = https://…/device#code=… یا conclave://…/device#code=…
link-button = پیوند دادن این مرورگر
linking = در حال پیوند دادن…
unlock-title = باز کردن قفل Conclave
unlock-holds = این مرورگر دستگاه «{ $device }» متعلق به { $username } را نگه می‌دارد.
unlock-button = باز کردن قفل
unlocking = در حال باز کردن قفل…
unlock-link-ignored = این مرورگر از قبل یک دستگاه Conclave دارد؛ پیوندی که باز کردید استفاده نمی‌شود. برای استفاده از آن، نخست این دستگاه را از این مرورگر حذف کنید.
unlock-forgot = گذرعبارت را فراموش کرده‌اید؟ نسخهٔ این مرورگر بدون آن باز نمی‌شود. آن را اینجا حذف کنید و این مرورگر را از یکی دیگر از دستگاه‌هایتان دوباره پیوند دهید.
forget-button = حذف این دستگاه از این مرورگر
forget-confirm = دستگاه { $username } از این مرورگر حذف شود؟ کلیدها و تاریخچهٔ آن در اینجا پاک می‌شوند؛ حساب کاربری و دیگر دستگاه‌هایتان می‌مانند.

## پوستهٔ برنامه

conversations = گفتگوها
new-button = جدید
new-conversation = گفتگوی جدید
private-button = خصوصی
private-browsing = مرور خصوصی
account-button = حساب کاربری
account = حساب کاربری
details = جزئیات
call-button = تماس
call-start = شروع تماس
call-voice = تماس صوتی
video-button = ویدیو
video-start = شروع تماس تصویری
video-call = تماس تصویری
ledger = دفتر حساب
ledger-button-title = هزینه‌های مشترک و مانده‌ها
messages = پیام‌ها
composer-placeholder = پیام
send = ارسال
sending = در حال ارسال…
attach = پیوست کردن پرونده
take-photo = گرفتن عکس
voice-hold = برای ضبط پیام صوتی نگه دارید
back-chats = ‹ گفتگوها
back-to-conversations = بازگشت به گفتگوها
back = ‹ بازگشت
close-panel = بستن پنل
conversation-panels = پنل‌های گفتگو
members = اعضا
choose-conversation = یک گفتگو را انتخاب کنید، یا با «جدید» یکی را شروع کنید.
call = تماس

## وضعیت و اعلان‌ها

status-online = { $username } · برخط
status-offline = { $username } · برون‌خط
status-expired = { $username } · منقضی‌شده
status-replaced = { $username } · جایگزین‌شده
status-refused = { $username } · ردشده
status-connecting = { $username } · در حال اتصال
banner-expired = حساب کاربری شما منقضی شده است. برای ادامه، یک کد تمدید را در بخش «حساب کاربری» وارد کنید.
banner-replaced = Conclave برای این دستگاه جای دیگری باز شد؛ این صفحه متوقف شد. برای استفاده در اینجا، صفحه را دوباره بارگذاری کنید.
banner-refused = سرور این دستگاه را نپذیرفت: { $reason }
banner-offline = برون‌خط: آنچه این مرورگر دارد نمایش داده می‌شود. { $reason }
banner-expires-soon = حساب کاربری شما در { $date } منقضی می‌شود. از یک مدیر کد تمدید بخواهید.
conn-expired = حساب کاربری شما منقضی شده است: آن را در بخش «حساب کاربری» تمدید کنید.
conn-offline = برون‌خط: می‌توانید بخوانید؛ ارسال پس از اتصال دوباره کار می‌کند.
expiry-unknown = نامعلوم (برون‌خط)
expiry-expired = { $date } (منقضی‌شده)
expiry-days = { $days ->
    [one] { $date } ({ $days } روز)
   *[other] { $date } ({ $days } روز)
}

## فهرست گفتگوها و پیام‌ها

you = شما
last-message = { $who }: { $text }
ledger-line = دفتر حساب: { $text }
group-created = گروه ساخته شد
no-messages-yet = هنوز پیامی نیست
no-conversations = هنوز گفتگویی نیست.
not-on-device = این گفتگو روی این دستگاه نیست.
conversation = گفتگو
removed-banner = شما از این گفتگو حذف شدید. دیگر پیام‌های آن را دریافت نمی‌کنید.
membership-added = { $who }، { $names } را افزود
membership-removed = { $who }، { $names } را حذف کرد
membership-added-removed = { $who }، { $added } را افزود و { $removed } را حذف کرد
membership-keys = { $who } کلیدها را به‌روز کرد
unreadable-message = پیام ناخوانا ({ $reason })
handover-mine = دستگاه شما ثبت‌های پیشین دفتر حساب را به دستگاه‌هایی که پیوستند تحویل داد.
handover-theirs = دستگاه { $sender } ثبت‌های پیشین دفتر حساب را به دستگاه‌هایی که پیوستند تحویل داد.
open-ledger-link = دفتر حساب ›
open-ledger = باز کردن دفتر حساب
joined-here = شما روی این دستگاه به این گفتگو پیوستید.
empty-conversation = هنوز پیامی نیست. پیام‌ها سرتاسری رمزنگاری می‌شوند.
upload-sending = در حال ارسال { $name }…
upload-failed = { $name }: { $error }
dismiss = بستن
record-failed = ضبط ممکن نیست: { $error }
record-hold = برای ضبط پیام صوتی، دکمهٔ میکروفون را نگه دارید.
toast-added-to-conversation = شما به یک گفتگو افزوده شدید.
toast-fell-behind = این دستگاه در یک گفتگو عقب ماند و منتظر است دوباره افزوده شود.
invites-admin = بدون سهمیه (مدیر)
invites-left = { $count } باقی‌مانده

## اعضا

no-longer-member = شما دیگر عضو این گفتگو نیستید.
safety-number = شمارهٔ امنیتی
safety-number-with = شمارهٔ امنیتی با { $username }
remove = حذف
remove-member = حذف { $username }
remove-confirm = { $username } از { $conversation } حذف شود؟ پیام‌های بعدی را نخواهد خواند.
removing = در حال حذف…
removed-toast = { $username } حذف شد.
devices-line = { $count ->
    [one] دستگاه { $ids }
   *[other] دستگاه‌های { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = دستگاه ({ $id })
member-you = { $username } (شما)
members-summary = { $count ->
    [one] { $count } عضو · دورهٔ { $epoch }
   *[other] { $count } عضو · دورهٔ { $epoch }
}
add = افزودن
adding = در حال افزودن…
added-toast = افزوده شد: { $names }.
add-members = افزودن اعضا
add-members-hint = نام‌های کاربری، جدا با ویرگول. همهٔ دستگاه‌هایشان می‌پیوندند.
leave = ترک این گفتگو
leave-confirm = { $conversation } را روی همهٔ دستگاه‌هایتان ترک می‌کنید؟
leaving = در حال ترک…
epoch-authenticator = تأییدکنندهٔ دوره (روی دستگاه همهٔ اعضا یکسان است): { $code }
loading = در حال بارگذاری…
safety-verified = تأییدشده
safety-changed = کلیدها از زمان تأیید شما تغییر کرده‌اند!
safety-unverified = تأییدنشده
mark-verified = علامت‌گذاری به‌عنوان تأییدشده
saving = در حال ذخیره…
verified-toast = { $username } به‌عنوان تأییدشده علامت خورد.
safety-with = شمارهٔ امنیتی با { $username } { $badge }
safety-hint = آن را حضوری یا از راه دیگری با شمارهٔ طرف مقابل مقایسه کنید. اگر یکسان بود، او را تأییدشده علامت بزنید: آن‌گاه هر تغییر بعدی در کلیدهایش به‌روشنی نشان داده می‌شود.

## دفتر حساب

ledger-paid-by = پرداخت‌کننده
ledger-paid-to = پرداخت به / برای
ledger-owed-to = طلبکار
ledger-owed-by = بدهکار
split-to = همه برای یک عضو
split-equal = تقسیم مساوی
split-exact = تقسیم بر اساس مبلغ
split-weights = تقسیم بر اساس وزن
badge-reversed = برگشت‌خورده
badge-reversal = برگشت
badge-refused = ردشده
badge-unreadable = ناخوانا
device-id = دستگاه { $id }
device-id-named = دستگاه { $id } ({ $name })
entries = ثبت‌ها
entries-count = ثبت‌ها ({ $count })
export-csv = دانلود CSV
export-json = دانلود JSON
balances = مانده‌ها
export = خروجی گرفتن
export-hint = CSV: برای هر ثبت، یک ردیف برای هر عضو (جمع آن‌ها بر اساس عضو و ارز همان مانده‌هاست). JSON: همهٔ رکوردها، مانده‌ها و تسویه.
discrepancy-title = هشدار: دفتر حسابی که به یک دستگاه تازه تحویل داده شد با دفتر شما فرق دارد.
discrepancy = دستگاه { $device } متعلق به { $by } (پیام { $seq }) دفتر حسابی به تازه‌واردها تحویل داد که با آنچه این دستگاه دارد یکی نیست: { $detail }. ممکن است مانده‌های آن‌ها با مانده‌های شما فرق کند؛ با { $by } مقایسه کنید.
ledger-unreadable = { $count ->
    [one] { $count } ثبت با نسخهٔ جدیدتری از Conclave نوشته شده و اینجا خوانده نمی‌شود؛ تا وقتی به‌روزرسانی نکنید، در مانده‌ها حساب نمی‌شود.
   *[other] { $count } ثبت با نسخهٔ جدیدتری از Conclave نوشته شده‌اند و اینجا خوانده نمی‌شوند؛ تا وقتی به‌روزرسانی نکنید، در مانده‌ها حساب نمی‌شوند.
}
handed-over-mine = این دستگاه در پیام { $seq } پیوست: ثبت‌های پیش از آن همان‌اند که دستگاه شما، { $device }، تحویل داد.
handed-over-theirs = این دستگاه در پیام { $seq } پیوست: ثبت‌های پیش از آن همان‌اند که دستگاه { $device } متعلق به { $by } تحویل داد.
ledger-empty = هنوز ثبتی نیست. یک هزینهٔ مشترک، پرداخت یا بدهی را در پایین ثبت کنید؛ همهٔ اعضا مانده‌های یکسانی می‌بینند.
balances-in = مانده‌ها به { $currency }
balance-owed = طلبکار است
balance-owes = بدهکار است
balance-settled = بی‌حساب
settle-title = برای تسویه
settle-you-pay = شما به { $to } { $amount } { $currency } می‌پردازید
settle-pays-you = { $from } به شما { $amount } { $currency } می‌پردازد
settle-pays = { $from } به { $to } { $amount } { $currency } می‌پردازد
all-settled = همه بی‌حساب‌اند.
records-empty = ثبت‌ها به ترتیبی که سرور چیده است اینجا نمایش داده می‌شوند، روی همهٔ دستگاه‌ها یکسان.
recorded-by-you = { $day } · ثبت‌شده توسط شما از { $device } در ساعت { $time }
recorded-by = { $day } · ثبت‌شده توسط { $member } از { $device } در ساعت { $time }
reference-line = شناسهٔ مرجع: { $reference }
reversed-by-you = توسط شما برگشت خورد (ثبت { $entry })؛ دیگر حساب نمی‌شود.
reversed-by = توسط { $member } برگشت خورد (ثبت { $entry })؛ دیگر حساب نمی‌شود.
reversed-by-someone = توسط کسی برگشت خورد (ثبت { $entry })؛ دیگر حساب نمی‌شود.
undoes = برگشتِ: { $description }
refused-everywhere = همهٔ دستگاه‌هایی که به آن‌ها رسید آن را رد کردند؛ هیچ مانده‌ای را تغییر نمی‌دهد.
handed-by-mine = تحویل‌شده توسط دستگاه شما، { $device }، هنگام پیوستن این دستگاه
handed-by-theirs = تحویل‌شده توسط دستگاه { $device } متعلق به { $username }، هنگام پیوستن این دستگاه
reverse-toggle = برگشت…
reverse-entry-label = برگشت ثبت { $entry }
reverse-entry = برگشت ثبت
cancel = لغو
reverse-why = دلیل (اختیاری)
reverse-hint = ثبت با برچسب «برگشت‌خورده» در تاریخچه می‌ماند؛ اثرش بر مانده‌ها روی همهٔ دستگاه‌ها خنثی می‌شود.
reversing = در حال برگشت…
reversed-toast = برگشت خورد: { $description }
kind-payment = پرداخت: کسی پرداخت کرد
kind-debt = بدهی: کسی بدهکار است
record-entry = ثبت کردن
member = عضو
split-equal-among = تقسیم مساوی میان
split-equal-hint = پرداخت‌کننده را هم بگنجانید تا او هم سهمی داشته باشد. باقی‌ماندهٔ یک سنت به نخستین اعضای فهرست می‌رسد.
weights-legend = وزن‌ها (مثلاً 2 و 1: دو سوم و یک سوم)
amounts-legend = مبلغ‌ها (جمعشان برابر کل)
share-empty-hint = اگر خانهٔ عضوی را خالی بگذارید، سهمی به او نمی‌رسد.
will-record = ثبت خواهد شد: { $description }
will-record-shares = ثبت خواهد شد: { $description } — { $shares } { $currency }
amount = مبلغ
currency = ارز
add-entry-form = افزودن ثبت به دفتر حساب
what-happened = چه شد
date = تاریخ
memo-optional = یادداشت (اختیاری)
reference-optional = شناسهٔ مرجع (اختیاری)
reference-hint = شمارهٔ فاکتور، شناسهٔ انتقال…
add-entry = افزودن ثبت
ledger-intro = ثبت‌ها پیام‌هایی با رمزنگاری سرتاسری‌اند؛ هیچ‌کس نمی‌تواند آن‌ها را ویرایش یا حذف کند، اشتباه با برگشت زدن اصلاح می‌شود.
recording = در حال ثبت…
recorded-toast = ثبت شد: { $description }
preparing = در حال آماده‌سازی…
exported-toast = { $count ->
    [one] { $count } رکورد دفتر حساب در { $file } خروجی گرفته شد.
   *[other] { $count } رکورد دفتر حساب در { $file } خروجی گرفته شد.
}

## گفتگوی جدید، حساب کاربری

start = شروع
starting = در حال شروع…
create-group = ساخت گروه
creating = در حال ساخت…
message-person = پیام به یک نفر
new-group = گروه جدید
group-name = نام گروه
members-hint = نام‌های کاربری، جدا با ویرگول.
your-account = حساب کاربری شما
this-device = این دستگاه
this-device-value = { $name } (دستگاه { $id })
valid-until = معتبر تا
invitations = دعوت‌نامه‌ها
connection = اتصال
online = برخط
offline = برون‌خط
offline-reason = برون‌خط: { $reason }
renew = تمدید
renewing = در حال تمدید…
renewed-toast = تا { $date } تمدید شد.
renew-title = تمدید حساب کاربری
renewal-code = کد تمدید
renewal-hint = یک مدیر آن را به شما می‌دهد؛ حساب کاربری‌تان را تمدید می‌کند، حتی پس از انقضا.
expires-1-day = 1 روز
expires-7-days = 7 روز
expires-30-days = 30 روز
create-invitation = ساخت دعوت‌نامه
your-invitations = دعوت‌نامه‌های شما
copy = کپی
copied = کپی شد.
copy-failed = پیوند را انتخاب و کپی کنید.
invitation-created = دعوت‌نامه ساخته شد.
invitation-for = { $count ->
    [one] برای { $count } نفر، معتبر تا { $date }.
   *[other] برای { $count } نفر، معتبر تا { $date }.
}
link-for-browser = پیوند برای مرورگر:
link-for-cli = برای خط فرمان (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } باقی‌مانده · تا { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } باقی‌مانده · تا { $date } · پیوستند: { $names }
no-invitations = هنوز دعوت‌نامه‌ای نیست.
invite-someone = دعوت از کسی
number-of-people = تعداد نفرات
valid-for = مدت اعتبار
your-devices = دستگاه‌های شما
add-device-hint = برای افزودن دستگاه، «conclave device link» را روی دستگاهی که حساب شما را دارد اجرا کنید.
lock = قفل
this-browser = این مرورگر
lock-hint = قفل کردن نشست را می‌بندد؛ گذرعبارت آن را دوباره باز می‌کند.
device-row = { $name } (دستگاه { $id })، افزوده در { $date }
device-row-this = { $name } (دستگاه { $id })، افزوده در { $date } — این مرورگر
offline-short = برون‌خط.
language = زبان
language-hint = زبان این صفحه روی این دستگاه. «خودکار» از زبان‌های مرورگر پیروی می‌کند.
language-auto = خودکار

## مرور خصوصی

pb-what-title = مرور خصوصی چیست
pb-what-1 = مرور خصوصی ترافیک وب یک دستگاه را به‌جای فرستادن مستقیم به سایت، از دو رله عبور می‌دهد. رلهٔ ورودی می‌داند شما کیستید (نشانی‌تان) اما نمی‌داند کجا می‌روید؛ رلهٔ خروجی می‌داند کجا می‌روید (سایت) اما نمی‌داند شما کیستید. هیچ‌کدام هر دو را نمی‌داند.
pb-what-2 = میان دستگاه شما و رلهٔ خروجی، ترافیک رمزنگاری‌شده است، پس رلهٔ ورودی فقط سلول‌های مهروموم‌شده با اندازهٔ ثابت می‌بیند. هر رله فقط با یک توکن پیوندناپذیر اجازهٔ ورود به اتصال می‌دهد، توکنی که این سرور به‌صورت کور امضا می‌کند: نمی‌تواند بفهمد یک توکن برای کدام اتصال یا سایت خرج شده است.
pb-what-3 = این صفحه خودش چیزی را مسیریابی نمی‌کند: یک صفحهٔ وب نمی‌تواند ترافیک دیگری را حمل کند. این کار را برنامهٔ conclave روی دستگاه انجام می‌دهد (نگاه کنید به «استفاده روی این دستگاه»).
pb-limits-title = در برابر چه چیزی محافظت نمی‌کند
pb-limits-1 = دو گام جلوی یک گردانندهٔ کنجکاو رله را می‌گیرد. اما اگر هر دو رلهٔ یک مسیر با هم همکاری کنند کمکی نمی‌کند، و نه در برابر ناظری که ترافیک را در هر دو سر می‌بیند و زمان‌بندی‌اش را تطبیق می‌دهد (ناظر سراسری).
pb-limits-2 = رله‌هایی که یک گرداننده اداره می‌کند در فهرست زیر مشخص شده‌اند، و تا وقتی رله‌ای از گردانندهٔ دیگری وجود دارد، یک مسیر هرگز دو تا از آن‌ها را به کار نمی‌برد. وقتی فقط یک گرداننده رله دارد، هر دو گام از آنِ اوست و جدایی فقط اسمی است؛ در این حالت conclave proxy هشدار می‌دهد.
pb-limits-3 = سایت‌ها همچنان آنچه را برایشان می‌فرستید می‌بینند: ورود به حساب، کوکی‌ها و اثر انگشت مرورگر مثل همیشه شما را شناسایی می‌کنند.
pb-limits-4 = فقط برنامه‌هایی پوشش داده می‌شوند که به پروکسی هدایت شده‌اند. بگذارید پروکسی نام‌ها را هم resolve کند (socks5h، گزینهٔ --socks5-hostname در curl، «Proxy DNS» در Firefox)، وگرنه جست‌وجوهای DNS شما بیرون از آن انجام می‌شود.
pb-allowance-note = هر مدار دو توکن می‌گیرد، یکی برای هر رله؛ یک مدار اتصال‌های زیادی را حمل می‌کند و پس از 10 دقیقه نو می‌شود. سهمیه در ساعت 00:00 UTC نو می‌شود.
pb-allowance-title = سهمیهٔ این دستگاه
pb-per-day = توکن در روز
pb-left-today = باقی‌ماندهٔ امروز
pb-fetching = در حال دریافت فهرست رله‌ها…
relays = رله‌ها
pb-setup = { $first }: روی دستگاهی که conclave حساب شما را دارد، { $link } را اجرا کنید، سپس اینجا { $join } را (یا با دعوت‌نامه { $joininvite } را).
pb-use-title = استفاده روی این دستگاه
pb-desktop = رایانه (Linux، macOS، Windows)
pb-desktop-install = خط فرمان conclave را نصب کنید و حساب کاربری‌تان را به آن بدهید
pb-desktop-run = { $cmd } را اجرا کنید. SOCKS5 و HTTP CONNECT را روی { $addr } فقط برای همین رایانه ارائه می‌دهد و رلهٔ ورودی و خروجی هر مدار را چاپ می‌کند.
pb-desktop-chromium = Chromium، Chrome یا Edge: آن را با { $cmd } اجرا کنید (آن‌گاه نام‌ها را پروکسی resolve می‌کند). یک نمایهٔ جداگانه ({ $profile }) مرور خصوصی را از نمایهٔ همیشگی‌تان جدا نگه می‌دارد.
pb-desktop-firefox = Firefox: «Settings → General → Network Settings → Settings…»: «Manual proxy configuration»، SOCKS Host 127.0.0.1، Port 1080، SOCKS v5، و گزینهٔ «Proxy DNS when using SOCKS v5» را تیک بزنید.
pb-desktop-curl = ابزارهای خط فرمان: { $cmd }.
pb-desktop-options = گزینه‌ها: { $country } از یک رلهٔ خروجی در آن کشور بیرون می‌رود؛ { $circuit } به هر سایت مدار جداگانهٔ خودش را می‌دهد.
pb-android = گوشی یا تبلت Android
pb-android-intro = مرورگر نمی‌تواند پروکسی SOCKS اجرا کند، پس برنامه‌ای روی گوشی باید این کار را بکند:
pb-android-termux = Termux را (از F-Droid) نصب کنید، و در آن خط فرمان conclave را.
pb-android-account = حساب کاربری‌تان را به آن بدهید
pb-android-run = در Termux، { $cmd } را اجرا کنید و بگذارید در حال اجرا بماند (در تنظیمات باتری اجازه دهید Termux در پس‌زمینه کار کند).
pb-android-wifi = تنظیمات → Wi-Fi → شبکهٔ شما → ویرایش → پیشرفته → پروکسی: دستی، میزبان { $host }، درگاه { $port }. تنظیم پروکسی Android با HTTP CONNECT کار می‌کند، که پروکسی روی همان درگاه آن را می‌فهمد. مرورگرهایی که از این تنظیم پیروی می‌کنند، روی همین شبکهٔ Wi-Fi از رله‌ها می‌گذرند (نه روی اینترنت همراه).
pb-android-browser = یا از مرورگری با تنظیمات پروکسی خودش استفاده کنید: SOCKS5 { $socks } با DNS راه دور، یا پروکسی HTTP { $http } (CONNECT).
pb-ios = iPhone و iPad
pb-ios-text = فعلاً در دسترس نیست. iOS راهی ندارد که یک برنامهٔ خط فرمان را در پس‌زمینه در حال اجرا نگه دارد تا پروکسی محلی باشد (Termux وجود ندارد و برنامه‌ها معلق می‌شوند)، و حمل ترافیک گوشی به یک برنامهٔ شبیه VPN (یک Network Extension) نیاز دارد که Conclave هنوز ندارد. گوشی نمی‌تواند پروکسی یک رایانه را هم قرض بگیرد: conclave proxy گذرواژه ندارد، پس فقط روی دستگاه خودش گوش می‌دهد.
pb-no-tokens = این سرور توکن رله صادر نمی‌کند، پس نمی‌توان از این حساب کاربری از رله‌هایش استفاده کرد.
pb-zero-tokens = سرور به اعضا توکن رله نمی‌دهد (سهمیه‌اش 0 در روز است).
pb-same-operator = همان گرداننده
pb-country-unknown = کشور نامعلوم
pb-relay-meta = { $country } · گردانندهٔ { $operator } · { $addr }
pb-relay-meta-ours = { $country } · گردانندهٔ { $operator } (گردانندهٔ این سرور) · { $addr }
pb-same-operator-note = با همان گردانندهٔ { $others } اداره می‌شود ({ $count } رله): تا وقتی رله‌ای از گردانندهٔ دیگری هست، هرگز با هم به کار نمی‌روند.
pb-no-relays = این سرور هیچ رله‌ای فهرست نکرده است.
pb-two-operators = یک مسیر می‌تواند از دو رلهٔ دو گردانندهٔ متفاوت استفاده کند.
pb-one-operator = فقط یک گرداننده این رله‌ها را اداره می‌کند، پس هر دو گام یک مسیر از آنِ اوست: جدایی فقط اسمی است.
pb-no-path = هنوز هیچ مسیری ساخته نمی‌شود: { $reason }.
pb-signed-new = امضاشده توسط { $operator } با کلید { $key }؛ امضا درست است. این دستگاه اکنون این کلید را به خاطر می‌سپارد و فهرستی را که با کلید دیگری امضا شده باشد رد می‌کند. معتبر تا { $date }.
pb-signed-known = امضاشده توسط { $operator } با کلید { $key }؛ امضا درست است. این همان کلیدی است که این دستگاه به خاطر سپرده، و فهرستی را که با کلید دیگری امضا شده باشد رد می‌کند. معتبر تا { $date }.

## تماس‌ها

declined = رد شد توسط { $names }.
join-call = پیوستن به تماس
accept = پذیرفتن
accept-call = پذیرفتن تماس
accept-video-call = پذیرفتن تماس تصویری
decline = رد کردن
is-calling = { $caller } در حال تماس است
ringing-voice = تماس صوتی · { $conversation }
ringing-video = تماس تصویری · { $conversation }
already-in-call = شما از قبل در یک تماس هستید.
calling = در حال تماس…
call-failed = تماس شروع نشد: { $error }
connecting = در حال اتصال…
your-camera = دوربین شما
mute = بی‌صدا
unmute = باصدا
camera-off = خاموش کردن دوربین
camera-on = روشن کردن دوربین
switch-camera = تعویض دوربین
one-camera = این دستگاه یک دوربین دارد.
hang-up = قطع تماس
call-controls = کنترل‌های تماس
tile-name = { $username } · دستگاه { $device }
tile-leaf = برگ { $leaf }
reconnecting = در حال اتصال دوباره…
connection-failed = اتصال ناموفق بود
ended = پایان یافت
in-call = { $count ->
    [one] { $state } · { $count } نفر در تماس
   *[other] { $state } · { $count } نفر در تماس
}

## پرونده‌ها و پیام‌های صوتی

file-too-large = پرونده بزرگ‌تر از حدی است که سرور می‌پذیرد.
file-too-large-max = پرونده بزرگ‌تر از حدی است که سرور می‌پذیرد (حداکثر { $max }).
file-over-quota = فضای ذخیره‌سازی شما روی سرور پر است. پرونده‌ها پس از مدتی منقضی می‌شوند؛ بعداً دوباره امتحان کنید.
file-too-many = بارگذاری‌های هم‌زمان بیش از حد. کمی بعد دوباره امتحان کنید.
file-grant = اجازهٔ بارگذاری منقضی شد. دوباره امتحان کنید.
file-not-found = پرونده دیگر روی سرور نیست (پرونده‌ها پس از مدتی منقضی می‌شوند).
file-hash-mismatch = بارگذاری در میانهٔ راه آسیب دید. دوباره امتحان کنید.
file-unavailable = انبار پروندهٔ سرور اکنون در دسترس نیست. بعداً دوباره امتحان کنید.
file-busy = سرور مشغول این پرونده است. کمی بعد دوباره امتحان کنید.
file-cut = اتصال در حین بارگذاری قطع شد. دوباره امتحان کنید.
file-no-resume = بارگذاری را نمی‌شد از سر گرفت.
file-kept-other = سرور بخش دیگری از پرونده را نگه داشته است.
upload-refused = بارگذاری ناموفق بود: { $reason }
download-refused = دانلود ناموفق بود: { $reason }
file-corrupted = این پرونده در میانهٔ راه تغییر کرده یا خراب شده است؛ نمایش داده نمی‌شود.
open-image = باز کردن تصویر { $name }
open = باز کردن
preview-of = پیش‌نمایش { $name }
image-unreadable = این تصویر اینجا نمایش داده نمی‌شود؛ قالبی نیست که این مرورگر بخواند.
play-voice-note = پخش پیام صوتی { $name }
recording-unplayable = این ضبط در این مرورگر پخش نمی‌شود.
download = دانلود
download-name = دانلود { $name }
save-again = ذخیرهٔ دوباره
close = بستن
play-name = پخش { $name }
pause-name = مکث { $name }
position = موقعیت

## اعلان‌ها

notifications = اعلان‌ها
hide-contents = پنهان کردن محتوا در اعلان‌ها
push-blocked = اعلان‌ها برای این سایت مسدود شده‌اند: در تنظیمات سایت مرورگر اجازه دهید.
push-not-allowed = اجازهٔ اعلان داده نشد.
push-no-server = این سرور اعلان push نمی‌فرستد.
push-no-service = سرویس push این مرورگر پاسخ نداد (شبکه نیست، یا مرورگر چنین سرویسی ندارد).
push-unsupported = این مرورگر نمی‌تواند اعلان push نشان دهد (در iPhone و iPad: نخست Conclave را به صفحهٔ اصلی بیفزایید).
push-on-hidden = روشن: اعلان‌ها فقط می‌گویند «پیام جدید».
push-on = روشن: اعلان‌ها نشان می‌دهند چه کسی چه نوشته است، پس از رمزگشایی روی این دستگاه.
push-off = خاموش. پیام‌های push سرور همیشه فقط می‌گویند «چیز تازه‌ای هست»؛ بقیه را این دستگاه رمزگشایی می‌کند.
new-message = پیام جدید

## تماس‌ها در تاریخچه، کاشی‌های تماس، وضعیت دعوت‌نامه‌ها

call-held-audio = تماس، { $duration }، { $people ->
    [one] { $people } نفر
   *[other] { $people } نفر
}
call-held-video = تماس تصویری، { $duration }، { $people ->
    [one] { $people } نفر
   *[other] { $people } نفر
}
call-missed-audio = تماس از دست رفته از { $from }
call-missed-video = تماس تصویری از دست رفته از { $from }
call-missed-declined-audio = تماس از دست رفته از { $from } (رد شد)
call-missed-declined-video = تماس تصویری از دست رفته از { $from } (رد شد)
call-not-answered-audio = تماس بی‌پاسخ ماند
call-not-answered-video = تماس تصویری بی‌پاسخ ماند
call-declined-by-audio = تماس توسط { $names } رد شد
call-declined-by-video = تماس تصویری توسط { $names } رد شد
call-ringing-audio = { $caller } در حال تماس است (تماس)
call-ringing-video = { $caller } در حال تماس است (تماس تصویری)
call-in-progress-audio = تماس در جریان، { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
} در آن ({ $names })
call-in-progress-video = تماس تصویری در جریان، { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
} در آن ({ $names })
duration-seconds = { $n } ثانیه
duration-minutes = { $n } دقیقه
duration-hours = { $h } ساعت { $min } دقیقه
tile-waiting-keys = در انتظار کلیدها
tile-cant-decrypt = رمزگشایی ممکن نیست ({ $reason })
tile-key-mismatch = کلید او با کلید این دستگاه نمی‌خواند: دورهٔ MLS متفاوت است یا عضو نیست
invite-open = باز
invite-used = استفاده‌شده
invite-expired = منقضی‌شده
invite-revoked = لغوشده

## Typing indicators
typing-one = { $name } در حال نوشتن است…
typing-two = { $first } و { $second } در حال نوشتن‌اند…
typing-several = چند نفر در حال نوشتن‌اند…
typing-title = نشانگر نوشتن
typing-setting = نشان بده دیگران کی می‌نویسند و بگذار ببینند من کی می‌نویسم
typing-hint = وقتی خاموش است، این دستگاه آن‌ها را نه می‌فرستد و نه نشان می‌دهد. فقط به اعضایی می‌رسند که اکنون برخط‌اند؛ سرور هیچ‌کدام را نگه نمی‌دارد.

## History from another device
toast-history-imported = تاریخچه از دستگاه { $device } شما رسید (مدخل‌ها: { $count }؛ گفتگوها: { $conversations }).
history-note = تاریخچهٔ بالا از دستگاه { $device } شما آمد (ارسال‌شده در { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = تماس ورودی
push-ring-body = برای پاسخ، Conclave را باز کنید
push-title-group = { $sender } در { $conversation }
