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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = تعذّر البدء: { $error }
cli-unexpected-response = ردّ غير متوقع { $response }
cli-invalid-option = { $option } غير صالح
cli-invalid-option-value = { $option } غير صالح { $value }
cli-invalid-duration = مدة غير صالحة { $value } (مثلًا 24h أو 7d)
cli-not-invite-link = هذا ليس رابط دعوة (رابط الجهاز يُستخدم مع `conclave device join`)
cli-not-device-link = هذا ليس رابط جهاز (أنشئ واحدًا بالأمر `conclave device link` على جهازك الحالي)
cli-joined = انضممت إلى { $server } باسم { $user } (الجهاز { $device })؛ الحساب صالح حتى { $expires }
cli-linked = تم الربط بـ { $server } باسم { $user } (الجهاز { $device })؛ الحساب صالح حتى { $expires }
cli-malformed-renewal-code = رمز التجديد غير سليم
cli-renewed = تم التجديد: الحساب { $user } صالح حتى { $expires }
cli-display-name-none = لا يوجد اسم عرض: يرى الآخرون { $user }
cli-whoami-account = الحساب
cli-whoami-device = الجهاز
cli-whoami-server = الخادم
cli-whoami-expires = ينتهي
cli-whoami-invites = الدعوات
cli-whoami-admin = (مشرف)
cli-whoami-invites-left = تبقّى { $count }
cli-whoami-no-quota = بلا حصة
cli-invite-in-browser = في المتصفح: { $link }
cli-invite-created = الدعوة { $id } لـ { $count ->
    [zero] { $count } حساب
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}، صالحة حتى { $expires }
cli-no-invitations = لا توجد دعوات
cli-invite-open = مفتوحة
cli-invite-used = مستخدمة
cli-invite-expired = منتهية
cli-invite-revoked = ملغاة
cli-invite-row = تبقّى { $left }/{ $total }  تنتهي { $expires }
cli-invite-give = أعطِ معرّف دعوة (من `conclave invite list`) أو رمزًا أو رابطًا
cli-revoked = أُلغيت
cli-no-group = لا توجد مجموعة { $name }؛ يعرض `conclave group list` مجموعاتك
cli-no-conversation-with = لا توجد محادثة مع { $name }؛ يبدأ `conclave send { $name } TEXT` واحدة
cli-sent = أُرسلت إلى { $conversation } بوصفها الرسالة { $seq }
cli-warn-call-ignored = تحذير: تم تجاهل إشارة المكالمة { $seq } من { $sender } في { $conversation }: { $reason }
cli-history-note = (السجل أعلاه جاء من جهازك { $device }، أُرسل في { $at })
cli-warn-receipt-not-sent = تحذير: لم يُرسل إشعار القراءة: { $error }
cli-warn-delivery-unusable = تحذير: تعذّر استخدام التسليم { $seq }: { $reason }
cli-history-imported = سجل من جهازك { $device } (أُرسل في { $at }): { $entries ->
    [zero] { $entries } إدخال
    [one] إدخال واحد
    [two] إدخالان
    [few] { $entries } إدخالات
    [many] { $entries } إدخالًا
   *[other] { $entries } إدخال
} في { $count ->
    [zero] { $count } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $count } محادثات
    [many] { $count } محادثةً
   *[other] { $count } محادثة
}
cli-warn-history-later = تحذير: لم يصل السجل من جهازك { $device } بعد ({ $reason })؛ سيحاول الأمر التالي مجددًا
cli-warn-history-unusable = تحذير: لا يمكن استخدام السجل من جهازك { $device }: { $reason }
cli-warn-history-fetch = تحذير: تعذّر جلب السجل الذي أرسله جهازك الآخر: { $error }
cli-listen-handover = أمر conclave آخر يستخدم هذا الجهاز؛ جارٍ الانتظار…
cli-listening-again = الاستماع من جديد
cli-connection-lost = انقطع الاتصال ({ $error })؛ جارٍ إعادة الاتصال…
cli-group-created = أُنشئت #{ $name } ({ $devices ->
    [zero] { $devices } جهاز
    [one] جهاز واحد
    [two] جهازان
    [few] { $devices } أجهزة
    [many] { $devices } جهازًا
   *[other] { $devices } جهاز
}، الحقبة { $epoch })
cli-group-added = أُضيف { $users } إلى #{ $name }
cli-already-members = أعضاء بالفعل
cli-group-removed = أُزيل { $users } من #{ $name }
cli-group-left = غادرت #{ $name }
cli-no-conversations = لا توجد محادثات
cli-kind-group = مجموعة
cli-kind-direct = مباشرة
cli-kind-unnamed = بلا اسم
cli-devices = { $devices ->
    [zero] { $devices } جهاز
    [one] جهاز واحد
    [two] جهازان
    [few] { $devices } أجهزة
    [many] { $devices } جهازًا
   *[other] { $devices } جهاز
}
cli-group-info = { $name }  الحقبة { $epoch }
cli-device = الجهاز { $id }
cli-device-link-waiting = في انتظار انضمام الجهاز الجديد (شغّل `conclave --home NEWDIR device join LINK`)…
cli-link-expired = انتهت صلاحية الرابط قبل انضمام أي جهاز
cli-device-joined = انضم الجهاز { $id }؛ أُضيف إلى { $added } من { $total ->
    [zero] { $total } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $total } محادثات
    [many] { $total } محادثةً
   *[other] { $total } محادثة
}
cli-history-sent = أُرسل إليه سجل { $count ->
    [zero] { $count } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $count } محادثات
    [many] { $count } محادثةً
   *[other] { $count } محادثة
} ({ $entries ->
    [zero] { $entries } إدخال
    [one] إدخال واحد
    [two] إدخالان
    [few] { $entries } إدخالات
    [many] { $entries } إدخالًا
   *[other] { $entries } إدخال
}، { $kib } KiB، مشفّر بين الطرفين)
cli-history-none = لا يوجد سجل سابق لإرساله
cli-warn-history-not-sent = تحذير: لم يُرسل السجل إلى الجهاز الجديد: { $error }
cli-device-added = أُضيف في { $at }
cli-device-added-this = أُضيف في { $at } (هذا الجهاز)
cli-device-removed = أُزيل الجهاز { $id }
cli-safety-changed = !!! تحذير: تغيّرت مفاتيح { $user } منذ أن تحققت منها !!!
cli-safety-changed-compare = !!! أُضيف جهاز جديد أو استُبدل مفتاح. قارن رقم الأمان مجددًا. !!!
cli-verified = تم التحقق من { $user }
cli-not-verified = لم يتم التحقق من { $user } بعد
cli-safety-number = رقم الأمان مع { $user }:
cli-marked-verified = وُسم { $user } بأنه موثّق؛ ستُحذَّر إذا تغيّرت مفاتيحه
cli-replied = تم الرد في { $conversation } بوصفه الرسالة { $seq }
cli-reacted = تم التفاعل في { $conversation } بوصفه الرسالة { $seq }
cli-reaction-taken-back = سُحب التفاعل في { $conversation } بوصفه الرسالة { $seq }
cli-edited = عُدّلت في { $conversation } بوصفها الرسالة { $seq }
cli-deleted = حُذفت للجميع في { $conversation } بوصفها الرسالة { $seq }
cli-forwarded = أُعيد توجيهها في { $conversation } بوصفها الرسالة { $seq }
cli-timer-set = ضُبط المؤقت في { $conversation } بوصفه الرسالة { $seq }
cli-timer-invalid = `{ $value }`: { $error }؛ قل off أو 30s أو 5m أو 1h أو 1d أو 1w
cli-receipts-say-on-or-off = `{ $value }`: قل `on` أو `off`
cli-receipts-on = إشعارات القراءة مفعّلة: يخبر هذا الجهاز الآخرين بما قرأت ويعرض ما قرؤوه
cli-receipts-off = إشعارات القراءة معطّلة: لا يرسل هذا الجهاز أيًّا منها ولا يعرض إشعارات أحد
cli-not-a-file = { $path } ليس ملفًا
cli-uploading = جارٍ الرفع
cli-downloading = جارٍ التنزيل
cli-file-sent = أُرسل { $file } ({ $size }) إلى { $conversation } بوصفه الرسالة { $seq }
cli-message-not-available = الرسالة { $message } غير متاحة
cli-message-deleted = حُذفت الرسالة { $message }
cli-message-not-a-file = الرسالة { $message } في { $conversation } ليست ملفًا
cli-no-conversations-yet = لا توجد محادثات بعد
cli-files-in-several = يشير { $message } إلى ملفات في عدة محادثات: قل `conclave download CONVERSATION { $message }`
cli-too-many-files = ملفات كثيرة جدًا بهذا الاسم هنا؛ حدّد المكان بـ --output
cli-file-gone = لم يعد هذا الملف لدى الخادم: يحتفظ بالملف حتى يجلبه كل جهاز في المحادثة، أو { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} على الأكثر
cli-file-saved = حُفظ { $file } ({ $size }) من { $conversation } [{ $seq }] باسم { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE ليس UTF-8 صالحًا
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE فارغ
cli-prompt-passphrase = عبارة المرور
cli-prompt-again = مرة أخرى
cli-reading-passphrase = قراءة عبارة المرور
cli-passphrase-empty = عبارة المرور الفارغة لا تحمي شيئًا
cli-passphrases-differ = عبارتا المرور مختلفتان
cli-home-taken = يحتوي { $dir } بالفعل على جهاز Conclave؛ استخدم --home آخر (أو CONCLAVE_HOME) لجهاز جديد
cli-cannot-create = تعذّر إنشاء { $path }
cli-cannot-remove = تعذّرت إزالة { $path }
cli-cannot-write = تعذّرت كتابة { $path }
cli-cannot-open = تعذّر فتح { $path }
cli-cannot-listen = تعذّر الاستماع على { $address }
cli-no-device = لا يوجد جهاز Conclave في { $dir } — شغّل أولًا `conclave join LINK --name NAME`
cli-malformed-file = { $path } غير سليم
cli-device-key-missing = مفتاح الجهاز مفقود من الحالة
cli-device-key-malformed = مفتاح الجهاز غير سليم
cli-fingerprint-malformed = في device.json بصمة غير سليمة
cli-lock-waiter-stopped = توقّف انتظار القفل
cli-lock-wait-cancelled = أُلغي انتظار قفل الجهاز
cli-lock-waiting = في انتظار عملية conclave أخرى (pid { $pid }) تستخدم هذا الجهاز…
cli-lock-busy = عملية conclave أخرى (pid { $pid }) تستخدم حالة هذا الجهاز في { $dir } ولم تسلّمها خلال { $seconds } ث؛ أوقفها أو انتظر حتى تنتهي
cli-ledger-no-conversation = لا توجد محادثة «{ $name }»: أعطِ '#مجموعة' أو اسم مستخدم محادثة ثنائية
cli-ledger-unreadable = تحذير: { $count ->
    [zero] { $count } قيد
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
} في الدفتر كتبها إصدار أحدث من Conclave ولا يمكن قراءتها هنا؛ تستبعدها الأرصدة حتى تحدّث
cli-ledger-handed-over = ملاحظة: انضم هذا الجهاز عند الرسالة { $seq }؛ القيود السابقة كما سلّمها الجهاز { $device } الخاص بـ { $user }
cli-ledger-discrepancy = تحذير: سلّم الجهاز { $device } الخاص بـ { $user } الوافدين الجدد دفترًا يختلف عن دفتر هذا الجهاز (الرسالة { $seq }): { $detail }
cli-ledger-to-or-split = أعطِ إما --to أو --split
cli-ledger-stored-without-content = خُزّنت الرسالة دون محتواها
cli-ledger-missing-after-send = القيد مفقود من الدفتر بعد الإرسال
cli-ledger-refused = وصل القيد إلى المحادثة بوصفه الرسالة { $seq } لكن كل جهاز يرفضه هناك: { $error }
cli-ledger-recorded = سُجّل { $id } في { $conversation }: { $description }
cli-ledger-empty = { $conversation }: لا قيود في الدفتر بعد
cli-ledger-title = دفتر { $conversation }
cli-ledger-reversed-tag = [معكوس]
cli-ledger-recorded-by = سجّله { $user } (الجهاز { $device }) في { $at }، الرسالة { $seq }
cli-ledger-ref = مرجع { $reference }
cli-ledger-reversed-by = عكسه { $user } ({ $id })
cli-ledger-reversed = معكوس ({ $id })
cli-ledger-balances-title = أرصدة { $conversation }
cli-ledger-is-owed = له
cli-ledger-owes = عليه
cli-ledger-settled = مُسوّى
cli-ledger-all-settled = الجميع متعادلون
cli-ledger-to-settle-up = للتسوية:
cli-ledger-pays = { $from } يدفع إلى { $to } { $amount }
cli-writing = كتابة { $path }
cli-writing-export = كتابة التصدير
cli-ledger-exported = صُدّر { $count ->
    [zero] { $count } قيد
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
} إلى { $path }
cli-not-a-call-id = { $value } ليس معرّف مكالمة (32 حرفًا ست عشريًا)
cli-no-call-running = لا توجد مكالمة جارية في { $conversation }
cli-call-started = بدأت المكالمة { $call } في { $conversation }
cli-call-joined = انضممت إلى المكالمة { $call } في { $conversation }
cli-call-left = غادرت المكالمة { $call } في { $conversation }
cli-call-declined = رُفضت المكالمة { $call } في { $conversation }
cli-call-ended = أُنهيت المكالمة { $call } في { $conversation }
cli-call-not-in = هذا الجهاز ليس في المكالمة { $call }
cli-call-not-ringing = المكالمة { $call } لا ترنّ لك (ترنّ 45 ث حتى تجيب أو ترفض)
cli-call-token = رمز المكالمة { $call }، صالح حتى { $expires }
cli-proxy-loopback-only = يعمل الوكيل دون مصادقة، لذا يستمع على loopback فقط (وصل { $address })
cli-proxy-no-directory = تعذّر جلب دليل المرحّلات: { $error }
cli-proxy-no-server = لا يعرف هذا الجهاز أي خادم
cli-proxy-circuit = الدائرة { $circuit }: الدخول { $entry } ← الخروج { $exit } في { $ms } مللي ثانية
cli-proxy-same-operator = تحذير: مشغّل واحد يدير المرحّلين كليهما، لذا فالفصل على قفزتين هنا شكلي فقط
cli-proxy-circuit-failed = فشلت الدائرة: { $error }
cli-proxy-stream-refused = رُفض الاتصال: { $reason }
cli-proxy-listening = تصفّح خاص على socks5://{ $address } وhttp://{ $address } (CONNECT). وجّه متصفحًا إليه، مثلًا
cli-proxy-two-relays = يحمل كلَّ اتصال مرحّلان: يرى الدخولُ عنوانك، والخروجُ الموقع؛ ولا يرى أيٌّ منهما الاثنين. غير محمي: تواطؤ المرحّلين، أو مراقب للتوقيت عند الطرفين.
cli-proxy-first-circuit-failed = فشلت الدائرة الأولى (يُعاد المحاولة عند أول اتصال): { $error }
cli-proxy-status = { $circuits ->
    [zero] { $circuits } دائرة
    [one] دائرة واحدة
    [two] دائرتان
    [few] { $circuits } دوائر
    [many] { $circuits } دائرةً
   *[other] { $circuits } دائرة
}، { $streams ->
    [zero] { $streams } تدفق
    [one] تدفق واحد
    [two] تدفقان
    [few] { $streams } تدفقات
    [many] { $streams } تدفقًا
   *[other] { $streams } تدفق
}، ↑ { $sent } ↓ { $received }
cli-proxy-stopped = توقّف: بُنيت { $circuits ->
    [zero] { $circuits } دائرة
    [one] دائرة واحدة
    [two] دائرتان
    [few] { $circuits } دوائر
    [many] { $circuits } دائرةً
   *[other] { $circuits } دائرة
}، ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = تعذّر على الخادم قراءة ما أرسله هذا البرنامج؛ حدّث Conclave
server-error-unsupported-version = يتحدث الخادم إصدارًا آخر من بروتوكول Conclave؛ حدّث Conclave
server-error-frame-too-large = ما أرسله هذا البرنامج أكبر من أن يقبله الخادم
server-error-not-authenticated = أنهى الخادم الجلسة قبل أن يسجّل هذا الجهاز دخوله؛ حاول مجددًا
server-error-already-authenticated = سجّل هذا الجهاز دخوله مرتين في جلسة واحدة؛ حاول مجددًا
server-error-auth-failed = لا يقبل الخادم هذا الجهاز: أُزيل من حسابه، أو أن مفتاحه لا يطابق
server-error-invite-unknown = هذه الدعوة غير موجودة؛ تحقّق من الرابط
server-error-invite-used = استُخدمت هذه الدعوة من قبل؛ اطلب دعوة جديدة
server-error-invite-expired = انتهت صلاحية هذه الدعوة؛ اطلب دعوة جديدة
server-error-invite-revoked = أُلغيت هذه الدعوة؛ اطلب دعوة جديدة
server-error-username-taken = اسم المستخدم هذا محجوز؛ اختر اسمًا آخر
server-error-username-invalid = لا يقبل الخادم اسم المستخدم هذا
server-error-device-key-taken = مفتاح هذا الجهاز مسجّل من قبل
server-error-account-disabled = عطّل مشغّل الخادم حسابك
server-error-account-expired = انتهت صلاحية الحساب { $user } في { $date }؛ اطلب من أحد المشرفين رمز تجديد
server-error-account-expired-plain = انتهت صلاحية حسابك؛ اطلب من أحد المشرفين رمز تجديد
server-error-renewal-unknown = رمز التجديد هذا غير موجود
server-error-renewal-used = استُخدم رمز التجديد هذا من قبل
server-error-renewal-expired = انتهت صلاحية رمز التجديد هذا؛ اطلب رمزًا جديدًا من أحد المشرفين
server-error-forbidden = لا يسمح الخادم بهذا
server-error-not-found = لا يعرف الخادم ما طُلب
server-error-no-account = لا يوجد حساب باسم { $name }
server-error-invalid-argument = رفض الخادم الطلب لأنه غير صالح
server-error-quota-exceeded = بلغت حصة الدعوات حدّها: منحتَ { $used } من أصل { $quota } استخدامات للدعوات، وبقي { $left }
server-error-quota-exceeded-plain = نفدت حصتك من الدعوات
server-error-queue-full = طابور أحد الأجهزة المستقبِلة ممتلئ؛ عليه أن يتصل ويلحق بما فاته
server-error-rate-limited = طلبات كثيرة جدًا؛ حاول مجددًا بعد { $seconds } ث
server-error-rate-limited-plain = طلبات كثيرة جدًا؛ حاول مجددًا بعد قليل
server-error-too-many-connections = بلغ الخادم حدّه من الاتصالات؛ حاول لاحقًا
server-error-limit-exceeded = هذا يتجاوز حدًّا من حدود الخادم
server-error-stale-epoch = تغيّرت المحادثة في اللحظة نفسها؛ حاول مجددًا
server-error-not-member = هذا الجهاز ليس عضوًا في تلك المحادثة
server-error-no-key-package = جهاز مطلوب إضافته لا يملك حزم مفاتيح على الخادم؛ عليه أن يتصل أولًا
server-error-device-link-invalid = رابط الجهاز هذا غير معروف أو مستخدم أو منتهي الصلاحية؛ أنشئ رابطًا جديدًا على أحد أجهزة الحساب
server-error-shutting-down = الخادم يتوقف عن العمل؛ حاول مجددًا بعد قليل
server-error-internal = حدث خطأ داخلي في الخادم؛ حاول لاحقًا
server-error-unavailable = لا يقدّم الخادم هذا
server-error-fell-behind = تأخّر جهاز في هذه المحادثة وينتظر أن يعيد أحد الأعضاء إضافته
server-error-relay-tokens-used-up = نفدت حصة اليوم من التصفح الخاص؛ تتجدد في الساعة 00:00 UTC
server-error-relay-tokens-unavailable = لا يقدّم هذا الخادم التصفح الخاص
server-error-call-tokens-unavailable = لا يقدّم هذا الخادم المكالمات
server-error-unknown-code = رفض الخادم (الخطأ { $code })
server-error-unsupported = لا يعرف الخادم هذا الطلب: يعمل بإصدار أقدم من Conclave
cli-server-account-expired = انتهت صلاحية الحساب { $user } في { $date }؛ اطلب من أحد المشرفين رمز تجديد ثم شغّل `conclave renew CODE`
cli-server-account-expired-plain = انتهت صلاحية حسابك؛ اطلب من أحد المشرفين رمز تجديد ثم شغّل `conclave renew CODE`
cli-client-connect = تعذّر الاتصال بـ { $address }: { $reason }
cli-client-pin-mismatch = شهادة TLS للخادم لا تطابق البصمة المثبّتة (المتوقعة { $expected }، والواردة { $got })؛ قد يكون هذا هجومًا، أو أن شهادة الخادم تغيّرت
cli-client-timeout = انتهت مهلة انتظار الخادم
cli-client-closed = أُغلق الاتصال
cli-client-closed-because = أُغلق الاتصال: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (رد) { $text }
preview-reaction = (تفاعل) { $emoji }
preview-edit = (تعديل) { $text }
preview-deleted = (حذف رسالة)
preview-receipt = (قُرئ حتى { $seq })
preview-conversation-started = (بدأت المحادثة)
preview-group = (مجموعة #{ $name })
preview-file = (ملف) { $name } ({ $size ->
    [zero] { $size } بايت
    [one] { $size } بايت
    [two] { $size } بايت
    [few] { $size } بايتات
    [many] { $size } بايتًا
   *[other] { $size } بايت
}، { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (مُعاد توجيهها) { $text }
preview-timer-off = (الرسائل المؤقتة متوقفة)
preview-timer = (الرسائل المؤقتة: { $time })
preview-display-name-cleared = (مُسح اسم العرض)
preview-display-name = (اسم العرض: { $name })
preview-call-started-audio = (مكالمة) بدأ مكالمة صوتية { $call }
preview-call-started-video = (مكالمة) بدأ مكالمة فيديو { $call }
preview-call-ringing = (مكالمة) يرن من أجل { $call }
preview-call-answered = (مكالمة) ردّ على { $call }
preview-call-declined = (مكالمة) رفض { $call }
preview-call-joined = (مكالمة) انضم إلى { $call }
preview-call-left = (مكالمة) غادر { $call }
preview-call-ended = (مكالمة) أنهى { $call }
preview-call-unreadable = (إشارة مكالمة غير مقروءة: { $reason })
preview-ledger = (الحساب) { $entry }
preview-ledger-handover = (الحساب) سُلّم { $count ->
    [zero] { $count } قيد سابق
    [one] { $count } قيد سابق
    [two] { $count } قيدان سابقان
    [few] { $count } قيود سابقة
    [many] { $count } قيدًا سابقًا
   *[other] { $count } قيد سابق
} إلى الأجهزة التي انضمت (الجزء { $part } من { $parts })
preview-ledger-unreadable = (قيد حساب غير مقروء: { $reason })
ledger-payment-to = دفع { $from } إلى { $names } { $money }
ledger-payment-equal = دفع { $from } { $money } عن { $names } (بالتساوي)
ledger-payment-exact = دفع { $from } { $money } عن { $names } (التقسيم { $shares })
ledger-payment-weights = دفع { $from } { $money } عن { $names } (التقسيم حسب الوزن { $weights })
ledger-debt-to = { $names } مدين لـ { $from } بمبلغ { $money }
ledger-debt-equal = { $names } مدينون لـ { $from } بمبلغ { $money } (بالتساوي)
ledger-debt-exact = { $names } مدينون لـ { $from } بمبلغ { $money } (التقسيم { $shares })
ledger-debt-weights = { $names } مدينون لـ { $from } بمبلغ { $money } (التقسيم حسب الوزن { $weights })
ledger-reversed-entry = عُكس القيد { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = مرفوض: { $entry } ({ $error })
ledger-refused-plain = مرفوض: { $error }
ledger-unreadable = غير مقروء: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = انضمّ
history-unreadable = رسالة تتعذر قراءتها ({ $reason })
history-fell-behind = تأخر هذا الجهاز هنا وفاتته رسائل؛ سيُضاف من جديد حين يرسل أحد الأعضاء رسالته التالية
history-fell-behind-long = تأخر هذا الجهاز هنا (كان طابوره على الخادم ممتلئًا) وفاتته الرسائل من هذه النقطة؛ سيُضاف من جديد حين يرسل أحد الأعضاء رسالته التالية.
history-added = أضاف { $names }
history-removed = أزال { $names }
history-added-removed = أضاف { $added }؛ أزال { $removed }
history-keys-updated = حدّث المفاتيح
history-deleted = (محذوفة)
preview-photo = صورة: { $name }
preview-voice-note = رسالة صوتية: { $name }
preview-file-named = ملف: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = مؤقت الرسائل المؤقتة إما متوقف وإما من { $min } ث إلى 4 أسابيع ({ $max } ث)؛ القيمة { $secs } ث غير مقبولة
refused-one-to-one-self = تحتاج المحادثة الثنائية إلى حساب آخر
refused-group-exists = لديك بالفعل مجموعة باسم #{ $name }
refused-remove-self = لمغادرة محادثة استخدم `leave`
refused-not-members = لا أحد منهم عضو
refused-no-key-packages = لم ينشر أيٌّ من الأجهزة المطلوب إضافتها حزم مفاتيح بعد
refused-busy = المجموعة مشغولة جدًا؛ حاول مجددًا
refused-not-in-conversation = لست في هذه المحادثة
refused-fell-behind = تأخر هذا الجهاز في هذه المحادثة (كان طابوره على الخادم ممتلئًا)؛ سيُضاف من جديد حين يرسل عضو آخر رسالته التالية
refused-server-too-old-for-timer = رسائل هذه المحادثة تختفي، والخادم أقدم من أن يتيح انتهاء صلاحيتها في طابوره (مراجعة البروتوكول 1): حدّث الخادم أو أوقف المؤقت
refused-call-running = مكالمة ({ $call }، بدأها { $caller }) جارية في هذه المحادثة: انضم إليها
refused-display-name-too-long = اسم العرض لا يتجاوز { $max } حرفًا (أُعطي { $given })
refused-display-name-invisible = لا يمكن أن يحتوي اسم العرض على أحرف تحكم أو أحرف تجاوز الاتجاه أو أحرف غير مرئية ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = خطأ: { $message }
cli-usage-invalid-value = قيمة غير صالحة { $value } لـ { $arg }
cli-usage-value-required = يلزم إعطاء قيمة لـ { $arg } لكن لم تُعطَ أي قيمة
cli-usage-invalid-value-because = قيمة غير صالحة { $value } لـ { $arg }: { $reason }
cli-usage-possible-values = القيم الممكنة: { $values }
cli-usage-unknown-argument = وُجد وسيط غير متوقع { $arg }
cli-usage-unknown-subcommand = أمر فرعي غير معروف { $command }
cli-usage-missing-arguments = لم تُعطَ الوسائط المطلوبة التالية: { $args }
cli-usage-missing-subcommand = يتطلب الأمر { $command } أمرًا فرعيًا لكن لم يُعطَ أي أمر فرعي
cli-usage-subcommands = الأوامر الفرعية: { $values }
cli-usage-too-many-values = وُجدت قيمة غير متوقعة { $value } لـ { $arg }؛ لم يكن يُنتظر المزيد من القيم
cli-usage-conflict = لا يمكن استخدام الوسيط { $arg } مع { $other }
cli-usage-used-twice = لا يمكن استخدام الوسيط { $arg } أكثر من مرة
cli-usage-similar-subcommand = تلميح: يوجد أمر فرعي مشابه: { $names }
cli-usage-similar-argument = تلميح: يوجد وسيط مشابه: { $names }
cli-usage-similar-value = تلميح: توجد قيمة مشابهة: { $names }
cli-usage-more = لمزيد من المعلومات، جرّب { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = رقم الأمان { $number }
members-safety-number-verified = رقم الأمان { $number } (تم التحقق)
members-no-safety-number = لا يوجد رقم أمان: { $error }
notice-not-sent = لم تُرسل: { $error }
notice-ledger-failed = الحساب: { $error }
notice-members-failed = الأعضاء: { $error }
notice-error = خطأ: { $error }
