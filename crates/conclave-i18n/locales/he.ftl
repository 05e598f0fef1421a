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
