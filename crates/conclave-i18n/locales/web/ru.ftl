# Conclave: Russian (Русский), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, join, link, unlock

boot-loading = Загрузка…
boot-failed = Не удалось запустить Conclave: { $error }
boot-other-tab = Conclave уже открыт в другой вкладке или окне этого браузера. Закройте его и перезагрузите эту страницу.
working = Выполняется…
wrong-passphrase = Неверный пароль. { $detail }. Попробуйте ещё раз.
tagline = Сообщения только по приглашениям, со сквозным шифрованием. Ваши ключи создаются и хранятся в этом браузере.
passphrase = Пароль
passphrase-hint = Не менее 8 символов. Он шифрует ключи и историю этого устройства в этом браузере и никогда его не покидает; если вы его забудете, копию в этом браузере открыть не удастся.
passphrase-again = Повторите пароль
passphrase-differ = Пароли не совпадают.
join-title = Вход по приглашению
join-link = Ссылка-приглашение
join-link-hint = https://…/join#code=… или conclave://…/join#code=…
username = Имя пользователя
username-hint = От 3 до 32 символов: a–z, 0–9, «.», «_», «-».
device-name = Название этого устройства
join-button = Присоединиться
joining = Присоединение…
link-title = Привязать этот браузер к вашему аккаунту
link-intro = На устройстве, где есть ваш аккаунт, выполните «conclave device link» и вставьте ссылку, которую выведет команда. Затем то устройство добавит этот браузер в ваши беседы.
link-link = Ссылка для привязки
link-link-hint = https://…/device#code=… или conclave://…/device#code=…
link-button = Привязать этот браузер
linking = Привязка…
unlock-title = Разблокировать Conclave
unlock-holds = В этом браузере хранится устройство «{ $device }» пользователя { $username }.
unlock-button = Разблокировать
unlocking = Разблокировка…
unlock-link-ignored = В этом браузере уже есть устройство Conclave; открытая вами ссылка не используется. Чтобы воспользоваться ею, сначала удалите это устройство из этого браузера.
unlock-forgot = Забыли пароль? Без него копию в этом браузере не открыть. Удалите её здесь и снова привяжите этот браузер с другого вашего устройства.
forget-button = Удалить это устройство из этого браузера
forget-confirm = Удалить устройство пользователя { $username } из этого браузера? Его ключи и история здесь будут удалены; ваш аккаунт и другие устройства останутся.

## The shell

conversations = Беседы
new-button = Новая
new-conversation = Новая беседа
private-button = Приватно
private-browsing = Приватный просмотр
account-button = Аккаунт
account = Аккаунт
details = Подробности
call-button = Звонок
call-start = Начать звонок
call-voice = Голосовой звонок
video-button = Видео
video-start = Начать видеозвонок
video-call = Видеозвонок
ledger = Счёт
ledger-button-title = Общие расходы и балансы
messages = Сообщения
composer-placeholder = Сообщение
send = Отправить
sending = Отправка…
attach = Прикрепить файл
take-photo = Сделать фото
voice-hold = Удерживайте, чтобы записать голосовое сообщение
back-chats = ‹ Чаты
back-to-conversations = Назад к беседам
back = ‹ Назад
close-panel = Закрыть панель
conversation-panels = Панели беседы
members = Участники
choose-conversation = Выберите беседу или начните новую кнопкой «Новая».
call = Звонок

## Status and banners

status-online = { $username } · в сети
status-offline = { $username } · не в сети
status-expired = { $username } · срок истёк
status-replaced = { $username } · открыто в другом месте
status-refused = { $username } · отклонено
status-connecting = { $username } · подключение
banner-expired = Срок действия вашего аккаунта истёк. Чтобы продолжить, введите код продления в разделе «Аккаунт».
banner-replaced = Conclave для этого устройства открыт в другом месте; эта страница остановлена. Перезагрузите её, чтобы пользоваться здесь.
banner-refused = Сервер отклонил это устройство: { $reason }
banner-offline = Нет сети: показано то, что есть в этом браузере. { $reason }
banner-expires-soon = Срок действия вашего аккаунта истекает { $date }. Попросите у администратора код продления.
conn-expired = Срок действия аккаунта истёк: продлите его в разделе «Аккаунт».
conn-offline = Нет сети: читать можно, отправка заработает после переподключения.
expiry-unknown = неизвестно (нет сети)
expiry-expired = { $date } (истёк)
expiry-days = { $days ->
    [one] { $date } ({ $days } день)
    [few] { $date } ({ $days } дня)
    [many] { $date } ({ $days } дней)
   *[other] { $date } ({ $days } дня)
}

