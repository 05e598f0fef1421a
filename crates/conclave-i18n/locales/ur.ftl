# Conclave: Urdu (اردو).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = منسلک
status-reconnecting = دوبارہ جڑ رہا ہے… ({ $reason })
status-paused = رکا ہوا: conclave کی کوئی اور کمانڈ یہ آلہ استعمال کر رہی ہے
pane-conversations = گفتگوئیں
pane-unread = { $count ->
    [one] { $count } غیر پڑھا
   *[other] { $count } غیر پڑھے
}
pane-message = پیغام
pane-none = کوئی گفتگو نہیں
compose-hint = لکھنے کے لیے Tab یا Enter
empty-conversations = ابھی کوئی گفتگو نہیں۔ کمانڈ لائن سے شروع کریں: conclave send USER TEXT
empty-messages = ابھی کوئی پیغام نہیں۔ نیچے لکھیں اور Enter دبائیں۔
keys-short = Tab توجہ · Enter بھیجیں · ^L کھاتہ · ^E اندراج · ^U اراکین · ? مدد · q باہر
keys-long = Tab توجہ · Enter بھیجیں · Alt+Enter نئی سطر · ^L کھاتہ · ^E اندراج شامل کریں · ^U اراکین · ? مدد · q باہر
help-title = مدد (Esc)
help-focus = گفتگوؤں، پیغامات اور لکھنے کی سطر کے درمیان جائیں
help-choose = گفتگو چنیں؛ پیغامات اسکرول کریں
help-scroll = پیغامات اسکرول کریں
help-enter = بھیجیں (لکھنے کی سطر میں)؛ لکھیں (کہیں اور)
help-newline = پیغام میں نئی سطر
help-ledger = گفتگو کا مشترکہ کھاتہ: بقایا، حساب برابر
help-add-entry = اندراج شامل کریں
help-members = اراکین، ان کے آلات اور حفاظتی نمبر
help-esc = پینل بند کریں؛ لکھنے کی سطر چھوڑیں
help-vim = vim جیسی کلیدیں (--vim کے ساتھ)
help-help = یہ مدد
help-quit = باہر
ledger-title = کھاتہ (Esc)
ledger-balances = بقایا
ledger-none = ابھی کوئی اندراج نہیں (Ctrl+E شامل کرتا ہے)
ledger-settle = حساب برابر
ledger-even = سب کا حساب برابر ہے
ledger-entries = اندراجات
members-title = اراکین (Esc)
members-device = آلہ { $id }
members-you = آپ
form-title = اندراج شامل کریں
form-kind = قسم
form-amount = رقم
form-currency = کرنسی
form-from = از
form-split = تقسیم
form-to = بنام
form-memo = نوٹ
form-hint = قسم: payment|debt · تقسیم: to|equal (بنام: ایک رکن، یا a,b,c)
form-keys = Tab اگلا خانہ · Enter شامل · Esc منسوخ
notice-sent = پیغام { $seq } کے طور پر بھیجا گیا
notice-entry-added = اندراج پیغام { $seq } کے طور پر شامل ہوا
notice-reconnected = دوبارہ جڑ گیا

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } لکھ رہے ہیں…
typing-two = { $first } اور { $second } لکھ رہے ہیں…
typing-several = کئی لوگ لکھ رہے ہیں…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = شروع نہیں ہو سکا: { $error }
cli-unexpected-response = غیر متوقع جواب { $response }
cli-invalid-option = غلط { $option }
cli-invalid-option-value = غلط { $option } { $value }
cli-invalid-duration = غلط مدت { $value } (مثلاً 24h، 7d)
cli-not-invite-link = یہ دعوتی لنک نہیں ہے (ڈیوائس لنک `conclave device join` کے لیے ہے)
cli-not-device-link = یہ ڈیوائس لنک نہیں ہے (اپنی موجودہ ڈیوائس پر `conclave device link` سے بنائیں)
cli-joined = { $server } میں { $user } کے طور پر شامل ہوئے (ڈیوائس { $device })؛ اکاؤنٹ { $expires } تک درست ہے
cli-linked = { $server } سے { $user } کے طور پر منسلک ہوئے (ڈیوائس { $device })؛ اکاؤنٹ { $expires } تک درست ہے
cli-malformed-renewal-code = تجدید کا کوڈ غلط ہے
cli-renewed = تجدید ہو گئی: اکاؤنٹ { $user } { $expires } تک درست ہے
cli-display-name-none = کوئی ظاہری نام نہیں: دوسرے { $user } دیکھتے ہیں
cli-whoami-account = اکاؤنٹ
cli-whoami-device = ڈیوائس
cli-whoami-server = سرور
cli-whoami-expires = میعاد
cli-whoami-invites = دعوتیں
cli-whoami-admin = (منتظم)
cli-whoami-invites-left = { $count } باقی
cli-whoami-no-quota = کوئی کوٹا نہیں
cli-invite-in-browser = براؤزر میں: { $link }
cli-invite-created = دعوت { $id }، { $count ->
    [one] { $count } اکاؤنٹ
   *[other] { $count } اکاؤنٹ
} کے لیے، { $expires } تک درست
cli-no-invitations = کوئی دعوت نہیں
cli-invite-open = کھلی
cli-invite-used = استعمال شدہ
cli-invite-expired = ختم شدہ
cli-invite-revoked = منسوخ
cli-invite-row = { $left }/{ $total } باقی  میعاد { $expires }
cli-invite-give = دعوت کی id (`conclave invite list` سے)، کوڈ یا لنک دیں
cli-revoked = منسوخ کر دی
cli-no-group = کوئی گروپ { $name } نہیں؛ `conclave group list` آپ کے گروپ دکھاتا ہے
cli-no-conversation-with = { $name } کے ساتھ کوئی گفتگو نہیں؛ `conclave send { $name } TEXT` ایک شروع کرتا ہے
cli-sent = { $conversation } کو پیغام { $seq } کے طور پر بھیجا
cli-warn-call-ignored = انتباہ: { $conversation } میں { $sender } کا کال سگنل { $seq } نظرانداز کیا: { $reason }
cli-history-note = (اوپر کی تاریخ آپ کی ڈیوائس { $device } سے آئی، { $at } کو بھیجی گئی)
cli-warn-receipt-not-sent = انتباہ: پڑھنے کی رسید نہیں بھیجی گئی: { $error }
cli-warn-delivery-unusable = انتباہ: ترسیل { $seq } استعمال نہیں ہو سکی: { $reason }
cli-history-imported = آپ کی ڈیوائس { $device } سے تاریخ ({ $at } کو بھیجی): { $count ->
    [one] { $count } گفتگوؤں
   *[other] { $count } گفتگوؤں
} میں { $entries ->
    [one] { $entries } اندراجات
   *[other] { $entries } اندراجات
}
cli-warn-history-later = انتباہ: آپ کی ڈیوائس { $device } سے تاریخ ابھی نہیں آئی ({ $reason })؛ اگلی کمانڈ دوبارہ کوشش کرے گی
cli-warn-history-unusable = انتباہ: آپ کی ڈیوائس { $device } کی تاریخ استعمال نہیں ہو سکتی: { $reason }
cli-warn-history-fetch = انتباہ: آپ کی دوسری ڈیوائس کی بھیجی گئی تاریخ حاصل نہیں ہو سکی: { $error }
cli-listen-handover = کوئی اور conclave کمانڈ یہ ڈیوائس استعمال کر رہی ہے؛ انتظار…
cli-listening-again = دوبارہ سن رہے ہیں
cli-connection-lost = رابطہ ٹوٹ گیا ({ $error })؛ دوبارہ جوڑ رہے ہیں…
cli-group-created = #{ $name } بنایا ({ $devices ->
    [one] { $devices } ڈیوائسز
   *[other] { $devices } ڈیوائسز
}، دور { $epoch })
cli-group-added = { $users } کو #{ $name } میں شامل کیا
cli-already-members = پہلے سے رکن ہیں
cli-group-removed = { $users } کو #{ $name } سے ہٹایا
cli-group-left = #{ $name } چھوڑ دیا
cli-no-conversations = کوئی گفتگو نہیں
cli-kind-group = گروپ
cli-kind-direct = براہِ راست
cli-kind-unnamed = بے نام
cli-devices = { $devices ->
    [one] { $devices } ڈیوائسز
   *[other] { $devices } ڈیوائسز
}
cli-group-info = { $name }  دور { $epoch }
cli-device = ڈیوائس { $id }
cli-device-link-waiting = نئی ڈیوائس کے شامل ہونے کا انتظار (`conclave --home NEWDIR device join LINK` چلائیں)…
cli-link-expired = کسی ڈیوائس کے شامل ہونے سے پہلے لنک کی میعاد ختم ہو گئی
cli-device-joined = ڈیوائس { $id } شامل ہوئی؛ { $total ->
    [one] { $total } گفتگوؤں
   *[other] { $total } گفتگوؤں
} میں سے { $added } میں شامل کی
cli-history-sent = اسے { $count ->
    [one] { $count } گفتگوؤں
   *[other] { $count } گفتگوؤں
} کی تاریخ بھیجی ({ $entries ->
    [one] { $entries } اندراجات
   *[other] { $entries } اندراجات
}، { $kib } KiB، اینڈ ٹو اینڈ خفیہ)
cli-history-none = بھیجنے کو کوئی پرانی تاریخ نہیں
cli-warn-history-not-sent = انتباہ: تاریخ نئی ڈیوائس کو نہیں بھیجی گئی: { $error }
cli-device-added = شامل کی { $at }
cli-device-added-this = شامل کی { $at } (یہ ڈیوائس)
cli-device-removed = ڈیوائس { $id } ہٹا دی
cli-safety-changed = !!! انتباہ: آپ کی تصدیق کے بعد { $user } کی کلیدیں بدل گئی ہیں !!!
cli-safety-changed-compare = !!! نئی ڈیوائس شامل ہوئی یا کلید بدلی گئی۔ حفاظتی نمبر دوبارہ ملائیں۔ !!!
cli-verified = { $user } کی تصدیق ہو چکی ہے
cli-not-verified = { $user } کی ابھی تصدیق نہیں ہوئی
cli-safety-number = { $user } کے ساتھ حفاظتی نمبر:
cli-marked-verified = { $user } کو تصدیق شدہ نشان زد کیا؛ ان کی کلیدیں بدلنے پر آپ کو انتباہ ملے گا
cli-replied = { $conversation } میں پیغام { $seq } کے طور پر جواب دیا
cli-reacted = { $conversation } میں پیغام { $seq } کے طور پر ردِعمل دیا
cli-reaction-taken-back = { $conversation } میں ردِعمل واپس لیا، پیغام { $seq }
cli-edited = { $conversation } میں پیغام { $seq } کے طور پر ترمیم کی
cli-deleted = { $conversation } میں سب کے لیے حذف کیا، پیغام { $seq }
cli-forwarded = { $conversation } میں پیغام { $seq } کے طور پر آگے بھیجا
cli-timer-set = { $conversation } میں ٹائمر لگایا، پیغام { $seq }
cli-timer-invalid = `{ $value }`: { $error }؛ off، 30s، 5m، 1h، 1d یا 1w کہیں
cli-receipts-say-on-or-off = `{ $value }`: `on` یا `off` کہیں
cli-receipts-on = پڑھنے کی رسیدیں چالو: یہ ڈیوائس دوسروں کو بتاتی ہے کہ آپ نے کیا پڑھا، اور دکھاتی ہے کہ انہوں نے کیا پڑھا
cli-receipts-off = پڑھنے کی رسیدیں بند: یہ ڈیوائس نہ بھیجتی ہے نہ کسی کی دکھاتی ہے
cli-not-a-file = { $path } فائل نہیں ہے
cli-uploading = اپ لوڈ ہو رہا ہے
cli-downloading = ڈاؤن لوڈ ہو رہا ہے
cli-file-sent = { $file } ({ $size }) کو { $conversation } میں پیغام { $seq } کے طور پر بھیجا
cli-message-not-available = پیغام { $message } دستیاب نہیں
cli-message-deleted = پیغام { $message } حذف ہو چکا ہے
cli-message-not-a-file = { $conversation } میں پیغام { $message } فائل نہیں ہے
cli-no-conversations-yet = ابھی کوئی گفتگو نہیں
cli-files-in-several = { $message } کئی گفتگوؤں کی فائلوں کی طرف اشارہ کرتا ہے: `conclave download CONVERSATION { $message }` کہیں
cli-too-many-files = یہاں اس نام کی بہت سی فائلیں ہیں؛ --output سے جگہ بتائیں
cli-file-gone = سرور کے پاس اب یہ فائل نہیں: وہ فائل تب تک رکھتا ہے جب تک گفتگو کی ہر ڈیوائس اسے نہ لے لے، زیادہ سے زیادہ { $days ->
    [one] { $days } دن
   *[other] { $days } دن
}
cli-file-saved = { $conversation } [{ $seq }] سے { $file } ({ $size }) کو { $path } کے طور پر محفوظ کیا
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE درست UTF-8 نہیں ہے
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE خالی ہے
cli-prompt-passphrase = پاس فریز
cli-prompt-again = دوبارہ
cli-reading-passphrase = پاس فریز پڑھنا
cli-passphrase-empty = خالی پاس فریز کسی چیز کی حفاظت نہیں کرتا
cli-passphrases-differ = پاس فریز مختلف ہیں
cli-home-taken = { $dir } میں پہلے سے ایک Conclave ڈیوائس ہے؛ نئی کے لیے دوسرا --home (یا CONCLAVE_HOME) استعمال کریں
cli-cannot-create = { $path } نہیں بنا سکتے
cli-cannot-remove = { $path } نہیں ہٹا سکتے
cli-cannot-write = { $path } نہیں لکھ سکتے
cli-cannot-open = { $path } نہیں کھول سکتے
cli-cannot-listen = { $address } پر نہیں سن سکتے
cli-no-device = { $dir } میں کوئی Conclave ڈیوائس نہیں — پہلے `conclave join LINK --name NAME` چلائیں
cli-malformed-file = { $path } غلط ہے
cli-device-key-missing = حالت میں ڈیوائس کی کلید موجود نہیں
cli-device-key-malformed = ڈیوائس کی کلید غلط ہے
cli-fingerprint-malformed = device.json میں فنگرپرنٹ غلط ہے
cli-lock-waiter-stopped = لاک کا انتظار رک گیا
cli-lock-wait-cancelled = ڈیوائس لاک کا انتظار منسوخ ہو گیا
cli-lock-waiting = اس ڈیوائس کو استعمال کرنے والے دوسرے conclave عمل (pid { $pid }) کا انتظار…
cli-lock-busy = دوسرا conclave عمل (pid { $pid }) { $dir } میں اس ڈیوائس کی حالت استعمال کر رہا ہے اور { $seconds } s میں حوالے نہیں کی؛ اسے روکیں یا ختم ہونے دیں
cli-ledger-no-conversation = کوئی گفتگو "{ $name }" نہیں: '#گروپ' یا کسی 1:1 گفتگو کا صارف نام دیں
cli-ledger-unreadable = انتباہ: { $count ->
    [one] { $count } کھاتہ اندراجات
   *[other] { $count } کھاتہ اندراجات
} نئے Conclave نے لکھے ہیں اور یہاں پڑھے نہیں جا سکتے؛ اپ ڈیٹ تک بقایا انہیں چھوڑ دیتا ہے
cli-ledger-handed-over = نوٹ: یہ ڈیوائس پیغام { $seq } پر شامل ہوئی؛ اس سے پہلے کے اندراجات ویسے ہیں جیسے { $user } کی ڈیوائس { $device } نے حوالے کیے
cli-ledger-discrepancy = انتباہ: { $user } کی ڈیوائس { $device } نے نئے آنے والوں کو ایسا کھاتہ دیا جو اس ڈیوائس کے کھاتے سے مختلف ہے (پیغام { $seq }): { $detail }
cli-ledger-to-or-split = --to یا --split میں سے ایک دیں
cli-ledger-stored-without-content = پیغام اپنے مواد کے بغیر محفوظ ہوا
cli-ledger-missing-after-send = بھیجنے کے بعد اندراج کھاتے میں نہیں ہے
cli-ledger-refused = اندراج پیغام { $seq } کے طور پر گفتگو میں پہنچا مگر ہر ڈیوائس اسے مسترد کرتی ہے: { $error }
cli-ledger-recorded = { $conversation } میں { $id } درج کیا: { $description }
cli-ledger-empty = { $conversation }: ابھی کوئی کھاتہ اندراج نہیں
cli-ledger-title = { $conversation } کا کھاتہ
cli-ledger-reversed-tag = [الٹا گیا]
cli-ledger-recorded-by = { $user } نے درج کیا (ڈیوائس { $device }) { $at }، پیغام { $seq }
cli-ledger-ref = حوالہ { $reference }
cli-ledger-reversed-by = { $user } نے الٹا ({ $id })
cli-ledger-reversed = الٹا گیا ({ $id })
cli-ledger-balances-title = { $conversation } کے بقایا جات
cli-ledger-is-owed = لینا ہے
cli-ledger-owes = دینا ہے
cli-ledger-settled = برابر
cli-ledger-all-settled = سب برابر ہیں
cli-ledger-to-settle-up = حساب برابر کرنے کے لیے:
cli-ledger-pays = { $from } { $to } کو { $amount } دیتا ہے
cli-writing = { $path } لکھنا
cli-writing-export = برآمد لکھنا
cli-ledger-exported = { $count ->
    [one] { $count } کھاتہ ریکارڈ
   *[other] { $count } کھاتہ ریکارڈ
} { $path } میں برآمد کیے
cli-not-a-call-id = { $value } کال id نہیں ہے (32 ہیکسا ڈیسیمل حروف)
cli-no-call-running = { $conversation } میں کوئی کال جاری نہیں
cli-call-started = { $conversation } میں کال { $call } شروع کی
cli-call-joined = { $conversation } میں کال { $call } میں شامل ہوئے
cli-call-left = { $conversation } میں کال { $call } چھوڑ دی
cli-call-declined = { $conversation } میں کال { $call } مسترد کی
cli-call-ended = { $conversation } میں کال { $call } ختم کی
cli-call-not-in = یہ ڈیوائس کال { $call } میں نہیں ہے
cli-call-not-ringing = کال { $call } آپ کے لیے نہیں بج رہی (یہ 45 s بجتی ہے، جب تک آپ اٹھائیں یا مسترد کریں)
cli-call-token = کال { $call } کا کال ٹوکن، { $expires } تک درست
cli-proxy-loopback-only = پراکسی تصدیق کے بغیر چلتی ہے، اس لیے صرف loopback پر سنتی ہے (ملا { $address })
cli-proxy-no-directory = ریلے ڈائریکٹری حاصل نہیں ہو سکی: { $error }
cli-proxy-no-server = یہ ڈیوائس کوئی سرور نہیں جانتی
cli-proxy-circuit = سرکٹ { $circuit }: داخلہ { $entry } ← اخراج { $exit }، { $ms } ms میں
cli-proxy-same-operator = انتباہ: دونوں ریلے ایک ہی آپریٹر چلاتا ہے، اس لیے یہاں دو ہاپ کی تقسیم صرف نام کی ہے
cli-proxy-circuit-failed = سرکٹ ناکام: { $error }
cli-proxy-stream-refused = رابطہ مسترد: { $reason }
cli-proxy-listening = socks5://{ $address } اور http://{ $address } (CONNECT) پر نجی براؤزنگ۔ براؤزر کو اس کی طرف کریں، مثلاً
cli-proxy-two-relays = ہر رابطہ دو ریلے سے گزرتا ہے: داخلہ آپ کا پتہ دیکھتا ہے، اخراج سائٹ؛ کوئی دونوں نہیں۔ غیر محفوظ: دونوں ریلے کی ملی بھگت، یا دونوں سروں کی ٹائمنگ دیکھنے والا۔
cli-proxy-first-circuit-failed = پہلا سرکٹ ناکام (پہلے رابطے پر دوبارہ کوشش): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } سرکٹ
   *[other] { $circuits } سرکٹ
}، { $streams ->
    [one] { $streams } اسٹریم
   *[other] { $streams } اسٹریم
}، ↑ { $sent } ↓ { $received }
cli-proxy-stopped = رک گیا: { $circuits ->
    [one] { $circuits } سرکٹ
   *[other] { $circuits } سرکٹ
} بنے، ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = سرور وہ نہیں پڑھ سکا جو اس پروگرام نے بھیجا؛ Conclave کو اپ ڈیٹ کریں
server-error-unsupported-version = سرور Conclave کے پروٹوکول کا کوئی اور ورژن بولتا ہے؛ Conclave کو اپ ڈیٹ کریں
server-error-frame-too-large = جو اس پروگرام نے بھیجا وہ سرور کے لیے بہت بڑا ہے
server-error-not-authenticated = اس ڈیوائس کے سائن اِن کرنے سے پہلے سرور نے سیشن ختم کر دیا؛ دوبارہ کوشش کریں
server-error-already-authenticated = اس ڈیوائس نے ایک ہی سیشن میں دو بار سائن اِن کیا؛ دوبارہ کوشش کریں
server-error-auth-failed = سرور اس ڈیوائس کو قبول نہیں کرتا: اسے اس کے اکاؤنٹ سے ہٹا دیا گیا، یا اس کی کلید میل نہیں کھاتی
server-error-invite-unknown = یہ دعوت موجود نہیں؛ لنک جانچیں
server-error-invite-used = یہ دعوت پہلے ہی استعمال ہو چکی ہے؛ نئی مانگیں
server-error-invite-expired = اس دعوت کی میعاد ختم ہو گئی؛ نئی مانگیں
server-error-invite-revoked = یہ دعوت منسوخ کر دی گئی؛ نئی مانگیں
server-error-username-taken = یہ صارف نام لیا جا چکا ہے؛ کوئی اور چنیں
server-error-username-invalid = سرور یہ صارف نام قبول نہیں کرتا
server-error-device-key-taken = اس ڈیوائس کی کلید پہلے سے رجسٹرڈ ہے
server-error-account-disabled = سرور کے آپریٹر نے آپ کا اکاؤنٹ غیر فعال کر دیا ہے
server-error-account-expired = اکاؤنٹ { $user } کی میعاد { $date } کو ختم ہو گئی؛ کسی ایڈمن سے تجدید کا کوڈ مانگیں
server-error-account-expired-plain = آپ کے اکاؤنٹ کی میعاد ختم ہو گئی ہے؛ کسی ایڈمن سے تجدید کا کوڈ مانگیں
server-error-renewal-unknown = تجدید کا یہ کوڈ موجود نہیں
server-error-renewal-used = تجدید کا یہ کوڈ پہلے ہی استعمال ہو چکا ہے
server-error-renewal-expired = تجدید کے اس کوڈ کی میعاد ختم ہو گئی؛ کسی ایڈمن سے نیا مانگیں
server-error-forbidden = سرور اس کی اجازت نہیں دیتا
server-error-not-found = سرور وہ نہیں جانتا جو مانگا گیا
server-error-no-account = { $name } نام کا کوئی اکاؤنٹ نہیں
server-error-invalid-argument = سرور نے درخواست کو غلط قرار دے کر رد کر دیا
server-error-quota-exceeded = دعوتوں کا کوٹہ پورا ہو گیا: آپ نے { $quota } میں سے { $used } دعوتیں دی ہیں، { $left } باقی ہیں
server-error-quota-exceeded-plain = آپ کا دعوتوں کا کوٹہ ختم ہو گیا ہے
server-error-queue-full = ایک وصول کنندہ ڈیوائس کی قطار بھری ہوئی ہے؛ اسے آن لائن آ کر پیچھے رہ جانے والا حصہ لینا ہوگا
server-error-rate-limited = بہت زیادہ درخواستیں؛ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں
server-error-rate-limited-plain = بہت زیادہ درخواستیں؛ تھوڑی دیر بعد دوبارہ کوشش کریں
server-error-too-many-connections = سرور اپنی کنکشن کی حد پر ہے؛ بعد میں کوشش کریں
server-error-limit-exceeded = یہ سرور کی ایک حد سے آگے جاتا ہے
server-error-stale-epoch = گفتگو اسی لمحے بدل گئی؛ دوبارہ کوشش کریں
server-error-not-member = یہ ڈیوائس اس گفتگو کی رکن نہیں
server-error-no-key-package = جس ڈیوائس کو شامل کرنا ہے اس کے سرور پر کوئی کلیدی پیکج نہیں؛ پہلے اسے آن لائن آنا ہوگا
server-error-device-link-invalid = یہ ڈیوائس لنک نامعلوم، استعمال شدہ یا میعاد ختم ہے؛ اکاؤنٹ کی کسی ڈیوائس پر نیا بنائیں
server-error-shutting-down = سرور بند ہو رہا ہے؛ تھوڑی دیر بعد دوبارہ کوشش کریں
server-error-internal = سرور میں اندرونی خرابی ہوئی؛ بعد میں کوشش کریں
server-error-unavailable = سرور یہ پیش نہیں کرتا
server-error-fell-behind = ایک ڈیوائس اس گفتگو میں پیچھے رہ گئی ہے اور انتظار میں ہے کہ کوئی رکن اسے دوبارہ شامل کرے
server-error-relay-tokens-used-up = نجی براؤزنگ کا آج کا کوٹہ ختم ہو گیا؛ یہ 00:00 UTC پر تازہ ہوتا ہے
server-error-relay-tokens-unavailable = یہ سرور نجی براؤزنگ پیش نہیں کرتا
server-error-call-tokens-unavailable = یہ سرور کالیں پیش نہیں کرتا
server-error-unknown-code = سرور نے انکار کیا (خرابی { $code })
server-error-unsupported = سرور اس درخواست کو نہیں جانتا: وہ Conclave کا پرانا ورژن چلاتا ہے
cli-server-account-expired = اکاؤنٹ { $user } کی میعاد { $date } کو ختم ہو گئی؛ کسی ایڈمن سے تجدید کا کوڈ مانگیں اور `conclave renew CODE` چلائیں
cli-server-account-expired-plain = آپ کے اکاؤنٹ کی میعاد ختم ہو گئی ہے؛ کسی ایڈمن سے تجدید کا کوڈ مانگیں اور `conclave renew CODE` چلائیں
cli-client-connect = { $address } سے رابطہ نہیں ہو سکا: { $reason }
cli-client-pin-mismatch = سرور کا TLS سرٹیفکیٹ پن کیے گئے فنگر پرنٹ سے میل نہیں کھاتا (متوقع { $expected }، ملا { $got })؛ یہ حملہ ہو سکتا ہے، یا سرور کا سرٹیفکیٹ بدل گیا ہے
cli-client-timeout = سرور کا انتظار کرتے ہوئے وقت ختم ہو گیا
cli-client-closed = کنکشن بند ہو گیا
cli-client-closed-because = کنکشن بند ہو گیا: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (جواب) { $text }
preview-reaction = (ردِعمل) { $emoji }
preview-edit = (ترمیم شدہ) { $text }
preview-deleted = (ایک پیغام حذف کیا)
preview-receipt = ({ $seq } تک پڑھا گیا)
preview-conversation-started = (گفتگو شروع ہوئی)
preview-group = (گروپ #{ $name })
preview-file = (فائل) { $name } ({ $size ->
    [one] { $size } بائٹ
   *[other] { $size } بائٹس
}، { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (آگے بھیجا گیا) { $text }
preview-timer-off = (غائب ہونے والے پیغامات بند)
preview-timer = (غائب ہونے والے پیغامات: { $time })
preview-display-name-cleared = (ظاہری نام صاف کیا گیا)
preview-display-name = (ظاہری نام: { $name })
preview-call-started-audio = (کال) آڈیو کال { $call } شروع کی
preview-call-started-video = (کال) ویڈیو کال { $call } شروع کی
preview-call-ringing = (کال) { $call } کے لیے گھنٹی بج رہی ہے
preview-call-answered = (کال) { $call } کا جواب دیا
preview-call-declined = (کال) { $call } مسترد کی
preview-call-joined = (کال) { $call } میں شامل ہوئے
preview-call-left = (کال) { $call } چھوڑ دی
preview-call-ended = (کال) { $call } ختم کی
preview-call-unreadable = (کال سگنل پڑھا نہیں جا سکا: { $reason })
preview-ledger = (کھاتہ) { $entry }
preview-ledger-handover = (کھاتہ) { $count ->
    [one] { $count } پچھلا اندراج
   *[other] { $count } پچھلے اندراجات
} شامل ہونے والی ڈیوائسز کے حوالے کیے گئے (حصہ { $part } از { $parts })
preview-ledger-unreadable = (کھاتے کا اندراج پڑھا نہیں جا سکا: { $reason })
ledger-payment-to = { $from } نے { $names } کو { $money } ادا کیے
ledger-payment-equal = { $from } نے { $names } کے لیے { $money } ادا کیے (برابر تقسیم)
ledger-payment-exact = { $from } نے { $names } کے لیے { $money } ادا کیے (تقسیم { $shares })
ledger-payment-weights = { $from } نے { $names } کے لیے { $money } ادا کیے (وزن کے لحاظ سے تقسیم { $weights })
ledger-debt-to = { $names } پر { $from } کے { $money } واجب الادا ہیں
ledger-debt-equal = { $names } پر { $from } کے { $money } واجب الادا ہیں (برابر تقسیم)
ledger-debt-exact = { $names } پر { $from } کے { $money } واجب الادا ہیں (تقسیم { $shares })
ledger-debt-weights = { $names } پر { $from } کے { $money } واجب الادا ہیں (وزن کے لحاظ سے تقسیم { $weights })
ledger-reversed-entry = اندراج { $id } الٹا گیا
ledger-with-memo = { $entry }: { $memo }
ledger-refused = مسترد: { $entry } ({ $error })
ledger-refused-plain = مسترد: { $error }
ledger-unreadable = پڑھا نہیں جا سکا: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = شامل ہوئے
history-unreadable = ناقابلِ مطالعہ پیغام ({ $reason })
history-fell-behind = یہ آلہ یہاں پیچھے رہ گیا اور کچھ پیغامات چھوٹ گئے؛ جب کوئی رکن اگلی بار بھیجے گا تو اسے دوبارہ شامل کیا جائے گا
history-fell-behind-long = یہ آلہ یہاں پیچھے رہ گیا (سرور پر اس کی قطار بھری ہوئی تھی) اور اس مقام سے پیغامات چھوٹ گئے؛ جب کوئی رکن اگلی بار بھیجے گا تو اسے دوبارہ شامل کیا جائے گا۔
history-added = { $names } کو شامل کیا
history-removed = { $names } کو ہٹایا
history-added-removed = { $added } کو شامل کیا؛ { $removed } کو ہٹایا
history-keys-updated = کلیدیں اپ ڈیٹ کیں
history-deleted = (حذف شدہ)
preview-photo = تصویر: { $name }
preview-voice-note = صوتی نوٹ: { $name }
preview-file-named = فائل: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = غائب ہونے والے پیغامات کا ٹائمر یا تو بند ہوتا ہے یا { $min } s سے 4 ہفتے ({ $max } s) تک؛ { $secs } s نہیں چلے گا
refused-one-to-one-self = 1:1 گفتگو کے لیے کوئی دوسرا اکاؤنٹ چاہیے
refused-group-exists = آپ کے پاس پہلے سے #{ $name } نام کا گروپ ہے
refused-remove-self = گفتگو چھوڑنے کے لیے `leave` استعمال کریں
refused-not-members = ان میں سے کوئی بھی رکن نہیں
refused-no-key-packages = شامل کی جانے والی ڈیوائسز میں سے کسی نے ابھی تک کلیدی پیکج شائع نہیں کیے
refused-busy = گروپ بہت مصروف ہے؛ دوبارہ کوشش کریں
refused-not-in-conversation = آپ اس گفتگو میں نہیں ہیں
refused-fell-behind = یہ ڈیوائس اس گفتگو میں پیچھے رہ گئی (سرور پر اس کی قطار بھری ہوئی تھی)؛ جب کوئی دوسرا رکن اگلی بار بھیجے گا تو اسے دوبارہ شامل کیا جائے گا
refused-server-too-old-for-timer = اس گفتگو کے پیغامات غائب ہو جاتے ہیں، اور سرور اتنا پرانا ہے کہ انہیں اپنی قطار میں ختم ہونے نہیں دے سکتا (پروٹوکول نظرِ ثانی 1): سرور کو اپ گریڈ کریں، یا ٹائمر بند کریں
refused-call-running = اس گفتگو میں ایک کال ({ $call }، جسے { $caller } نے شروع کیا) جاری ہے: اس میں شامل ہوں
refused-display-name-too-long = ظاہری نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں ({ $given } دیے گئے)
refused-display-name-invisible = ظاہری نام میں کنٹرول، سمت بدلنے والے یا نظر نہ آنے والے حروف نہیں ہو سکتے ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = خرابی: { $message }
cli-usage-invalid-value = { $arg } کے لیے غلط قدر { $value }
cli-usage-value-required = { $arg } کے لیے ایک قدر درکار ہے لیکن کوئی نہیں دی گئی
cli-usage-invalid-value-because = { $arg } کے لیے غلط قدر { $value }: { $reason }
cli-usage-possible-values = ممکنہ قدریں: { $values }
cli-usage-unknown-argument = غیر متوقع دلیل { $arg } ملی
cli-usage-unknown-subcommand = نامعلوم ذیلی کمانڈ { $command }
cli-usage-missing-arguments = درج ذیل لازمی دلائل موجود نہیں: { $args }
cli-usage-missing-subcommand = { $command } کو ایک ذیلی کمانڈ درکار ہے لیکن کوئی نہیں دی گئی
cli-usage-subcommands = ذیلی کمانڈز: { $values }
cli-usage-too-many-values = { $arg } کے لیے غیر متوقع قدر { $value } ملی؛ مزید قدروں کی توقع نہیں تھی
cli-usage-conflict = دلیل { $arg } کو { $other } کے ساتھ استعمال نہیں کیا جا سکتا
cli-usage-used-twice = دلیل { $arg } کو ایک سے زیادہ بار استعمال نہیں کیا جا سکتا
cli-usage-similar-subcommand = مشورہ: ایک ملتی جلتی ذیلی کمانڈ موجود ہے: { $names }
cli-usage-similar-argument = مشورہ: ایک ملتی جلتی دلیل موجود ہے: { $names }
cli-usage-similar-value = مشورہ: ایک ملتی جلتی قدر موجود ہے: { $names }
cli-usage-more = مزید معلومات کے لیے { $help } آزمائیں۔

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = حفاظتی نمبر { $number }
members-safety-number-verified = حفاظتی نمبر { $number } (تصدیق شدہ)
members-no-safety-number = کوئی حفاظتی نمبر نہیں: { $error }
notice-not-sent = نہیں بھیجا گیا: { $error }
notice-ledger-failed = کھاتہ: { $error }
notice-members-failed = اراکین: { $error }
notice-error = خرابی: { $error }
