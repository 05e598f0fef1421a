# Conclave: Persian (فارسی).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = متصل
status-reconnecting = در حال اتصال دوباره… ({ $reason })
status-paused = متوقف: فرمان دیگری از conclave از این دستگاه استفاده می‌کند
pane-conversations = گفتگوها
pane-unread = { $count ->
    [one] { $count } خوانده‌نشده
   *[other] { $count } خوانده‌نشده
}
pane-message = پیام
pane-none = گفتگویی نیست
compose-hint = برای نوشتن Tab یا Enter
empty-conversations = هنوز گفتگویی نیست. از خط فرمان یکی را شروع کنید: conclave send USER TEXT
empty-messages = هنوز پیامی نیست. پایین بنویسید و Enter را بزنید.
keys-short = Tab تمرکز · Enter ارسال · ^L حساب · ^E ثبت · ^U اعضا · ? راهنما · q خروج
keys-long = Tab تمرکز · Enter ارسال · Alt+Enter خط جدید · ^L حساب · ^E افزودن ثبت · ^U اعضا · ? راهنما · q خروج
help-title = راهنما (Esc)
help-focus = جابه‌جایی میان گفتگوها، پیام‌ها و خط نوشتن
help-choose = انتخاب گفتگو؛ پیمایش پیام‌ها
help-scroll = پیمایش پیام‌ها
help-enter = ارسال (در خط نوشتن)؛ نوشتن (جای دیگر)
help-newline = خط جدید در پیام
help-ledger = حساب مشترک گفتگو: مانده‌ها، تسویه
help-add-entry = افزودن ثبت
help-members = اعضا، دستگاه‌هایشان و شماره‌های امنیتی
help-esc = بستن پنل؛ ترک خط نوشتن
help-vim = کلیدهای به سبک vim (با --vim)
help-help = همین راهنما
help-quit = خروج
ledger-title = حساب (Esc)
ledger-balances = مانده‌ها
ledger-none = هنوز ثبتی نیست (Ctrl+E یکی می‌افزاید)
ledger-settle = تسویه
ledger-even = همه بی‌حساب‌اند
ledger-entries = ثبت‌ها
members-title = اعضا (Esc)
members-device = دستگاه { $id }
members-you = شما
form-title = افزودن ثبت
form-kind = نوع
form-amount = مبلغ
form-currency = ارز
form-from = از
form-split = تقسیم
form-to = به
form-memo = یادداشت
form-hint = نوع: payment|debt · تقسیم: to|equal (به: یک عضو، یا a,b,c)
form-keys = Tab فیلد بعدی · Enter افزودن · Esc لغو
notice-sent = به‌عنوان پیام { $seq } فرستاده شد
notice-entry-added = ثبت به‌عنوان پیام { $seq } افزوده شد
notice-reconnected = دوباره متصل شد

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } در حال نوشتن است…
typing-two = { $first } و { $second } در حال نوشتن‌اند…
typing-several = چند نفر در حال نوشتن‌اند…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = شروع ممکن نیست: { $error }
cli-unexpected-response = پاسخ غیرمنتظره { $response }
cli-invalid-option = { $option } نامعتبر
cli-invalid-option-value = { $option } نامعتبر { $value }
cli-invalid-duration = مدت نامعتبر { $value } (مثلاً 24h یا 7d)
cli-not-invite-link = این پیوند دعوت نیست (پیوند دستگاه برای `conclave device join` است)
cli-not-device-link = این پیوند دستگاه نیست (با `conclave device link` روی دستگاه فعلی‌تان یکی بسازید)
cli-joined = به { $server } با نام { $user } پیوستید (دستگاه { $device })؛ حساب تا { $expires } معتبر است
cli-linked = به { $server } با نام { $user } پیوند شد (دستگاه { $device })؛ حساب تا { $expires } معتبر است
cli-malformed-renewal-code = کد تمدید نادرست است
cli-renewed = تمدید شد: حساب { $user } تا { $expires } معتبر است
cli-display-name-none = نام نمایشی ندارید: دیگران { $user } را می‌بینند
cli-whoami-account = حساب
cli-whoami-device = دستگاه
cli-whoami-server = سرور
cli-whoami-expires = انقضا
cli-whoami-invites = دعوت‌ها
cli-whoami-admin = (مدیر)
cli-whoami-invites-left = { $count } باقی‌مانده
cli-whoami-no-quota = بدون سهمیه
cli-invite-in-browser = در مرورگر: { $link }
cli-invite-created = دعوت { $id } برای { $count ->
    [one] { $count } حساب
   *[other] { $count } حساب
}، معتبر تا { $expires }
cli-no-invitations = دعوتی نیست
cli-invite-open = باز
cli-invite-used = استفاده‌شده
cli-invite-expired = منقضی
cli-invite-revoked = لغوشده
cli-invite-row = { $left }/{ $total } باقی‌مانده  انقضا { $expires }
cli-invite-give = شناسهٔ دعوت (از `conclave invite list`)، کد یا پیوند بدهید
cli-revoked = لغو شد
cli-no-group = گروه { $name } وجود ندارد؛ `conclave group list` گروه‌هایتان را نشان می‌دهد
cli-no-conversation-with = گفتگویی با { $name } نیست؛ `conclave send { $name } TEXT` یکی را آغاز می‌کند
cli-sent = به { $conversation } به‌عنوان پیام { $seq } فرستاده شد
cli-warn-call-ignored = هشدار: سیگنال تماس { $seq } از { $sender } در { $conversation } نادیده گرفته شد: { $reason }
cli-history-note = (تاریخچهٔ بالا از دستگاه { $device } شما آمد، فرستاده‌شده در { $at })
cli-warn-receipt-not-sent = هشدار: رسید خواندن فرستاده نشد: { $error }
cli-warn-delivery-unusable = هشدار: تحویل { $seq } قابل استفاده نبود: { $reason }
cli-history-imported = تاریخچه از دستگاه { $device } شما (فرستاده‌شده در { $at }): { $entries ->
    [one] { $entries } مورد
   *[other] { $entries } مورد
} در { $count ->
    [one] { $count } گفتگو
   *[other] { $count } گفتگو
}
cli-warn-history-later = هشدار: تاریخچه از دستگاه { $device } شما هنوز نرسیده است ({ $reason })؛ فرمان بعدی دوباره تلاش می‌کند
cli-warn-history-unusable = هشدار: تاریخچه از دستگاه { $device } شما قابل استفاده نیست: { $reason }
cli-warn-history-fetch = هشدار: دریافت تاریخچه‌ای که دستگاه دیگرتان فرستاد ممکن نشد: { $error }
cli-listen-handover = فرمان conclave دیگری از این دستگاه استفاده می‌کند؛ در انتظار…
cli-listening-again = دوباره در حال شنود
cli-connection-lost = اتصال قطع شد ({ $error })؛ در حال اتصال دوباره…
cli-group-created = #{ $name } ساخته شد ({ $devices ->
    [one] { $devices } دستگاه
   *[other] { $devices } دستگاه
}، دوره { $epoch })
cli-group-added = { $users } به #{ $name } افزوده شدند
cli-already-members = از قبل عضو هستند
cli-group-removed = { $users } از #{ $name } حذف شدند
cli-group-left = از #{ $name } خارج شدید
cli-no-conversations = گفتگویی نیست
cli-kind-group = گروه
cli-kind-direct = مستقیم
cli-kind-unnamed = بی‌نام
cli-devices = { $devices ->
    [one] { $devices } دستگاه
   *[other] { $devices } دستگاه
}
cli-group-info = { $name }  دوره { $epoch }
cli-device = دستگاه { $id }
cli-device-link-waiting = در انتظار پیوستن دستگاه تازه (`conclave --home NEWDIR device join LINK` را اجرا کنید)…
cli-link-expired = پیش از پیوستن دستگاهی، پیوند منقضی شد
cli-device-joined = دستگاه { $id } پیوست؛ به { $added } از { $total ->
    [one] { $total } گفتگو
   *[other] { $total } گفتگو
} افزوده شد
cli-history-sent = تاریخچهٔ { $count ->
    [one] { $count } گفتگو
   *[other] { $count } گفتگو
} برایش فرستاده شد ({ $entries ->
    [one] { $entries } مورد
   *[other] { $entries } مورد
}، { $kib } KiB، رمزنگاری سرتاسری)
cli-history-none = تاریخچهٔ قبلی برای فرستادن نیست
cli-warn-history-not-sent = هشدار: تاریخچه به دستگاه تازه فرستاده نشد: { $error }
cli-device-added = افزوده در { $at }
cli-device-added-this = افزوده در { $at } (همین دستگاه)
cli-device-removed = دستگاه { $id } حذف شد
cli-safety-changed = !!! هشدار: کلیدهای { $user } پس از تأیید شما تغییر کرده‌اند !!!
cli-safety-changed-compare = !!! دستگاه تازه‌ای افزوده شد یا کلیدی جایگزین شد. شمارهٔ امنیتی را دوباره مقایسه کنید. !!!
cli-verified = { $user } تأییدشده است
cli-not-verified = { $user } هنوز تأیید نشده است
cli-safety-number = شمارهٔ امنیتی با { $user }:
cli-marked-verified = { $user } تأییدشده علامت خورد؛ اگر کلیدهایش تغییر کند هشدار می‌گیرید
cli-replied = در { $conversation } به‌عنوان پیام { $seq } پاسخ داده شد
cli-reacted = در { $conversation } به‌عنوان پیام { $seq } واکنش نشان داده شد
cli-reaction-taken-back = واکنش در { $conversation } پس گرفته شد، پیام { $seq }
cli-edited = در { $conversation } به‌عنوان پیام { $seq } ویرایش شد
cli-deleted = در { $conversation } برای همه حذف شد، پیام { $seq }
cli-forwarded = در { $conversation } به‌عنوان پیام { $seq } بازارسال شد
cli-timer-set = زمان‌سنج در { $conversation } تنظیم شد، پیام { $seq }
cli-timer-invalid = `{ $value }`: { $error }؛ بگویید off، 30s، 5m، 1h، 1d یا 1w
cli-receipts-say-on-or-off = `{ $value }`: بگویید `on` یا `off`
cli-receipts-on = رسید خواندن روشن: این دستگاه به دیگران می‌گوید چه خوانده‌اید و نشان می‌دهد آن‌ها چه خوانده‌اند
cli-receipts-off = رسید خواندن خاموش: این دستگاه هیچ رسیدی نمی‌فرستد و رسید کسی را نشان نمی‌دهد
cli-not-a-file = { $path } پرونده نیست
cli-uploading = در حال بارگذاری
cli-downloading = در حال بارگیری
cli-file-sent = { $file } ({ $size }) به { $conversation } به‌عنوان پیام { $seq } فرستاده شد
cli-message-not-available = پیام { $message } در دسترس نیست
cli-message-deleted = پیام { $message } حذف شده است
cli-message-not-a-file = پیام { $message } در { $conversation } پرونده نیست
cli-no-conversations-yet = هنوز گفتگویی نیست
cli-files-in-several = { $message } به پرونده‌هایی در چند گفتگو اشاره دارد: بگویید `conclave download CONVERSATION { $message }`
cli-too-many-files = پرونده‌های هم‌نام زیادی این‌جاست؛ با --output بگویید کجا
cli-file-gone = سرور دیگر این پرونده را ندارد: پرونده را تا وقتی هر دستگاه گفتگو آن را بگیرد نگه می‌دارد، یا حداکثر { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
cli-file-saved = { $file } ({ $size }) از { $conversation } [{ $seq }] به‌نام { $path } ذخیره شد
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE یک UTF-8 معتبر نیست
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE خالی است
cli-prompt-passphrase = عبارت عبور
cli-prompt-again = دوباره
cli-reading-passphrase = خواندن عبارت عبور
cli-passphrase-empty = عبارت عبور خالی از هیچ چیز محافظت نمی‌کند
cli-passphrases-differ = عبارت‌های عبور یکسان نیستند
cli-home-taken = { $dir } از قبل یک دستگاه Conclave دارد؛ برای دستگاه تازه --home دیگری (یا CONCLAVE_HOME) به کار ببرید
cli-cannot-create = ساختن { $path } ممکن نیست
cli-cannot-remove = حذف { $path } ممکن نیست
cli-cannot-write = نوشتن { $path } ممکن نیست
cli-cannot-open = باز کردن { $path } ممکن نیست
cli-cannot-listen = شنود روی { $address } ممکن نیست
cli-no-device = دستگاه Conclave در { $dir } نیست — نخست `conclave join LINK --name NAME` را اجرا کنید
cli-malformed-file = { $path } نادرست است
cli-device-key-missing = کلید دستگاه در وضعیت نیست
cli-device-key-malformed = کلید دستگاه نادرست است
cli-fingerprint-malformed = اثر انگشت در device.json نادرست است
cli-lock-waiter-stopped = انتظار برای قفل متوقف شد
cli-lock-wait-cancelled = انتظار برای قفل دستگاه لغو شد
cli-lock-waiting = در انتظار فرایند conclave دیگری (pid { $pid }) که از این دستگاه استفاده می‌کند…
cli-lock-busy = فرایند conclave دیگری (pid { $pid }) از وضعیت این دستگاه در { $dir } استفاده می‌کند و ظرف { $seconds } ثانیه آن را واگذار نکرد؛ متوقفش کنید یا صبر کنید تمام شود
cli-ledger-no-conversation = گفتگوی «{ $name }» نیست: '#گروه' یا نام کاربری یک گفتگوی دونفره را بدهید
cli-ledger-unreadable = هشدار: { $count ->
    [one] { $count } مورد دفتر را Conclave جدیدتری نوشته و این‌جا خواندنی نیست؛ تا به‌روزرسانی، مانده‌ها آن‌ها را کنار می‌گذارند
   *[other] { $count } مورد دفتر را Conclave جدیدتری نوشته و این‌جا خواندنی نیست؛ تا به‌روزرسانی، مانده‌ها آن‌ها را کنار می‌گذارند
}
cli-ledger-handed-over = یادداشت: این دستگاه در پیام { $seq } پیوست؛ موارد پیش از آن همان‌گونه‌اند که دستگاه { $device } از { $user } واگذار کرد
cli-ledger-discrepancy = هشدار: دستگاه { $device } از { $user } دفتری به تازه‌واردها داد که با دفتر این دستگاه فرق دارد (پیام { $seq }): { $detail }
cli-ledger-to-or-split = یا --to یا --split را بدهید
cli-ledger-stored-without-content = پیام بدون محتوایش ذخیره شد
cli-ledger-missing-after-send = مورد پس از فرستادن در دفتر نیست
cli-ledger-refused = مورد به‌عنوان پیام { $seq } به گفتگو رسید اما همهٔ دستگاه‌ها آن را رد می‌کنند: { $error }
cli-ledger-recorded = { $id } در { $conversation } ثبت شد: { $description }
cli-ledger-empty = { $conversation }: هنوز موردی در دفتر نیست
cli-ledger-title = دفتر { $conversation }
cli-ledger-reversed-tag = [برگشت‌خورده]
cli-ledger-recorded-by = ثبت‌شده توسط { $user } (دستگاه { $device }) در { $at }، پیام { $seq }
cli-ledger-ref = ارجاع { $reference }
cli-ledger-reversed-by = برگشت توسط { $user } ({ $id })
cli-ledger-reversed = برگشت‌خورده ({ $id })
cli-ledger-balances-title = مانده‌های { $conversation }
cli-ledger-is-owed = طلبکار
cli-ledger-owes = بدهکار
cli-ledger-settled = تسویه
cli-ledger-all-settled = همه تسویه‌اند
cli-ledger-to-settle-up = برای تسویه:
cli-ledger-pays = { $from } به { $to } { $amount } می‌پردازد
cli-writing = نوشتن { $path }
cli-writing-export = نوشتن خروجی
cli-ledger-exported = { $count ->
    [one] { $count } مورد دفتر
   *[other] { $count } مورد دفتر
} به { $path } صادر شد
cli-not-a-call-id = { $value } شناسهٔ تماس نیست (32 نویسهٔ شانزده‌شانزدهی)
cli-no-call-running = تماسی در { $conversation } در جریان نیست
cli-call-started = تماس { $call } در { $conversation } آغاز شد
cli-call-joined = به تماس { $call } در { $conversation } پیوستید
cli-call-left = از تماس { $call } در { $conversation } خارج شدید
cli-call-declined = تماس { $call } در { $conversation } رد شد
cli-call-ended = تماس { $call } در { $conversation } پایان یافت
cli-call-not-in = این دستگاه در تماس { $call } نیست
cli-call-not-ringing = تماس { $call } برای شما زنگ نمی‌زند (45 ثانیه زنگ می‌زند، تا پاسخ دهید یا رد کنید)
cli-call-token = توکن تماس برای تماس { $call }، معتبر تا { $expires }
cli-proxy-loopback-only = پروکسی بدون احراز هویت کار می‌کند، پس فقط روی loopback گوش می‌دهد (دریافت‌شده { $address })
cli-proxy-no-directory = دریافت فهرست رله‌ها ممکن نیست: { $error }
cli-proxy-no-server = این دستگاه هیچ سروری نمی‌شناسد
cli-proxy-circuit = مدار { $circuit }: ورودی { $entry } ← خروجی { $exit } در { $ms } ms
cli-proxy-same-operator = هشدار: یک گرداننده هر دو رله را اداره می‌کند، پس جداسازی دوگامی این‌جا فقط اسمی است
cli-proxy-circuit-failed = مدار شکست خورد: { $error }
cli-proxy-stream-refused = اتصال رد شد: { $reason }
cli-proxy-listening = مرور خصوصی روی socks5://{ $address } و http://{ $address } (CONNECT). مرورگری را به آن نشانه بگیرید، مثلاً
cli-proxy-two-relays = هر اتصال را دو رله حمل می‌کنند: ورودی نشانی شما را می‌بیند و خروجی سایت را؛ هیچ‌کدام هر دو را نمی‌بیند. محافظت‌نشده: تبانی دو رله، یا ناظری بر زمان‌بندی در هر دو سر.
cli-proxy-first-circuit-failed = نخستین مدار شکست خورد (در نخستین اتصال دوباره تلاش می‌شود): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } مدار
   *[other] { $circuits } مدار
}، { $streams ->
    [one] { $streams } جریان
   *[other] { $streams } جریان
}، ↑ { $sent } ↓ { $received }
cli-proxy-stopped = متوقف شد: { $circuits ->
    [one] { $circuits } مدار
   *[other] { $circuits } مدار
} ساخته شد، ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = سرور نتوانست آنچه این برنامه فرستاد را بخواند؛ Conclave را به‌روز کنید
server-error-unsupported-version = سرور نسخهٔ دیگری از پروتکل Conclave را به کار می‌برد؛ Conclave را به‌روز کنید
server-error-frame-too-large = آنچه این برنامه فرستاد برای سرور بیش از حد بزرگ است
server-error-not-authenticated = سرور پیش از ورود این دستگاه نشست را بست؛ دوباره تلاش کنید
server-error-already-authenticated = این دستگاه در یک نشست دو بار وارد شد؛ دوباره تلاش کنید
server-error-auth-failed = سرور این دستگاه را نمی‌پذیرد: از حسابش حذف شده، یا کلیدش مطابقت ندارد
server-error-invite-unknown = این دعوت‌نامه وجود ندارد؛ پیوند را بررسی کنید
server-error-invite-used = این دعوت‌نامه پیش‌تر استفاده شده است؛ دعوت‌نامهٔ تازه‌ای بخواهید
server-error-invite-expired = این دعوت‌نامه منقضی شده است؛ دعوت‌نامهٔ تازه‌ای بخواهید
server-error-invite-revoked = این دعوت‌نامه لغو شد؛ دعوت‌نامهٔ تازه‌ای بخواهید
server-error-username-taken = این نام کاربری گرفته شده است؛ نام دیگری برگزینید
server-error-username-invalid = سرور این نام کاربری را نمی‌پذیرد
server-error-device-key-taken = کلید این دستگاه پیش‌تر ثبت شده است
server-error-account-disabled = گردانندهٔ سرور حساب شما را غیرفعال کرده است
server-error-account-expired = حساب { $user } در { $date } منقضی شد؛ از یک مدیر کد تمدید بخواهید
server-error-account-expired-plain = حساب شما منقضی شده است؛ از یک مدیر کد تمدید بخواهید
server-error-renewal-unknown = این کد تمدید وجود ندارد
server-error-renewal-used = این کد تمدید پیش‌تر استفاده شده است
server-error-renewal-expired = این کد تمدید منقضی شده است؛ از یک مدیر کد تازه‌ای بخواهید
server-error-forbidden = سرور اجازهٔ این کار را نمی‌دهد
server-error-not-found = سرور آنچه خواسته شد را نمی‌شناسد
server-error-no-account = حسابی با نام { $name } نیست
server-error-invalid-argument = سرور درخواست را نامعتبر دانست و رد کرد
server-error-quota-exceeded = سهمیهٔ دعوت پر شد: { $used } از { $quota } نوبت دعوت را داده‌اید، { $left } باقی است
server-error-quota-exceeded-plain = سهمیهٔ دعوت شما تمام شده است
server-error-queue-full = صف یکی از دستگاه‌های گیرنده پر است؛ باید برخط شود و عقب‌ماندگی را جبران کند
server-error-rate-limited = درخواست‌ها بیش از حد است؛ { $seconds } ثانیهٔ دیگر دوباره تلاش کنید
server-error-rate-limited-plain = درخواست‌ها بیش از حد است؛ کمی بعد دوباره تلاش کنید
server-error-too-many-connections = سرور به سقف اتصال‌هایش رسیده است؛ بعداً تلاش کنید
server-error-limit-exceeded = این از یکی از محدودیت‌های سرور فراتر می‌رود
server-error-stale-epoch = گفت‌وگو در همان لحظه تغییر کرد؛ دوباره تلاش کنید
server-error-not-member = این دستگاه عضو آن گفت‌وگو نیست
server-error-no-key-package = دستگاهی که باید افزوده شود هیچ بستهٔ کلیدی روی سرور ندارد؛ نخست باید برخط شود
server-error-device-link-invalid = این پیوند دستگاه ناشناخته، استفاده‌شده یا منقضی است؛ روی یکی از دستگاه‌های حساب پیوند تازه‌ای بسازید
server-error-shutting-down = سرور در حال خاموش شدن است؛ کمی بعد دوباره تلاش کنید
server-error-internal = سرور دچار خطای داخلی شد؛ بعداً تلاش کنید
server-error-unavailable = سرور این را ارائه نمی‌کند
server-error-fell-behind = دستگاهی در این گفت‌وگو عقب مانده و منتظر است یکی از اعضا دوباره آن را بیفزاید
server-error-relay-tokens-used-up = سهمیهٔ امروز برای مرور خصوصی تمام شده است؛ ساعت 00:00 UTC تازه می‌شود
server-error-relay-tokens-unavailable = این سرور مرور خصوصی ارائه نمی‌کند
server-error-call-tokens-unavailable = این سرور تماس ارائه نمی‌کند
server-error-unknown-code = سرور رد کرد (خطای { $code })
server-error-unsupported = سرور این درخواست را نمی‌شناسد: نسخهٔ قدیمی‌تری از Conclave را اجرا می‌کند
cli-server-account-expired = حساب { $user } در { $date } منقضی شد؛ از یک مدیر کد تمدید بخواهید و `conclave renew CODE` را اجرا کنید
cli-server-account-expired-plain = حساب شما منقضی شده است؛ از یک مدیر کد تمدید بخواهید و `conclave renew CODE` را اجرا کنید
cli-client-connect = اتصال به { $address } ممکن نیست: { $reason }
cli-client-pin-mismatch = گواهی TLS سرور با اثر انگشت سنجاق‌شده مطابقت ندارد (انتظار { $expected }، دریافت { $got })؛ ممکن است حمله باشد، یا گواهی سرور عوض شده است
cli-client-timeout = مهلت انتظار برای سرور به سر رسید
cli-client-closed = اتصال بسته شد
cli-client-closed-because = اتصال بسته شد: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (پاسخ) { $text }
preview-reaction = (واکنش) { $emoji }
preview-edit = (ویرایش‌شده) { $text }
preview-deleted = (پیامی را حذف کرد)
preview-receipt = (خوانده‌شده تا { $seq })
preview-conversation-started = (گفتگو آغاز شد)
preview-group = (گروه #{ $name })
preview-file = (فایل) { $name } ({ $size ->
    [one] { $size } بایت
   *[other] { $size } بایت
}، { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (بازارسال‌شده) { $text }
preview-timer-off = (پیام‌های ناپدیدشونده خاموش)
preview-timer = (پیام‌های ناپدیدشونده: { $time })
preview-display-name-cleared = (نام نمایشی پاک شد)
preview-display-name = (نام نمایشی: { $name })
preview-call-started-audio = (تماس) تماس صوتی { $call } را آغاز کرد
preview-call-started-video = (تماس) تماس تصویری { $call } را آغاز کرد
preview-call-ringing = (تماس) در حال زنگ خوردن برای { $call }
preview-call-answered = (تماس) به { $call } پاسخ داد
preview-call-declined = (تماس) { $call } را رد کرد
preview-call-joined = (تماس) به { $call } پیوست
preview-call-left = (تماس) از { $call } خارج شد
preview-call-ended = (تماس) { $call } را پایان داد
preview-call-unreadable = (سیگنال تماس ناخوانا: { $reason })
preview-ledger = (حساب) { $entry }
preview-ledger-handover = (حساب) { $count ->
    [one] { $count } ثبت پیشین
   *[other] { $count } ثبت پیشین
} به دستگاه‌هایی که پیوستند تحویل داده شد (بخش { $part } از { $parts })
preview-ledger-unreadable = (ثبت حساب ناخوانا: { $reason })
ledger-payment-to = { $from } به { $names } { $money } پرداخت
ledger-payment-equal = { $from } برای { $names } { $money } پرداخت (تقسیم مساوی)
ledger-payment-exact = { $from } برای { $names } { $money } پرداخت (تقسیم { $shares })
ledger-payment-weights = { $from } برای { $names } { $money } پرداخت (تقسیم بر اساس وزن { $weights })
ledger-debt-to = { $names } به { $from } { $money } بدهکار است
ledger-debt-equal = { $names } به { $from } { $money } بدهکارند (تقسیم مساوی)
ledger-debt-exact = { $names } به { $from } { $money } بدهکارند (تقسیم { $shares })
ledger-debt-weights = { $names } به { $from } { $money } بدهکارند (تقسیم بر اساس وزن { $weights })
ledger-reversed-entry = ثبت { $id } برگشت خورد
ledger-with-memo = { $entry }: { $memo }
ledger-refused = ردشده: { $entry } ({ $error })
ledger-refused-plain = ردشده: { $error }
ledger-unreadable = ناخوانا: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = پیوست
history-unreadable = پیام ناخوانا ({ $reason })
history-fell-behind = این دستگاه اینجا عقب ماند و پیام‌هایی را از دست داد؛ دفعهٔ بعد که عضوی پیامی بفرستد دوباره افزوده می‌شود
history-fell-behind-long = این دستگاه اینجا عقب ماند (صف آن روی سرور پر بود) و از این نقطه پیام‌ها را از دست داد؛ دفعهٔ بعد که عضوی پیامی بفرستد دوباره افزوده می‌شود.
history-added = { $names } را افزود
history-removed = { $names } را حذف کرد
history-added-removed = { $added } را افزود؛ { $removed } را حذف کرد
history-keys-updated = کلیدها را به‌روز کرد
history-deleted = (حذف شد)
preview-photo = عکس: { $name }
preview-voice-note = پیام صوتی: { $name }
preview-file-named = پرونده: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = زمان‌سنج پیام‌های ناپدیدشونده یا خاموش است یا از { $min } ثانیه تا 4 هفته ({ $max } ثانیه)؛ { $secs } ثانیه مجاز نیست
refused-one-to-one-self = گفتگوی دونفره به حساب دیگری نیاز دارد
refused-group-exists = از قبل گروهی به نام #{ $name } دارید
refused-remove-self = برای خروج از گفتگو از `leave` استفاده کنید
refused-not-members = هیچ‌کدام از آن‌ها عضو نیست
refused-no-key-packages = هیچ‌یک از دستگاه‌هایی که باید افزوده شوند هنوز بستهٔ کلیدی منتشر نکرده است
refused-busy = گروه بیش از حد مشغول است؛ دوباره تلاش کنید
refused-not-in-conversation = شما در این گفتگو نیستید
refused-fell-behind = این دستگاه در این گفتگو عقب ماند (صف آن روی سرور پر بود)؛ دفعهٔ بعد که عضو دیگری پیامی بفرستد دوباره افزوده می‌شود
refused-server-too-old-for-timer = پیام‌های این گفتگو ناپدید می‌شوند و سرور قدیمی‌تر از آن است که بگذارد در صفش منقضی شوند (بازنگری پروتکل 1): سرور را به‌روز کنید یا زمان‌سنج را خاموش کنید
refused-call-running = تماسی ({ $call }، آغازشده به دست { $caller }) در این گفتگو در جریان است: به آن بپیوندید
refused-display-name-too-long = نام نمایشی حداکثر { $max } نویسه دارد ({ $given } داده شد)
refused-display-name-invisible = نام نمایشی نمی‌تواند نویسه‌های کنترلی، نویسه‌های تغییر جهت یا نویسه‌های نامرئی داشته باشد ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = خطا: { $message }
cli-usage-invalid-value = مقدار نامعتبر { $value } برای { $arg }
cli-usage-value-required = برای { $arg } مقداری لازم است اما داده نشد
cli-usage-invalid-value-because = مقدار نامعتبر { $value } برای { $arg }: { $reason }
cli-usage-possible-values = مقدارهای ممکن: { $values }
cli-usage-unknown-argument = آرگومان غیرمنتظرهٔ { $arg } یافت شد
cli-usage-unknown-subcommand = زیرفرمان ناشناختهٔ { $command }
cli-usage-missing-arguments = آرگومان‌های لازم زیر داده نشدند: { $args }
cli-usage-missing-subcommand = فرمان { $command } به یک زیرفرمان نیاز دارد اما زیرفرمانی داده نشد
cli-usage-subcommands = زیرفرمان‌ها: { $values }
cli-usage-too-many-values = مقدار غیرمنتظرهٔ { $value } برای { $arg } یافت شد؛ مقدار بیشتری انتظار نمی‌رفت
cli-usage-conflict = آرگومان { $arg } را نمی‌توان همراه با { $other } به کار برد
cli-usage-used-twice = آرگومان { $arg } را نمی‌توان بیش از یک بار به کار برد
cli-usage-similar-subcommand = نکته: زیرفرمان مشابهی وجود دارد: { $names }
cli-usage-similar-argument = نکته: آرگومان مشابهی وجود دارد: { $names }
cli-usage-similar-value = نکته: مقدار مشابهی وجود دارد: { $names }
cli-usage-more = برای اطلاعات بیشتر، { $help } را امتحان کنید.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = شماره امنیتی { $number }
members-safety-number-verified = شماره امنیتی { $number } (تأییدشده)
members-no-safety-number = بدون شماره امنیتی: { $error }
notice-not-sent = فرستاده نشد: { $error }
notice-ledger-failed = حساب: { $error }
notice-members-failed = اعضا: { $error }
notice-error = خطا: { $error }
