# Conclave: Hebrew (עברית), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## הפעלה, הצטרפות, קישור, ביטול נעילה

boot-loading = טוען…
boot-failed = לא ניתן היה להפעיל את Conclave: { $error }
boot-other-tab = Conclave כבר פתוח בכרטיסייה או בחלון אחר של הדפדפן הזה. סגרו אותו ואז טענו מחדש את הדף.
working = מעבד…
wrong-passphrase = ביטוי סיסמה שגוי. { $detail }. נסו שוב.
tagline = הודעות בהצפנה מקצה לקצה, בהזמנה בלבד. המפתחות שלכם נוצרים ונשמרים בדפדפן הזה.
passphrase = ביטוי סיסמה
passphrase-hint = לפחות 8 תווים. הוא מצפין את המפתחות וההיסטוריה של המכשיר הזה בדפדפן הזה ולעולם אינו יוצא ממנו; אם תשכחו אותו, לא ניתן יהיה לפתוח את העותק שבדפדפן הזה.
passphrase-again = חזרו על ביטוי הסיסמה
passphrase-differ = שני ביטויי הסיסמה אינם זהים.
join-title = הצטרפות עם הזמנה
join-link = קישור הזמנה
join-link-hint = https://…/join#code=… או conclave://…/join#code=…
username = שם משתמש
username-hint = 3 עד 32 תווים: a–z, 0–9, “.”, “_”, “-”.
device-name = שם המכשיר הזה
join-button = הצטרפות
joining = מצטרף…
link-title = קישור הדפדפן הזה לחשבון שלכם
link-intro = במכשיר שיש בו את החשבון שלכם, הריצו “conclave device link” והדביקו כאן את הקישור שהוא מדפיס. המכשיר הזה יוסיף אז את הדפדפן לשיחות שלכם.
link-link = קישור מכשיר
link-link-hint = https://…/device#code=… או conclave://…/device#code=…
link-button = קישור הדפדפן הזה
linking = מקשר…
unlock-title = ביטול הנעילה של Conclave
unlock-holds = הדפדפן הזה מחזיק את המכשיר “{ $device }” של { $username }.
unlock-button = ביטול נעילה
unlocking = מבטל נעילה…
unlock-link-ignored = הדפדפן הזה כבר מחזיק מכשיר Conclave; הקישור שפתחתם לא ישמש. כדי להשתמש בו, הסירו קודם את המכשיר הזה מהדפדפן.
unlock-forgot = שכחתם את ביטוי הסיסמה? בלעדיו לא ניתן לפתוח את העותק שבדפדפן הזה. הסירו אותו כאן וקשרו שוב את הדפדפן מאחד המכשירים האחרים שלכם.
forget-button = הסרת המכשיר הזה מהדפדפן
forget-confirm = להסיר את המכשיר של { $username } מהדפדפן הזה? המפתחות וההיסטוריה שלו כאן יימחקו; החשבון והמכשירים האחרים שלכם יישארו.

## המסגרת

conversations = שיחות
new-button = חדשה
new-conversation = שיחה חדשה
private-button = פרטי
private-browsing = גלישה פרטית
account-button = חשבון
account = חשבון
details = פרטים
call-button = שיחה
call-start = התחלת שיחה
call-voice = שיחה קולית
video-button = וידאו
video-start = התחלת שיחת וידאו
video-call = שיחת וידאו
ledger = קופה
ledger-button-title = הוצאות משותפות ויתרות
messages = הודעות
composer-placeholder = הודעה
send = שליחה
sending = שולח…
attach = צירוף קובץ
take-photo = צילום תמונה
voice-hold = החזיקו כדי להקליט הודעה קולית
back-chats = ‹ צ׳אטים
back-to-conversations = חזרה לשיחות
back = ‹ חזרה
close-panel = סגירת החלונית
conversation-panels = חלוניות השיחה
members = חברים
choose-conversation = בחרו שיחה, או התחילו אחת עם “חדשה”.
call = שיחה

## מצב והודעות מערכת

