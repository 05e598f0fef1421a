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
