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