status-online = { $username } · מחובר
status-offline = { $username } · לא מחובר
status-expired = { $username } · פג תוקף
status-replaced = { $username } · הוחלף
status-refused = { $username } · נדחה
status-connecting = { $username } · מתחבר
banner-expired = תוקף החשבון שלכם פג. מממשו קוד חידוש תחת “חשבון” כדי להמשיך.
banner-replaced = Conclave נפתח עבור המכשיר הזה במקום אחר; הדף הזה נעצר. טענו מחדש כדי להשתמש בו כאן.
banner-refused = השרת דחה את המכשיר הזה: { $reason }
banner-offline = לא מחובר: מוצג מה שיש בדפדפן הזה. { $reason }
banner-expires-soon = תוקף החשבון שלכם יפוג ב־{ $date }. בקשו ממנהל קוד חידוש.
conn-expired = תוקף החשבון שלכם פג: חדשו אותו תחת “חשבון”.
conn-offline = לא מחובר: אפשר לקרוא; השליחה תחזור לפעול לאחר החיבור מחדש.
expiry-unknown = לא ידוע (לא מחובר)
expiry-expired = { $date } (פג תוקף)
expiry-days = { $days ->
    [one] { $date } (יום אחד)
    [two] { $date } (יומיים)
   *[other] { $date } ({ $days } ימים)
}

## רשימת השיחות וההודעות

you = אתם
last-message = { $who }: { $text }
ledger-line = קופה: { $text }
group-created = הקבוצה נוצרה
no-messages-yet = אין עדיין הודעות
no-conversations = אין עדיין שיחות.
not-on-device = השיחה הזו לא נמצאת במכשיר הזה.
conversation = שיחה
removed-banner = הוסרתם מהשיחה הזו. לא תקבלו עוד את ההודעות שלה.
membership-added = { $who } הוסיף/ה את { $names }
membership-removed = { $who } הסיר/ה את { $names }
membership-added-removed = { $who } הוסיף/ה את { $added } והסיר/ה את { $removed }
membership-keys = { $who } עדכן/ה את המפתחות
unreadable-message = הודעה שאינה ניתנת לקריאה ({ $reason })
handover-mine = המכשיר שלכם מסר את הרישומים הקודמים של הקופה למכשירים שהצטרפו.
handover-theirs = המכשיר של { $sender } מסר את הרישומים הקודמים של הקופה למכשירים שהצטרפו.
open-ledger-link = קופה ›
open-ledger = פתיחת הקופה
joined-here = הצטרפתם לשיחה הזו במכשיר הזה.
empty-conversation = אין עדיין הודעות. ההודעות מוצפנות מקצה לקצה.
upload-sending = שולח את { $name }…
upload-failed = { $name }: { $error }
dismiss = סגירה
record-failed = לא ניתן להקליט: { $error }
record-hold = החזיקו את לחצן המיקרופון כדי להקליט הודעה קולית.
toast-added-to-conversation = נוספתם לשיחה.
toast-fell-behind = המכשיר הזה פיגר באחת השיחות וממתין שיוסיפו אותו מחדש.
invites-admin = ללא מכסה (מנהל)
invites-left = נותרו { $count }

## חברים

