# Conclave: Polish (Polski).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = połączono
status-reconnecting = ponowne łączenie… ({ $reason })
status-paused = wstrzymano: inne polecenie conclave używa tego urządzenia
pane-conversations = Rozmowy
pane-unread = { $count ->
    [one] { $count } nieprzeczytana
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanych
}
pane-message = Wiadomość
pane-none = Brak rozmowy
compose-hint = Tab lub Enter, aby pisać
empty-conversations = Brak rozmów. Zacznij jedną z wiersza poleceń: conclave send USER TEXT
empty-messages = Brak wiadomości. Pisz poniżej i naciśnij Enter.
keys-short = Tab fokus · Enter wyślij · ^L rozliczenia · ^E wpis · ^U członkowie · ? pomoc · q wyjdź
keys-long = Tab fokus · Enter wyślij · Alt+Enter nowy wiersz · ^L rozliczenia · ^E dodaj wpis · ^U członkowie · ? pomoc · q wyjdź
help-title = Pomoc (Esc)
help-focus = przechodzenie między rozmowami, wiadomościami i polem pisania
help-choose = wybór rozmowy; przewijanie wiadomości
help-scroll = przewijanie wiadomości
help-enter = wyślij (w polu pisania); pisz (gdzie indziej)
help-newline = nowy wiersz w wiadomości
help-ledger = rozliczenia rozmowy: salda, wyrównanie
help-add-entry = dodaj wpis
help-members = członkowie, ich urządzenia i numery bezpieczeństwa
help-esc = zamknij panel; opuść pole pisania
help-vim = klawisze jak w vim (z --vim)
help-help = ta pomoc
help-quit = wyjdź
ledger-title = Rozliczenia (Esc)
ledger-balances = Salda
ledger-none = brak wpisów (Ctrl+E dodaje wpis)
ledger-settle = Wyrównanie
ledger-even = wszyscy są kwita
ledger-entries = Wpisy
members-title = Członkowie (Esc)
members-device = urządzenie { $id }
members-you = ty
form-title = Dodaj wpis
form-kind = rodzaj
form-amount = kwota
form-currency = waluta
form-from = od
form-split = podział
form-to = dla
form-memo = notatka
form-hint = rodzaj: payment|debt · podział: to|equal (dla: jeden członek lub a,b,c)
form-keys = Tab następne pole · Enter dodaj · Esc anuluj
notice-sent = wysłano jako wiadomość { $seq }
notice-entry-added = dodano wpis jako wiadomość { $seq }
notice-reconnected = połączono ponownie

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } pisze…
typing-two = { $first } i { $second } piszą…
typing-several = Kilka osób pisze…

## Calls in the history
call-held-audio = Połączenie, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osób
   *[other] { $people } osoby
}
call-held-video = Połączenie wideo, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osób
   *[other] { $people } osoby
}
call-missed-audio = Nieodebrane połączenie od { $from }
call-missed-video = Nieodebrane połączenie wideo od { $from }
call-missed-declined-audio = Nieodebrane połączenie od { $from } (odrzucone)
call-missed-declined-video = Nieodebrane połączenie wideo od { $from } (odrzucone)
call-not-answered-audio = Połączenie nieodebrane
call-not-answered-video = Połączenie wideo nieodebrane
call-declined-by-audio = Połączenie odrzucone przez { $names }
call-declined-by-video = Połączenie wideo odrzucone przez { $names }
call-ringing-audio = { $caller } dzwoni (połączenie)
call-ringing-video = { $caller } dzwoni (połączenie wideo)
call-in-progress-audio = Trwa połączenie, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
} w środku ({ $names })
call-in-progress-video = Trwa połączenie wideo, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
} w środku ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } godz. { $min } min
