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
