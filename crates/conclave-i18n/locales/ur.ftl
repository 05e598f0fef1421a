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
