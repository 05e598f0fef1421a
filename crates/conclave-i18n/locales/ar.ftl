# Conclave: Arabic (العربية).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = متصل
status-reconnecting = جارٍ إعادة الاتصال… ({ $reason })
status-paused = متوقف مؤقتًا: أمر conclave آخر يستخدم هذا الجهاز
pane-conversations = المحادثات
pane-unread = { $count ->
    [zero] لا غير مقروء
    [one] واحدة غير مقروءة
    [two] اثنتان غير مقروءتين
    [few] { $count } غير مقروءة
    [many] { $count } غير مقروءة
   *[other] { $count } غير مقروءة
}
pane-message = رسالة
pane-none = لا محادثة
compose-hint = Tab أو Enter للكتابة
empty-conversations = لا محادثات بعد. ابدأ واحدة من سطر الأوامر: conclave send USER TEXT
empty-messages = لا رسائل بعد. اكتب في الأسفل واضغط Enter.
keys-short = Tab تنقل · Enter إرسال · ^L الحساب · ^E قيد · ^U الأعضاء · ? مساعدة · q خروج
keys-long = Tab تنقل · Enter إرسال · Alt+Enter سطر جديد · ^L الحساب · ^E إضافة قيد · ^U الأعضاء · ? مساعدة · q خروج
help-title = مساعدة (Esc)
help-focus = التنقل بين المحادثات والرسائل وسطر الكتابة
help-choose = اختيار محادثة؛ تمرير الرسائل
help-scroll = تمرير الرسائل
help-enter = إرسال (في سطر الكتابة)؛ كتابة (في غيره)
help-newline = سطر جديد في الرسالة
help-ledger = حساب المحادثة المشترك: الأرصدة والتسوية
help-add-entry = إضافة قيد
help-members = الأعضاء وأجهزتهم وأرقام الأمان
help-esc = إغلاق لوحة؛ مغادرة سطر الكتابة
help-vim = مفاتيح على طريقة vim (مع --vim)
help-help = هذه المساعدة
help-quit = خروج
ledger-title = الحساب (Esc)
ledger-balances = الأرصدة
ledger-none = لا قيود بعد (Ctrl+E يضيف قيدًا)
ledger-settle = التسوية
ledger-even = الجميع متعادلون
ledger-entries = القيود
members-title = الأعضاء (Esc)
members-device = الجهاز { $id }
members-you = أنت
form-title = إضافة قيد
form-kind = النوع
form-amount = المبلغ
form-currency = العملة
form-from = من
form-split = التقسيم
form-to = إلى
form-memo = ملاحظة
form-hint = النوع: payment|debt · التقسيم: to|equal (إلى: عضو واحد، أو a,b,c)
form-keys = Tab الحقل التالي · Enter إضافة · Esc إلغاء
notice-sent = أُرسلت بوصفها الرسالة { $seq }
notice-entry-added = أُضيف القيد بوصفه الرسالة { $seq }
notice-reconnected = أُعيد الاتصال

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } يكتب…
typing-two = { $first } و{ $second } يكتبان…
typing-several = عدة أشخاص يكتبون…

## Calls in the history
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
