# Conclave: Ukrainian (Українська), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Початок, приєднання, прив'язка, розблокування

boot-loading = Завантаження…
boot-failed = Не вдалося запустити Conclave: { $error }
boot-other-tab = Conclave уже відкрито в іншій вкладці або вікні цього браузера. Закрийте його, а потім перезавантажте цю сторінку.
working = Виконується…
wrong-passphrase = Неправильна парольна фраза. { $detail }. Спробуйте ще раз.
tagline = Месенджер лише за запрошеннями з наскрізним шифруванням. Ваші ключі створюються та зберігаються в цьому браузері.
passphrase = Парольна фраза
passphrase-hint = Щонайменше 8 символів. Вона шифрує ключі та історію цього пристрою в цьому браузері й ніколи його не залишає; якщо її забути, копію в цьому браузері не можна буде відкрити.
passphrase-again = Повторіть парольну фразу
passphrase-differ = Парольні фрази не збігаються.
join-title = Приєднатися за запрошенням
join-link = Посилання-запрошення
join-link-hint = https://…/join#code=… або conclave://…/join#code=…
username = Ім'я користувача
username-hint = Від 3 до 32 символів: a–z, 0–9, «.», «_», «-».
device-name = Назва цього пристрою
join-button = Приєднатися
joining = Приєднання…
link-title = Прив'язати цей браузер до вашого облікового запису
link-intro = На пристрої з вашим обліковим записом виконайте «conclave device link» і вставте посилання, яке вона виведе. Потім той пристрій додасть цей браузер до ваших розмов.
link-link = Посилання пристрою
link-link-hint = https://…/device#code=… або conclave://…/device#code=…
link-button = Прив'язати цей браузер
linking = Прив'язування…
unlock-title = Розблокувати Conclave
unlock-holds = Цей браузер містить пристрій «{ $device }» користувача { $username }.
unlock-button = Розблокувати
unlocking = Розблокування…
unlock-link-ignored = Цей браузер уже містить пристрій Conclave; відкрите посилання не використано. Щоб скористатися ним, спершу видаліть цей пристрій із цього браузера.
unlock-forgot = Забули парольну фразу? Без неї копію в цьому браузері не відкрити. Видаліть її тут і знову прив'яжіть цей браузер з іншого вашого пристрою.
forget-button = Видалити цей пристрій із цього браузера
forget-confirm = Видалити пристрій користувача { $username } з цього браузера? Його ключі та історію тут буде видалено; ваш обліковий запис та інші пристрої залишаться.

## Оболонка

conversations = Розмови
new-button = Нова
new-conversation = Нова розмова
private-button = Приватно
private-browsing = Приватний перегляд
account-button = Обліковий запис
account = Обліковий запис
details = Подробиці
call-button = Дзвінок
call-start = Почати дзвінок
call-voice = Голосовий дзвінок
video-button = Відео
video-start = Почати відеодзвінок
video-call = Відеодзвінок
ledger = Книга витрат
ledger-button-title = Спільні витрати та баланси
messages = Повідомлення
composer-placeholder = Повідомлення
send = Надіслати
sending = Надсилання…
attach = Прикріпити файл
take-photo = Зробити фото
voice-hold = Утримуйте, щоб записати голосове повідомлення
back-chats = ‹ Чати
back-to-conversations = Назад до розмов
back = ‹ Назад
close-panel = Закрити панель
conversation-panels = Панелі розмови
members = Учасники
choose-conversation = Виберіть розмову або почніть нову кнопкою «Нова».
call = Дзвінок

## Стан і банери