## The conversation list and the messages

you = Вы
last-message = { $who }: { $text }
ledger-line = Счёт: { $text }
group-created = Группа создана
no-messages-yet = Сообщений пока нет
no-conversations = Бесед пока нет.
not-on-device = Этой беседы нет на этом устройстве.
conversation = Беседа
removed-banner = Вас удалили из этой беседы. Вы больше не получаете её сообщения.
membership-added = { $who } — добавлены: { $names }
membership-removed = { $who } — удалены: { $names }
membership-added-removed = { $who } — добавлены: { $added }; удалены: { $removed }
membership-keys = { $who } — ключи обновлены
unreadable-message = Нечитаемое сообщение ({ $reason })
handover-mine = Ваше устройство передало ранние записи счёта присоединившимся устройствам.
handover-theirs = Устройство { $sender } передало ранние записи счёта присоединившимся устройствам.
open-ledger-link = Счёт ›
open-ledger = Открыть счёт
joined-here = Вы присоединились к этой беседе на этом устройстве.
empty-conversation = Сообщений пока нет. Сообщения защищены сквозным шифрованием.
upload-sending = Отправка { $name }…
upload-failed = { $name }: { $error }
dismiss = Скрыть
record-failed = Не удаётся записать: { $error }
record-hold = Удерживайте кнопку микрофона, чтобы записать голосовое сообщение.
toast-added-to-conversation = Вас добавили в беседу.
toast-fell-behind = Это устройство отстало в одной из бесед и ждёт, пока его добавят снова.
invites-admin = без ограничений (админ)
invites-left = осталось: { $count }

## Members