no-longer-member = אינכם עוד חברים בשיחה הזו.
safety-number = מספר ביטחון
safety-number-with = מספר ביטחון עם { $username }
remove = הסרה
remove-member = הסרת { $username }
remove-confirm = להסיר את { $username } מ־{ $conversation }? ההודעות הבאות לא ייקראו על ידו.
removing = מסיר…
removed-toast = { $username } הוסר/ה.
devices-line = { $count ->
    [one] מכשיר { $ids }
    [two] מכשירים { $ids }
   *[other] מכשירים { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = מכשיר ({ $id })
member-you = { $username } (אתם)
members-summary = { $count ->
    [one] חבר אחד · אפוק { $epoch }
    [two] שני חברים · אפוק { $epoch }
   *[other] { $count } חברים · אפוק { $epoch }
}
add = הוספה
adding = מוסיף…
added-toast = נוספו: { $names }.
add-members = הוספת חברים
add-members-hint = שמות משתמש, מופרדים בפסיקים. כל המכשירים שלהם מצטרפים.
leave = עזיבת השיחה הזו
leave-confirm = לעזוב את { $conversation } בכל המכשירים שלכם?
leaving = עוזב…
epoch-authenticator = מאמת האפוק (זהה במכשיר של כל חבר): { $code }
loading = טוען…
safety-verified = מאומת
safety-changed = המפתחות השתנו מאז האימות
safety-unverified = לא מאומת
mark-verified = סימון כמאומת
saving = שומר…
verified-toast = { $username } סומן/ה כמאומת/ת.
safety-with = מספר ביטחון עם { $username } { $badge }
safety-hint = השוו אותו לזה שלהם פנים אל פנים או בערוץ אחר. אם הם תואמים, סמנו אותם כמאומתים: שינוי מאוחר יותר במפתחות שלהם יוצג אז באופן בולט.

## הקופה

ledger-paid-by = שולם על ידי
ledger-paid-to = שולם ל / עבור
ledger-owed-to = חוב ל
ledger-owed-by = חוב של
split-to = הכול לחבר אחד
split-equal = חלוקה שווה
split-exact = חלוקה לפי סכומים
split-weights = חלוקה לפי משקלים
badge-reversed = בוטל
badge-reversal = ביטול
badge-refused = נדחה
badge-unreadable = לא קריא
device-id = מכשיר { $id }
device-id-named = מכשיר { $id } ({ $name })
entries = רישומים
entries-count = רישומים ({ $count })
export-csv = הורדת CSV
export-json = הורדת JSON
balances = יתרות
export = ייצוא
export-hint = CSV: שורה אחת לכל חבר בכל רישום (סכום לפי חבר ומטבע: היתרות). JSON: כל רשומה, היתרות וסגירת החשבון.
discrepancy-title = אזהרה: קופה שנמסרה למכשיר חדש שונה מזו שלכם.
discrepancy = המכשיר { $device } של { $by } (הודעה { $seq }) מסר למצטרפים החדשים קופה שאינה זהה לזו שבמכשיר הזה: { $detail }. ייתכן שהיתרות שלהם שונות משלכם; השוו עם { $by }.
ledger-unreadable = { $count ->
    [one] רישום אחד נכתב בגרסה חדשה יותר של Conclave ולא ניתן לקרוא אותו כאן; היתרות אינן כוללות אותו עד שתעדכנו.
    [two] שני רישומים נכתבו בגרסה חדשה יותר של Conclave ולא ניתן לקרוא אותם כאן; היתרות אינן כוללות אותם עד שתעדכנו.
   *[other] { $count } רישומים נכתבו בגרסה חדשה יותר של Conclave ולא ניתן לקרוא אותם כאן; היתרות אינן כוללות אותם עד שתעדכנו.
}
handed-over-mine = המכשיר הזה הצטרף בהודעה { $seq }: הרישומים שלפניה הם כפי שהמכשיר שלכם { $device } מסר אותם.
handed-over-theirs = המכשיר הזה הצטרף בהודעה { $seq }: הרישומים שלפניה הם כפי שהמכשיר { $device } של { $by } מסר אותם.
ledger-empty = אין עדיין רישומים. רשמו למטה הוצאה משותפת, תשלום או חוב; כל החברים רואים את אותן יתרות.
balances-in = יתרות ב־{ $currency }
balance-owed = חייבים לו
balance-owes = חייב
balance-settled = מאוזן
settle-title = לסגירת החשבון
settle-you-pay = אתם משלמים ל־{ $to } { $amount } { $currency }
settle-pays-you = { $from } משלם/ת לכם { $amount } { $currency }
settle-pays = { $from } משלם/ת ל־{ $to } { $amount } { $currency }
all-settled = הכול מאוזן.
records-empty = הרישומים מופיעים כאן לפי הסדר שקבע השרת, זהה בכל מכשיר.
recorded-by-you = { $day } · נרשם על ידיכם מ־{ $device } בשעה { $time }
recorded-by = { $day } · נרשם על ידי { $member } מ־{ $device } בשעה { $time }
reference-line = אסמכתה: { $reference }
reversed-by-you = בוטל על ידיכם (רישום { $entry }); לא נספר עוד.
reversed-by = בוטל על ידי { $member } (רישום { $entry }); לא נספר עוד.
reversed-by-someone = בוטל על ידי מישהו (רישום { $entry }); לא נספר עוד.
undoes = מבטל: { $description }
refused-everywhere = נדחה בכל מכשיר שאליו הגיע; אינו משנה אף יתרה.
handed-by-mine = נמסר על ידי המכשיר שלכם { $device } כשהמכשיר הזה הצטרף
handed-by-theirs = נמסר על ידי המכשיר { $device } של { $username } כשהמכשיר הזה הצטרף
reverse-toggle = ביטול…
reverse-entry-label = ביטול רישום { $entry }
reverse-entry = ביטול הרישום
cancel = ביטול
reverse-why = סיבה (לא חובה)
reverse-hint = הרישום נשאר בהיסטוריה, מסומן כמבוטל; השפעתו על היתרות מבוטלת בכל מכשיר.
reversing = מבטל…
reversed-toast = בוטל: { $description }
kind-payment = תשלום: מישהו שילם
kind-debt = חוב: מישהו חייב
record-entry = שמירת הרישום
member = חבר
split-equal-among = חלוקה שווה בין
split-equal-hint = כללו גם את מי ששילם כדי שגם הוא יקבל חלק. שארית של אגורה הולכת לחברים הראשונים ברשימה.
weights-legend = משקלים (למשל 2 ו־1: שני שלישים ושליש)
amounts-legend = סכומים (שמסתכמים בסך הכול)
share-empty-hint = השאירו חבר ריק כדי לא לתת לו חלק.
will-record = יירשם: { $description }
will-record-shares = יירשם: { $description } — { $shares } { $currency }
amount = סכום
currency = מטבע
add-entry-form = הוספת רישום לקופה
what-happened = מה קרה
date = תאריך
memo-optional = הערה (לא חובה)
reference-optional = אסמכתה (לא חובה)
reference-hint = מספר חשבונית, מזהה העברה…
add-entry = הוספת רישום
ledger-intro = רישומים הם הודעות מוצפנות מקצה לקצה; איש אינו יכול לערוך או למחוק אותם, וטעות מתוקנת בביטול.
recording = רושם…
recorded-toast = נרשם: { $description }
preparing = מכין…
exported-toast = { $count ->
    [one] רשומת קופה אחת יוצאה אל { $file }.
    [two] שתי רשומות קופה יוצאו אל { $file }.
   *[other] { $count } רשומות קופה יוצאו אל { $file }.
}

## שיחה חדשה, חשבון

start = התחלה
starting = מתחיל…
create-group = יצירת קבוצה
creating = יוצר…
message-person = הודעה לאדם
new-group = קבוצה חדשה
group-name = שם הקבוצה
members-hint = שמות משתמש, מופרדים בפסיקים.
your-account = החשבון שלכם
this-device = המכשיר הזה
this-device-value = { $name } (מכשיר { $id })
valid-until = בתוקף עד
invitations = הזמנות
connection = חיבור
online = מחובר
offline = לא מחובר
offline-reason = לא מחובר: { $reason }
renew = חידוש
renewing = מחדש…
renewed-toast = חודש עד { $date }.
renew-title = חידוש החשבון שלכם
renewal-code = קוד חידוש
renewal-hint = מנהל נותן לכם קוד כזה; הוא מאריך את החשבון שלכם, גם לאחר שתוקפו פג.
expires-1-day = יום אחד
expires-7-days = 7 ימים
expires-30-days = 30 ימים
create-invitation = יצירת הזמנה
your-invitations = ההזמנות שלכם
copy = העתקה
copied = הועתק.
copy-failed = בחרו את הקישור והעתיקו אותו.
invitation-created = ההזמנה נוצרה.
invitation-for = { $count ->
    [one] לאדם אחד, בתוקף עד { $date }.
    [two] לשני אנשים, בתוקף עד { $date }.
   *[other] ל־{ $count } אנשים, בתוקף עד { $date }.
}
link-for-browser = קישור לדפדפן:
link-for-cli = לשורת הפקודה (conclave join):
invite-row = #{ $id } · { $state } · נותרו { $left }/{ $total } · עד { $date }
invite-row-joined = #{ $id } · { $state } · נותרו { $left }/{ $total } · עד { $date } · הצטרפו: { $names }
no-invitations = אין עדיין הזמנות.
invite-someone = הזמנת מישהו
number-of-people = מספר האנשים
valid-for = בתוקף למשך
your-devices = המכשירים שלכם
add-device-hint = כדי להוסיף מכשיר, הריצו “conclave device link” במכשיר שיש בו את החשבון שלכם.
lock = נעילה
this-browser = הדפדפן הזה
lock-hint = הנעילה סוגרת את ההפעלה; ביטוי הסיסמה פותח אותה שוב.
device-row = { $name } (מכשיר { $id }), נוסף ב־{ $date }
device-row-this = { $name } (מכשיר { $id }), נוסף ב־{ $date } — הדפדפן הזה
offline-short = לא מחובר.
language = שפה
language-hint = שפת הדף הזה במכשיר הזה. “אוטומטי” עוקב אחר שפות הדפדפן.
language-auto = אוטומטי

## גלישה פרטית

pb-what-title = מהי גלישה פרטית
pb-what-1 = גלישה פרטית מעבירה את תעבורת הרשת של המכשיר דרך שני ממסרים במקום ישירות לאתר. ממסר הכניסה יודע מי אתם (הכתובת שלכם) אבל לא לאן אתם הולכים; ממסר היציאה יודע לאן אתם הולכים (האתר) אבל לא מי אתם. אף אחד מהם אינו יודע את שניהם.
pb-what-2 = בין המכשיר שלכם לממסר היציאה התעבורה מוצפנת, כך שממסר הכניסה רואה רק תאים חתומים בגודל קבוע. כל ממסר מכניס חיבור רק עם אסימון שאי אפשר לקשר, שהשרת הזה חותם עליו באופן עיוור: הוא אינו יכול לדעת על איזה חיבור או אתר נוצל האסימון.
pb-what-3 = הדף הזה עצמו אינו מנתב דבר: דף אינטרנט אינו יכול להעביר תעבורה אחרת. התוכנה conclave במכשיר עושה זאת (ראו “שימוש במכשיר הזה”).
pb-limits-title = ממה זה לא מגן
pb-limits-1 = שני דילוגים מנטרלים מפעיל ממסר סקרן אחד. הם לא עוזרים אם שני הממסרים של נתיב משתפים פעולה, וגם לא מול צופה שמשגיח על התעבורה בשני הקצוות ומתאים את התזמון שלה (צופה גלובלי).
pb-limits-2 = ממסרים שמופעלים על ידי אותו מפעיל מסומנים ברשימה למטה, ונתיב לעולם אינו משתמש בשניים מהם כל עוד קיים ממסר של מפעיל אחר. כשרק מפעיל אחד מפעיל ממסרים, שני הדילוגים שלו והפיצול הוא להלכה בלבד; conclave proxy מזהיר אז.
pb-limits-3 = אתרים עדיין רואים את מה שאתם שולחים להם: התחברות, עוגיות וטביעת האצבע של הדפדפן מזהים אתכם כרגיל.
pb-limits-4 = רק תוכנות שמכוונות אל ה־proxy מוגנות. תנו ל־proxy לפענח גם שמות (socks5h, --socks5-hostname של curl, “Proxy DNS” של Firefox), אחרת שאילתות ה־DNS שלכם יוצאות מחוצה לו.
pb-allowance-note = כל מעגל צורך שני אסימונים, אחד לכל ממסר; מעגל נושא חיבורים רבים ומתחדש אחרי 10 דקות. המכסה מתחדשת ב־00:00 UTC.
pb-allowance-title = המכסה של המכשיר הזה
pb-per-day = אסימונים ליום
pb-left-today = נותרו היום
pb-fetching = מאחזר את מדריך הממסרים…
relays = ממסרים
pb-setup = { $first }: במכשיר שבו ל־conclave יש את החשבון שלכם, הריצו { $link }, ואז כאן { $join } (או { $joininvite } עם הזמנה).
pb-use-title = שימוש במכשיר הזה
pb-desktop = מחשב (Linux, macOS, Windows)
pb-desktop-install = התקינו את שורת הפקודה של conclave ותנו לה את החשבון שלכם
pb-desktop-run = הריצו { $cmd }. הוא מספק SOCKS5 ו־HTTP CONNECT בכתובת { $addr }, עבור המחשב הזה בלבד, ומדפיס את ממסר הכניסה והיציאה של כל מעגל.
pb-desktop-chromium = Chromium, Chrome או Edge: הפעילו אותו עם { $cmd } (השמות מפוענחים אז על ידי ה־proxy). פרופיל נפרד ({ $profile }) שומר את הגלישה הפרטית בנפרד מהפרופיל הרגיל שלכם.
pb-desktop-firefox = Firefox: הגדרות → כללי → הגדרות רשת → הגדרות…: הגדרת proxy ידנית, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, וסמנו “Proxy DNS when using SOCKS v5”.
pb-desktop-curl = כלי שורת פקודה: { $cmd }.
pb-desktop-options = אפשרויות: { $country } יוצא דרך ממסר יציאה במדינה הזו; { $circuit } נותן לכל אתר מעגל משלו.
pb-android = טלפון או טאבלט Android
pb-android-intro = דפדפן אינו יכול להריץ proxy מסוג SOCKS, ולכן תוכנה בטלפון צריכה לעשות זאת:
pb-android-termux = התקינו את Termux (מ־F-Droid), ובתוכו את שורת הפקודה של conclave.
pb-android-account = תנו לה את החשבון שלכם
pb-android-run = ב־Termux הריצו { $cmd } והשאירו אותו פועל (אפשרו ל־Termux לפעול ברקע בהגדרות הסוללה).
pb-android-wifi = הגדרות → Wi-Fi → הרשת שלכם → עריכה → מתקדם → Proxy: ידני, מארח { $host }, יציאה { $port }. הגדרת ה־proxy של Android מדברת HTTP CONNECT, שה־proxy מבין באותה יציאה. דפדפנים שפועלים לפיה עוברים דרך הממסרים ברשת ה־Wi-Fi הזו (לא בחבילת הגלישה).
pb-android-browser = או השתמשו בדפדפן עם הגדרות proxy משלו: SOCKS5 { $socks } עם DNS מרוחק, או proxy מסוג HTTP { $http } (CONNECT).
pb-ios = iPhone ו־iPad
pb-ios-text = לא זמין כרגע. ב־iOS אין דרך להשאיר תוכנת שורת פקודה פועלת ברקע כדי לשמש proxy מקומי (אין Termux, והאפליקציות מושהות), והעברת התעבורה של טלפון דורשת אפליקציה בסגנון VPN (Network Extension), שאין עדיין ל־Conclave. גם טלפון אינו יכול לשאול proxy של מחשב: ל־conclave proxy אין סיסמה, ולכן הוא מאזין רק במחשב שלו.
pb-no-tokens = השרת הזה אינו מנפיק אסימוני ממסר, ולכן אי אפשר להשתמש בממסרים שלו מהחשבון הזה.
pb-zero-tokens = השרת אינו נותן לחברים אסימוני ממסר (המכסה שלו היא 0 ליום).
pb-same-operator = אותו מפעיל
pb-country-unknown = מדינה לא ידועה
pb-relay-meta = { $country } · מפעיל { $operator } · { $addr }
pb-relay-meta-ours = { $country } · מפעיל { $operator } (של השרת הזה) · { $addr }
pb-same-operator-note = מופעל על ידי אותו מפעיל כמו { $others } ({ $count } ממסרים): לעולם לא בשימוש יחד כל עוד קיים ממסר של מפעיל אחר.
pb-no-relays = השרת הזה אינו מפרסם ממסרים.
pb-two-operators = נתיב יכול להשתמש בשני ממסרים של מפעילים שונים.
pb-one-operator = רק מפעיל אחד מפעיל את הממסרים האלה, ולכן שני הדילוגים של נתיב שלו: הפיצול הוא להלכה בלבד.
pb-no-path = עדיין לא ניתן לבנות נתיב: { $reason }.
pb-signed-new = נחתם על ידי { $operator } במפתח { $key }; החתימה תקינה. המכשיר הזה זוכר כעת את המפתח הזה, ודוחה מדריך שנחתם במפתח אחר. בתוקף עד { $date }.
pb-signed-known = נחתם על ידי { $operator } במפתח { $key }; החתימה תקינה. זה המפתח שהמכשיר הזה זכר, והוא דוחה מדריך שנחתם במפתח אחר. בתוקף עד { $date }.

## שיחות

declined = { $names } דחו.
join-call = הצטרפות לשיחה
accept = קבלה
accept-call = קבלת השיחה
accept-video-call = קבלת שיחת הווידאו
decline = דחייה
is-calling = { $caller } מתקשר/ת
ringing-voice = שיחה קולית · { $conversation }
ringing-video = שיחת וידאו · { $conversation }
already-in-call = אתם כבר בשיחה.
calling = מתקשר…
call-failed = לא ניתן היה להתחיל את השיחה: { $error }
connecting = מתחבר…
your-camera = המצלמה שלכם
mute = השתקה
unmute = ביטול השתקה
camera-off = כיבוי מצלמה
camera-on = הפעלת מצלמה
switch-camera = החלפת מצלמה
one-camera = במכשיר הזה יש מצלמה אחת.
hang-up = ניתוק
call-controls = פקדי השיחה
tile-name = { $username } · מכשיר { $device }
tile-leaf = leaf { $leaf }
reconnecting = מתחבר מחדש…
connection-failed = החיבור נכשל
ended = הסתיימה
in-call = { $count ->
    [one] { $state } · אחד בשיחה
    [two] { $state } · שניים בשיחה
   *[other] { $state } · { $count } בשיחה
}

## קבצים והודעות קוליות

file-too-large = הקובץ גדול ממה שהשרת מקבל.
file-too-large-max = הקובץ גדול ממה שהשרת מקבל (לכל היותר { $max }).
file-over-quota = האחסון שלכם בשרת מלא. קבצים פגים אחרי זמן מה; נסו שוב מאוחר יותר.
file-too-many = יותר מדי העלאות בבת אחת. נסו שוב בעוד רגע.
file-grant = ההרשאה להעלאה פגה. נסו שוב.
file-not-found = הקובץ כבר לא נמצא בשרת (קבצים פגים אחרי זמן מה).
file-hash-mismatch = ההעלאה נפגמה בדרך. נסו שוב.
file-unavailable = מאגר הקבצים של השרת אינו זמין כרגע. נסו שוב מאוחר יותר.
file-busy = השרת עסוק בקובץ הזה. נסו שוב בעוד רגע.
file-cut = החיבור נותק במהלך ההעלאה. נסו שוב.
file-no-resume = לא ניתן היה לחדש את ההעלאה.
file-kept-other = השרת שמר חלק אחר של הקובץ.
upload-refused = ההעלאה נכשלה: { $reason }
download-refused = ההורדה נכשלה: { $reason }
file-corrupted = הקובץ הזה שונה או נפגם בדרך; הוא אינו מוצג.
open-image = פתיחת התמונה { $name }
open = פתיחה
preview-of = תצוגה מקדימה של { $name }
image-unreadable = לא ניתן להציג כאן את התמונה הזו; הדפדפן הזה אינו קורא את הפורמט שלה.
play-voice-note = השמעת ההודעה הקולית { $name }
recording-unplayable = לא ניתן להשמיע את ההקלטה הזו בדפדפן הזה.
download = הורדה
download-name = הורדת { $name }
save-again = שמירה שוב
close = סגירה
play-name = השמעת { $name }
pause-name = השהיית { $name }
position = מיקום

## התראות

notifications = התראות
hide-contents = הסתרת התוכן בהתראות
push-blocked = ההתראות חסומות עבור האתר הזה: אפשרו אותן בהגדרות האתר בדפדפן.
push-not-allowed = ההתראות לא אושרו.
push-no-server = השרת הזה אינו שולח התראות דחיפה.
push-no-service = שירות הדחיפה של הדפדפן הזה לא ענה (אין רשת, או דפדפן בלי שירות כזה).
push-unsupported = הדפדפן הזה אינו יכול להציג התראות דחיפה (ב־iPhone וב־iPad: הוסיפו קודם את Conclave למסך הבית).
push-on-hidden = מופעל: ההתראות אומרות "הודעה חדשה" ותו לא.
push-on = מופעל: ההתראות מציגות מי כתב ומה, כפי שנקרא במכשיר הזה.
push-off = כבוי. הדחיפות של השרת אומרות תמיד רק "משהו חדש"; המכשיר הזה מפענח את השאר.
new-message = הודעה חדשה

## שיחות בהיסטוריה, אריחי שיחה, מצבי הזמנות

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
tile-waiting-keys = ממתין למפתחות
tile-cant-decrypt = לא ניתן לפענח ({ $reason })
tile-key-mismatch = המפתח שלהם לא תואם לזה של המכשיר הזה: אפוק MLS שונה או שאינם חברים
invite-open = פעילה
invite-used = נוצלה
invite-expired = פג תוקף
invite-revoked = בוטלה

## Typing indicators
typing-one = { $name } מקליד/ה…
typing-two = { $first } ו{ $second } מקלידים…
typing-several = כמה אנשים מקלידים…
typing-title = חיווי הקלדה
typing-setting = להציג כשאחרים מקלידים, ולתת להם לראות כשאני מקליד/ה
typing-hint = כשהחיווי כבוי, מכשיר זה לא שולח ולא מציג אותו. הוא מגיע רק לחברים שמחוברים כעת; השרת לא שומר דבר.

## History from another device
toast-history-imported = ההיסטוריה מהמכשיר שלך { $device } הגיעה (רשומות: { $count }; שיחות: { $conversations }).
history-note = ההיסטוריה שלמעלה הגיעה מהמכשיר שלך { $device } (נשלחה ב־{ $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = שיחה נכנסת
push-ring-body = פתחו את Conclave כדי לענות
push-title-group = { $sender } ב{ $conversation }
