# Conclave: Ukrainian (Українська).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = під'єднано
status-reconnecting = перепід'єднання… ({ $reason })
status-paused = пауза: інша команда conclave використовує цей пристрій
pane-conversations = Розмови
pane-unread = { $count ->
    [one] { $count } непрочитане
    [few] { $count } непрочитані
    [many] { $count } непрочитаних
   *[other] { $count } непрочитаних
}
pane-message = Повідомлення
pane-none = Немає розмови
compose-hint = Tab або Enter, щоб писати
empty-conversations = Розмов ще немає. Почніть із командного рядка: conclave send USER TEXT
empty-messages = Повідомлень ще немає. Пишіть нижче й натисніть Enter.
keys-short = Tab фокус · Enter надіслати · ^L рахунок · ^E запис · ^U учасники · ? довідка · q вийти
keys-long = Tab фокус · Enter надіслати · Alt+Enter новий рядок · ^L рахунок · ^E додати запис · ^U учасники · ? довідка · q вийти
help-title = Довідка (Esc)
help-focus = перехід між розмовами, повідомленнями та рядком введення
help-choose = вибрати розмову; гортати повідомлення
help-scroll = гортати повідомлення
help-enter = надіслати (у рядку введення); писати (деінде)
help-newline = новий рядок у повідомленні
help-ledger = спільний рахунок розмови: баланси, розрахунок
help-add-entry = додати запис
help-members = учасники, їхні пристрої та коди безпеки
help-esc = закрити панель; вийти з рядка введення
help-vim = клавіші як у vim (з --vim)
help-help = ця довідка
help-quit = вийти
ledger-title = Рахунок (Esc)
ledger-balances = Баланси
ledger-none = записів ще немає (Ctrl+E додає)
ledger-settle = Розрахунок
ledger-even = усі в розрахунку
ledger-entries = Записи
members-title = Учасники (Esc)
members-device = пристрій { $id }
members-you = ви
form-title = Додати запис
form-kind = вид
form-amount = сума
form-currency = валюта
form-from = від
form-split = поділ
form-to = кому
form-memo = нотатка
form-hint = вид: payment|debt · поділ: to|equal (кому: один учасник або a,b,c)
form-keys = Tab наступне поле · Enter додати · Esc скасувати
notice-sent = надіслано як повідомлення { $seq }
notice-entry-added = запис додано як повідомлення { $seq }
notice-reconnected = знову під'єднано

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } друкує…
typing-two = { $first } і { $second } друкують…
typing-several = Друкують кілька людей…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = не вдається запуститися: { $error }
cli-unexpected-response = неочікувана відповідь { $response }
cli-invalid-option = недійсний { $option }
cli-invalid-option-value = недійсний { $option } { $value }
cli-invalid-duration = недійсна тривалість { $value } (наприклад, 24h, 7d)
cli-not-invite-link = це не посилання-запрошення (посилання пристрою потрібне для `conclave device join`)
cli-not-device-link = це не посилання пристрою (створіть його командою `conclave device link` на своєму наявному пристрої)
cli-joined = ви приєдналися до { $server } як { $user } (пристрій { $device }); обліковий запис дійсний до { $expires }
cli-linked = пов'язано з { $server } як { $user } (пристрій { $device }); обліковий запис дійсний до { $expires }
cli-malformed-renewal-code = неправильний код продовження
cli-renewed = продовжено: обліковий запис { $user } дійсний до { $expires }
cli-display-name-none = немає відображуваного імені: інші бачать { $user }
cli-whoami-account = обліковий запис
cli-whoami-device = пристрій
cli-whoami-server = сервер
cli-whoami-expires = спливає
cli-whoami-invites = запрошення
cli-whoami-admin = (адміністратор)
cli-whoami-invites-left = залишилося { $count }
cli-whoami-no-quota = без квоти
cli-invite-in-browser = у браузері: { $link }
cli-invite-created = запрошення { $id } на { $count ->
    [one] { $count } обліковий запис
    [few] { $count } облікові записи
    [many] { $count } облікових записів
   *[other] { $count } облікового запису
}, дійсне до { $expires }
cli-no-invitations = немає запрошень
cli-invite-open = відкрите
cli-invite-used = використане
cli-invite-expired = прострочене
cli-invite-revoked = відкликане
cli-invite-row = залишилося { $left }/{ $total }  спливає { $expires }
cli-invite-give = вкажіть id запрошення (з `conclave invite list`), код або посилання
cli-revoked = відкликано
cli-no-group = немає групи { $name }; `conclave group list` покаже ваші
cli-no-conversation-with = немає розмови з { $name }; `conclave send { $name } TEXT` почне її
cli-sent = надіслано до { $conversation } як повідомлення { $seq }
cli-warn-call-ignored = попередження: сигнал дзвінка { $seq } від { $sender } у { $conversation } проігноровано: { $reason }
cli-history-note = (історія вище прийшла з вашого пристрою { $device }, надіслана { $at })
cli-warn-receipt-not-sent = попередження: сповіщення про прочитання не надіслано: { $error }
cli-warn-delivery-unusable = попередження: доставку { $seq } не вдалося використати: { $reason }
cli-history-imported = історія з вашого пристрою { $device } (надіслана { $at }): { $entries ->
    [one] { $entries } запис
    [few] { $entries } записи
    [many] { $entries } записів
   *[other] { $entries } запису
} у { $count ->
    [one] { $count } розмові
    [few] { $count } розмовах
    [many] { $count } розмовах
   *[other] { $count } розмови
}
cli-warn-history-later = попередження: історія з вашого пристрою { $device } ще не надійшла ({ $reason }); наступна команда спробує знову
cli-warn-history-unusable = попередження: історію з вашого пристрою { $device } неможливо використати: { $reason }
cli-warn-history-fetch = попередження: не вдалося отримати історію, надіслану вашим іншим пристроєм: { $error }
cli-listen-handover = інша команда conclave використовує цей пристрій; чекаємо…
cli-listening-again = знову слухаємо
cli-connection-lost = з'єднання втрачено ({ $error }); перепідключення…
cli-group-created = створено #{ $name } ({ $devices ->
    [one] { $devices } пристрій
    [few] { $devices } пристрої
    [many] { $devices } пристроїв
   *[other] { $devices } пристрою
}, епоха { $epoch })
cli-group-added = { $users } додано до #{ $name }
cli-already-members = вже учасники
cli-group-removed = { $users } вилучено з #{ $name }
cli-group-left = ви вийшли з #{ $name }
cli-no-conversations = немає розмов
cli-kind-group = група
cli-kind-direct = особиста
cli-kind-unnamed = без назви
cli-devices = { $devices ->
    [one] { $devices } пристрій
    [few] { $devices } пристрої
    [many] { $devices } пристроїв
   *[other] { $devices } пристрою
}
cli-group-info = { $name }  епоха { $epoch }
cli-device = пристрій { $id }
cli-device-link-waiting = чекаємо на приєднання нового пристрою (запустіть `conclave --home NEWDIR device join LINK`)…
cli-link-expired = посилання сплило до приєднання пристрою
cli-device-joined = пристрій { $id } приєднався; додано до { $added } з { $total ->
    [one] { $total } розмови
    [few] { $total } розмов
    [many] { $total } розмов
   *[other] { $total } розмови
}
cli-history-sent = йому надіслано історію { $count ->
    [one] { $count } розмови
    [few] { $count } розмов
    [many] { $count } розмов
   *[other] { $count } розмови
} ({ $entries ->
    [one] { $entries } запис
    [few] { $entries } записи
    [many] { $entries } записів
   *[other] { $entries } запису
}, { $kib } КіБ, наскрізне шифрування)
cli-history-none = немає ранішої історії для надсилання
cli-warn-history-not-sent = попередження: історію не надіслано новому пристрою: { $error }
cli-device-added = додано { $at }
cli-device-added-this = додано { $at } (цей пристрій)
cli-device-removed = пристрій { $id } вилучено
cli-safety-changed = !!! УВАГА: ключі { $user } ЗМІНИЛИСЯ після вашої перевірки !!!
cli-safety-changed-compare = !!! Додано новий пристрій або замінено ключ. Порівняйте код безпеки ще раз. !!!
cli-verified = { $user } перевірений
cli-not-verified = { $user } ще не перевірений
cli-safety-number = код безпеки з { $user }:
cli-marked-verified = { $user } позначено перевіреним; ви отримаєте попередження, якщо його ключі зміняться
cli-replied = відповідь у { $conversation } як повідомлення { $seq }
cli-reacted = реакція в { $conversation } як повідомлення { $seq }
cli-reaction-taken-back = реакцію скасовано в { $conversation } як повідомлення { $seq }
cli-edited = змінено в { $conversation } як повідомлення { $seq }
cli-deleted = видалено для всіх у { $conversation } як повідомлення { $seq }
cli-forwarded = переслано в { $conversation } як повідомлення { $seq }
cli-timer-set = таймер встановлено в { $conversation } як повідомлення { $seq }
cli-timer-invalid = `{ $value }`: { $error }; вкажіть off, 30s, 5m, 1h, 1d або 1w
cli-receipts-say-on-or-off = `{ $value }`: вкажіть `on` або `off`
cli-receipts-on = сповіщення про прочитання ввімкнено: цей пристрій повідомляє іншим, що ви прочитали, і показує, що прочитали вони
cli-receipts-off = сповіщення про прочитання вимкнено: цей пристрій їх не надсилає і нічиїх не показує
cli-not-a-file = { $path } не файл
cli-uploading = вивантаження
cli-downloading = завантаження
cli-file-sent = { $file } ({ $size }) надіслано до { $conversation } як повідомлення { $seq }
cli-message-not-available = повідомлення { $message } недоступне
cli-message-deleted = повідомлення { $message } видалено
cli-message-not-a-file = повідомлення { $message } у { $conversation } не файл
cli-no-conversations-yet = розмов ще немає
cli-files-in-several = { $message } вказує на файли в кількох розмовах: вкажіть `conclave download CONVERSATION { $message }`
cli-too-many-files = забагато файлів із такою назвою; вкажіть місце через --output
cli-file-gone = на сервері більше немає цього файлу: він зберігає файл, доки його не отримають усі пристрої розмови, але не довше { $days ->
    [one] { $days } дня
    [few] { $days } днів
    [many] { $days } днів
   *[other] { $days } дня
}
cli-file-saved = { $file } ({ $size }) з { $conversation } [{ $seq }] збережено як { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE не є коректним UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE порожня
cli-prompt-passphrase = Парольна фраза
cli-prompt-again = Ще раз
cli-reading-passphrase = читання парольної фрази
cli-passphrase-empty = порожня парольна фраза нічого не захищає
cli-passphrases-differ = парольні фрази не збігаються
cli-home-taken = у { $dir } вже є пристрій Conclave; для нового використайте інший --home (або CONCLAVE_HOME)
cli-cannot-create = не вдається створити { $path }
cli-cannot-remove = не вдається вилучити { $path }
cli-cannot-write = не вдається записати { $path }
cli-cannot-open = не вдається відкрити { $path }
cli-cannot-listen = не вдається слухати на { $address }
cli-no-device = у { $dir } немає пристрою Conclave — спершу виконайте `conclave join LINK --name NAME`
cli-malformed-file = пошкоджений { $path }
cli-device-key-missing = у стані немає ключа пристрою
cli-device-key-malformed = пошкоджений ключ пристрою
cli-fingerprint-malformed = у device.json пошкоджений відбиток
cli-lock-waiter-stopped = очікування блокування перервалося
cli-lock-wait-cancelled = очікування блокування пристрою скасовано
cli-lock-waiting = чекаємо на інший процес conclave (pid { $pid }), який використовує цей пристрій…
cli-lock-busy = інший процес conclave (pid { $pid }) використовує стан цього пристрою в { $dir } і не передав його за { $seconds } с; зупиніть його або дочекайтеся завершення
cli-ledger-no-conversation = немає розмови «{ $name }»: вкажіть '#група' або ім'я користувача розмови сам на сам
cli-ledger-unreadable = попередження: { $count ->
    [one] { $count } запис каси зроблено новішим Conclave і його тут не прочитати; баланси не враховують його, доки ви не оновитеся
    [few] { $count } записи каси зроблено новішим Conclave і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся
    [many] { $count } записів каси зроблено новішим Conclave і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся
   *[other] { $count } запису каси зроблено новішим Conclave і їх тут не прочитати; баланси не враховують їх, доки ви не оновитеся
}
cli-ledger-handed-over = примітка: цей пристрій приєднався на повідомленні { $seq }; записи до нього такі, якими їх передав пристрій { $device } користувача { $user }
cli-ledger-discrepancy = УВАГА: пристрій { $device } користувача { $user } передав новачкам касу, що відрізняється від каси цього пристрою (повідомлення { $seq }): { $detail }
cli-ledger-to-or-split = вкажіть --to або --split
cli-ledger-stored-without-content = повідомлення збережено без вмісту
cli-ledger-missing-after-send = після надсилання запису немає в касі
cli-ledger-refused = запис надійшов до розмови як повідомлення { $seq }, але всі пристрої його відхиляють: { $error }
cli-ledger-recorded = записано { $id } у { $conversation }: { $description }
cli-ledger-empty = { $conversation }: записів ще немає
cli-ledger-title = каса { $conversation }
cli-ledger-reversed-tag = [сторно]
cli-ledger-recorded-by = записав { $user } (пристрій { $device }) { $at }, повідомлення { $seq }
cli-ledger-ref = посилання { $reference }
cli-ledger-reversed-by = сторнував { $user } ({ $id })
cli-ledger-reversed = сторновано ({ $id })
cli-ledger-balances-title = баланси { $conversation }
cli-ledger-is-owed = винні йому
cli-ledger-owes = винен
cli-ledger-settled = розрахувався
cli-ledger-all-settled = усі розрахувалися
cli-ledger-to-settle-up = щоб розрахуватися:
cli-ledger-pays = { $from } платить { $to } { $amount }
cli-writing = запис { $path }
cli-writing-export = запис експорту
cli-ledger-exported = експортовано { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
} до { $path }
cli-not-a-call-id = { $value } не id дзвінка (32 шістнадцяткові символи)
cli-no-call-running = у { $conversation } немає поточного дзвінка
cli-call-started = дзвінок { $call } розпочато в { $conversation }
cli-call-joined = ви приєдналися до дзвінка { $call } у { $conversation }
cli-call-left = ви вийшли з дзвінка { $call } у { $conversation }
cli-call-declined = дзвінок { $call } відхилено в { $conversation }
cli-call-ended = дзвінок { $call } завершено в { $conversation }
cli-call-not-in = цей пристрій не в дзвінку { $call }
cli-call-not-ringing = дзвінок { $call } вам не дзвонить (він дзвонить 45 с, доки ви не відповісте чи не відхилите)
cli-call-token = токен дзвінка { $call }, дійсний до { $expires }
cli-proxy-loopback-only = проксі працює без автентифікації, тому слухає лише loopback (отримано { $address })
cli-proxy-no-directory = не вдається отримати каталог ретрансляторів: { $error }
cli-proxy-no-server = цей пристрій не знає жодного сервера
cli-proxy-circuit = ланцюг { $circuit }: вхід { $entry } → вихід { $exit } за { $ms } мс
cli-proxy-same-operator = попередження: обидва ретранслятори в одного оператора, тож поділ на два вузли тут лише формальний
cli-proxy-circuit-failed = збій ланцюга: { $error }
cli-proxy-stream-refused = з'єднання відхилено: { $reason }
cli-proxy-listening = Приватний перегляд на socks5://{ $address } і http://{ $address } (CONNECT). Спрямуйте туди браузер, наприклад
cli-proxy-two-relays = Кожне з'єднання йде через два ретранслятори: вхід бачить вашу адресу, вихід — сайт; ніхто не бачить обох. Не захищає: змова обох ретрансляторів або спостерігач за часом на обох кінцях.
cli-proxy-first-circuit-failed = перший ланцюг не вдався (повтор при першому з'єднанні): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } ланцюг
    [few] { $circuits } ланцюги
    [many] { $circuits } ланцюгів
   *[other] { $circuits } ланцюга
}, { $streams ->
    [one] { $streams } потік
    [few] { $streams } потоки
    [many] { $streams } потоків
   *[other] { $streams } потоку
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = зупинено: побудовано { $circuits ->
    [one] { $circuits } ланцюг
    [few] { $circuits } ланцюги
    [many] { $circuits } ланцюгів
   *[other] { $circuits } ланцюга
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = сервер не зміг прочитати те, що надіслала ця програма; оновіть Conclave
server-error-unsupported-version = сервер розмовляє іншою версією протоколу Conclave; оновіть Conclave
server-error-frame-too-large = те, що надіслала ця програма, завелике для сервера
server-error-not-authenticated = сервер завершив сеанс до того, як цей пристрій увійшов; спробуйте ще раз
server-error-already-authenticated = цей пристрій увійшов двічі в одному сеансі; спробуйте ще раз
server-error-auth-failed = сервер не приймає цей пристрій: його вилучено з облікового запису, або його ключ не збігається
server-error-invite-unknown = такого запрошення немає; перевірте посилання
server-error-invite-used = це запрошення вже використано; попросіть нове
server-error-invite-expired = термін дії цього запрошення минув; попросіть нове
server-error-invite-revoked = це запрошення відкликано; попросіть нове
server-error-username-taken = це ім'я користувача зайняте; виберіть інше
server-error-username-invalid = сервер не приймає це ім'я користувача
server-error-device-key-taken = ключ цього пристрою вже зареєстровано
server-error-account-disabled = ваш обліковий запис вимкнув оператор сервера
server-error-account-expired = термін облікового запису { $user } минув { $date }; попросіть в адміністратора код продовження
server-error-account-expired-plain = термін вашого облікового запису минув; попросіть в адміністратора код продовження
server-error-renewal-unknown = такого коду продовження немає
server-error-renewal-used = цей код продовження вже використано
server-error-renewal-expired = термін цього коду продовження минув; попросіть в адміністратора новий
server-error-forbidden = сервер цього не дозволяє
server-error-not-found = сервер не знає того, що запитано
server-error-no-account = немає облікового запису з ім'ям { $name }
server-error-invalid-argument = сервер відхилив запит як недійсний
server-error-quota-exceeded = квоту запрошень вичерпано: видано { $used } з { $quota } використань запрошень, залишилося { $left }
server-error-quota-exceeded-plain = вашу квоту запрошень вичерпано
server-error-queue-full = черга пристрою-одержувача заповнена; він має вийти в мережу й надолужити
server-error-rate-limited = забагато запитів; спробуйте ще раз через { $seconds } с
server-error-rate-limited-plain = забагато запитів; спробуйте трохи згодом
server-error-too-many-connections = сервер досяг межі підключень; спробуйте пізніше
server-error-limit-exceeded = це перевищує обмеження сервера
server-error-stale-epoch = розмова змінилася в ту саму мить; спробуйте ще раз
server-error-not-member = цей пристрій не є учасником цієї розмови
server-error-no-key-package = пристрій, який додають, не має пакетів ключів на сервері; спершу він має вийти в мережу
server-error-device-link-invalid = це посилання для пристрою невідоме, використане або прострочене; створіть нове на пристрої облікового запису
server-error-shutting-down = сервер вимикається; спробуйте трохи згодом
server-error-internal = на сервері сталася внутрішня помилка; спробуйте пізніше
server-error-unavailable = сервер цього не пропонує
server-error-fell-behind = пристрій відстав у цій розмові й чекає, поки учасник додасть його знову
server-error-relay-tokens-used-up = сьогоднішній ліміт приватного перегляду вичерпано; він оновиться о 00:00 UTC
server-error-relay-tokens-unavailable = цей сервер не пропонує приватного перегляду
server-error-call-tokens-unavailable = цей сервер не пропонує дзвінків
server-error-unknown-code = сервер відмовив (помилка { $code })
server-error-unsupported = сервер не знає такого запиту: на ньому працює старіша версія Conclave
cli-server-account-expired = термін облікового запису { $user } минув { $date }; попросіть в адміністратора код продовження й виконайте `conclave renew CODE`
cli-server-account-expired-plain = термін вашого облікового запису минув; попросіть в адміністратора код продовження й виконайте `conclave renew CODE`
cli-client-connect = не вдається під'єднатися до { $address }: { $reason }
cli-client-pin-mismatch = TLS-сертифікат сервера не збігається із закріпленим відбитком (очікувано { $expected }, отримано { $got }); це може бути атака, або сертифікат сервера змінився
cli-client-timeout = минув час очікування сервера
cli-client-closed = з'єднання закрито
cli-client-closed-because = з'єднання закрито: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (відповідь) { $text }
preview-reaction = (реакція) { $emoji }
preview-edit = (змінено) { $text }
preview-deleted = (повідомлення видалено)
preview-receipt = (прочитано до { $seq })
preview-conversation-started = (розмову розпочато)
preview-group = (група #{ $name })
preview-file = (файл) { $name } ({ $size ->
    [one] { $size } байт
    [few] { $size } байти
    [many] { $size } байтів
   *[other] { $size } байта
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (переслано) { $text }
preview-timer-off = (зникаючі повідомлення вимкнено)
preview-timer = (зникаючі повідомлення: { $time })
preview-display-name-cleared = (відображуване ім'я видалено)
preview-display-name = (відображуване ім'я: { $name })
preview-call-started-audio = (дзвінок) розпочато голосовий дзвінок { $call }
preview-call-started-video = (дзвінок) розпочато відеодзвінок { $call }
preview-call-ringing = (дзвінок) триває виклик { $call }
preview-call-answered = (дзвінок) прийнято { $call }
preview-call-declined = (дзвінок) відхилено { $call }
preview-call-joined = (дзвінок) приєднання до { $call }
preview-call-left = (дзвінок) вихід із { $call }
preview-call-ended = (дзвінок) завершено { $call }
preview-call-unreadable = (нечитабельний сигнал дзвінка: { $reason })
preview-ledger = (каса) { $entry }
preview-ledger-handover = (каса) { $count ->
    [one] { $count } попередній запис передано
    [few] { $count } попередні записи передано
    [many] { $count } попередніх записів передано
   *[other] { $count } попереднього запису передано
} пристроям, що приєдналися (частина { $part } з { $parts })
preview-ledger-unreadable = (нечитабельний запис каси: { $reason })
ledger-payment-to = { $from } заплатив(ла) { $names } { $money }
ledger-payment-equal = { $from } заплатив(ла) { $money } за { $names } (порівну)
ledger-payment-exact = { $from } заплатив(ла) { $money } за { $names } (поділено: { $shares })
ledger-payment-weights = { $from } заплатив(ла) { $money } за { $names } (поділено за вагами: { $weights })
ledger-debt-to = { $names } винен { $from } { $money }
ledger-debt-equal = { $names } винні { $from } { $money } (порівну)
ledger-debt-exact = { $names } винні { $from } { $money } (поділено: { $shares })
ledger-debt-weights = { $names } винні { $from } { $money } (поділено за вагами: { $weights })
ledger-reversed-entry = запис { $id } сторновано
ledger-with-memo = { $entry }: { $memo }
ledger-refused = відхилено: { $entry } ({ $error })
ledger-refused-plain = відхилено: { $error }
ledger-unreadable = нечитабельно: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = приєднався(-лася)
history-unreadable = нечитабельне повідомлення ({ $reason })
history-fell-behind = цей пристрій тут відстав і пропустив повідомлення; його буде знову додано, коли хтось з учасників наступного разу щось надішле
history-fell-behind-long = Цей пристрій тут відстав (його черга на сервері була заповнена) і пропустив повідомлення, починаючи з цього місця; його буде знову додано, коли хтось з учасників наступного разу щось надішле.
history-added = додав(-ла) { $names }
history-removed = вилучив(-ла) { $names }
history-added-removed = додав(-ла) { $added }; вилучив(-ла) { $removed }
history-keys-updated = оновив(-ла) ключі
history-deleted = (видалено)
preview-photo = Фото: { $name }
preview-voice-note = Голосове повідомлення: { $name }
preview-file-named = Файл: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = таймер зникаючих повідомлень або вимкнений, або становить від { $min } с до 4 тижнів ({ $max } с); { $secs } с не підходить
refused-one-to-one-self = для розмови 1:1 потрібен інший обліковий запис
refused-group-exists = у вас уже є група з назвою #{ $name }
refused-remove-self = щоб вийти з розмови, використайте `leave`
refused-not-members = жоден із них не є учасником
refused-no-key-packages = жоден із пристроїв, які треба додати, ще не опублікував пакетів ключів
refused-busy = група надто зайнята; спробуйте ще раз
refused-not-in-conversation = ви не є учасником цієї розмови
refused-fell-behind = цей пристрій відстав у цій розмові (його черга на сервері була заповнена); його буде знову додано, коли інший учасник наступного разу щось надішле
refused-server-too-old-for-timer = повідомлення цієї розмови зникають, а сервер надто старий, щоб видаляти їх зі своєї черги після закінчення терміну (ревізія протоколу 1): оновіть сервер або вимкніть таймер
refused-call-running = у цій розмові триває дзвінок ({ $call }, розпочав { $caller }): приєднайтеся до нього
refused-display-name-too-long = максимальна кількість символів у відображуваному імені — { $max } (задано { $given })
refused-display-name-invisible = відображуване ім'я не може містити керівні символи, символи перевизначення напрямку тексту чи невидимі символи ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = помилка: { $message }
cli-usage-invalid-value = недійсне значення { $value } для { $arg }
cli-usage-value-required = для { $arg } потрібне значення, але його не вказано
cli-usage-invalid-value-because = недійсне значення { $value } для { $arg }: { $reason }
cli-usage-possible-values = можливі значення: { $values }
cli-usage-unknown-argument = знайдено неочікуваний аргумент { $arg }
cli-usage-unknown-subcommand = нерозпізнана підкоманда { $command }
cli-usage-missing-arguments = не вказано такі обов'язкові аргументи: { $args }
cli-usage-missing-subcommand = команда { $command } потребує підкоманди, але її не вказано
cli-usage-subcommands = підкоманди: { $values }
cli-usage-too-many-values = знайдено неочікуване значення { $value } для { $arg }; більше значень не очікувалося
cli-usage-conflict = аргумент { $arg } не можна використовувати разом з { $other }
cli-usage-used-twice = аргумент { $arg } не можна використовувати кілька разів
cli-usage-similar-subcommand = порада: існує схожа підкоманда: { $names }
cli-usage-similar-argument = порада: існує схожий аргумент: { $names }
cli-usage-similar-value = порада: існує схоже значення: { $names }
cli-usage-more = Щоб дізнатися більше, спробуйте { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = код безпеки { $number }
members-safety-number-verified = код безпеки { $number } (перевірений)
members-no-safety-number = немає коду безпеки: { $error }
notice-not-sent = не надіслано: { $error }
notice-ledger-failed = рахунок: { $error }
notice-members-failed = учасники: { $error }
notice-error = помилка: { $error }
