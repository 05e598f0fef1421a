# Conclave: Hungarian (Magyar).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = kapcsolódva
status-reconnecting = újrakapcsolódás… ({ $reason })
status-paused = szünetel: egy másik conclave-parancs használja ezt az eszközt
pane-conversations = Beszélgetések
pane-unread = { $count ->
    [one] { $count } olvasatlan
   *[other] { $count } olvasatlan
}
pane-message = Üzenet
pane-none = Nincs beszélgetés
compose-hint = Tab vagy Enter az íráshoz
empty-conversations = Még nincs beszélgetés. Indíts egyet a parancssorból: conclave send USER TEXT
empty-messages = Még nincs üzenet. Írj lent, majd nyomj Entert.
keys-short = Tab fókusz · Enter küldés · ^L kassza · ^E tétel · ^U tagok · ? súgó · q kilépés
keys-long = Tab fókusz · Enter küldés · Alt+Enter új sor · ^L kassza · ^E tétel hozzáadása · ^U tagok · ? súgó · q kilépés
help-title = Súgó (Esc)
help-focus = váltás a beszélgetések, üzenetek és az írósor között
help-choose = beszélgetés választása; üzenetek görgetése
help-scroll = üzenetek görgetése
help-enter = küldés (az írósorban); írás (máshol)
help-newline = új sor az üzenetben
help-ledger = a beszélgetés kasszája: egyenlegek, elszámolás
help-add-entry = tétel hozzáadása
help-members = tagok, eszközeik és biztonsági számaik
help-esc = panel bezárása; kilépés az írósorból
help-vim = vim-stílusú billentyűk (--vim)
help-help = ez a súgó
help-quit = kilépés
ledger-title = Kassza (Esc)
ledger-balances = Egyenlegek
ledger-none = még nincs tétel (Ctrl+E hozzáad egyet)
ledger-settle = Elszámolás
ledger-even = mindenki kvitt
ledger-entries = Tételek
members-title = Tagok (Esc)
members-device = { $id }. eszköz
members-you = te
form-title = Tétel hozzáadása
form-kind = fajta
form-amount = összeg
form-currency = pénznem
form-from = kitől
form-split = felosztás
form-to = kinek
form-memo = megjegyzés
form-hint = fajta: payment|debt · felosztás: to|equal (kinek: egy tag vagy a,b,c)
form-keys = Tab következő mező · Enter hozzáadás · Esc mégse
notice-sent = elküldve, { $seq }. üzenet
notice-entry-added = tétel hozzáadva, { $seq }. üzenet
notice-reconnected = újra kapcsolódva

## Typing indicators
typing-one = { $name } ír…
typing-two = { $first } és { $second } ír…
typing-several = Többen írnak…
