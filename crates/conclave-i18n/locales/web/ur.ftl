# Conclave: Urdu (اردو), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## آغاز، شمولیت، لنک، ان لاک

boot-loading = لوڈ ہو رہا ہے…
boot-failed = Conclave شروع نہیں ہو سکا: { $error }
boot-other-tab = Conclave اس براؤزر کے کسی اور ٹیب یا ونڈو میں پہلے سے کھلا ہے۔ اسے بند کریں، پھر یہ صفحہ دوبارہ لوڈ کریں۔
working = کام جاری ہے…
wrong-passphrase = غلط پاس فریز۔ { $detail }۔ دوبارہ کوشش کریں۔
tagline = صرف دعوت سے، اینڈ ٹو اینڈ خفیہ پیغام رسانی۔ آپ کی کلیدیں اسی براؤزر میں بنتی اور رہتی ہیں۔
passphrase = پاس فریز
passphrase-hint = کم از کم 8 حروف۔ یہ اس براؤزر میں اس آلے کی کلیدوں اور تاریخچے کو خفیہ کرتا ہے اور کبھی باہر نہیں جاتا؛ بھول جانے پر اس براؤزر کی نقل کھولی نہیں جا سکتی۔
passphrase-again = پاس فریز دوبارہ لکھیں
passphrase-differ = دونوں پاس فریز مختلف ہیں۔
join-title = دعوت کے ذریعے شامل ہوں
join-link = دعوتی لنک
join-link-hint = https://…/join#code=… یا conclave://…/join#code=…
username = صارف نام
username-hint = 3 سے 32 حروف: a–z، 0–9، “.”، “_”، “-”۔
device-name = اس آلے کا نام
join-button = شامل ہوں
joining = شامل ہو رہے ہیں…
link-title = اس براؤزر کو اپنے اکاؤنٹ سے منسلک کریں
link-intro = جس آلے پر آپ کا اکاؤنٹ ہے اس پر “conclave device link” چلائیں اور جو لنک وہ دکھائے اسے یہاں چسپاں کریں۔ پھر وہ آلہ اس براؤزر کو آپ کی گفتگوؤں میں شامل کر دے گا۔
link-link = آلے کا لنک
link-link-hint = https://…/device#code=… یا conclave://…/device#code=…
link-button = یہ براؤزر منسلک کریں
linking = منسلک ہو رہا ہے…
unlock-title = Conclave ان لاک کریں
unlock-holds = اس براؤزر میں { $username } کا آلہ “{ $device }” موجود ہے۔
unlock-button = ان لاک کریں
unlocking = ان لاک ہو رہا ہے…
unlock-link-ignored = اس براؤزر میں پہلے سے ایک Conclave آلہ موجود ہے؛ آپ کا کھولا ہوا لنک استعمال نہیں ہوگا۔ اسے استعمال کرنے کے لیے پہلے اس آلے کو اس براؤزر سے ہٹائیں۔
unlock-forgot = پاس فریز بھول گئے؟ اس کے بغیر اس براؤزر کی نقل نہیں کھل سکتی۔ اسے یہاں ہٹائیں اور اپنے کسی دوسرے آلے سے اس براؤزر کو دوبارہ منسلک کریں۔
forget-button = اس آلے کو اس براؤزر سے ہٹائیں
forget-confirm = { $username } کا آلہ اس براؤزر سے ہٹائیں؟ یہاں موجود اس کی کلیدیں اور تاریخچہ حذف ہو جائیں گے؛ آپ کا اکاؤنٹ اور دوسرے آلات برقرار رہیں گے۔

## بنیادی ڈھانچہ

conversations = گفتگوئیں
new-button = نئی
new-conversation = نئی گفتگو
private-button = نجی
private-browsing = نجی براؤزنگ
account-button = اکاؤنٹ
account = اکاؤنٹ
details = تفصیلات
call-button = کال
call-start = کال شروع کریں
call-voice = صوتی کال
video-button = ویڈیو
video-start = ویڈیو کال شروع کریں
video-call = ویڈیو کال
ledger = کھاتہ
ledger-button-title = مشترکہ اخراجات اور بقایا
messages = پیغامات
composer-placeholder = پیغام
send = بھیجیں
sending = بھیج رہے ہیں…
attach = فائل منسلک کریں
take-photo = تصویر لیں
voice-hold = صوتی نوٹ ریکارڈ کرنے کے لیے دبائے رکھیں
back-chats = ‹ چیٹس
back-to-conversations = گفتگوؤں پر واپس
back = ‹ واپس
close-panel = پینل بند کریں
conversation-panels = گفتگو کے پینل
members = اراکین
choose-conversation = کوئی گفتگو چنیں، یا “نئی” سے شروع کریں۔
call = کال

## حالت اور اطلاعی پٹیاں

