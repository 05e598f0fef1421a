# Conclave: Russian (Русский).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = подключено
status-reconnecting = переподключение… ({ $reason })
status-paused = пауза: другая команда conclave использует это устройство
pane-conversations = Беседы
pane-unread = { $count ->
    [one] { $count } непрочитанное
    [few] { $count } непрочитанных
    [many] { $count } непрочитанных
   *[other] { $count } непрочитанных
}
pane-message = Сообщение
pane-none = Нет беседы
compose-hint = Tab или Enter, чтобы писать
empty-conversations = Бесед пока нет. Начните из командной строки: conclave send USER TEXT
empty-messages = Сообщений пока нет. Пишите ниже и нажмите Enter.
keys-short = Tab фокус · Enter отправить · ^L счёт · ^E запись · ^U участники · ? справка · q выход
keys-long = Tab фокус · Enter отправить · Alt+Enter новая строка · ^L счёт · ^E добавить запись · ^U участники · ? справка · q выход
help-title = Справка (Esc)
help-focus = переход между беседами, сообщениями и строкой ввода
help-choose = выбрать беседу; прокрутить сообщения
help-scroll = прокрутить сообщения
help-enter = отправить (в строке ввода); писать (в других местах)
help-newline = новая строка в сообщении
help-ledger = общий счёт беседы: балансы, взаиморасчёт
help-add-entry = добавить запись
help-members = участники, их устройства и коды безопасности
help-esc = закрыть панель; выйти из строки ввода
help-vim = клавиши как в vim (с --vim)
help-help = эта справка
help-quit = выход
ledger-title = Счёт (Esc)
ledger-balances = Балансы
ledger-none = записей пока нет (Ctrl+E добавляет)
ledger-settle = Взаиморасчёт
ledger-even = все в расчёте
ledger-entries = Записи
members-title = Участники (Esc)
members-device = устройство { $id }
members-you = вы
form-title = Добавить запись
form-kind = вид
form-amount = сумма
form-currency = валюта
form-from = от
form-split = раздел
form-to = кому
form-memo = заметка
form-hint = вид: payment|debt · раздел: to|equal (кому: один участник или a,b,c)
form-keys = Tab следующее поле · Enter добавить · Esc отмена
notice-sent = отправлено как сообщение { $seq }
notice-entry-added = запись добавлена как сообщение { $seq }
notice-reconnected = снова подключено

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } печатает…
typing-two = { $first } и { $second } печатают…
typing-several = Печатают несколько человек…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = не удаётся запуститься: { $error }
cli-unexpected-response = неожиданный ответ { $response }
cli-invalid-option = недопустимый { $option }
cli-invalid-option-value = недопустимый { $option } { $value }
cli-invalid-duration = недопустимая длительность { $value } (например, 24h, 7d)
cli-not-invite-link = это не ссылка-приглашение (ссылка устройства нужна для `conclave device join`)
cli-not-device-link = это не ссылка устройства (создайте её командой `conclave device link` на своём текущем устройстве)
cli-joined = вы присоединились к { $server } как { $user } (устройство { $device }); аккаунт действует до { $expires }
cli-linked = связано с { $server } как { $user } (устройство { $device }); аккаунт действует до { $expires }
cli-malformed-renewal-code = неверный код продления
cli-renewed = продлено: аккаунт { $user } действует до { $expires }
cli-display-name-none = нет отображаемого имени: другие видят { $user }
cli-whoami-account = аккаунт
cli-whoami-device = устройство
cli-whoami-server = сервер
cli-whoami-expires = истекает
cli-whoami-invites = приглашения
cli-whoami-admin = (администратор)
cli-whoami-invites-left = осталось { $count }
cli-whoami-no-quota = без квоты
cli-invite-in-browser = в браузере: { $link }
cli-invite-created = приглашение { $id } на { $count ->
    [one] { $count } аккаунт
    [few] { $count } аккаунта
    [many] { $count } аккаунтов
   *[other] { $count } аккаунта
}, действует до { $expires }
cli-no-invitations = нет приглашений
cli-invite-open = открыто
cli-invite-used = использовано
cli-invite-expired = истекло
cli-invite-revoked = отозвано
cli-invite-row = осталось { $left }/{ $total }  истекает { $expires }
cli-invite-give = укажите id приглашения (из `conclave invite list`), код или ссылку
cli-revoked = отозвано
cli-no-group = нет группы { $name }; `conclave group list` покажет ваши
cli-no-conversation-with = нет беседы с { $name }; `conclave send { $name } TEXT` начнёт её
cli-sent = отправлено в { $conversation } как сообщение { $seq }
cli-warn-call-ignored = предупреждение: сигнал звонка { $seq } от { $sender } в { $conversation } проигнорирован: { $reason }
cli-history-note = (история выше пришла с вашего устройства { $device }, отправлена { $at })
cli-warn-receipt-not-sent = предупреждение: отметка о прочтении не отправлена: { $error }
cli-warn-delivery-unusable = предупреждение: доставку { $seq } не удалось использовать: { $reason }
cli-history-imported = история с вашего устройства { $device } (отправлена { $at }): { $entries ->
    [one] { $entries } запись
    [few] { $entries } записи
    [many] { $entries } записей
   *[other] { $entries } записи
} в { $count ->
    [one] { $count } беседе
    [few] { $count } беседах
    [many] { $count } беседах
   *[other] { $count } беседы
}
cli-warn-history-later = предупреждение: история с вашего устройства { $device } ещё не пришла ({ $reason }); следующая команда попробует снова
cli-warn-history-unusable = предупреждение: историю с вашего устройства { $device } нельзя использовать: { $reason }
cli-warn-history-fetch = предупреждение: не удалось получить историю, отправленную вашим другим устройством: { $error }
cli-listen-handover = другая команда conclave использует это устройство; ждём…
cli-listening-again = снова слушаем
cli-connection-lost = соединение потеряно ({ $error }); переподключение…
cli-group-created = создана #{ $name } ({ $devices ->
    [one] { $devices } устройство
    [few] { $devices } устройства
    [many] { $devices } устройств
   *[other] { $devices } устройства
}, эпоха { $epoch })
cli-group-added = { $users } добавлены в #{ $name }
cli-already-members = уже участники
cli-group-removed = { $users } удалены из #{ $name }
cli-group-left = вы вышли из #{ $name }
cli-no-conversations = нет бесед
cli-kind-group = группа
cli-kind-direct = личная
cli-kind-unnamed = без имени
cli-devices = { $devices ->
    [one] { $devices } устройство
    [few] { $devices } устройства
    [many] { $devices } устройств
   *[other] { $devices } устройства
}
cli-group-info = { $name }  эпоха { $epoch }
cli-device = устройство { $id }
cli-device-link-waiting = ждём подключения нового устройства (запустите `conclave --home NEWDIR device join LINK`)…
cli-link-expired = ссылка истекла до подключения устройства
cli-device-joined = устройство { $id } подключилось; добавлено в { $added } из { $total ->
    [one] { $total } беседы
    [few] { $total } бесед
    [many] { $total } бесед
   *[other] { $total } беседы
}
cli-history-sent = ему отправлена история { $count ->
    [one] { $count } беседы
    [few] { $count } бесед
    [many] { $count } бесед
   *[other] { $count } беседы
} ({ $entries ->
    [one] { $entries } запись
    [few] { $entries } записи
    [many] { $entries } записей
   *[other] { $entries } записи
}, { $kib } КиБ, сквозное шифрование)
cli-history-none = нет более ранней истории для отправки
cli-warn-history-not-sent = предупреждение: история не отправлена новому устройству: { $error }
cli-device-added = добавлено { $at }
cli-device-added-this = добавлено { $at } (это устройство)
cli-device-removed = устройство { $id } удалено
cli-safety-changed = !!! ВНИМАНИЕ: ключи { $user } ИЗМЕНИЛИСЬ после вашей проверки !!!
cli-safety-changed-compare = !!! Добавлено новое устройство или заменён ключ. Сравните код безопасности ещё раз. !!!
cli-verified = { $user } проверен
cli-not-verified = { $user } ещё не проверен
cli-safety-number = код безопасности с { $user }:
cli-marked-verified = { $user } отмечен как проверенный; вы получите предупреждение, если его ключи изменятся
cli-replied = ответ в { $conversation } как сообщение { $seq }
cli-reacted = реакция в { $conversation } как сообщение { $seq }
cli-reaction-taken-back = реакция отменена в { $conversation } как сообщение { $seq }
cli-edited = изменено в { $conversation } как сообщение { $seq }
cli-deleted = удалено для всех в { $conversation } как сообщение { $seq }
cli-forwarded = переслано в { $conversation } как сообщение { $seq }
cli-timer-set = таймер установлен в { $conversation } как сообщение { $seq }
cli-timer-invalid = `{ $value }`: { $error }; укажите off, 30s, 5m, 1h, 1d или 1w
cli-receipts-say-on-or-off = `{ $value }`: укажите `on` или `off`
cli-receipts-on = отметки о прочтении включены: это устройство сообщает другим, что вы прочли, и показывает, что прочли они
cli-receipts-off = отметки о прочтении выключены: это устройство их не отправляет и ничьи не показывает
cli-not-a-file = { $path } не файл
cli-uploading = загрузка
cli-downloading = скачивание
cli-file-sent = { $file } ({ $size }) отправлен в { $conversation } как сообщение { $seq }
cli-message-not-available = сообщение { $message } недоступно
cli-message-deleted = сообщение { $message } удалено
cli-message-not-a-file = сообщение { $message } в { $conversation } не файл
cli-no-conversations-yet = бесед пока нет
cli-files-in-several = { $message } указывает на файлы в нескольких беседах: укажите `conclave download CONVERSATION { $message }`
cli-too-many-files = слишком много файлов с таким именем; укажите место через --output
cli-file-gone = на сервере больше нет этого файла: он хранит файл, пока его не получат все устройства беседы, но не дольше { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
}
cli-file-saved = { $file } ({ $size }) из { $conversation } [{ $seq }] сохранён как { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE не является корректным UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE пуста
cli-prompt-passphrase = Парольная фраза
cli-prompt-again = Ещё раз
cli-reading-passphrase = чтение парольной фразы
cli-passphrase-empty = пустая парольная фраза ничего не защищает
cli-passphrases-differ = парольные фразы не совпадают
cli-home-taken = в { $dir } уже есть устройство Conclave; для нового используйте другой --home (или CONCLAVE_HOME)
cli-cannot-create = не удаётся создать { $path }
cli-cannot-remove = не удаётся удалить { $path }
cli-cannot-write = не удаётся записать { $path }
cli-cannot-open = не удаётся открыть { $path }
cli-cannot-listen = не удаётся слушать на { $address }
cli-no-device = в { $dir } нет устройства Conclave — сначала выполните `conclave join LINK --name NAME`
cli-malformed-file = повреждён { $path }
cli-device-key-missing = в состоянии нет ключа устройства
cli-device-key-malformed = повреждён ключ устройства
cli-fingerprint-malformed = в device.json повреждён отпечаток
cli-lock-waiter-stopped = ожидание блокировки прервалось
cli-lock-wait-cancelled = ожидание блокировки устройства отменено
cli-lock-waiting = ждём другой процесс conclave (pid { $pid }), который использует это устройство…
cli-lock-busy = другой процесс conclave (pid { $pid }) использует состояние этого устройства в { $dir } и не передал его за { $seconds } с; остановите его или дождитесь завершения
cli-ledger-no-conversation = нет беседы «{ $name }»: укажите '#группа' или имя пользователя беседы один на один
cli-ledger-unreadable = предупреждение: { $count ->
    [one] { $count } запись кассы сделана более новым Conclave и не читается здесь; балансы не учитывают её, пока вы не обновитесь
    [few] { $count } записи кассы сделаны более новым Conclave и не читаются здесь; балансы не учитывают их, пока вы не обновитесь
    [many] { $count } записей кассы сделаны более новым Conclave и не читаются здесь; балансы не учитывают их, пока вы не обновитесь
   *[other] { $count } записи кассы сделаны более новым Conclave и не читаются здесь; балансы не учитывают их, пока вы не обновитесь
}
cli-ledger-handed-over = примечание: это устройство подключилось на сообщении { $seq }; записи до него такие, какими их передало устройство { $device } пользователя { $user }
cli-ledger-discrepancy = ВНИМАНИЕ: устройство { $device } пользователя { $user } передало новичкам кассу, отличную от кассы этого устройства (сообщение { $seq }): { $detail }
cli-ledger-to-or-split = укажите --to или --split
cli-ledger-stored-without-content = сообщение сохранено без содержимого
cli-ledger-missing-after-send = после отправки записи нет в кассе
cli-ledger-refused = запись пришла в беседу как сообщение { $seq }, но все устройства её отвергают: { $error }
cli-ledger-recorded = записано { $id } в { $conversation }: { $description }
cli-ledger-empty = { $conversation }: записей пока нет
cli-ledger-title = касса { $conversation }
cli-ledger-reversed-tag = [сторно]
cli-ledger-recorded-by = записал { $user } (устройство { $device }) { $at }, сообщение { $seq }
cli-ledger-ref = ссылка { $reference }
cli-ledger-reversed-by = сторнировал { $user } ({ $id })
cli-ledger-reversed = сторнировано ({ $id })
cli-ledger-balances-title = балансы { $conversation }
cli-ledger-is-owed = должны ему
cli-ledger-owes = должен
cli-ledger-settled = в расчёте
cli-ledger-all-settled = все в расчёте
cli-ledger-to-settle-up = чтобы рассчитаться:
cli-ledger-pays = { $from } платит { $to } { $amount }
cli-writing = запись { $path }
cli-writing-export = запись экспорта
cli-ledger-exported = экспортировано { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
} в { $path }
cli-not-a-call-id = { $value } не id звонка (32 шестнадцатеричных символа)
cli-no-call-running = в { $conversation } нет идущего звонка
cli-call-started = звонок { $call } начат в { $conversation }
cli-call-joined = вы присоединились к звонку { $call } в { $conversation }
cli-call-left = вы вышли из звонка { $call } в { $conversation }
cli-call-declined = звонок { $call } отклонён в { $conversation }
cli-call-ended = звонок { $call } завершён в { $conversation }
cli-call-not-in = это устройство не в звонке { $call }
cli-call-not-ringing = звонок { $call } вам не звонит (он звонит 45 с, пока вы не ответите или не отклоните)
cli-call-token = токен звонка { $call }, действует до { $expires }
cli-proxy-loopback-only = прокси работает без аутентификации, поэтому слушает только loopback (получено { $address })
cli-proxy-no-directory = не удаётся получить каталог ретрансляторов: { $error }
cli-proxy-no-server = это устройство не знает ни одного сервера
cli-proxy-circuit = цепочка { $circuit }: вход { $entry } → выход { $exit } за { $ms } мс
cli-proxy-same-operator = предупреждение: оба ретранслятора у одного оператора, поэтому разделение на два узла здесь лишь формальное
cli-proxy-circuit-failed = сбой цепочки: { $error }
cli-proxy-stream-refused = соединение отклонено: { $reason }
cli-proxy-listening = Приватный просмотр на socks5://{ $address } и http://{ $address } (CONNECT). Направьте туда браузер, например
cli-proxy-two-relays = Каждое соединение идёт через два ретранслятора: вход видит ваш адрес, выход — сайт; никто не видит обоих. Не защищает: сговор обоих ретрансляторов или наблюдатель за временем на обоих концах.
cli-proxy-first-circuit-failed = первая цепочка не удалась (повтор при первом соединении): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } цепочка
    [few] { $circuits } цепочки
    [many] { $circuits } цепочек
   *[other] { $circuits } цепочки
}, { $streams ->
    [one] { $streams } поток
    [few] { $streams } потока
    [many] { $streams } потоков
   *[other] { $streams } потока
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = остановлено: построено { $circuits ->
    [one] { $circuits } цепочка
    [few] { $circuits } цепочки
    [many] { $circuits } цепочек
   *[other] { $circuits } цепочки
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = сервер не смог прочитать то, что отправила эта программа; обновите Conclave
server-error-unsupported-version = сервер говорит на другой версии протокола Conclave; обновите Conclave
server-error-frame-too-large = то, что отправила эта программа, слишком велико для сервера
server-error-not-authenticated = сервер завершил сеанс до того, как это устройство вошло; попробуйте снова
server-error-already-authenticated = это устройство вошло дважды в одном сеансе; попробуйте снова
server-error-auth-failed = сервер не принимает это устройство: оно удалено из своего аккаунта, или его ключ не совпадает
server-error-invite-unknown = такого приглашения нет; проверьте ссылку
server-error-invite-used = это приглашение уже использовано; попросите новое
server-error-invite-expired = срок этого приглашения истёк; попросите новое
server-error-invite-revoked = это приглашение отозвано; попросите новое
server-error-username-taken = это имя пользователя занято; выберите другое
server-error-username-invalid = сервер не принимает это имя пользователя
server-error-device-key-taken = ключ этого устройства уже зарегистрирован
server-error-account-disabled = ваш аккаунт отключён оператором сервера
server-error-account-expired = срок аккаунта { $user } истёк { $date }; попросите у администратора код продления
server-error-account-expired-plain = срок вашего аккаунта истёк; попросите у администратора код продления
server-error-renewal-unknown = такого кода продления нет
server-error-renewal-used = этот код продления уже использован
server-error-renewal-expired = срок этого кода продления истёк; попросите у администратора новый
server-error-forbidden = сервер этого не разрешает
server-error-not-found = сервер не знает того, что запрошено
server-error-no-account = нет аккаунта с именем { $name }
server-error-invalid-argument = сервер отклонил запрос как недопустимый
server-error-quota-exceeded = квота приглашений исчерпана: выдано { $used } из { $quota } использований приглашений, осталось { $left }
server-error-quota-exceeded-plain = ваша квота приглашений исчерпана
server-error-queue-full = очередь устройства-получателя заполнена; оно должно выйти в сеть и наверстать
server-error-rate-limited = слишком много запросов; попробуйте снова через { $seconds } с
server-error-rate-limited-plain = слишком много запросов; попробуйте чуть позже
server-error-too-many-connections = сервер достиг предела подключений; попробуйте позже
server-error-limit-exceeded = это превышает ограничение сервера
server-error-stale-epoch = разговор изменился в тот же момент; попробуйте снова
server-error-not-member = это устройство не участвует в этом разговоре
server-error-no-key-package = у добавляемого устройства нет пакетов ключей на сервере; сначала оно должно выйти в сеть
server-error-device-link-invalid = эта ссылка для устройства неизвестна, использована или просрочена; создайте новую на устройстве этого аккаунта
server-error-shutting-down = сервер выключается; попробуйте чуть позже
server-error-internal = на сервере произошла внутренняя ошибка; попробуйте позже
server-error-unavailable = сервер этого не предлагает
server-error-fell-behind = устройство отстало в этом разговоре и ждёт, пока участник добавит его снова
server-error-relay-tokens-used-up = сегодняшний лимит приватного просмотра исчерпан; он обновится в 00:00 UTC
server-error-relay-tokens-unavailable = этот сервер не предлагает приватный просмотр
server-error-call-tokens-unavailable = этот сервер не предлагает звонки
server-error-unknown-code = сервер отказал (ошибка { $code })
server-error-unsupported = сервер не знает такого запроса: на нём работает более старая версия Conclave
cli-server-account-expired = срок аккаунта { $user } истёк { $date }; попросите у администратора код продления и выполните `conclave renew CODE`
cli-server-account-expired-plain = срок вашего аккаунта истёк; попросите у администратора код продления и выполните `conclave renew CODE`
cli-client-connect = не удаётся подключиться к { $address }: { $reason }
cli-client-pin-mismatch = TLS-сертификат сервера не совпадает с закреплённым отпечатком (ожидался { $expected }, получен { $got }); это может быть атака, или сертификат сервера сменился
cli-client-timeout = истекло время ожидания сервера
cli-client-closed = соединение закрыто
cli-client-closed-because = соединение закрыто: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (ответ) { $text }
preview-reaction = (реакция) { $emoji }
preview-edit = (изменено) { $text }
preview-deleted = (сообщение удалено)
preview-receipt = (прочитано до { $seq })
preview-conversation-started = (беседа начата)
preview-group = (группа #{ $name })
preview-file = (файл) { $name } ({ $size ->
    [one] { $size } байт
    [few] { $size } байта
    [many] { $size } байт
   *[other] { $size } байта
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (переслано) { $text }
preview-timer-off = (исчезающие сообщения выключены)
preview-timer = (исчезающие сообщения: { $time })
preview-display-name-cleared = (отображаемое имя удалено)
preview-display-name = (отображаемое имя: { $name })
preview-call-started-audio = (звонок) начат голосовой звонок { $call }
preview-call-started-video = (звонок) начат видеозвонок { $call }
preview-call-ringing = (звонок) идёт вызов { $call }
preview-call-answered = (звонок) принят { $call }
preview-call-declined = (звонок) отклонён { $call }
preview-call-joined = (звонок) присоединение к { $call }
preview-call-left = (звонок) выход из { $call }
preview-call-ended = (звонок) завершён { $call }
preview-call-unreadable = (нечитаемый сигнал звонка: { $reason })
preview-ledger = (касса) { $entry }
preview-ledger-handover = (касса) { $count ->
    [one] { $count } прежняя запись передана
    [few] { $count } прежние записи переданы
    [many] { $count } прежних записей передано
   *[other] { $count } прежней записи передано
} присоединившимся устройствам (часть { $part } из { $parts })
preview-ledger-unreadable = (нечитаемая запись кассы: { $reason })
ledger-payment-to = { $from } заплатил(а) { $names } { $money }
ledger-payment-equal = { $from } заплатил(а) { $money } за { $names } (поровну)
ledger-payment-exact = { $from } заплатил(а) { $money } за { $names } (разделено: { $shares })
ledger-payment-weights = { $from } заплатил(а) { $money } за { $names } (разделено по весам: { $weights })
ledger-debt-to = { $names } должен { $from } { $money }
ledger-debt-equal = { $names } должны { $from } { $money } (поровну)
ledger-debt-exact = { $names } должны { $from } { $money } (разделено: { $shares })
ledger-debt-weights = { $names } должны { $from } { $money } (разделено по весам: { $weights })
ledger-reversed-entry = запись { $id } сторнирована
ledger-with-memo = { $entry }: { $memo }
ledger-refused = отклонено: { $entry } ({ $error })
ledger-refused-plain = отклонено: { $error }
ledger-unreadable = нечитаемо: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = присоединился(-ась)
history-unreadable = нечитаемое сообщение ({ $reason })
history-fell-behind = это устройство здесь отстало и пропустило сообщения; оно будет добавлено снова, когда кто-то из участников в следующий раз что-нибудь отправит
history-fell-behind-long = Это устройство здесь отстало (его очередь на сервере была заполнена) и пропустило сообщения начиная с этого места; оно будет добавлено снова, когда кто-то из участников в следующий раз что-нибудь отправит.
history-added = добавил(а) { $names }
history-removed = удалил(а) { $names }
history-added-removed = добавил(а) { $added }; удалил(а) { $removed }
history-keys-updated = обновил(а) ключи
history-deleted = (удалено)
preview-photo = Фото: { $name }
preview-voice-note = Голосовое сообщение: { $name }
preview-file-named = Файл: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = таймер исчезающих сообщений либо выключен, либо задан от { $min } с до 4 недель ({ $max } с); { $secs } с не подходит
refused-one-to-one-self = для беседы один на один нужен другой аккаунт
refused-group-exists = у вас уже есть группа #{ $name }
refused-remove-self = чтобы выйти из беседы, используйте `leave`
refused-not-members = никто из них не участник
refused-no-key-packages = ни одно из добавляемых устройств ещё не опубликовало пакеты ключей
refused-busy = группа слишком занята; попробуйте снова
refused-not-in-conversation = вас нет в этой беседе
refused-fell-behind = это устройство отстало в этой беседе (его очередь на сервере была заполнена); оно будет добавлено снова, когда другой участник в следующий раз что-нибудь отправит
refused-server-too-old-for-timer = сообщения в этой беседе исчезают, а сервер слишком старый, чтобы удалять их из своей очереди по истечении срока (ревизия протокола 1): обновите сервер или выключите таймер
refused-call-running = в этой беседе идёт звонок ({ $call }, его начал { $caller }): присоединитесь к нему
refused-display-name-too-long = максимальная длина отображаемого имени в символах: { $max } (задано { $given })
refused-display-name-invisible = отображаемое имя не может содержать управляющие символы, символы переопределения направления или невидимые символы ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = ошибка: { $message }
cli-usage-invalid-value = недопустимое значение { $value } для { $arg }
cli-usage-value-required = для { $arg } требуется значение, но оно не указано
cli-usage-invalid-value-because = недопустимое значение { $value } для { $arg }: { $reason }
cli-usage-possible-values = возможные значения: { $values }
cli-usage-unknown-argument = обнаружен неожиданный аргумент { $arg }
cli-usage-unknown-subcommand = неизвестная подкоманда { $command }
cli-usage-missing-arguments = не указаны следующие обязательные аргументы: { $args }
cli-usage-missing-subcommand = для { $command } требуется подкоманда, но она не указана
cli-usage-subcommands = подкоманды: { $values }
cli-usage-too-many-values = обнаружено неожиданное значение { $value } для { $arg }; больше значений не ожидалось
cli-usage-conflict = аргумент { $arg } нельзя использовать вместе с { $other }
cli-usage-used-twice = аргумент { $arg } нельзя использовать несколько раз
cli-usage-similar-subcommand = подсказка: есть похожая подкоманда: { $names }
cli-usage-similar-argument = подсказка: есть похожий аргумент: { $names }
cli-usage-similar-value = подсказка: есть похожее значение: { $names }
cli-usage-more = Чтобы узнать больше, попробуйте { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = код безопасности { $number }
members-safety-number-verified = код безопасности { $number } (проверен)
members-no-safety-number = нет кода безопасности: { $error }
notice-not-sent = не отправлено: { $error }
notice-ledger-failed = счёт: { $error }
notice-members-failed = участники: { $error }
notice-error = ошибка: { $error }