status-online = { $username } · у мережі
status-offline = { $username } · не в мережі
status-expired = { $username } · термін дії минув
status-replaced = { $username } · замінено
status-refused = { $username } · відхилено
status-connecting = { $username } · підключення
banner-expired = Термін дії вашого облікового запису минув. Щоб продовжити, введіть код поновлення в розділі «Обліковий запис».
banner-replaced = Conclave для цього пристрою відкрито деінде; ця сторінка зупинилася. Перезавантажте, щоб користуватися ним тут.
banner-refused = Сервер відхилив цей пристрій: { $reason }
banner-offline = Офлайн: показано те, що є в цьому браузері. { $reason }
banner-expires-soon = Термін дії вашого облікового запису спливає { $date }. Попросіть в адміністратора код поновлення.
conn-expired = Термін дії вашого облікового запису минув: поновіть його в розділі «Обліковий запис».
conn-offline = Офлайн: читати можна; надсилання запрацює знову після підключення.
expiry-unknown = невідомо (офлайн)
expiry-expired = { $date } (минув)
expiry-days = { $days ->
    [one] { $date } ({ $days } день)
    [few] { $date } ({ $days } дні)
    [many] { $date } ({ $days } днів)
   *[other] { $date } ({ $days } дня)
}

## Список розмов і повідомлення

you = Ви
last-message = { $who }: { $text }
ledger-line = Книга витрат: { $text }
group-created = Групу створено
no-messages-yet = Повідомлень ще немає
no-conversations = Розмов ще немає.
not-on-device = Цієї розмови немає на цьому пристрої.
conversation = Розмова
removed-banner = Вас видалили з цієї розмови. Ви більше не отримуєте її повідомлень.
membership-added = { $who } додає: { $names }
membership-removed = { $who } видаляє: { $names }
membership-added-removed = { $who } додає: { $added } і видаляє: { $removed }
membership-keys = { $who } оновлює ключі
unreadable-message = Нечитабельне повідомлення ({ $reason })
handover-mine = Ваш пристрій передав попередні записи книги витрат пристроям, що приєдналися.
handover-theirs = Пристрій користувача { $sender } передав попередні записи книги витрат пристроям, що приєдналися.
open-ledger-link = Книга витрат ›
open-ledger = Відкрити книгу витрат
joined-here = Ви приєдналися до цієї розмови на цьому пристрої.
empty-conversation = Повідомлень ще немає. Повідомлення захищено наскрізним шифруванням.
upload-sending = Надсилання { $name }…
upload-failed = { $name }: { $error }
dismiss = Закрити
record-failed = Не вдається записати: { $error }
record-hold = Утримуйте кнопку мікрофона, щоб записати голосове повідомлення.
toast-added-to-conversation = Вас додали до розмови.
toast-fell-behind = Цей пристрій відстав у розмові й чекає, поки його знову додадуть.
invites-admin = без ліміту (адміністратор)
invites-left = залишилося { $count }

## Учасники