status-online = { $username } · آن لائن
status-offline = { $username } · آف لائن
status-expired = { $username } · میعاد ختم
status-replaced = { $username } · تبدیل شدہ
status-refused = { $username } · مسترد
status-connecting = { $username } · جڑ رہا ہے
banner-expired = آپ کے اکاؤنٹ کی میعاد ختم ہو گئی ہے۔ جاری رکھنے کے لیے “اکاؤنٹ” میں تجدید کا کوڈ استعمال کریں۔
banner-replaced = اس آلے کے لیے Conclave کہیں اور کھولا گیا؛ یہ صفحہ رک گیا۔ یہاں استعمال کرنے کے لیے دوبارہ لوڈ کریں۔
banner-refused = سرور نے اس آلے کو مسترد کر دیا: { $reason }
banner-offline = آف لائن: اس براؤزر میں جو موجود ہے وہی دکھایا جا رہا ہے۔ { $reason }
banner-expires-soon = آپ کے اکاؤنٹ کی میعاد { $date } کو ختم ہوگی۔ کسی ایڈمن سے تجدید کا کوڈ مانگیں۔
conn-expired = آپ کے اکاؤنٹ کی میعاد ختم ہو گئی ہے: “اکاؤنٹ” میں اس کی تجدید کریں۔
conn-offline = آف لائن: آپ پڑھ سکتے ہیں؛ دوبارہ جڑنے پر بھیجنا پھر کام کرے گا۔
expiry-unknown = نامعلوم (آف لائن)
expiry-expired = { $date } (میعاد ختم)
expiry-days = { $days ->
    [one] { $date } ({ $days } دن)
   *[other] { $date } ({ $days } دن)
}

## گفتگوؤں کی فہرست اور پیغامات

you = آپ
last-message = { $who }: { $text }
ledger-line = کھاتہ: { $text }
group-created = گروپ بنایا گیا
no-messages-yet = ابھی کوئی پیغام نہیں
no-conversations = ابھی کوئی گفتگو نہیں۔
not-on-device = یہ گفتگو اس آلے پر نہیں ہے۔
conversation = گفتگو
removed-banner = آپ کو اس گفتگو سے ہٹا دیا گیا۔ اب آپ کو اس کے پیغامات موصول نہیں ہوں گے۔
membership-added = { $who } نے { $names } کو شامل کیا
membership-removed = { $who } نے { $names } کو ہٹایا
membership-added-removed = { $who } نے { $added } کو شامل کیا اور { $removed } کو ہٹایا
membership-keys = { $who } نے کلیدیں اپ ڈیٹ کیں
unreadable-message = ناقابلِ مطالعہ پیغام ({ $reason })
handover-mine = آپ کے آلے نے کھاتے کے پچھلے اندراجات نئے شامل ہونے والے آلات کے حوالے کیے۔
handover-theirs = { $sender } کے آلے نے کھاتے کے پچھلے اندراجات نئے شامل ہونے والے آلات کے حوالے کیے۔
open-ledger-link = کھاتہ ›
open-ledger = کھاتہ کھولیں
joined-here = آپ اس آلے پر اس گفتگو میں شامل ہوئے۔
empty-conversation = ابھی کوئی پیغام نہیں۔ پیغامات اینڈ ٹو اینڈ خفیہ ہیں۔
upload-sending = { $name } بھیج رہے ہیں…
upload-failed = { $name }: { $error }
dismiss = ہٹائیں
record-failed = ریکارڈ نہیں ہو سکتا: { $error }
record-hold = صوتی نوٹ ریکارڈ کرنے کے لیے مائیکروفون کا بٹن دبائے رکھیں۔
toast-added-to-conversation = آپ کو ایک گفتگو میں شامل کیا گیا۔
toast-fell-behind = یہ آلہ ایک گفتگو میں پیچھے رہ گیا ہے اور دوبارہ شامل کیے جانے کا منتظر ہے۔
invites-admin = کوئی حد نہیں (ایڈمن)
invites-left = { $count } باقی

## اراکین

