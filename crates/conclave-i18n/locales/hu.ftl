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

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } ír…
typing-two = { $first } és { $second } ír…
typing-several = Többen írnak…

## Calls in the history
call-held-audio = Hívás, { $duration }, { $people ->
    [one] { $people } fő
   *[other] { $people } fő
}
call-held-video = Videohívás, { $duration }, { $people ->
    [one] { $people } fő
   *[other] { $people } fő
}
call-missed-audio = Nem fogadott hívás tőle: { $from }
call-missed-video = Nem fogadott videohívás tőle: { $from }
call-missed-declined-audio = Nem fogadott hívás tőle: { $from } (elutasítva)
call-missed-declined-video = Nem fogadott videohívás tőle: { $from } (elutasítva)
call-not-answered-audio = A hívást nem fogadták
call-not-answered-video = A videohívást nem fogadták
call-declined-by-audio = A hívást elutasította: { $names }
call-declined-by-video = A videohívást elutasította: { $names }
call-ringing-audio = { $caller } hív (hívás)
call-ringing-video = { $caller } hív (videohívás)
call-in-progress-audio = Hívás folyamatban, { $count ->
    [one] { $count } fő
   *[other] { $count } fő
} van benne ({ $names })
call-in-progress-video = Videohívás folyamatban, { $count ->
    [one] { $count } fő
   *[other] { $count } fő
} van benne ({ $names })
duration-seconds = { $n } mp
duration-minutes = { $n } perc
duration-hours = { $h } óra { $min } perc
