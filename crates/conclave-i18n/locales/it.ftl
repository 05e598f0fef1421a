# Conclave: Italian (Italiano).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = connesso
status-reconnecting = riconnessione… ({ $reason })
status-paused = in pausa: un altro comando conclave usa questo dispositivo
pane-conversations = Conversazioni
pane-unread = { $count ->
    [one] { $count } non letto
   *[other] { $count } non letti
}
pane-message = Messaggio
pane-none = Nessuna conversazione
compose-hint = Tab o Invio per scrivere
empty-conversations = Ancora nessuna conversazione. Iniziane una dalla riga di comando: conclave send USER TEXT
empty-messages = Ancora nessun messaggio. Scrivi qui sotto e premi Invio.
keys-short = Tab focus · Invio invia · ^L conti · ^E voce · ^U membri · ? aiuto · q esci
keys-long = Tab focus · Invio invia · Alt+Invio nuova riga · ^L conti · ^E aggiungi voce · ^U membri · ? aiuto · q esci
help-title = Aiuto (Esc)
help-focus = passare tra conversazioni, messaggi e riga di scrittura
help-choose = scegliere una conversazione; scorrere i messaggi
help-scroll = scorrere i messaggi
help-enter = inviare (nella riga di scrittura); scrivere (altrove)
help-newline = nuova riga in un messaggio
help-ledger = i conti della conversazione: saldi, pareggio
help-add-entry = aggiungere una voce
help-members = membri, i loro dispositivi e numeri di sicurezza
help-esc = chiudere un pannello; lasciare la riga di scrittura
help-vim = tasti stile vim (con --vim)
help-help = questo aiuto
help-quit = esci
ledger-title = Conti (Esc)
ledger-balances = Saldi
ledger-none = ancora nessuna voce (Ctrl+E ne aggiunge una)
ledger-settle = Pareggiare
ledger-even = tutti sono pari
ledger-entries = Voci
members-title = Membri (Esc)
members-device = dispositivo { $id }
members-you = tu
form-title = Aggiungi una voce
form-kind = tipo
form-amount = importo
form-currency = valuta
form-from = da
form-split = ripartizione
form-to = a
form-memo = nota
form-hint = tipo: payment|debt · ripartizione: to|equal (a: un membro, o a,b,c)
form-keys = Tab campo successivo · Invio aggiungi · Esc annulla
notice-sent = inviato come messaggio { $seq }
notice-entry-added = voce aggiunta come messaggio { $seq }
notice-reconnected = riconnesso

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } sta scrivendo…
typing-two = { $first } e { $second } stanno scrivendo…
typing-several = Diverse persone stanno scrivendo…

## Calls in the history
call-held-audio = Chiamata, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } persone
}
call-held-video = Videochiamata, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } persone
}
call-missed-audio = Chiamata persa da { $from }
call-missed-video = Videochiamata persa da { $from }
call-missed-declined-audio = Chiamata persa da { $from } (rifiutata)
call-missed-declined-video = Videochiamata persa da { $from } (rifiutata)
call-not-answered-audio = Chiamata senza risposta
call-not-answered-video = Videochiamata senza risposta
call-declined-by-audio = Chiamata rifiutata da { $names }
call-declined-by-video = Videochiamata rifiutata da { $names }
call-ringing-audio = { $caller } sta chiamando (chiamata)
call-ringing-video = { $caller } sta chiamando (videochiamata)
call-in-progress-audio = Chiamata in corso, { $count ->
    [one] { $count } persona
   *[other] { $count } persone
} presenti ({ $names })
call-in-progress-video = Videochiamata in corso, { $count ->
    [one] { $count } persona
   *[other] { $count } persone
} presenti ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
