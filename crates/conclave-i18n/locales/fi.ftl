# Conclave: Finnish (Suomi).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = yhdistetty
status-reconnecting = yhdistetään uudelleen… ({ $reason })
status-paused = tauolla: toinen conclave-komento käyttää tätä laitetta
pane-conversations = Keskustelut
pane-unread = { $count ->
    [one] { $count } lukematon
   *[other] { $count } lukematonta
}
pane-message = Viesti
pane-none = Ei keskustelua
compose-hint = Tab tai Enter kirjoittaaksesi
empty-conversations = Ei vielä keskusteluja. Aloita komentoriviltä: conclave send USER TEXT
empty-messages = Ei vielä viestejä. Kirjoita alle ja paina Enter.
keys-short = Tab kohdistus · Enter lähetä · ^L kassa · ^E merkintä · ^U jäsenet · ? ohje · q lopeta
keys-long = Tab kohdistus · Enter lähetä · Alt+Enter uusi rivi · ^L kassa · ^E lisää merkintä · ^U jäsenet · ? ohje · q lopeta
help-title = Ohje (Esc)
help-focus = siirry keskustelujen, viestien ja kirjoitusrivin välillä
help-choose = valitse keskustelu; vieritä viestejä
help-scroll = vieritä viestejä
help-enter = lähetä (kirjoitusrivillä); kirjoita (muualla)
help-newline = uusi rivi viestiin
help-ledger = keskustelun kassa: saldot, tasaus
help-add-entry = lisää merkintä
help-members = jäsenet, heidän laitteensa ja turvanumerot
help-esc = sulje paneeli; poistu kirjoitusriviltä
help-vim = vim-näppäimet (--vim)
help-help = tämä ohje
help-quit = lopeta
ledger-title = Kassa (Esc)
ledger-balances = Saldot
ledger-none = ei vielä merkintöjä (Ctrl+E lisää)
ledger-settle = Tasaus
ledger-even = kaikki ovat sujut
ledger-entries = Merkinnät
members-title = Jäsenet (Esc)
members-device = laite { $id }
members-you = sinä
form-title = Lisää merkintä
form-kind = laji
form-amount = summa
form-currency = valuutta
form-from = keneltä
form-split = jako
form-to = kenelle
form-memo = muistiinpano
form-hint = laji: payment|debt · jako: to|equal (kenelle: yksi jäsen tai a,b,c)
form-keys = Tab seuraava kenttä · Enter lisää · Esc peru
notice-sent = lähetetty viestinä { $seq }
notice-entry-added = merkintä lisätty viestinä { $seq }
notice-reconnected = yhdistetty uudelleen

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } kirjoittaa…
typing-two = { $first } ja { $second } kirjoittavat…
typing-several = Useampi henkilö kirjoittaa…

## Calls in the history
call-held-audio = Puhelu, { $duration }, { $people ->
    [one] { $people } henkilö
   *[other] { $people } henkilöä
}
call-held-video = Videopuhelu, { $duration }, { $people ->
    [one] { $people } henkilö
   *[other] { $people } henkilöä
}
call-missed-audio = Vastaamaton puhelu käyttäjältä { $from }
call-missed-video = Vastaamaton videopuhelu käyttäjältä { $from }
call-missed-declined-audio = Vastaamaton puhelu käyttäjältä { $from } (hylätty)
call-missed-declined-video = Vastaamaton videopuhelu käyttäjältä { $from } (hylätty)
call-not-answered-audio = Puheluun ei vastattu
call-not-answered-video = Videopuheluun ei vastattu
call-declined-by-audio = Puhelun hylkäsi { $names }
call-declined-by-video = Videopuhelun hylkäsi { $names }
call-ringing-audio = { $caller } soittaa (puhelu)
call-ringing-video = { $caller } soittaa (videopuhelu)
call-in-progress-audio = Puhelu käynnissä, { $count ->
    [one] { $count } henkilö
   *[other] { $count } henkilöä
} mukana ({ $names })
call-in-progress-video = Videopuhelu käynnissä, { $count ->
    [one] { $count } henkilö
   *[other] { $count } henkilöä
} mukana ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
