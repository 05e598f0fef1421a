# Conclave: Norwegian Bokmål (Norsk bokmål).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = tilkoblet
status-reconnecting = kobler til igjen… ({ $reason })
status-paused = pauset: en annen conclave-kommando bruker enheten
pane-conversations = Samtaler
pane-unread = { $count ->
    [one] { $count } ulest
   *[other] { $count } uleste
}
pane-message = Melding
pane-none = Ingen samtale
compose-hint = Tab eller Enter for å skrive
empty-conversations = Ingen samtaler ennå. Start en fra kommandolinjen: conclave send USER TEXT
empty-messages = Ingen meldinger ennå. Skriv nedenfor og trykk Enter.
keys-short = Tab fokus · Enter send · ^L kasse · ^E post · ^U medlemmer · ? hjelp · q avslutt
keys-long = Tab fokus · Enter send · Alt+Enter ny linje · ^L kasse · ^E legg til post · ^U medlemmer · ? hjelp · q avslutt
help-title = Hjelp (Esc)
help-focus = bytt mellom samtaler, meldinger og skrivelinjen
help-choose = velg en samtale; rull meldinger
help-scroll = rull meldinger
help-enter = send (i skrivelinjen); skriv (ellers)
help-newline = ny linje i en melding
help-ledger = samtalens kasse: saldoer, gjør opp
help-add-entry = legg til en post
help-members = medlemmer, enhetene deres og sikkerhetsnumre
help-esc = lukk et panel; forlat skrivelinjen
help-vim = vim-taster (med --vim)
help-help = denne hjelpen
help-quit = avslutt
ledger-title = Kasse (Esc)
ledger-balances = Saldoer
ledger-none = ingen poster ennå (Ctrl+E legger til)
ledger-settle = Gjør opp
ledger-even = alle er skuls
ledger-entries = Poster
members-title = Medlemmer (Esc)
members-device = enhet { $id }
members-you = deg
form-title = Legg til en post
form-kind = type
form-amount = beløp
form-currency = valuta
form-from = fra
form-split = fordeling
form-to = til
form-memo = notat
form-hint = type: payment|debt · fordeling: to|equal (til: ett medlem eller a,b,c)
form-keys = Tab neste felt · Enter legg til · Esc avbryt
notice-sent = sendt som melding { $seq }
notice-entry-added = post lagt til som melding { $seq }
notice-reconnected = tilkoblet igjen

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } og { $second } skriver…
typing-several = Flere personer skriver…

## Calls in the history
call-held-audio = Anrop, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-held-video = Videosamtale, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-missed-audio = Tapt anrop fra { $from }
call-missed-video = Tapt videosamtale fra { $from }
call-missed-declined-audio = Tapt anrop fra { $from } (avvist)
call-missed-declined-video = Tapt videosamtale fra { $from } (avvist)
call-not-answered-audio = Anropet ble ikke besvart
call-not-answered-video = Videosamtalen ble ikke besvart
call-declined-by-audio = Anropet ble avvist av { $names }
call-declined-by-video = Videosamtalen ble avvist av { $names }
call-ringing-audio = { $caller } ringer (anrop)
call-ringing-video = { $caller } ringer (videosamtale)
call-in-progress-audio = Pågående anrop, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
call-in-progress-video = Pågående videosamtale, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i den ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } t { $min } min
