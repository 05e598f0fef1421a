# Conclave: Hebrew (עברית).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = מחובר
status-reconnecting = מתחבר מחדש… ({ $reason })
status-paused = מושהה: פקודת conclave אחרת משתמשת במכשיר הזה
pane-conversations = שיחות
pane-unread = { $count ->
    [one] { $count } לא נקראה
    [two] { $count } לא נקראו
   *[other] { $count } לא נקראו
}
pane-message = הודעה
pane-none = אין שיחה
compose-hint = Tab או Enter לכתיבה
empty-conversations = אין עדיין שיחות. התחילו אחת משורת הפקודה: conclave send USER TEXT
empty-messages = אין עדיין הודעות. כתבו למטה והקישו Enter.
keys-short = Tab מיקוד · Enter שליחה · ^L קופה · ^E רישום · ^U חברים · ? עזרה · q יציאה
keys-long = Tab מיקוד · Enter שליחה · Alt+Enter שורה חדשה · ^L קופה · ^E הוספת רישום · ^U חברים · ? עזרה · q יציאה
help-title = עזרה (Esc)
help-focus = מעבר בין שיחות, הודעות ושורת הכתיבה
help-choose = בחירת שיחה; גלילת הודעות
help-scroll = גלילת הודעות
help-enter = שליחה (בשורת הכתיבה); כתיבה (במקום אחר)
help-newline = שורה חדשה בהודעה
help-ledger = הקופה המשותפת של השיחה: יתרות, סגירת חשבון
help-add-entry = הוספת רישום
help-members = חברים, המכשירים שלהם ומספרי הביטחון
help-esc = סגירת חלונית; יציאה משורת הכתיבה
help-vim = מקשים בסגנון vim (עם --vim)
help-help = עזרה זו
help-quit = יציאה
ledger-title = קופה (Esc)
ledger-balances = יתרות
ledger-none = אין עדיין רישומים (Ctrl+E מוסיף)
ledger-settle = סגירת חשבון
ledger-even = כולם מאוזנים
ledger-entries = רישומים
members-title = חברים (Esc)
members-device = מכשיר { $id }
members-you = את/ה
form-title = הוספת רישום
form-kind = סוג
form-amount = סכום
form-currency = מטבע
form-from = מאת
form-split = חלוקה
form-to = אל
form-memo = הערה
form-hint = סוג: payment|debt · חלוקה: to|equal (אל: חבר אחד, או a,b,c)
form-keys = Tab השדה הבא · Enter הוספה · Esc ביטול
notice-sent = נשלחה כהודעה { $seq }
notice-entry-added = הרישום נוסף כהודעה { $seq }
notice-reconnected = התחבר מחדש

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } מקליד/ה…
typing-two = { $first } ו{ $second } מקלידים…
typing-several = כמה אנשים מקלידים…

