# Conclave: Danish (Dansk).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = forbundet
status-reconnecting = genforbinder… ({ $reason })
status-paused = sat på pause: en anden conclave-kommando bruger enheden
pane-conversations = Samtaler
pane-unread = { $count ->
    [one] { $count } ulæst
   *[other] { $count } ulæste
}
pane-message = Besked
pane-none = Ingen samtale
compose-hint = Tab eller Enter for at skrive
empty-conversations = Ingen samtaler endnu. Start en fra kommandolinjen: conclave send USER TEXT
empty-messages = Ingen beskeder endnu. Skriv nedenfor og tryk Enter.
keys-short = Tab fokus · Enter send · ^L kasse · ^E post · ^U medlemmer · ? hjælp · q afslut
keys-long = Tab fokus · Enter send · Alt+Enter ny linje · ^L kasse · ^E tilføj post · ^U medlemmer · ? hjælp · q afslut
help-title = Hjælp (Esc)
help-focus = skift mellem samtaler, beskeder og skrivelinjen
help-choose = vælg en samtale; rul i beskeder
help-scroll = rul i beskeder
help-enter = send (i skrivelinjen); skriv (andre steder)
help-newline = ny linje i en besked
help-ledger = samtalens kasse: saldi, afregning
help-add-entry = tilføj en post
help-members = medlemmer, deres enheder og sikkerhedsnumre
help-esc = luk et panel; forlad skrivelinjen
help-vim = vim-taster (med --vim)
help-help = denne hjælp
help-quit = afslut
ledger-title = Kasse (Esc)
ledger-balances = Saldi
ledger-none = ingen poster endnu (Ctrl+E tilføjer)
ledger-settle = Afregning
ledger-even = alle er kvit
ledger-entries = Poster
members-title = Medlemmer (Esc)
members-device = enhed { $id }
members-you = dig
form-title = Tilføj en post
form-kind = type
form-amount = beløb
form-currency = valuta
form-from = fra
form-split = fordeling
form-to = til
form-memo = note
form-hint = type: payment|debt · fordeling: to|equal (til: ét medlem eller a,b,c)
form-keys = Tab næste felt · Enter tilføj · Esc annuller
notice-sent = sendt som besked { $seq }
notice-entry-added = post tilføjet som besked { $seq }
notice-reconnected = forbundet igen

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } og { $second } skriver…
typing-several = Flere personer skriver…

## Calls in the history
call-held-audio = Opkald, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-held-video = Videoopkald, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-missed-audio = Ubesvaret opkald fra { $from }
call-missed-video = Ubesvaret videoopkald fra { $from }
call-missed-declined-audio = Ubesvaret opkald fra { $from } (afvist)
call-missed-declined-video = Ubesvaret videoopkald fra { $from } (afvist)
call-not-answered-audio = Opkaldet blev ikke besvaret
call-not-answered-video = Videoopkaldet blev ikke besvaret
call-declined-by-audio = Opkaldet blev afvist af { $names }
call-declined-by-video = Videoopkaldet blev afvist af { $names }
call-ringing-audio = { $caller } ringer op (opkald)
call-ringing-video = { $caller } ringer op (videoopkald)
call-in-progress-audio = Igangværende opkald, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
call-in-progress-video = Igangværende videoopkald, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
duration-seconds = { $n } sek.
duration-minutes = { $n } min.
duration-hours = { $h } t. { $min } min.