no-longer-member = Ви більше не учасник цієї розмови.
safety-number = Код безпеки
safety-number-with = Код безпеки з { $username }
remove = Видалити
remove-member = Видалити { $username }
remove-confirm = Видалити { $username } з розмови { $conversation }? Пізніших повідомлень цей учасник не читатиме.
removing = Видалення…
removed-toast = { $username } видалено.
devices-line = { $count ->
    [one] пристрій { $ids }
    [few] пристрої { $ids }
    [many] пристрої { $ids }
   *[other] пристрої { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = пристрій ({ $id })
member-you = { $username } (ви)
members-summary = { $count ->
    [one] { $count } учасник · епоха { $epoch }
    [few] { $count } учасники · епоха { $epoch }
    [many] { $count } учасників · епоха { $epoch }
   *[other] { $count } учасника · епоха { $epoch }
}
add = Додати
adding = Додавання…
added-toast = Додано: { $names }.
add-members = Додати учасників
add-members-hint = Імена користувачів через кому. Приєднаються всі їхні пристрої.
leave = Вийти з цієї розмови
leave-confirm = Вийти з розмови { $conversation } на всіх ваших пристроях?
leaving = Вихід…
epoch-authenticator = Автентифікатор епохи (однаковий на пристроях усіх учасників): { $code }
loading = Завантаження…
safety-verified = перевірено
safety-changed = КЛЮЧІ ЗМІНИЛИСЯ після вашої перевірки
safety-unverified = не перевірено
mark-verified = Позначити як перевірений
saving = Збереження…
verified-toast = { $username } позначено як перевіреного.
safety-with = Код безпеки з { $username } { $badge }
safety-hint = Порівняйте його з кодом співрозмовника особисто або через інший канал. Якщо вони збігаються, позначте співрозмовника як перевіреного: тоді про пізнішу зміну його ключів буде чітко повідомлено.

## Книга витрат

ledger-paid-by = Заплатив(-ла)
ledger-paid-to = Кому / за кого
ledger-owed-to = Винні кому
ledger-owed-by = Хто винен
split-to = Усе одному учаснику
split-equal = Порівну
split-exact = За сумами
split-weights = За частками
badge-reversed = скасовано
badge-reversal = скасування
badge-refused = відхилено
badge-unreadable = нечитабельно
device-id = пристрій { $id }
device-id-named = пристрій { $id } ({ $name })
entries = Записи
entries-count = Записи ({ $count })
export-csv = Завантажити CSV
export-json = Завантажити JSON
balances = Баланси
export = Експорт
export-hint = CSV: один рядок на учасника для кожного запису (сума за учасником і валютою дає баланси). JSON: усі записи, баланси та розрахунок.
discrepancy-title = Увага: книга витрат, передана новому пристрою, відрізняється від вашої.
discrepancy = Пристрій { $device } користувача { $by } (повідомлення { $seq }) передав новачкам книгу витрат, яка не збігається з тією, що є на цьому пристрої: { $detail }. Їхні баланси можуть відрізнятися від ваших; звірте з { $by }.
ledger-unreadable = { $count ->
    [one] { $count } запис створено новішою версією Conclave, і його тут не прочитати; баланси не враховують його, доки ви не оновитеся.
    [few] { $count } записи створено новішою версією Conclave, і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся.
    [many] { $count } записів створено новішою версією Conclave, і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся.
   *[other] { $count } запису створено новішою версією Conclave, і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся.
}
handed-over-mine = Цей пристрій приєднався на повідомленні { $seq }: попередні записи такі, як їх передав ваш пристрій { $device }.
handed-over-theirs = Цей пристрій приєднався на повідомленні { $seq }: попередні записи такі, як їх передав пристрій { $device } користувача { $by }.
ledger-empty = Записів ще немає. Додайте нижче спільну витрату, платіж або борг; усі учасники бачать однакові баланси.
balances-in = Баланси в { $currency }
balance-owed = має отримати
balance-owes = винен
balance-settled = розраховано
settle-title = Щоб розрахуватися
settle-you-pay = Ви платите { $to } { $amount } { $currency }
settle-pays-you = { $from } платить вам { $amount } { $currency }
settle-pays = { $from } платить { $to } { $amount } { $currency }
all-settled = Усі розрахувалися.
records-empty = Записи з'являються тут у тому порядку, в якому їх розмістив сервер, однаково на всіх пристроях.
recorded-by-you = { $day } · записано вами з { $device } о { $time }
recorded-by = { $day } · записав(-ла) { $member } з { $device } о { $time }
reference-line = Посилання: { $reference }
reversed-by-you = Скасовано вами (запис { $entry }); більше не враховується.
reversed-by = Скасовано користувачем { $member } (запис { $entry }); більше не враховується.
reversed-by-someone = Скасовано кимось (запис { $entry }); більше не враховується.
undoes = Скасовує: { $description }
refused-everywhere = Відхилено всіма пристроями, куди він потрапив; на баланси не впливає.
handed-by-mine = Передано вашим пристроєм { $device }, коли приєднався цей пристрій
handed-by-theirs = Передано пристроєм { $device } користувача { $username }, коли приєднався цей пристрій
reverse-toggle = Скасувати…
reverse-entry-label = Скасувати запис { $entry }
reverse-entry = Скасувати запис
cancel = Скасувати
reverse-why = Причина (необов'язково)
reverse-hint = Запис залишається в історії з позначкою «скасовано»; його вплив на баланси скасовується на всіх пристроях.
reversing = Скасування…
reversed-toast = Скасовано: { $description }
kind-payment = Платіж: хтось заплатив
kind-debt = Борг: хтось винен
record-entry = Додати запис
member = Учасник
split-equal-among = Порівну між
split-equal-hint = Додайте того, хто заплатив, щоб і йому дісталася частка. Залишок у копійку отримують перші учасники в списку.
weights-legend = Частки (напр., 2 і 1: дві третини й одна третина)
amounts-legend = Суми (разом мають дати загальну суму)
share-empty-hint = Залиште поле учасника порожнім, щоб не давати йому частки.
will-record = Буде записано: { $description }
will-record-shares = Буде записано: { $description } — { $shares } { $currency }
amount = Сума
currency = Валюта
add-entry-form = Додати запис до книги витрат
what-happened = Що сталося
date = Дата
memo-optional = Примітка (необов'язково)
reference-optional = Посилання (необов'язково)
reference-hint = Номер рахунку, ідентифікатор переказу…
add-entry = Додати запис
ledger-intro = Записи — це повідомлення з наскрізним шифруванням; ніхто не може їх редагувати чи видаляти, помилку скасовують.
recording = Запис…
recorded-toast = Записано: { $description }
preparing = Підготовка…
exported-toast = { $count ->
    [one] Експортовано { $count } запис книги витрат у { $file }.
    [few] Експортовано { $count } записи книги витрат у { $file }.
    [many] Експортовано { $count } записів книги витрат у { $file }.
   *[other] Експортовано { $count } запису книги витрат у { $file }.
}

## Нова розмова, обліковий запис

start = Почати
starting = Початок…
create-group = Створити групу
creating = Створення…
message-person = Написати людині
new-group = Нова група
group-name = Назва групи
members-hint = Імена користувачів через кому.
your-account = Ваш обліковий запис
this-device = Цей пристрій
this-device-value = { $name } (пристрій { $id })
valid-until = Дійсний до
invitations = Запрошення
connection = З'єднання
online = у мережі
offline = не в мережі
offline-reason = не в мережі: { $reason }
renew = Поновити
renewing = Поновлення…
renewed-toast = Поновлено до { $date }.
renew-title = Поновіть свій обліковий запис
renewal-code = Код поновлення
renewal-hint = Його видає адміністратор; він продовжує ваш обліковий запис, навіть якщо термін дії вже минув.
expires-1-day = 1 день
expires-7-days = 7 днів
expires-30-days = 30 днів
create-invitation = Створити запрошення
your-invitations = Ваші запрошення
copy = Копіювати
copied = Скопійовано.
copy-failed = Виділіть посилання та скопіюйте його.
invitation-created = Запрошення створено.
invitation-for = { $count ->
    [one] Для { $count } особи, дійсне до { $date }.
    [few] Для { $count } осіб, дійсне до { $date }.
    [many] Для { $count } осіб, дійсне до { $date }.
   *[other] Для { $count } особи, дійсне до { $date }.
}
link-for-browser = Посилання для браузера:
link-for-cli = Для командного рядка (conclave join):
invite-row = #{ $id } · { $state } · залишилося { $left }/{ $total } · до { $date }
invite-row-joined = #{ $id } · { $state } · залишилося { $left }/{ $total } · до { $date } · приєдналися: { $names }
no-invitations = Запрошень ще немає.
invite-someone = Запросити когось
number-of-people = Кількість осіб
valid-for = Дійсне протягом
your-devices = Ваші пристрої
add-device-hint = Щоб додати пристрій, виконайте «conclave device link» на пристрої з вашим обліковим записом.
lock = Заблокувати
this-browser = Цей браузер
lock-hint = Блокування закриває сеанс; парольна фраза відкриває його знову.
device-row = { $name } (пристрій { $id }), додано { $date }
device-row-this = { $name } (пристрій { $id }), додано { $date } — цей браузер
offline-short = Офлайн.
language = Мова
language-hint = Мова цієї сторінки на цьому пристрої. «Автоматично» — за мовами браузера.
language-auto = Автоматично

## Приватний перегляд

pb-what-title = Що таке приватний перегляд
pb-what-1 = Приватний перегляд пропускає вебтрафік пристрою через два ретранслятори, а не напряму до сайту. Вхідний ретранслятор знає, хто ви (вашу адресу), але не знає, куди ви йдете; вихідний знає, куди ви йдете (сайт), але не знає, хто ви. Жоден не знає обох.
pb-what-2 = Між вашим пристроєм і виходом трафік зашифровано, тож вхідний ретранслятор бачить лише запечатані комірки фіксованого розміру. Кожен ретранслятор пропускає з'єднання лише з непов'язуваним токеном, який цей сервер підписує наосліп: він не може дізнатися, на яке з'єднання чи сайт витрачено токен.
pb-what-3 = Ця сторінка сама нічого не маршрутизує: вебсторінка не може передавати інший трафік. Це робить програма conclave на пристрої (див. «Використання на цьому пристрої»).
pb-limits-title = Від чого це не захищає
pb-limits-1 = Два переходи захищають від одного цікавого оператора ретранслятора. Вони не допоможуть, якщо обидва ретранслятори шляху діють спільно, ані проти спостерігача, який бачить трафік з обох кінців і зіставляє його час (глобальний спостерігач).
pb-limits-2 = Ретранслятори одного оператора позначено в списку нижче, і шлях ніколи не використовує два з них, якщо є ретранслятор іншого оператора. Коли ретранслятори має лише один оператор, обидва переходи належать йому й поділ номінальний; тоді conclave proxy попереджає.
pb-limits-3 = Сайти й далі бачать те, що ви їм надсилаєте: вхід в обліковий запис, cookie та відбиток браузера ідентифікують вас, як зазвичай.
pb-limits-4 = Захищено лише програми, спрямовані на проксі. Нехай проксі також розпізнає імена (socks5h, --socks5-hostname у curl, «Proxy DNS» у Firefox), інакше ваші DNS-запити йтимуть повз нього.
pb-allowance-note = Кожен ланцюг витрачає два токени, по одному на ретранслятор; ланцюг передає багато з'єднань і оновлюється через 10 хвилин. Ліміт оновлюється о 00:00 UTC.
pb-allowance-title = Ліміт цього пристрою
pb-per-day = Токенів на день
pb-left-today = Залишилося сьогодні
pb-fetching = Отримання каталогу ретрансляторів…
relays = Ретранслятори
pb-setup = { $first }: на пристрої, де conclave має ваш обліковий запис, виконайте { $link }, потім тут { $join } (або { $joininvite } із запрошенням).
pb-use-title = Використання на цьому пристрої
pb-desktop = Комп'ютер (Linux, macOS, Windows)
pb-desktop-install = Установіть командний рядок conclave і передайте йому свій обліковий запис
pb-desktop-run = Виконайте { $cmd }. Він обслуговує SOCKS5 та HTTP CONNECT на { $addr }, лише для цього комп'ютера, і виводить вхід і вихід кожного ланцюга.
pb-desktop-chromium = Chromium, Chrome або Edge: запустіть із { $cmd } (тоді імена розпізнає проксі). Окремий профіль ({ $profile }) відокремлює приватний перегляд від звичайного.
pb-desktop-firefox = Firefox: Налаштування → Загальні → Параметри мережі → Налаштувати…: Ручне налаштування проксі, вузол SOCKS 127.0.0.1, порт 1080, SOCKS v5, і позначте «Проксі DNS при використанні SOCKS v5».
pb-desktop-curl = Інструменти командного рядка: { $cmd }.
pb-desktop-options = Параметри: { $country } виходить через вихідний вузол у цій країні; { $circuit } дає кожному сайту власний ланцюг.
pb-android = Телефон або планшет Android
pb-android-intro = Браузер не може запустити SOCKS-проксі, тому це має робити програма на телефоні:
pb-android-termux = Установіть Termux (з F-Droid), а в ньому — командний рядок conclave.
pb-android-account = Передайте йому свій обліковий запис
pb-android-run = У Termux виконайте { $cmd } і залиште запущеним (дозвольте Termux працювати у фоні в налаштуваннях батареї).
pb-android-wifi = Налаштування → Wi-Fi → ваша мережа → Змінити → Додатково → Проксі: Вручну, вузол { $host }, порт { $port }. Налаштування проксі в Android використовує HTTP CONNECT, який проксі розуміє на тому самому порту. Браузери, що його враховують, працюють через ретранслятори в цій мережі Wi-Fi (не в мобільних даних).
pb-android-browser = Або скористайтеся браузером із власними налаштуваннями проксі: SOCKS5 { $socks } з віддаленим DNS або HTTP-проксі { $http } (CONNECT).
pb-ios = iPhone та iPad
pb-ios-text = Поки що недоступно. В iOS неможливо тримати програму командного рядка запущеною у фоні як локальний проксі (Termux немає, а програми призупиняються), а передавання трафіку телефона потребує програми на зразок VPN (Network Extension), якої Conclave ще не має. Телефон також не може позичити проксі комп'ютера: conclave proxy не має пароля, тому слухає лише на власній машині.
pb-no-tokens = Цей сервер не видає токенів ретрансляторів, тож його ретранслятори недоступні для цього облікового запису.
pb-zero-tokens = Сервер не дає учасникам токенів ретрансляторів (ліміт — 0 на день).
pb-same-operator = той самий оператор
pb-country-unknown = країна невідома
pb-relay-meta = { $country } · оператор { $operator } · { $addr }
pb-relay-meta-ours = { $country } · оператор { $operator } (цього сервера) · { $addr }
pb-same-operator-note = Має той самий оператор, що й { $others } (ретрансляторів: { $count }): не використовуються разом, поки є ретранслятор іншого оператора.
pb-no-relays = Цей сервер не має ретрансляторів у списку.
pb-two-operators = Шлях може використовувати два ретранслятори різних операторів.
pb-one-operator = Ці ретранслятори має лише один оператор, тож обидва переходи шляху належать йому: поділ номінальний.
pb-no-path = Шлях поки що неможливо побудувати: { $reason }.
pb-signed-new = Підписано { $operator } ключем { $key }; підпис дійсний. Тепер цей пристрій пам'ятає цей ключ і відхилятиме каталог, підписаний іншим. Дійсний до { $date }.
pb-signed-known = Підписано { $operator } ключем { $key }; підпис дійсний. Це ключ, який запам'ятав цей пристрій, і він відхиляє каталог, підписаний іншим. Дійсний до { $date }.

## Дзвінки

declined = { $names }: відхилено.
join-call = Приєднатися до дзвінка
accept = Прийняти
accept-call = Прийняти дзвінок
accept-video-call = Прийняти відеодзвінок
decline = Відхилити
is-calling = { $caller } дзвонить
ringing-voice = Голосовий дзвінок · { $conversation }
ringing-video = Відеодзвінок · { $conversation }
already-in-call = Ви вже в дзвінку.
calling = Виклик…
call-failed = Не вдалося почати дзвінок: { $error }
connecting = Підключення…
your-camera = Ваша камера
mute = Вимкнути мікрофон
unmute = Увімкнути мікрофон
camera-off = Вимкнути камеру
camera-on = Увімкнути камеру
switch-camera = Змінити камеру
one-camera = Цей пристрій має одну камеру.
hang-up = Завершити
call-controls = Керування дзвінком
tile-name = { $username } · пристрій { $device }
tile-leaf = лист { $leaf }
reconnecting = Повторне підключення…
connection-failed = Не вдалося підключитися
ended = Завершено
in-call = { $count ->
    [one] { $state } · { $count } учасник у дзвінку
    [few] { $state } · { $count } учасники в дзвінку
    [many] { $state } · { $count } учасників у дзвінку
   *[other] { $state } · { $count } учасника в дзвінку
}

## Файли та голосові повідомлення

file-too-large = Файл більший, ніж приймає сервер.
file-too-large-max = Файл більший, ніж приймає сервер (максимум { $max }).
file-over-quota = Ваше сховище на сервері заповнене. Файли з часом видаляються; спробуйте пізніше.
file-too-many = Забагато завантажень одночасно. Спробуйте за мить.
file-grant = Дозвіл на завантаження закінчився. Спробуйте ще раз.
file-not-found = Файлу більше немає на сервері (файли з часом видаляються).
file-hash-mismatch = Завантаження пошкодилося дорогою. Спробуйте ще раз.
file-unavailable = Файлове сховище сервера зараз недоступне. Спробуйте пізніше.
file-busy = Сервер зайнятий цим файлом. Спробуйте за мить.
file-cut = З'єднання обірвалося під час завантаження. Спробуйте ще раз.
file-no-resume = Не вдалося відновити завантаження.
file-kept-other = Сервер зберіг іншу частину файлу.
upload-refused = Не вдалося завантажити: { $reason }
download-refused = Не вдалося звантажити: { $reason }
file-corrupted = Цей файл змінено або пошкоджено дорогою; його не показано.
open-image = Відкрити зображення { $name }
open = Відкрити
preview-of = Попередній перегляд { $name }
image-unreadable = Це зображення неможливо показати тут; цей браузер не читає такий формат.
play-voice-note = Відтворити голосове повідомлення { $name }
recording-unplayable = Цей запис неможливо відтворити в цьому браузері.
download = Звантажити
download-name = Звантажити { $name }
save-again = Зберегти знову
close = Закрити
play-name = Відтворити { $name }
pause-name = Призупинити { $name }
position = Позиція

## Сповіщення

notifications = Сповіщення
hide-contents = Приховувати вміст у сповіщеннях
push-blocked = Сповіщення для цього сайту заблоковано: дозвольте їх у налаштуваннях сайту в браузері.
push-not-allowed = Сповіщення не дозволено.
push-no-server = Цей сервер не надсилає push-сповіщень.
push-no-service = Push-служба цього браузера не відповіла (немає мережі або браузер без неї).
push-unsupported = Цей браузер не може показувати push-сповіщення (на iPhone та iPad спершу додайте Conclave на початковий екран).
push-on-hidden = Увімкнено: сповіщення кажуть лише «Нове повідомлення».
push-on = Увімкнено: сповіщення показують, хто й що написав, і розшифровуються на цьому пристрої.
push-off = Вимкнено. Push-сповіщення сервера кажуть лише «щось нове»; решту розшифровує цей пристрій.
new-message = Нове повідомлення

## Дзвінки в історії, плитки дзвінка, стани запрошень

call-held-audio = Дзвінок, { $duration }, { $people ->
    [one] { $people } учасник
    [few] { $people } учасники
    [many] { $people } учасників
   *[other] { $people } учасника
}
call-held-video = Відеодзвінок, { $duration }, { $people ->
    [one] { $people } учасник
    [few] { $people } учасники
    [many] { $people } учасників
   *[other] { $people } учасника
}
call-missed-audio = Пропущений дзвінок від { $from }
call-missed-video = Пропущений відеодзвінок від { $from }
call-missed-declined-audio = Пропущений дзвінок від { $from } (відхилено)
call-missed-declined-video = Пропущений відеодзвінок від { $from } (відхилено)
call-not-answered-audio = Дзвінок без відповіді
call-not-answered-video = Відеодзвінок без відповіді
call-declined-by-audio = Дзвінок відхилили: { $names }
call-declined-by-video = Відеодзвінок відхилили: { $names }
call-ringing-audio = { $caller } дзвонить (голосовий дзвінок)
call-ringing-video = { $caller } дзвонить (відеодзвінок)
call-in-progress-audio = Триває дзвінок, { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
} у дзвінку ({ $names })
call-in-progress-video = Триває відеодзвінок, { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
} у дзвінку ({ $names })
duration-seconds = { $n } с
duration-minutes = { $n } хв
duration-hours = { $h } год { $min } хв
tile-waiting-keys = очікування ключів
tile-cant-decrypt = не вдається розшифрувати ({ $reason })
tile-key-mismatch = ключ учасника не збігається з ключем цього пристрою: інша епоха MLS або не учасник
invite-open = дійсне
invite-used = використане
invite-expired = прострочене
invite-revoked = відкликане

## Typing indicators
typing-one = { $name } друкує…
typing-two = { $first } і { $second } друкують…
typing-several = Друкують кілька людей…
typing-title = Індикатори набору
typing-setting = Показувати, коли інші друкують, і давати їм бачити, коли друкую я
typing-hint = Коли вимкнено, цей пристрій їх не надсилає й не показує. Вони доходять лише до учасників, які зараз у мережі; сервер їх не зберігає.

## History from another device
toast-history-imported = Надійшла історія з вашого пристрою { $device } (записів: { $count }; розмов: { $conversations }).
history-note = Історія вище надійшла з вашого пристрою { $device } (надіслано { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Вхідний дзвінок
push-ring-body = Відкрийте Conclave, щоб відповісти
push-title-group = { $sender } у { $conversation }