## Calls in the history
call-held-audio = שיחה, { $duration }, { $people ->
    [one] אדם אחד
    [two] שני אנשים
   *[other] { $people } אנשים
}
call-held-video = שיחת וידאו, { $duration }, { $people ->
    [one] אדם אחד
    [two] שני אנשים
   *[other] { $people } אנשים
}
call-missed-audio = שיחה שלא נענתה מאת { $from }
call-missed-video = שיחת וידאו שלא נענתה מאת { $from }
call-missed-declined-audio = שיחה שלא נענתה מאת { $from } (נדחתה)
call-missed-declined-video = שיחת וידאו שלא נענתה מאת { $from } (נדחתה)
call-not-answered-audio = השיחה לא נענתה
call-not-answered-video = שיחת הווידאו לא נענתה
call-declined-by-audio = השיחה נדחתה על ידי { $names }
call-declined-by-video = שיחת הווידאו נדחתה על ידי { $names }
call-ringing-audio = { $caller } מתקשר/ת (שיחה)
call-ringing-video = { $caller } מתקשר/ת (שיחת וידאו)
call-in-progress-audio = שיחה פעילה, { $count ->
    [one] אדם אחד
    [two] שני אנשים
   *[other] { $count } אנשים
} בשיחה ({ $names })
call-in-progress-video = שיחת וידאו פעילה, { $count ->
    [one] אדם אחד
    [two] שני אנשים
   *[other] { $count } אנשים
} בשיחה ({ $names })
duration-seconds = { $n } שנ׳
duration-minutes = { $n } דק׳
duration-hours = { $h } שע׳ { $min } דק׳

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = לא ניתן להתחיל: { $error }
cli-unexpected-response = תגובה לא צפויה { $response }
cli-invalid-option = { $option } לא תקין
cli-invalid-option-value = { $option } לא תקין { $value }
cli-invalid-duration = משך לא תקין { $value } (למשל 24h, 7d)
cli-not-invite-link = זה לא קישור הזמנה (קישור מכשיר מיועד ל-`conclave device join`)
cli-not-device-link = זה לא קישור מכשיר (צרו אחד עם `conclave device link` במכשיר הקיים שלכם)
cli-joined = הצטרפת ל-{ $server } בתור { $user } (מכשיר { $device }); החשבון בתוקף עד { $expires }
cli-linked = קושר ל-{ $server } בתור { $user } (מכשיר { $device }); החשבון בתוקף עד { $expires }
cli-malformed-renewal-code = קוד חידוש פגום
cli-renewed = חודש: החשבון { $user } בתוקף עד { $expires }
cli-display-name-none = אין שם תצוגה: אחרים רואים { $user }
cli-whoami-account = חשבון
cli-whoami-device = מכשיר
cli-whoami-server = שרת
cli-whoami-expires = תפוגה
cli-whoami-invites = הזמנות
cli-whoami-admin = (מנהל)
cli-whoami-invites-left = נותרו { $count }
cli-whoami-no-quota = ללא מכסה
cli-invite-in-browser = בדפדפן: { $link }
cli-invite-created = הזמנה { $id } עבור { $count ->
    [one] חשבון אחד
    [two] שני חשבונות
   *[other] { $count } חשבונות
}, בתוקף עד { $expires }
cli-no-invitations = אין הזמנות
cli-invite-open = פתוחה
cli-invite-used = נוצלה
cli-invite-expired = פגה
cli-invite-revoked = בוטלה
cli-invite-row = נותרו { $left }/{ $total }  תפוגה { $expires }
cli-invite-give = ציינו מזהה הזמנה (מ-`conclave invite list`), קוד או קישור
cli-revoked = בוטלה
cli-no-group = אין קבוצה { $name }; `conclave group list` מציג את שלכם
cli-no-conversation-with = אין שיחה עם { $name }; `conclave send { $name } TEXT` פותח אחת
cli-sent = נשלח אל { $conversation } כהודעה { $seq }
cli-warn-call-ignored = אזהרה: אות שיחה { $seq } מ-{ $sender } ב-{ $conversation } נדחה: { $reason }
cli-history-note = (ההיסטוריה שלמעלה הגיעה מהמכשיר שלך { $device }, נשלחה { $at })
cli-warn-receipt-not-sent = אזהרה: אישור קריאה לא נשלח: { $error }
cli-warn-delivery-unusable = אזהרה: לא ניתן היה להשתמש במסירה { $seq }: { $reason }
cli-history-imported = היסטוריה מהמכשיר שלך { $device } (נשלחה { $at }): { $entries ->
    [one] רשומה אחת
    [two] שתי רשומות
   *[other] { $entries } רשומות
} ב-{ $count ->
    [one] שיחה אחת
    [two] שתי שיחות
   *[other] { $count } שיחות
}
cli-warn-history-later = אזהרה: ההיסטוריה מהמכשיר שלך { $device } עדיין לא הגיעה ({ $reason }); הפקודה הבאה תנסה שוב
cli-warn-history-unusable = אזהרה: לא ניתן להשתמש בהיסטוריה מהמכשיר שלך { $device }: { $reason }
cli-warn-history-fetch = אזהרה: לא ניתן היה להביא את ההיסטוריה שהמכשיר האחר שלך שלח: { $error }
cli-listen-handover = פקודת conclave אחרת משתמשת במכשיר הזה; ממתין…
cli-listening-again = מאזין שוב
cli-connection-lost = החיבור אבד ({ $error }); מתחבר מחדש…
cli-group-created = נוצרה #{ $name } ({ $devices ->
    [one] מכשיר אחד
    [two] שני מכשירים
   *[other] { $devices } מכשירים
}, תקופה { $epoch })
cli-group-added = { $users } נוספו אל #{ $name }
cli-already-members = כבר חברים
cli-group-removed = { $users } הוסרו מ-#{ $name }
cli-group-left = עזבת את #{ $name }
cli-no-conversations = אין שיחות
cli-kind-group = קבוצה
cli-kind-direct = ישירה
cli-kind-unnamed = ללא שם
cli-devices = { $devices ->
    [one] מכשיר אחד
    [two] שני מכשירים
   *[other] { $devices } מכשירים
}
cli-group-info = { $name }  תקופה { $epoch }
cli-device = מכשיר { $id }
cli-device-link-waiting = ממתין שהמכשיר החדש יצטרף (הריצו `conclave --home NEWDIR device join LINK`)…
cli-link-expired = תוקף הקישור פג לפני שמכשיר הצטרף
cli-device-joined = מכשיר { $id } הצטרף; נוסף ל-{ $added } מתוך { $total ->
    [one] שיחה אחת
    [two] שתי שיחות
   *[other] { $total } שיחות
}
cli-history-sent = נשלחה אליו ההיסטוריה של { $count ->
    [one] שיחה אחת
    [two] שתי שיחות
   *[other] { $count } שיחות
} ({ $entries ->
    [one] רשומה אחת
    [two] שתי רשומות
   *[other] { $entries } רשומות
}, { $kib } KiB, בהצפנה מקצה לקצה)
cli-history-none = אין היסטוריה קודמת לשלוח
cli-warn-history-not-sent = אזהרה: ההיסטוריה לא נשלחה למכשיר החדש: { $error }
cli-device-added = נוסף { $at }
cli-device-added-this = נוסף { $at } (המכשיר הזה)
cli-device-removed = מכשיר { $id } הוסר
cli-safety-changed = !!! אזהרה: המפתחות של { $user } השתנו מאז שאימתת אותם !!!
cli-safety-changed-compare = !!! נוסף מכשיר חדש או שמפתח הוחלף. השוו שוב את מספר הביטחון. !!!
cli-verified = { $user } מאומת
cli-not-verified = { $user } עדיין לא מאומת
cli-safety-number = מספר הביטחון עם { $user }:
cli-marked-verified = { $user } סומן כמאומת; תקבלו אזהרה אם המפתחות שלו ישתנו
cli-replied = הגבת ב-{ $conversation } כהודעה { $seq }
cli-reacted = הגבת בתגובה ב-{ $conversation } כהודעה { $seq }
cli-reaction-taken-back = התגובה בוטלה ב-{ $conversation } כהודעה { $seq }
cli-edited = נערך ב-{ $conversation } כהודעה { $seq }
cli-deleted = נמחק לכולם ב-{ $conversation } כהודעה { $seq }
cli-forwarded = הועבר ב-{ $conversation } כהודעה { $seq }
cli-timer-set = הטיימר הוגדר ב-{ $conversation } כהודעה { $seq }
cli-timer-invalid = `{ $value }`: { $error }; אמרו off, 30s, 5m, 1h, 1d או 1w
cli-receipts-say-on-or-off = `{ $value }`: אמרו `on` או `off`
cli-receipts-on = אישורי קריאה פעילים: המכשיר הזה מספר לאחרים מה קראת ומראה מה הם קראו
cli-receipts-off = אישורי קריאה כבויים: המכשיר הזה לא שולח אף אחד ולא מראה של אף אחד
cli-not-a-file = { $path } אינו קובץ
cli-uploading = מעלה
cli-downloading = מוריד
cli-file-sent = { $file } ({ $size }) נשלח אל { $conversation } כהודעה { $seq }
cli-message-not-available = הודעה { $message } אינה זמינה
cli-message-deleted = הודעה { $message } נמחקה
cli-message-not-a-file = הודעה { $message } ב-{ $conversation } אינה קובץ
cli-no-conversations-yet = עדיין אין שיחות
cli-files-in-several = { $message } מצביע על קבצים בכמה שיחות: אמרו `conclave download CONVERSATION { $message }`
cli-too-many-files = יותר מדי קבצים בשם הזה כאן; ציינו היכן עם --output
cli-file-gone = לשרת כבר אין את הקובץ הזה: הוא שומר קובץ עד שכל מכשיר בשיחה הביא אותו, או { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
} לכל היותר
cli-file-saved = { $file } ({ $size }) מ-{ $conversation } [{ $seq }] נשמר בשם { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE אינו UTF-8 תקין
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE ריק
cli-prompt-passphrase = ביטוי סיסמה
cli-prompt-again = שוב
cli-reading-passphrase = קריאת ביטוי הסיסמה
cli-passphrase-empty = ביטוי סיסמה ריק לא מגן על כלום
cli-passphrases-differ = ביטויי הסיסמה שונים
cli-home-taken = ב-{ $dir } כבר יש מכשיר Conclave; השתמשו ב---home אחר (או CONCLAVE_HOME) עבור מכשיר חדש
cli-cannot-create = לא ניתן ליצור את { $path }
cli-cannot-remove = לא ניתן להסיר את { $path }
cli-cannot-write = לא ניתן לכתוב את { $path }
cli-cannot-open = לא ניתן לפתוח את { $path }
cli-cannot-listen = לא ניתן להאזין ב-{ $address }
cli-no-device = אין מכשיר Conclave ב-{ $dir } — הריצו קודם `conclave join LINK --name NAME`
cli-malformed-file = { $path } פגום
cli-device-key-missing = מפתח המכשיר חסר במצב
cli-device-key-malformed = מפתח מכשיר פגום
cli-fingerprint-malformed = ב-device.json טביעת אצבע פגומה
cli-lock-waiter-stopped = ההמתנה לנעילה נעצרה
cli-lock-wait-cancelled = ההמתנה לנעילת המכשיר בוטלה
cli-lock-waiting = ממתין לתהליך conclave אחר (pid { $pid }) שמשתמש במכשיר הזה…
cli-lock-busy = תהליך conclave אחר (pid { $pid }) משתמש במצב של המכשיר הזה ב-{ $dir } ולא מסר אותו תוך { $seconds } ש׳; עצרו אותו או חכו שיסיים
cli-ledger-no-conversation = אין שיחה "{ $name }": ציינו '#קבוצה' או שם משתמש של שיחה אחד על אחד
cli-ledger-unreadable = אזהרה: { $count ->
    [one] רשומת קופה אחת נכתבה ב-Conclave חדש יותר ואינה קריאה כאן; היתרות מתעלמות ממנה עד שתעדכנו
    [two] שתי רשומות קופה נכתבו ב-Conclave חדש יותר ואינן קריאות כאן; היתרות מתעלמות מהן עד שתעדכנו
   *[other] { $count } רשומות קופה נכתבו ב-Conclave חדש יותר ואינן קריאות כאן; היתרות מתעלמות מהן עד שתעדכנו
}
cli-ledger-handed-over = הערה: המכשיר הזה הצטרף בהודעה { $seq }; הרשומות שלפניה הן כפי שהמכשיר { $device } של { $user } מסר אותן
cli-ledger-discrepancy = אזהרה: המכשיר { $device } של { $user } מסר למצטרפים קופה שונה מזו של המכשיר הזה (הודעה { $seq }): { $detail }
cli-ledger-to-or-split = ציינו --to או --split
cli-ledger-stored-without-content = ההודעה נשמרה ללא התוכן שלה
cli-ledger-missing-after-send = הרשומה חסרה בקופה אחרי השליחה
cli-ledger-refused = הרשומה הגיעה לשיחה כהודעה { $seq } אבל כל מכשיר דוחה אותה שם: { $error }
cli-ledger-recorded = { $id } נרשם ב-{ $conversation }: { $description }
cli-ledger-empty = { $conversation }: עדיין אין רשומות קופה
cli-ledger-title = הקופה של { $conversation }
cli-ledger-reversed-tag = [בוטל]
cli-ledger-recorded-by = נרשם על ידי { $user } (מכשיר { $device }) ב-{ $at }, הודעה { $seq }
cli-ledger-ref = אסמכתה { $reference }
cli-ledger-reversed-by = בוטל על ידי { $user } ({ $id })
cli-ledger-reversed = בוטל ({ $id })
cli-ledger-balances-title = היתרות של { $conversation }
cli-ledger-is-owed = זכאי
cli-ledger-owes = חייב
cli-ledger-settled = מאוזן
cli-ledger-all-settled = כולם מאוזנים
cli-ledger-to-settle-up = כדי להתחשבן:
cli-ledger-pays = { $from } משלם ל-{ $to } { $amount }
cli-writing = כתיבת { $path }
cli-writing-export = כתיבת הייצוא
cli-ledger-exported = יוצאו { $count ->
    [one] רשומה אחת
    [two] שתי רשומות
   *[other] { $count } רשומות
} אל { $path }
cli-not-a-call-id = { $value } אינו מזהה שיחה (32 תווים הקסדצימליים)
cli-no-call-running = אין שיחה פעילה ב-{ $conversation }
cli-call-started = השיחה { $call } התחילה ב-{ $conversation }
cli-call-joined = הצטרפת לשיחה { $call } ב-{ $conversation }
cli-call-left = עזבת את השיחה { $call } ב-{ $conversation }
cli-call-declined = השיחה { $call } נדחתה ב-{ $conversation }
cli-call-ended = השיחה { $call } הסתיימה ב-{ $conversation }
cli-call-not-in = המכשיר הזה אינו בשיחה { $call }
cli-call-not-ringing = השיחה { $call } לא מצלצלת לך (היא מצלצלת 45 ש׳, עד שעונים או דוחים)
cli-call-token = אסימון שיחה לשיחה { $call }, בתוקף עד { $expires }
cli-proxy-loopback-only = הפרוקסי פועל ללא אימות, ולכן מאזין רק ב-loopback (התקבל { $address })
cli-proxy-no-directory = לא ניתן להביא את מדריך הממסרים: { $error }
cli-proxy-no-server = המכשיר הזה לא מכיר אף שרת
cli-proxy-circuit = מעגל { $circuit }: כניסה { $entry } ← יציאה { $exit } תוך { $ms } ms
cli-proxy-same-operator = אזהרה: מפעיל אחד מריץ את שני הממסרים, כך שהפיצול לשתי קפיצות כאן הוא רק למראית עין
cli-proxy-circuit-failed = המעגל נכשל: { $error }
cli-proxy-stream-refused = החיבור נדחה: { $reason }
cli-proxy-listening = גלישה פרטית ב-socks5://{ $address } וב-http://{ $address } (CONNECT). כוונו אליו דפדפן, למשל
cli-proxy-two-relays = שני ממסרים נושאים כל חיבור: הכניסה רואה את הכתובת שלך, היציאה את האתר; אף אחד לא רואה את שניהם. לא מוגן: קנוניה של שני הממסרים, או צופה בתזמון בשני הקצוות.
cli-proxy-first-circuit-failed = המעגל הראשון נכשל (ינוסה שוב בחיבור הראשון): { $error }
cli-proxy-status = { $circuits ->
    [one] מעגל אחד
    [two] שני מעגלים
   *[other] { $circuits } מעגלים
}, { $streams ->
    [one] זרם אחד
    [two] שני זרמים
   *[other] { $streams } זרמים
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = נעצר: נבנו { $circuits ->
    [one] מעגל אחד
    [two] שני מעגלים
   *[other] { $circuits } מעגלים
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = השרת לא הצליח לקרוא את מה שהתוכנה הזו שלחה; עדכנו את Conclave
server-error-unsupported-version = השרת מדבר גרסה אחרת של הפרוטוקול של Conclave; עדכנו את Conclave
server-error-frame-too-large = מה שהתוכנה הזו שלחה גדול מדי עבור השרת
server-error-not-authenticated = השרת סיים את ההפעלה לפני שהמכשיר הזה התחבר; נסו שוב
server-error-already-authenticated = המכשיר הזה התחבר פעמיים באותה הפעלה; נסו שוב
server-error-auth-failed = השרת אינו מקבל את המכשיר הזה: הוא הוסר מהחשבון שלו, או שהמפתח שלו אינו תואם
server-error-invite-unknown = ההזמנה הזו אינה קיימת; בדקו את הקישור
server-error-invite-used = ההזמנה הזו כבר נוצלה; בקשו הזמנה חדשה
server-error-invite-expired = תוקף ההזמנה הזו פג; בקשו הזמנה חדשה
server-error-invite-revoked = ההזמנה הזו בוטלה; בקשו הזמנה חדשה
server-error-username-taken = שם המשתמש הזה תפוס; בחרו שם אחר
server-error-username-invalid = השרת אינו מקבל את שם המשתמש הזה
server-error-device-key-taken = המפתח של המכשיר הזה כבר רשום
server-error-account-disabled = מפעיל השרת השבית את החשבון שלכם
server-error-account-expired = תוקף החשבון { $user } פג ב־{ $date }; בקשו ממנהל קוד חידוש
server-error-account-expired-plain = תוקף החשבון שלכם פג; בקשו ממנהל קוד חידוש
server-error-renewal-unknown = קוד החידוש הזה אינו קיים
server-error-renewal-used = קוד החידוש הזה כבר נוצל
server-error-renewal-expired = תוקף קוד החידוש הזה פג; בקשו ממנהל קוד חדש
server-error-forbidden = השרת אינו מתיר זאת
server-error-not-found = השרת אינו מכיר את מה שהתבקש
server-error-no-account = אין חשבון בשם { $name }
server-error-invalid-argument = השרת דחה את הבקשה כלא תקינה
server-error-quota-exceeded = מכסת ההזמנות הגיעה לסופה: העניקו { $used } מתוך { $quota } שימושי הזמנה, נותרו { $left }
server-error-quota-exceeded-plain = מכסת ההזמנות שלכם נוצלה
server-error-queue-full = התור של מכשיר נמען מלא; עליו להתחבר ולהשלים את הפער
server-error-rate-limited = יותר מדי בקשות; נסו שוב בעוד { $seconds } ש׳
server-error-rate-limited-plain = יותר מדי בקשות; נסו שוב בעוד רגע
server-error-too-many-connections = השרת הגיע למגבלת החיבורים שלו; נסו מאוחר יותר
server-error-limit-exceeded = זה חורג ממגבלה של השרת
server-error-stale-epoch = השיחה השתנתה באותו רגע; נסו שוב
server-error-not-member = המכשיר הזה אינו חבר בשיחה ההיא
server-error-no-key-package = למכשיר שאמור להתווסף אין חבילות מפתחות בשרת; עליו להתחבר קודם
server-error-device-link-invalid = קישור המכשיר הזה אינו מוכר, כבר נוצל או שפג תוקפו; צרו חדש במכשיר של החשבון
server-error-shutting-down = השרת נכבה; נסו שוב בעוד רגע
server-error-internal = אירעה בשרת שגיאה פנימית; נסו מאוחר יותר
server-error-unavailable = השרת אינו מציע זאת
server-error-fell-behind = מכשיר פיגר בשיחה הזו וממתין שחבר יוסיף אותו מחדש
server-error-relay-tokens-used-up = המכסה היומית לגלישה פרטית נוצלה; היא מתחדשת ב־00:00 UTC
server-error-relay-tokens-unavailable = השרת הזה אינו מציע גלישה פרטית
server-error-call-tokens-unavailable = השרת הזה אינו מציע שיחות
server-error-unknown-code = השרת סירב (שגיאה { $code })
server-error-unsupported = השרת אינו מכיר את הבקשה הזו: הוא מריץ גרסה ישנה יותר של Conclave
cli-server-account-expired = תוקף החשבון { $user } פג ב־{ $date }; בקשו ממנהל קוד חידוש והריצו `conclave renew CODE`
cli-server-account-expired-plain = תוקף החשבון שלכם פג; בקשו ממנהל קוד חידוש והריצו `conclave renew CODE`
cli-client-connect = אי אפשר להתחבר אל { $address }: { $reason }
cli-client-pin-mismatch = אישור ה־TLS של השרת אינו תואם לטביעת האצבע המוצמדת (צפויה { $expected }, התקבלה { $got }); ייתכן שזו מתקפה, או שאישור השרת השתנה
cli-client-timeout = תם הזמן בהמתנה לשרת
cli-client-closed = החיבור נסגר
cli-client-closed-because = החיבור נסגר: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (תשובה) { $text }
preview-reaction = (תגובה) { $emoji }
preview-edit = (נערך) { $text }
preview-deleted = (מחק/ה הודעה)
preview-receipt = (נקרא עד { $seq })
preview-conversation-started = (השיחה החלה)
preview-group = (קבוצה #{ $name })
preview-file = (קובץ) { $name } ({ $size ->
    [one] { $size } בייט
    [two] { $size } בייטים
   *[other] { $size } בייטים
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (הועבר) { $text }
preview-timer-off = (הודעות נעלמות כבויות)
preview-timer = (הודעות נעלמות: { $time })
preview-display-name-cleared = (שם התצוגה נמחק)
preview-display-name = (שם תצוגה: { $name })
preview-call-started-audio = (שיחה) התחיל/ה שיחה קולית { $call }
preview-call-started-video = (שיחה) התחיל/ה שיחת וידאו { $call }
preview-call-ringing = (שיחה) מצלצל עבור { $call }
preview-call-answered = (שיחה) ענה/תה ל-{ $call }
preview-call-declined = (שיחה) דחה/תה את { $call }
preview-call-joined = (שיחה) הצטרף/ה ל-{ $call }
preview-call-left = (שיחה) עזב/ה את { $call }
preview-call-ended = (שיחה) סיים/ה את { $call }
preview-call-unreadable = (אות שיחה לא קריא: { $reason })
preview-ledger = (קופה) { $entry }
preview-ledger-handover = (קופה) { $count ->
    [one] { $count } רישום קודם הועבר
    [two] { $count } רישומים קודמים הועברו
   *[other] { $count } רישומים קודמים הועברו
} למכשירים שהצטרפו (חלק { $part } מתוך { $parts })
preview-ledger-unreadable = (רישום קופה לא קריא: { $reason })
ledger-payment-to = { $from } שילם/ה ל-{ $names } { $money }
ledger-payment-equal = { $from } שילם/ה { $money } עבור { $names } (חלוקה שווה)
ledger-payment-exact = { $from } שילם/ה { $money } עבור { $names } (חלוקה { $shares })
ledger-payment-weights = { $from } שילם/ה { $money } עבור { $names } (חלוקה לפי משקל { $weights })
ledger-debt-to = { $names } חייב/ת ל-{ $from } { $money }
ledger-debt-equal = { $names } חייבים ל-{ $from } { $money } (חלוקה שווה)
ledger-debt-exact = { $names } חייבים ל-{ $from } { $money } (חלוקה { $shares })
ledger-debt-weights = { $names } חייבים ל-{ $from } { $money } (חלוקה לפי משקל { $weights })
ledger-reversed-entry = הרישום { $id } בוטל
ledger-with-memo = { $entry }: { $memo }
ledger-refused = נדחה: { $entry } ({ $error })
ledger-refused-plain = נדחה: { $error }
ledger-unreadable = לא קריא: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = הצטרף/ה
history-unreadable = הודעה שאינה ניתנת לקריאה ({ $reason })
history-fell-behind = המכשיר הזה פיגר כאן והחמיץ הודעות; הוא יתווסף מחדש בפעם הבאה שחבר כלשהו ישלח
history-fell-behind-long = המכשיר הזה פיגר כאן (התור שלו בשרת היה מלא) והחמיץ הודעות מנקודה זו; הוא יתווסף מחדש בפעם הבאה שחבר כלשהו ישלח.
history-added = הוסיף/ה את { $names }
history-removed = הסיר/ה את { $names }
history-added-removed = הוסיף/ה את { $added }; הסיר/ה את { $removed }
history-keys-updated = עדכן/ה מפתחות
history-deleted = (נמחקה)
preview-photo = תמונה: { $name }
preview-voice-note = הודעה קולית: { $name }
preview-file-named = קובץ: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = טיימר של הודעות נעלמות הוא כבוי או בין { $min } ש׳ ל-4 שבועות ({ $max } ש׳); { $secs } ש׳ אינו ערך מותר
refused-one-to-one-self = שיחה אחד על אחד דורשת חשבון אחר
refused-group-exists = כבר יש לך קבוצה בשם #{ $name }
refused-remove-self = כדי לעזוב שיחה השתמשו ב-`leave`
refused-not-members = אף אחד מהם אינו חבר
refused-no-key-packages = אף אחד מהמכשירים שאמורים להתווסף עדיין לא פרסם חבילות מפתחות
refused-busy = הקבוצה עמוסה מדי; נסו שוב
refused-not-in-conversation = אינך חבר/ה בשיחה הזו
refused-fell-behind = המכשיר הזה פיגר בשיחה הזו (התור שלו בשרת היה מלא); הוא יתווסף מחדש בפעם הבאה שחבר אחר ישלח
refused-server-too-old-for-timer = ההודעות בשיחה הזו נעלמות, והשרת ישן מכדי לתת להן לפוג בתור שלו (גרסת פרוטוקול 1): עדכנו את השרת, או כבו את הטיימר
refused-call-running = שיחה ({ $call }, שהתחיל/ה { $caller }) פעילה כאן: הצטרפו אליה
refused-display-name-too-long = שם תצוגה יכול להכיל לכל היותר { $max } תווים (ניתנו { $given })
refused-display-name-invisible = שם תצוגה אינו יכול להכיל תווי בקרה, תווי עקיפת כיוון או תווים בלתי נראים ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = שגיאה: { $message }
cli-usage-invalid-value = ערך לא תקין { $value } עבור { $arg }
cli-usage-value-required = נדרש ערך עבור { $arg } אך לא סופק ערך
cli-usage-invalid-value-because = ערך לא תקין { $value } עבור { $arg }: { $reason }
cli-usage-possible-values = ערכים אפשריים: { $values }
cli-usage-unknown-argument = נמצא ארגומנט לא צפוי { $arg }
cli-usage-unknown-subcommand = תת-פקודה לא מוכרת { $command }
cli-usage-missing-arguments = הארגומנטים הנדרשים הבאים לא סופקו: { $args }
cli-usage-missing-subcommand = הפקודה { $command } דורשת תת-פקודה אך לא סופקה תת-פקודה
cli-usage-subcommands = תת-פקודות: { $values }
cli-usage-too-many-values = נמצא ערך לא צפוי { $value } עבור { $arg }; לא היו צפויים ערכים נוספים
cli-usage-conflict = לא ניתן להשתמש בארגומנט { $arg } יחד עם { $other }
cli-usage-used-twice = לא ניתן להשתמש בארגומנט { $arg } יותר מפעם אחת
cli-usage-similar-subcommand = טיפ: קיימת תת-פקודה דומה: { $names }
cli-usage-similar-argument = טיפ: קיים ארגומנט דומה: { $names }
cli-usage-similar-value = טיפ: קיים ערך דומה: { $names }
cli-usage-more = למידע נוסף, נסו את { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = מספר ביטחון { $number }
members-safety-number-verified = מספר ביטחון { $number } (מאומת)
members-no-safety-number = אין מספר ביטחון: { $error }
notice-not-sent = לא נשלחה: { $error }
notice-ledger-failed = קופה: { $error }
notice-members-failed = חברים: { $error }
notice-error = שגיאה: { $error }