no-longer-member = آپ اب اس گفتگو کے رکن نہیں ہیں۔
safety-number = حفاظتی نمبر
safety-number-with = { $username } کے ساتھ حفاظتی نمبر
remove = ہٹائیں
remove-member = { $username } کو ہٹائیں
remove-confirm = { $username } کو { $conversation } سے ہٹائیں؟ وہ بعد کے پیغامات نہیں پڑھ سکیں گے۔
removing = ہٹا رہے ہیں…
removed-toast = { $username } کو ہٹا دیا گیا۔
devices-line = { $count ->
    [one] آلہ { $ids }
   *[other] آلات { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = آلہ ({ $id })
member-you = { $username } (آپ)
members-summary = { $count ->
    [one] { $count } رکن · دور { $epoch }
   *[other] { $count } اراکین · دور { $epoch }
}
add = شامل کریں
adding = شامل کر رہے ہیں…
added-toast = { $names } کو شامل کیا گیا۔
add-members = اراکین شامل کریں
add-members-hint = صارف نام، کوما سے الگ۔ ان کے تمام آلات شامل ہوں گے۔
leave = یہ گفتگو چھوڑیں
leave-confirm = اپنے تمام آلات پر { $conversation } چھوڑیں؟
leaving = چھوڑ رہے ہیں…
epoch-authenticator = دور کی تصدیقی علامت (ہر رکن کے آلے پر یکساں): { $code }
loading = لوڈ ہو رہا ہے…
safety-verified = تصدیق شدہ
safety-changed = تصدیق کے بعد کلیدیں بدل گئیں
safety-unverified = غیر تصدیق شدہ
mark-verified = تصدیق شدہ نشان زد کریں
saving = محفوظ کر رہے ہیں…
verified-toast = { $username } کو تصدیق شدہ نشان زد کیا گیا۔
safety-with = { $username } کے ساتھ حفاظتی نمبر { $badge }
safety-hint = اسے بالمشافہ یا کسی اور ذریعے سے ان کے نمبر سے ملائیں۔ اگر مماثل ہو تو انہیں تصدیق شدہ نشان زد کریں: پھر ان کی کلیدوں میں بعد کی کوئی بھی تبدیلی نمایاں طور پر دکھائی جائے گی۔

## کھاتہ

ledger-paid-by = ادائیگی کنندہ
ledger-paid-to = کس کو / کس کے لیے ادا
ledger-owed-to = کس کا واجب
ledger-owed-by = کس پر واجب
split-to = سب ایک رکن کو
split-equal = برابر تقسیم
split-exact = رقوم کے حساب سے تقسیم
split-weights = وزن کے حساب سے تقسیم
badge-reversed = الٹا گیا
badge-reversal = الٹاؤ
badge-refused = مسترد
badge-unreadable = ناقابلِ مطالعہ
device-id = آلہ { $id }
device-id-named = آلہ { $id } ({ $name })
entries = اندراجات
entries-count = اندراجات ({ $count })
export-csv = CSV ڈاؤن لوڈ کریں
export-json = JSON ڈاؤن لوڈ کریں
balances = بقایا
export = برآمد
export-hint = CSV: ہر اندراج میں ہر رکن کے لیے ایک قطار (رکن اور کرنسی کے لحاظ سے جمع کرنے پر: بقایا)۔ JSON: ہر ریکارڈ، بقایا اور حساب برابر کرنے کی تفصیل۔
discrepancy-title = انتباہ: نئے آلے کے حوالے کیا گیا کھاتہ آپ کے کھاتے سے مختلف ہے۔
discrepancy = { $by } کے آلے { $device } (پیغام { $seq }) نے نئے آنے والوں کو ایسا کھاتہ دیا جو اس آلے کے پاس موجود کھاتے سے مختلف ہے: { $detail }۔ ان کے بقایا آپ کے بقایا سے مختلف ہو سکتے ہیں؛ { $by } سے موازنہ کریں۔
ledger-unreadable = { $count ->
    [one] { $count } اندراج Conclave کے نئے ورژن نے لکھا ہے اور یہاں پڑھا نہیں جا سکتا؛ اپ ڈیٹ کرنے تک بقایا میں وہ شامل نہیں۔
   *[other] { $count } اندراجات Conclave کے نئے ورژن نے لکھے ہیں اور یہاں پڑھے نہیں جا سکتے؛ اپ ڈیٹ کرنے تک بقایا میں وہ شامل نہیں۔
}
handed-over-mine = یہ آلہ پیغام { $seq } پر شامل ہوا: اس سے پہلے کے اندراجات ویسے ہیں جیسے آپ کے آلے { $device } نے حوالے کیے۔
handed-over-theirs = یہ آلہ پیغام { $seq } پر شامل ہوا: اس سے پہلے کے اندراجات ویسے ہیں جیسے { $by } کے آلے { $device } نے حوالے کیے۔
ledger-empty = ابھی کوئی اندراج نہیں۔ نیچے کوئی مشترکہ خرچ، ادائیگی یا قرض درج کریں؛ ہر رکن کو یکساں بقایا نظر آتے ہیں۔
balances-in = { $currency } میں بقایا
balance-owed = کو لینا ہے
balance-owes = کو دینا ہے
balance-settled = برابر
settle-title = حساب برابر کرنے کے لیے
settle-you-pay = آپ { $to } کو { $amount } { $currency } ادا کریں
settle-pays-you = { $from } آپ کو { $amount } { $currency } ادا کرے
settle-pays = { $from } { $to } کو { $amount } { $currency } ادا کرے
all-settled = سب کا حساب برابر ہے۔
records-empty = اندراجات یہاں اسی ترتیب میں نظر آتے ہیں جس میں سرور نے انہیں رکھا، ہر آلے پر یکساں۔
recorded-by-you = { $day } · آپ نے { $device } سے { $time } پر درج کیا
recorded-by = { $day } · { $member } نے { $device } سے { $time } پر درج کیا
reference-line = حوالہ: { $reference }
reversed-by-you = آپ نے الٹا (اندراج { $entry })؛ اب شمار نہیں ہوتا۔
reversed-by = { $member } نے الٹا (اندراج { $entry })؛ اب شمار نہیں ہوتا۔
reversed-by-someone = کسی نے الٹا (اندراج { $entry })؛ اب شمار نہیں ہوتا۔
undoes = منسوخ کرتا ہے: { $description }
refused-everywhere = جہاں بھی پہنچا ہر آلے نے مسترد کیا؛ اس سے کوئی بقایا نہیں بدلتا۔
handed-by-mine = اس آلے کے شامل ہونے پر آپ کے آلے { $device } نے حوالے کیا
handed-by-theirs = اس آلے کے شامل ہونے پر { $username } کے آلے { $device } نے حوالے کیا
reverse-toggle = الٹیں…
reverse-entry-label = اندراج { $entry } الٹیں
reverse-entry = اندراج الٹیں
cancel = منسوخ کریں
reverse-why = وجہ (اختیاری)
reverse-hint = اندراج تاریخچے میں رہتا ہے، الٹا ہوا نشان زد؛ بقایا پر اس کا اثر ہر آلے پر ختم ہو جاتا ہے۔
reversing = الٹ رہے ہیں…
reversed-toast = الٹا گیا: { $description }
kind-payment = ادائیگی: کسی نے ادا کیا
kind-debt = قرض: کسی پر واجب ہے
record-entry = اندراج درج کریں
member = رکن
split-equal-among = ان میں برابر تقسیم
split-equal-hint = ادا کرنے والے کو بھی حصہ دینے کے لیے اسے شامل کریں۔ ایک پیسے کا بچا ہوا حصہ فہرست کے پہلے اراکین کو جاتا ہے۔
weights-legend = وزن (مثلاً 2 اور 1: دو تہائی اور ایک تہائی)
amounts-legend = رقوم (کل کے برابر)
share-empty-hint = کسی رکن کو حصہ نہ دینے کے لیے اسے خالی چھوڑیں۔
will-record = درج ہوگا: { $description }
will-record-shares = درج ہوگا: { $description } — { $shares } { $currency }
amount = رقم
currency = کرنسی
add-entry-form = کھاتے میں اندراج شامل کریں
what-happened = کیا ہوا
date = تاریخ
memo-optional = نوٹ (اختیاری)
reference-optional = حوالہ (اختیاری)
reference-hint = بل نمبر، ٹرانسفر آئی ڈی…
add-entry = اندراج شامل کریں
ledger-intro = اندراجات اینڈ ٹو اینڈ خفیہ پیغامات ہیں؛ کوئی انہیں بدل یا حذف نہیں کر سکتا، غلطی کو الٹا جاتا ہے۔
recording = درج کر رہے ہیں…
recorded-toast = درج کیا گیا: { $description }
preparing = تیار کر رہے ہیں…
exported-toast = { $count ->
    [one] کھاتے کا { $count } ریکارڈ { $file } میں برآمد کیا گیا۔
   *[other] کھاتے کے { $count } ریکارڈ { $file } میں برآمد کیے گئے۔
}

## نئی گفتگو، اکاؤنٹ

start = شروع کریں
starting = شروع کر رہے ہیں…
create-group = گروپ بنائیں
creating = بنا رہے ہیں…
message-person = کسی شخص کو پیغام بھیجیں
new-group = نیا گروپ
group-name = گروپ کا نام
members-hint = صارف نام، کوما سے الگ۔
your-account = آپ کا اکاؤنٹ
this-device = یہ آلہ
this-device-value = { $name } (آلہ { $id })
valid-until = کب تک درست
invitations = دعوتیں
connection = کنکشن
online = آن لائن
offline = آف لائن
offline-reason = آف لائن: { $reason }
renew = تجدید کریں
renewing = تجدید ہو رہی ہے…
renewed-toast = { $date } تک تجدید ہو گئی۔
renew-title = اپنے اکاؤنٹ کی تجدید کریں
renewal-code = تجدید کا کوڈ
renewal-hint = کوئی ایڈمن آپ کو یہ دیتا ہے؛ یہ آپ کے اکاؤنٹ کی مدت بڑھاتا ہے، میعاد ختم ہونے کے بعد بھی۔
expires-1-day = 1 دن
expires-7-days = 7 دن
expires-30-days = 30 دن
create-invitation = دعوت بنائیں
your-invitations = آپ کی دعوتیں
copy = کاپی کریں
copied = کاپی ہو گیا۔
copy-failed = لنک منتخب کریں اور اسے کاپی کریں۔
invitation-created = دعوت بنائی گئی۔
invitation-for = { $count ->
    [one] { $count } شخص کے لیے، { $date } تک درست۔
   *[other] { $count } افراد کے لیے، { $date } تک درست۔
}
link-for-browser = براؤزر کے لیے لنک:
link-for-cli = کمانڈ لائن کے لیے (conclave join):
invite-row = #{ $id } · { $state } · { $total } میں سے { $left } باقی · { $date } تک
invite-row-joined = #{ $id } · { $state } · { $total } میں سے { $left } باقی · { $date } تک · شامل ہوئے: { $names }
no-invitations = ابھی کوئی دعوت نہیں۔
invite-someone = کسی کو مدعو کریں
number-of-people = افراد کی تعداد
valid-for = مدتِ جواز
your-devices = آپ کے آلات
add-device-hint = آلہ شامل کرنے کے لیے، جس آلے پر آپ کا اکاؤنٹ ہے اس پر “conclave device link” چلائیں۔
lock = لاک کریں
this-browser = یہ براؤزر
lock-hint = لاک کرنے سے سیشن بند ہو جاتا ہے؛ پاس فریز اسے دوبارہ کھولتا ہے۔
device-row = { $name } (آلہ { $id })، { $date } کو شامل کیا گیا
device-row-this = { $name } (آلہ { $id })، { $date } کو شامل کیا گیا — یہ براؤزر
offline-short = آف لائن۔
language = زبان
language-hint = اس آلے پر اس صفحے کی زبان۔ “خودکار” براؤزر کی زبانوں کی پیروی کرتا ہے۔
language-auto = خودکار

## نجی براؤزنگ

pb-what-title = نجی براؤزنگ کیا ہے
pb-what-1 = نجی براؤزنگ کسی آلے کی ویب ٹریفک کو سیدھا سائٹ تک لے جانے کے بجائے دو ریلے سے گزارتی ہے۔ داخلی ریلے جانتا ہے کہ آپ کون ہیں (آپ کا پتہ) لیکن یہ نہیں کہ آپ کہاں جاتے ہیں؛ خارجی ریلے جانتا ہے کہ آپ کہاں جاتے ہیں (سائٹ) لیکن یہ نہیں کہ آپ کون ہیں۔ کوئی بھی دونوں باتیں نہیں جانتا۔
pb-what-2 = آپ کے آلے اور خارجی ریلے کے درمیان ٹریفک خفیہ رہتی ہے، اس لیے داخلی ریلے کو صرف بند، مقررہ سائز کے سیل نظر آتے ہیں۔ ہر ریلے کسی کنکشن کو صرف ایک ناقابلِ ربط ٹوکن کے ساتھ اندر آنے دیتا ہے، جس پر یہ سرور اندھا دستخط کرتا ہے: وہ نہیں بتا سکتا کہ کوئی ٹوکن کس کنکشن یا سائٹ پر خرچ ہوا۔
pb-what-3 = یہ صفحہ خود کچھ روٹ نہیں کرتا: کوئی ویب صفحہ دوسری ٹریفک نہیں لے جا سکتا۔ یہ کام آلے پر conclave پروگرام کرتا ہے (دیکھیں “اس آلے پر استعمال کریں”)۔
pb-limits-title = یہ کس چیز سے تحفظ نہیں دیتی
pb-limits-1 = دو مراحل ایک متجسس ریلے آپریٹر کو ناکام بناتے ہیں۔ اگر کسی راستے کے دونوں ریلے مل کر کام کریں، یا کوئی نگران دونوں سروں پر ٹریفک دیکھ کر اس کا وقت ملائے (عالمی نگران)، تو یہ مدد نہیں کرتے۔
pb-limits-2 = ایک ہی آپریٹر کے ریلے نیچے کی فہرست میں نشان زد ہیں، اور جب کسی دوسرے آپریٹر کا ریلے موجود ہو تو راستہ کبھی ان میں سے دو استعمال نہیں کرتا۔ جب صرف ایک آپریٹر ریلے چلاتا ہو تو دونوں مراحل اسی کے ہوتے ہیں اور تقسیم محض نام کی ہوتی ہے؛ تب conclave proxy انتباہ دیتا ہے۔
pb-limits-3 = سائٹیں اب بھی وہ دیکھتی ہیں جو آپ انہیں بھیجتے ہیں: لاگ اِن، کوکیز اور براؤزر کا فنگر پرنٹ حسبِ معمول آپ کی شناخت کراتے ہیں۔
pb-limits-4 = صرف وہی پروگرام محفوظ ہیں جو پراکسی کی طرف موڑے گئے ہوں۔ ناموں کو بھی پراکسی سے حل کروائیں (socks5h، curl کا --socks5-hostname، Firefox کا “Proxy DNS”)، ورنہ آپ کی DNS تلاش اس کے باہر سے جائے گی۔
pb-allowance-note = ہر سرکٹ دو ٹوکن لیتا ہے، ہر ریلے کے لیے ایک؛ ایک سرکٹ بہت سے کنکشن لے جاتا ہے اور 10 منٹ بعد نیا ہوتا ہے۔ کوٹہ 00:00 UTC پر نیا ہوتا ہے۔
pb-allowance-title = اس آلے کا کوٹہ
pb-per-day = فی دن ٹوکن
pb-left-today = آج باقی
pb-fetching = ریلے ڈائریکٹری لا رہے ہیں…
relays = ریلے
pb-setup = { $first }: جس آلے پر conclave میں آپ کا اکاؤنٹ ہے اس پر { $link } چلائیں، پھر یہاں { $join } (یا دعوت ہو تو { $joininvite })۔
pb-use-title = اس آلے پر استعمال کریں
pb-desktop = کمپیوٹر (Linux، macOS، Windows)
pb-desktop-install = conclave کمانڈ لائن انسٹال کریں اور اسے اپنا اکاؤنٹ دیں
pb-desktop-run = { $cmd } چلائیں۔ یہ { $addr } پر SOCKS5 اور HTTP CONNECT فراہم کرتا ہے، صرف اسی کمپیوٹر کے لیے، اور ہر سرکٹ کا داخلہ اور خارجہ دکھاتا ہے۔
pb-desktop-chromium = Chromium، Chrome یا Edge: اسے { $cmd } کے ساتھ شروع کریں (تب نام پراکسی حل کرتا ہے)۔ ایک الگ پروفائل ({ $profile }) نجی براؤزنگ کو آپ کے معمول کے پروفائل سے الگ رکھتا ہے۔
pb-desktop-firefox = Firefox: Settings → General → Network Settings → Settings…: Manual proxy configuration، SOCKS Host 127.0.0.1، Port 1080، SOCKS v5، اور “Proxy DNS when using SOCKS v5” پر نشان لگائیں۔
pb-desktop-curl = کمانڈ لائن ٹولز: { $cmd }۔
pb-desktop-options = اختیارات: { $country } اس ملک کے خارجی ریلے سے باہر نکلتا ہے؛ { $circuit } ہر سائٹ کو اس کا اپنا سرکٹ دیتا ہے۔
pb-android = Android فون یا ٹیبلیٹ
pb-android-intro = براؤزر SOCKS پراکسی نہیں چلا سکتا، اس لیے فون پر کسی پروگرام کو یہ کرنا ہوگا:
pb-android-termux = Termux انسٹال کریں (F-Droid سے)، اور اس میں conclave کمانڈ لائن۔
pb-android-account = اسے اپنا اکاؤنٹ دیں
pb-android-run = Termux میں { $cmd } چلائیں اور اسے چلتا رہنے دیں (بیٹری کی ترتیبات میں Termux کو پس منظر میں چلنے دیں)۔
pb-android-wifi = Settings → Wi-Fi → آپ کا نیٹ ورک → Edit → Advanced → Proxy: Manual، ہوسٹ { $host }، پورٹ { $port }۔ Android کی پراکسی ترتیب HTTP CONNECT استعمال کرتی ہے، جسے پراکسی اسی پورٹ پر سمجھتا ہے۔ جو براؤزر اس کی پیروی کرتے ہیں وہ اس Wi-Fi نیٹ ورک پر (موبائل ڈیٹا پر نہیں) ریلے سے گزرتے ہیں۔
pb-android-browser = یا اپنی پراکسی ترتیبات والا براؤزر استعمال کریں: ریموٹ DNS کے ساتھ SOCKS5 { $socks }، یا HTTP پراکسی { $http } (CONNECT)۔
pb-ios = iPhone اور iPad
pb-ios-text = آج دستیاب نہیں۔ iOS میں مقامی پراکسی کے طور پر کسی کمانڈ لائن پروگرام کو پس منظر میں چلائے رکھنے کا کوئی طریقہ نہیں (Termux نہیں ہے، اور ایپس معطل ہو جاتی ہیں)، اور فون کی ٹریفک لے جانے کے لیے VPN جیسی ایپ (Network Extension) چاہیے، جو Conclave کے پاس ابھی نہیں۔ فون کسی کمپیوٹر کی پراکسی بھی مستعار نہیں لے سکتا: conclave proxy میں پاس ورڈ نہیں، اس لیے یہ صرف اپنی ہی مشین پر سنتا ہے۔
pb-no-tokens = یہ سرور کوئی ریلے ٹوکن جاری نہیں کرتا، اس لیے اس اکاؤنٹ سے اس کے ریلے استعمال نہیں ہو سکتے۔
pb-zero-tokens = سرور اراکین کو کوئی ریلے ٹوکن نہیں دیتا (اس کا کوٹہ 0 فی دن ہے)۔
pb-same-operator = ایک ہی آپریٹر
pb-country-unknown = ملک نامعلوم
pb-relay-meta = { $country } · آپریٹر { $operator } · { $addr }
pb-relay-meta-ours = { $country } · آپریٹر { $operator } (اس سرور کا) · { $addr }
pb-same-operator-note = { $others } والا آپریٹر ہی اسے چلاتا ہے ({ $count } ریلے): جب تک کسی دوسرے آپریٹر کا ریلے موجود ہو، انہیں کبھی ایک ساتھ استعمال نہیں کیا جاتا۔
pb-no-relays = یہ سرور کوئی ریلے درج نہیں کرتا۔
pb-two-operators = ایک راستہ مختلف آپریٹرز کے دو ریلے استعمال کر سکتا ہے۔
pb-one-operator = ان ریلے کو صرف ایک آپریٹر چلاتا ہے، اس لیے راستے کے دونوں مراحل اسی کے ہیں: تقسیم محض نام کی ہے۔
pb-no-path = ابھی کوئی راستہ نہیں بن سکتا: { $reason }۔
pb-signed-new = { $operator } نے کلید { $key } سے دستخط کیے؛ دستخط درست ہیں۔ یہ آلہ اب وہ کلید یاد رکھتا ہے، اور کسی دوسری کلید سے دستخط شدہ ڈائریکٹری مسترد کرتا ہے۔ { $date } تک درست۔
pb-signed-known = { $operator } نے کلید { $key } سے دستخط کیے؛ دستخط درست ہیں۔ یہ وہی کلید ہے جو اس آلے نے یاد رکھی، اور یہ کسی دوسری کلید سے دستخط شدہ ڈائریکٹری مسترد کرتا ہے۔ { $date } تک درست۔

## کالیں

declined = { $names } نے انکار کیا۔
join-call = کال میں شامل ہوں
accept = قبول کریں
accept-call = کال قبول کریں
accept-video-call = ویڈیو کال قبول کریں
decline = انکار کریں
is-calling = { $caller } کال کر رہے ہیں
ringing-voice = صوتی کال · { $conversation }
ringing-video = ویڈیو کال · { $conversation }
already-in-call = آپ پہلے سے ایک کال میں ہیں۔
calling = کال کی جا رہی ہے…
call-failed = کال شروع نہیں ہو سکی: { $error }
connecting = جڑ رہا ہے…
your-camera = آپ کا کیمرا
mute = خاموش کریں
unmute = آواز کھولیں
camera-off = کیمرا بند کریں
camera-on = کیمرا کھولیں
switch-camera = کیمرا بدلیں
one-camera = اس آلے میں ایک ہی کیمرا ہے۔
hang-up = کال ختم کریں
call-controls = کال کے کنٹرول
tile-name = { $username } · آلہ { $device }
tile-leaf = لیف { $leaf }
reconnecting = دوبارہ جڑ رہا ہے…
connection-failed = کنکشن ناکام ہو گیا
ended = ختم
in-call = { $count ->
    [one] { $state } · کال میں { $count }
   *[other] { $state } · کال میں { $count }
}

## فائلیں اور صوتی پیغامات

file-too-large = فائل اس سے بڑی ہے جتنی سرور قبول کرتا ہے۔
file-too-large-max = فائل اس سے بڑی ہے جتنی سرور قبول کرتا ہے (زیادہ سے زیادہ { $max })۔
file-over-quota = سرور پر آپ کی جگہ بھر گئی ہے۔ فائلیں کچھ عرصے بعد ختم ہو جاتی ہیں؛ بعد میں دوبارہ کوشش کریں۔
file-too-many = ایک ساتھ بہت زیادہ اپ لوڈ۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
file-grant = اپ لوڈ کی اجازت ختم ہو گئی۔ دوبارہ کوشش کریں۔
file-not-found = فائل اب سرور پر نہیں ہے (فائلیں کچھ عرصے بعد ختم ہو جاتی ہیں)۔
file-hash-mismatch = اپ لوڈ راستے میں خراب ہو گیا۔ دوبارہ کوشش کریں۔
file-unavailable = سرور کا فائل اسٹور ابھی دستیاب نہیں۔ بعد میں دوبارہ کوشش کریں۔
file-busy = سرور اس فائل میں مصروف ہے۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
file-cut = اپ لوڈ کے دوران کنکشن ٹوٹ گیا۔ دوبارہ کوشش کریں۔
file-no-resume = اپ لوڈ دوبارہ شروع نہیں ہو سکا۔
file-kept-other = سرور نے فائل کا کوئی دوسرا حصہ رکھا ہے۔
upload-refused = اپ لوڈ ناکام ہو گیا: { $reason }
download-refused = ڈاؤن لوڈ ناکام ہو گیا: { $reason }
file-corrupted = یہ فائل راستے میں بدلی گئی یا خراب ہو گئی؛ اسے نہیں دکھایا جاتا۔
open-image = تصویر { $name } کھولیں
open = کھولیں
preview-of = { $name } کا پیش منظر
image-unreadable = یہ تصویر یہاں نہیں دکھائی جا سکتی؛ یہ ایسی تصویر نہیں جو یہ براؤزر پڑھ سکے۔
play-voice-note = صوتی پیغام { $name } چلائیں
recording-unplayable = یہ ریکارڈنگ اس براؤزر میں نہیں چل سکتی۔
download = ڈاؤن لوڈ کریں
download-name = { $name } ڈاؤن لوڈ کریں
save-again = دوبارہ محفوظ کریں
close = بند کریں
play-name = { $name } چلائیں
pause-name = { $name } روکیں
position = مقام

## اطلاعات

notifications = اطلاعات
hide-contents = اطلاعات میں مواد چھپائیں
push-blocked = اس سائٹ کے لیے اطلاعات بند ہیں: انہیں براؤزر کی سائٹ سیٹنگز میں اجازت دیں۔
push-not-allowed = اطلاعات کی اجازت نہیں دی گئی۔
push-no-server = یہ سرور پُش اطلاعات نہیں بھیجتا۔
push-no-service = اس براؤزر کی پُش سروس نے جواب نہیں دیا (نیٹ ورک نہیں، یا ایسا براؤزر جس میں یہ سروس نہیں)۔
push-unsupported = یہ براؤزر پُش اطلاعات نہیں دکھا سکتا (iPhone اور iPad پر: پہلے Conclave کو ہوم اسکرین پر شامل کریں)۔
push-on-hidden = آن: اطلاعات میں صرف "نیا پیغام" لکھا ہوتا ہے۔
push-on = آن: اطلاعات دکھاتی ہیں کہ کس نے کیا لکھا، جو اسی آلے پر پڑھا گیا۔
push-off = آف۔ سرور کے پُش صرف "کچھ نیا" کہتے ہیں؛ باقی یہ آلہ خود ڈی کرپٹ کرتا ہے۔
new-message = نیا پیغام

## تاریخچے میں کالیں، کال ٹائلیں، دعوت نامے کی حالت

call-held-audio = کال، { $duration }، { $people ->
    [one] { $people } فرد
   *[other] { $people } افراد
}
call-held-video = ویڈیو کال، { $duration }، { $people ->
    [one] { $people } فرد
   *[other] { $people } افراد
}
call-missed-audio = { $from } کی چھوٹی ہوئی کال
call-missed-video = { $from } کی چھوٹی ہوئی ویڈیو کال
call-missed-declined-audio = { $from } کی چھوٹی ہوئی کال (مسترد)
call-missed-declined-video = { $from } کی چھوٹی ہوئی ویڈیو کال (مسترد)
call-not-answered-audio = کال کا جواب نہیں دیا گیا
call-not-answered-video = ویڈیو کال کا جواب نہیں دیا گیا
call-declined-by-audio = { $names } نے کال مسترد کر دی
call-declined-by-video = { $names } نے ویڈیو کال مسترد کر دی
call-ringing-audio = { $caller } کال کر رہے ہیں (کال)
call-ringing-video = { $caller } کال کر رہے ہیں (ویڈیو کال)
call-in-progress-audio = کال جاری ہے، اس میں { $count ->
    [one] { $count } فرد
   *[other] { $count } افراد
} ({ $names })
call-in-progress-video = ویڈیو کال جاری ہے، اس میں { $count ->
    [one] { $count } فرد
   *[other] { $count } افراد
} ({ $names })
duration-seconds = { $n } سیکنڈ
duration-minutes = { $n } منٹ
duration-hours = { $h } گھنٹے { $min } منٹ
tile-waiting-keys = کلیدوں کا انتظار
tile-cant-decrypt = ڈکرپٹ نہیں ہو سکا ({ $reason })
tile-key-mismatch = ان کی کلید اس آلے کی کلید سے میل نہیں کھاتی: مختلف MLS epoch یا رکن نہیں
invite-open = کھلا
invite-used = استعمال شدہ
invite-expired = میعاد ختم
invite-revoked = منسوخ

## Typing indicators
typing-one = { $name } لکھ رہے ہیں…
typing-two = { $first } اور { $second } لکھ رہے ہیں…
typing-several = کئی لوگ لکھ رہے ہیں…
typing-title = ٹائپنگ اشارے
typing-setting = دکھائیں جب دوسرے لکھ رہے ہوں، اور انہیں دیکھنے دیں جب میں لکھ رہا ہوں
typing-hint = بند ہونے پر یہ آلہ انہیں نہ بھیجتا ہے نہ دکھاتا ہے۔ یہ صرف ان اراکین تک پہنچتے ہیں جو ابھی آن لائن ہیں؛ سرور کوئی محفوظ نہیں رکھتا۔

## History from another device
toast-history-imported = آپ کے آلے { $device } سے تاریخچہ آ گیا (اندراجات: { $count }؛ گفتگوئیں: { $conversations })۔
history-note = اوپر کی تاریخچہ آپ کے آلے { $device } سے آئی (بھیجی گئی { $date })۔

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = آنے والی کال
push-ring-body = جواب دینے کے لیے Conclave کھولیں
push-title-group = { $conversation } میں { $sender }