no-longer-member = Вы больше не участник этой беседы.
safety-number = Код безопасности
safety-number-with = Код безопасности с { $username }
remove = Удалить
remove-member = Удалить { $username }
remove-confirm = Удалить { $username } из беседы «{ $conversation }»? Последующие сообщения будут ему недоступны.
removing = Удаление…
removed-toast = Участник { $username } удалён.
devices-line = { $count ->
    [one] устройство { $ids }
    [few] устройства { $ids }
    [many] устройства { $ids }
   *[other] устройства { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = устройство ({ $id })
member-you = { $username } (вы)
members-summary = { $count ->
    [one] { $count } участник · эпоха { $epoch }
    [few] { $count } участника · эпоха { $epoch }
    [many] { $count } участников · эпоха { $epoch }
   *[other] { $count } участника · эпоха { $epoch }
}
add = Добавить
adding = Добавление…
added-toast = Добавлены: { $names }.
add-members = Добавить участников
add-members-hint = Имена пользователей через запятую. Присоединятся все их устройства.
leave = Покинуть беседу
leave-confirm = Покинуть беседу «{ $conversation }» на всех ваших устройствах?
leaving = Выход…
epoch-authenticator = Аутентификатор эпохи (одинаков на устройствах всех участников): { $code }
loading = Загрузка…
safety-verified = подтверждён
safety-changed = КЛЮЧИ ИЗМЕНИЛИСЬ после подтверждения
safety-unverified = не подтверждён
mark-verified = Отметить как подтверждённый
saving = Сохранение…
verified-toast = { $username }: отмечено как подтверждённое.
safety-with = Код безопасности с { $username } { $badge }
safety-hint = Сравните его с кодом собеседника лично или по другому каналу. Если совпадает, отметьте его как подтверждённый: тогда смена ключей собеседника в будущем будет хорошо заметна.

## The ledger

ledger-paid-by = Кто заплатил
ledger-paid-to = Кому / за кого
ledger-owed-to = Кому должны
ledger-owed-by = Кто должен
split-to = Всё одному участнику
split-equal = Поровну
split-exact = По суммам
split-weights = По долям
badge-reversed = аннулирована
badge-reversal = аннулирование
badge-refused = отклонена
badge-unreadable = не читается
device-id = устройство { $id }
device-id-named = устройство { $id } ({ $name })
entries = Записи
entries-count = Записи ({ $count })
export-csv = Скачать CSV
export-json = Скачать JSON
balances = Балансы
export = Экспорт
export-hint = CSV: одна строка на каждого участника в каждой записи (сумма по участнику и валюте — это балансы). JSON: все записи, балансы и взаиморасчёт.
discrepancy-title = Внимание: счёт, переданный новому устройству, отличается от вашего.
discrepancy = Устройство { $device } участника { $by } (сообщение { $seq }) передало новичкам счёт, который не совпадает с тем, что хранится на этом устройстве: { $detail }. Их балансы могут отличаться от ваших; сверьтесь с { $by }.
ledger-unreadable = { $count ->
    [one] { $count } запись создана более новой версией Conclave и здесь не читается; балансы не учитывают её, пока вы не обновитесь.
    [few] { $count } записи созданы более новой версией Conclave и здесь не читаются; балансы не учитывают их, пока вы не обновитесь.
    [many] { $count } записей созданы более новой версией Conclave и здесь не читаются; балансы не учитывают их, пока вы не обновитесь.
   *[other] { $count } записи созданы более новой версией Conclave и здесь не читаются; балансы не учитывают их, пока вы не обновитесь.
}
handed-over-mine = Это устройство присоединилось на сообщении { $seq }: записи до него такие, какими их передало ваше устройство { $device }.
handed-over-theirs = Это устройство присоединилось на сообщении { $seq }: записи до него такие, какими их передало устройство { $device } участника { $by }.
ledger-empty = Записей пока нет. Запишите ниже общий расход, платёж или долг; все участники видят одинаковые балансы.
balances-in = Балансы в { $currency }
balance-owed = к получению
balance-owes = к оплате
balance-settled = в расчёте
settle-title = Чтобы рассчитаться
settle-you-pay = Вы платите { $to } { $amount } { $currency }
settle-pays-you = { $from } платит вам { $amount } { $currency }
settle-pays = { $from } платит { $to } { $amount } { $currency }
all-settled = Все в расчёте.
records-empty = Записи появляются здесь в том порядке, в каком их разместил сервер, — одинаково на всех устройствах.
recorded-by-you = { $day } · записано вами с устройства { $device } в { $time }
recorded-by = { $day } · записано участником { $member } с устройства { $device } в { $time }
reference-line = Номер документа: { $reference }
reversed-by-you = Аннулирована вами (запись { $entry }); больше не учитывается.
reversed-by = Аннулирована участником { $member } (запись { $entry }); больше не учитывается.
reversed-by-someone = Аннулирована кем-то (запись { $entry }); больше не учитывается.
undoes = Аннулирует: { $description }
refused-everywhere = Отклонена всеми устройствами, до которых дошла; на балансы не влияет.
handed-by-mine = Передана вашим устройством { $device }, когда это устройство присоединилось
handed-by-theirs = Передана устройством { $device } участника { $username }, когда это устройство присоединилось
reverse-toggle = Аннулировать…
reverse-entry-label = Аннулировать запись { $entry }
reverse-entry = Аннулировать запись
cancel = Отмена
reverse-why = Причина (необязательно)
reverse-hint = Запись останется в истории с пометкой «аннулирована»; её влияние на балансы будет снято на всех устройствах.
reversing = Аннулирование…
reversed-toast = Аннулировано: { $description }
kind-payment = Платёж: кто-то заплатил
kind-debt = Долг: кто-то должен
record-entry = Записать
member = Участник
split-equal-among = Поровну между
split-equal-hint = Отметьте и того, кто платил, чтобы он тоже получил долю. Остаток в один цент достаётся первым участникам в списке.
weights-legend = Доли (например, 2 и 1: две трети и одна треть)
amounts-legend = Суммы (вместе — общая сумма)
share-empty-hint = Оставьте поле участника пустым, чтобы не давать ему доли.
will-record = Будет записано: { $description }
will-record-shares = Будет записано: { $description } — { $shares } { $currency }
amount = Сумма
currency = Валюта
add-entry-form = Добавить запись в счёт
what-happened = Что произошло
date = Дата
memo-optional = Заметка (необязательно)
reference-optional = Номер документа (необязательно)
reference-hint = Номер инвойса, ID перевода…
add-entry = Добавить запись
ledger-intro = Записи — это сообщения со сквозным шифрованием; никто не может их изменить или удалить, ошибочную запись аннулируют.
recording = Записываем…
recorded-toast = Записано: { $description }
preparing = Подготовка…
exported-toast = { $count ->
    [one] Экспортирована { $count } запись счёта в { $file }.
    [few] Экспортированы { $count } записи счёта в { $file }.
    [many] Экспортировано { $count } записей счёта в { $file }.
   *[other] Экспортировано { $count } записи счёта в { $file }.
}

## New conversation, account

start = Начать
starting = Запуск…
create-group = Создать группу
creating = Создание…
message-person = Написать человеку
new-group = Новая группа
group-name = Название группы
members-hint = Имена пользователей через запятую.
your-account = Ваш аккаунт
this-device = Это устройство
this-device-value = { $name } (устройство { $id })
valid-until = Действует до
invitations = Приглашения
connection = Соединение
online = в сети
offline = не в сети
offline-reason = не в сети: { $reason }
renew = Продлить
renewing = Продление…
renewed-toast = Продлено до { $date }.
renew-title = Продлить аккаунт
renewal-code = Код продления
renewal-hint = Его выдаёт администратор; он продлевает аккаунт, даже если срок уже истёк.
expires-1-day = 1 день
expires-7-days = 7 дней
expires-30-days = 30 дней
create-invitation = Создать приглашение
your-invitations = Ваши приглашения
copy = Копировать
copied = Скопировано.
copy-failed = Выделите ссылку и скопируйте её.
invitation-created = Приглашение создано.
invitation-for = { $count ->
    [one] Для { $count } человека, действует до { $date }.
    [few] Для { $count } человек, действует до { $date }.
    [many] Для { $count } человек, действует до { $date }.
   *[other] Для { $count } человека, действует до { $date }.
}
link-for-browser = Ссылка для браузера:
link-for-cli = Для командной строки (conclave join):
invite-row = #{ $id } · { $state } · осталось { $left }/{ $total } · до { $date }
invite-row-joined = #{ $id } · { $state } · осталось { $left }/{ $total } · до { $date } · присоединились: { $names }
no-invitations = Приглашений пока нет.
invite-someone = Пригласить
number-of-people = Число человек
valid-for = Срок действия
your-devices = Ваши устройства
add-device-hint = Чтобы добавить устройство, выполните «conclave device link» на устройстве, где есть ваш аккаунт.
lock = Заблокировать
this-browser = Этот браузер
lock-hint = Блокировка закрывает сеанс; пароль снова открывает его.
device-row = { $name } (устройство { $id }), добавлено { $date }
device-row-this = { $name } (устройство { $id }), добавлено { $date } — этот браузер
offline-short = Нет сети.
language = Язык
language-hint = Язык этой страницы на этом устройстве. «Автоматически» — по языкам браузера.
language-auto = Автоматически

## Private browsing

pb-what-title = Что такое приватный просмотр
pb-what-1 = Приватный просмотр направляет веб-трафик устройства через два ретранслятора, а не напрямую к сайту. Входной ретранслятор знает, кто вы (ваш адрес), но не знает, куда вы идёте; выходной знает, куда вы идёте (сайт), но не знает, кто вы. Ни один не знает и того и другого.
pb-what-2 = Между вашим устройством и выходом трафик зашифрован, поэтому вход видит только запечатанные ячейки фиксированного размера. Каждый ретранслятор пропускает соединение только по несвязываемому токену, который этот сервер подписывает вслепую: он не может узнать, на какое соединение или сайт потрачен токен.
pb-what-3 = Сама эта страница ничего не маршрутизирует: веб-страница не может передавать чужой трафик. Это делает программа conclave на устройстве (см. «Как пользоваться на этом устройстве»).
pb-limits-title = От чего это не защищает
pb-limits-1 = Два перехода защищают от одного любопытного оператора ретранслятора. Они не помогут, если оба ретранслятора пути действуют сообща, и против наблюдателя, который видит трафик с обеих сторон и сопоставляет его по времени (глобальный наблюдатель).
pb-limits-2 = Ретрансляторы одного оператора отмечены в списке ниже, и путь никогда не использует два из них, если есть ретранслятор другого оператора. Когда ретрансляторы держит только один оператор, оба перехода принадлежат ему и разделение лишь формальное; тогда conclave proxy предупреждает об этом.
pb-limits-3 = Сайты по-прежнему видят то, что вы им отправляете: вход в аккаунт, куки и цифровой отпечаток браузера идентифицируют вас как обычно.
pb-limits-4 = Защищены только программы, направленные на прокси. Пусть прокси разрешает и имена (socks5h, --socks5-hostname у curl, «Отправлять DNS-запросы через прокси» в Firefox), иначе ваши DNS-запросы пойдут в обход него.
pb-allowance-note = Каждая цепочка расходует два токена, по одному на ретранслятор; цепочка несёт много соединений и обновляется через 10 минут. Лимит обновляется в 00:00 UTC.
pb-allowance-title = Лимит этого устройства
pb-per-day = Токенов в день
pb-left-today = Осталось сегодня
pb-fetching = Загрузка каталога ретрансляторов…
relays = Ретрансляторы
pb-setup = { $first }: на устройстве, где у conclave есть ваш аккаунт, выполните { $link }, затем здесь — { $join } (или { $joininvite } с приглашением).
pb-use-title = Как пользоваться на этом устройстве
pb-desktop = Компьютер (Linux, macOS, Windows)
pb-desktop-install = Установите консольную программу conclave и подключите к ней ваш аккаунт
pb-desktop-run = Выполните { $cmd }. Программа предоставляет SOCKS5 и HTTP CONNECT на { $addr } только для этого компьютера и выводит входной и выходной узел каждой цепочки.
pb-desktop-chromium = Chromium, Chrome или Edge: запустите его с { $cmd } (тогда имена разрешает прокси). Отдельный профиль ({ $profile }) держит приватный просмотр отдельно от вашего обычного профиля.
pb-desktop-firefox = Firefox: Настройки → Основные → Параметры сети → Настроить…: «Ручная настройка прокси», Узел SOCKS 127.0.0.1, Порт 1080, SOCKS 5, и отметьте «Отправлять DNS-запросы через прокси при использовании SOCKS 5».
pb-desktop-curl = Консольные программы: { $cmd }.
pb-desktop-options = Параметры: { $country } — выход через выходной узел в этой стране; { $circuit } — своя цепочка для каждого сайта.
pb-android = Телефон или планшет на Android
pb-android-intro = Браузер не может запустить SOCKS-прокси, поэтому это должна делать программа на телефоне:
pb-android-termux = Установите Termux (из F-Droid), а в нём — консольную программу conclave.
pb-android-account = Подключите к ней ваш аккаунт
pb-android-run = В Termux выполните { $cmd } и не останавливайте (разрешите Termux работать в фоне в настройках батареи).
pb-android-wifi = Настройки → Wi-Fi → ваша сеть → Изменить → Расширенные настройки → Прокси-сервер: Вручную, хост { $host }, порт { $port }. Настройка прокси в Android использует HTTP CONNECT, который прокси понимает на том же порту. Браузеры, которые её соблюдают, идут через ретрансляторы в этой сети Wi-Fi (но не через мобильный интернет).
pb-android-browser = Или используйте браузер с собственными настройками прокси: SOCKS5 { $socks } с удалённым DNS или HTTP-прокси { $http } (CONNECT).
pb-ios = iPhone и iPad
pb-ios-text = Пока недоступно. В iOS нельзя держать консольную программу работающей в фоне в роли локального прокси (Termux нет, а приложения приостанавливаются), а для передачи трафика телефона нужно приложение вроде VPN (Network Extension), которого у Conclave пока нет. Воспользоваться прокси компьютера телефон тоже не может: у conclave proxy нет пароля, поэтому он принимает соединения только на своей машине.
pb-no-tokens = Этот сервер не выдаёт токены ретрансляторов, поэтому его ретрансляторами нельзя пользоваться с этого аккаунта.
pb-zero-tokens = Сервер не выдаёт участникам токены ретрансляторов (лимит — 0 в день).
pb-same-operator = тот же оператор
pb-country-unknown = страна неизвестна
pb-relay-meta = { $country } · оператор { $operator } · { $addr }
pb-relay-meta-ours = { $country } · оператор { $operator } (оператор этого сервера) · { $addr }
pb-same-operator-note = Тот же оператор, что у { $others } (ретрансляторов: { $count }): вместе не используются, пока есть ретранслятор другого оператора.
pb-no-relays = Этот сервер не публикует ретрансляторы.
pb-two-operators = Путь может использовать два ретранслятора разных операторов.
pb-one-operator = Все эти ретрансляторы держит один оператор, поэтому оба перехода пути принадлежат ему: разделение лишь формальное.
pb-no-path = Путь пока нельзя построить: { $reason }.
pb-signed-new = Подписано оператором { $operator } ключом { $key }; подпись верна. Теперь это устройство запомнило этот ключ и отклонит каталог, подписанный другим. Действует до { $date }.
pb-signed-known = Подписано оператором { $operator } ключом { $key }; подпись верна. Это ключ, который запомнило это устройство; каталог, подписанный другим, оно отклонит. Действует до { $date }.

## Calls

declined = { $names }: вызов отклонён.
join-call = Присоединиться к звонку
accept = Принять
accept-call = Принять звонок
accept-video-call = Принять видеозвонок
decline = Отклонить
is-calling = { $caller } звонит
ringing-voice = Голосовой звонок · { $conversation }
ringing-video = Видеозвонок · { $conversation }
already-in-call = Вы уже участвуете в звонке.
calling = Вызов…
call-failed = Не удалось начать звонок: { $error }
connecting = Подключение…
your-camera = Ваша камера
mute = Выключить микрофон
unmute = Включить микрофон
camera-off = Выключить камеру
camera-on = Включить камеру
switch-camera = Сменить камеру
one-camera = У этого устройства одна камера.
hang-up = Завершить
call-controls = Управление звонком
tile-name = { $username } · устройство { $device }
tile-leaf = лист { $leaf }
reconnecting = Переподключение…
connection-failed = Сбой соединения
ended = Завершён
in-call = { $count ->
    [one] { $state } · в звонке: { $count }
    [few] { $state } · в звонке: { $count }
    [many] { $state } · в звонке: { $count }
   *[other] { $state } · в звонке: { $count }
}

## Files and voice notes

file-too-large = Файл больше, чем принимает сервер.
file-too-large-max = Файл больше, чем принимает сервер (максимум { $max }).
file-over-quota = Ваше хранилище на сервере заполнено. Файлы со временем удаляются; попробуйте позже.
file-too-many = Слишком много загрузок одновременно. Попробуйте чуть позже.
file-grant = Разрешение на загрузку истекло. Попробуйте ещё раз.
file-not-found = Файла больше нет на сервере (файлы со временем удаляются).
file-hash-mismatch = Файл повредился при передаче. Попробуйте ещё раз.
file-unavailable = Хранилище файлов сервера сейчас недоступно. Попробуйте позже.
file-busy = Сервер занят этим файлом. Попробуйте чуть позже.
file-cut = Соединение прервалось во время загрузки. Попробуйте ещё раз.
file-no-resume = Не удалось возобновить загрузку.
file-kept-other = На сервере сохранена другая часть файла.
upload-refused = Загрузка не удалась: { $reason }
download-refused = Скачивание не удалось: { $reason }
file-corrupted = Этот файл был изменён или повреждён в пути; он не показан.
open-image = Открыть изображение { $name }
open = Открыть
preview-of = Предпросмотр { $name }
image-unreadable = Это изображение нельзя показать здесь: этот браузер не читает такой формат.
play-voice-note = Воспроизвести голосовое сообщение { $name }
recording-unplayable = Эту запись нельзя воспроизвести в этом браузере.
download = Скачать
download-name = Скачать { $name }
save-again = Сохранить снова
close = Закрыть
play-name = Воспроизвести { $name }
pause-name = Приостановить { $name }
position = Позиция

## Notifications

notifications = Уведомления
hide-contents = Скрывать содержимое в уведомлениях
push-blocked = Уведомления для этого сайта заблокированы: разрешите их в настройках сайта в браузере.
push-not-allowed = Уведомления не разрешены.
push-no-server = Этот сервер не отправляет push-уведомления.
push-no-service = Push-служба этого браузера не ответила (нет сети или в браузере её нет).
push-unsupported = Этот браузер не может показывать push-уведомления (на iPhone и iPad сначала добавьте Conclave на экран «Домой»).
push-on-hidden = Вкл.: уведомления говорят только «Новое сообщение» и ничего больше.
push-on = Вкл.: уведомления показывают, кто написал и что (расшифровано на этом устройстве).
push-off = Выкл. Push-сообщения сервера всегда говорят лишь «что-то новое»; остальное расшифровывает это устройство.
new-message = Новое сообщение

## Звонки в истории, плитки звонка, состояния приглашений

call-held-audio = Звонок, { $duration }, { $people ->
    [one] { $people } участник
    [few] { $people } участника
    [many] { $people } участников
   *[other] { $people } участника
}
call-held-video = Видеозвонок, { $duration }, { $people ->
    [one] { $people } участник
    [few] { $people } участника
    [many] { $people } участников
   *[other] { $people } участника
}
call-missed-audio = Пропущенный звонок от { $from }
call-missed-video = Пропущенный видеозвонок от { $from }
call-missed-declined-audio = Пропущенный звонок от { $from } (отклонён)
call-missed-declined-video = Пропущенный видеозвонок от { $from } (отклонён)
call-not-answered-audio = Звонок без ответа
call-not-answered-video = Видеозвонок без ответа
call-declined-by-audio = Звонок отклонён: { $names }
call-declined-by-video = Видеозвонок отклонён: { $names }
call-ringing-audio = { $caller } звонит (голосовой звонок)
call-ringing-video = { $caller } звонит (видеозвонок)
call-in-progress-audio = Идёт звонок, { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
} в звонке ({ $names })
call-in-progress-video = Идёт видеозвонок, { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
} в звонке ({ $names })
duration-seconds = { $n } с
duration-minutes = { $n } мин
duration-hours = { $h } ч { $min } мин
tile-waiting-keys = ожидание ключей
tile-cant-decrypt = не удаётся расшифровать ({ $reason })
tile-key-mismatch = ключ участника не совпадает с ключом этого устройства: другая эпоха MLS или не участник
invite-open = действует
invite-used = использовано
invite-expired = истекло
invite-revoked = отозвано

## Typing indicators
typing-one = { $name } печатает…
typing-two = { $first } и { $second } печатают…
typing-several = Печатают несколько человек…
typing-title = Индикаторы набора
typing-setting = Показывать, когда другие печатают, и давать им видеть, когда печатаю я
typing-hint = Когда выключено, это устройство их не отправляет и не показывает. Они доходят только до участников, которые сейчас в сети; сервер их не хранит.

## History from another device
toast-history-imported = Пришла история с вашего устройства { $device } (записей: { $count }; разговоров: { $conversations }).
history-note = История выше пришла с вашего устройства { $device } (отправлено { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Входящий звонок
push-ring-body = Откройте Conclave, чтобы ответить
push-title-group = { $sender } в { $conversation }
