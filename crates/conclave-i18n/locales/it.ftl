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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = impossibile avviare: { $error }
cli-unexpected-response = risposta inattesa { $response }
cli-invalid-option = { $option } non valido
cli-invalid-option-value = { $option } non valido { $value }
cli-invalid-duration = durata non valida { $value } (es. 24h, 7d)
cli-not-invite-link = questo non è un link di invito (un link di dispositivo va a `conclave device join`)
cli-not-device-link = questo non è un link di dispositivo (creane uno con `conclave device link` sul tuo dispositivo esistente)
cli-joined = entrato in { $server } come { $user } (dispositivo { $device }); account valido fino al { $expires }
cli-linked = collegato a { $server } come { $user } (dispositivo { $device }); account valido fino al { $expires }
cli-malformed-renewal-code = codice di rinnovo non valido
cli-renewed = rinnovato: l'account { $user } è valido fino al { $expires }
cli-display-name-none = nessun nome visualizzato: gli altri vedono { $user }
cli-whoami-account = account
cli-whoami-device = dispositivo
cli-whoami-server = server
cli-whoami-expires = scade
cli-whoami-invites = inviti
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } rimasti
cli-whoami-no-quota = nessuna quota
cli-invite-in-browser = in un browser: { $link }
cli-invite-created = invito { $id } per { $count ->
    [one] { $count } account
   *[other] { $count } account
}, valido fino al { $expires }
cli-no-invitations = nessun invito
cli-invite-open = aperto
cli-invite-used = usato
cli-invite-expired = scaduto
cli-invite-revoked = revocato
cli-invite-row = { $left }/{ $total } rimasti  scade { $expires }
cli-invite-give = indica un id di invito (da `conclave invite list`), un codice o un link
cli-revoked = revocato
cli-no-group = nessun gruppo { $name }; `conclave group list` mostra i tuoi
cli-no-conversation-with = nessuna conversazione con { $name }; `conclave send { $name } TEXT` ne avvia una
cli-sent = inviato a { $conversation } come messaggio { $seq }
cli-warn-call-ignored = avviso: segnale di chiamata { $seq } da { $sender } in { $conversation } ignorato: { $reason }
cli-history-note = (la cronologia sopra è arrivata dal tuo dispositivo { $device }, inviata il { $at })
cli-warn-receipt-not-sent = avviso: conferma di lettura non inviata: { $error }
cli-warn-delivery-unusable = avviso: la consegna { $seq } non è utilizzabile: { $reason }
cli-history-imported = cronologia dal tuo dispositivo { $device } (inviata il { $at }): { $entries ->
    [one] { $entries } voce
   *[other] { $entries } voci
} in { $count ->
    [one] { $count } conversazione
   *[other] { $count } conversazioni
}
cli-warn-history-later = avviso: la cronologia dal tuo dispositivo { $device } non è ancora arrivata ({ $reason }); il prossimo comando riprova
cli-warn-history-unusable = avviso: la cronologia dal tuo dispositivo { $device } non è utilizzabile: { $reason }
cli-warn-history-fetch = avviso: impossibile recuperare la cronologia inviata dall'altro tuo dispositivo: { $error }
cli-listen-handover = un altro comando conclave sta usando questo dispositivo; in attesa…
cli-listening-again = di nuovo in ascolto
cli-connection-lost = connessione persa ({ $error }); riconnessione…
cli-group-created = creato #{ $name } ({ $devices ->
    [one] { $devices } dispositivo
   *[other] { $devices } dispositivi
}, epoca { $epoch })
cli-group-added = { $users } aggiunti a #{ $name }
cli-already-members = già membri
cli-group-removed = { $users } rimossi da #{ $name }
cli-group-left = hai lasciato #{ $name }
cli-no-conversations = nessuna conversazione
cli-kind-group = gruppo
cli-kind-direct = diretta
cli-kind-unnamed = senza nome
cli-devices = { $devices ->
    [one] { $devices } dispositivo
   *[other] { $devices } dispositivi
}
cli-group-info = { $name }  epoca { $epoch }
cli-device = dispositivo { $id }
cli-device-link-waiting = in attesa che il nuovo dispositivo entri (esegui `conclave --home NEWDIR device join LINK`)…
cli-link-expired = il link è scaduto prima che un dispositivo entrasse
cli-device-joined = dispositivo { $id } entrato; aggiunto a { $added } di { $total ->
    [one] { $total } conversazione
   *[other] { $total } conversazioni
}
cli-history-sent = inviata la cronologia di { $count ->
    [one] { $count } conversazione
   *[other] { $count } conversazioni
} ({ $entries ->
    [one] { $entries } voce
   *[other] { $entries } voci
}, { $kib } KiB, cifrata end-to-end)
cli-history-none = nessuna cronologia precedente da inviare
cli-warn-history-not-sent = avviso: la cronologia non è stata inviata al nuovo dispositivo: { $error }
cli-device-added = aggiunto il { $at }
cli-device-added-this = aggiunto il { $at } (questo dispositivo)
cli-device-removed = dispositivo { $id } rimosso
cli-safety-changed = !!! ATTENZIONE: le chiavi di { $user } sono CAMBIATE da quando le hai verificate !!!
cli-safety-changed-compare = !!! È stato aggiunto un dispositivo o sostituita una chiave. Confronta di nuovo il numero di sicurezza. !!!
cli-verified = { $user } è verificato
cli-not-verified = { $user } non è ancora verificato
cli-safety-number = numero di sicurezza con { $user }:
cli-marked-verified = { $user } segnato come verificato; sarai avvisato se le sue chiavi cambiano
cli-replied = risposto in { $conversation } come messaggio { $seq }
cli-reacted = reazione in { $conversation } come messaggio { $seq }
cli-reaction-taken-back = reazione ritirata in { $conversation } come messaggio { $seq }
cli-edited = modificato in { $conversation } come messaggio { $seq }
cli-deleted = eliminato per tutti in { $conversation } come messaggio { $seq }
cli-forwarded = inoltrato in { $conversation } come messaggio { $seq }
cli-timer-set = timer impostato in { $conversation } come messaggio { $seq }
cli-timer-invalid = `{ $value }`: { $error }; di' off, 30s, 5m, 1h, 1d o 1w
cli-receipts-say-on-or-off = `{ $value }`: di' `on` o `off`
cli-receipts-on = conferme di lettura attive: questo dispositivo dice agli altri cosa hai letto e mostra cosa hanno letto loro
cli-receipts-off = conferme di lettura disattivate: questo dispositivo non ne invia e non mostra quelle di nessuno
cli-not-a-file = { $path } non è un file
cli-uploading = caricamento
cli-downloading = scaricamento
cli-file-sent = { $file } ({ $size }) inviato a { $conversation } come messaggio { $seq }
cli-message-not-available = il messaggio { $message } non è disponibile
cli-message-deleted = il messaggio { $message } è stato eliminato
cli-message-not-a-file = il messaggio { $message } in { $conversation } non è un file
cli-no-conversations-yet = ancora nessuna conversazione
cli-files-in-several = { $message } indica file in più conversazioni: di' `conclave download CONVERSATION { $message }`
cli-too-many-files = troppi file con quel nome qui; indica dove con --output
cli-file-gone = il server non ha più questo file: tiene un file finché ogni dispositivo della conversazione non lo ha scaricato, o al massimo { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
cli-file-saved = { $file } ({ $size }) da { $conversation } [{ $seq }] salvato come { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE non è UTF-8 valido
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE è vuota
cli-prompt-passphrase = Passphrase
cli-prompt-again = Di nuovo
cli-reading-passphrase = lettura della passphrase
cli-passphrase-empty = una passphrase vuota non protegge nulla
cli-passphrases-differ = le passphrase non coincidono
cli-home-taken = { $dir } contiene già un dispositivo Conclave; usa un altro --home (o CONCLAVE_HOME) per uno nuovo
cli-cannot-create = impossibile creare { $path }
cli-cannot-remove = impossibile rimuovere { $path }
cli-cannot-write = impossibile scrivere { $path }
cli-cannot-open = impossibile aprire { $path }
cli-cannot-listen = impossibile ascoltare su { $address }
cli-no-device = nessun dispositivo Conclave in { $dir } — esegui prima `conclave join LINK --name NAME`
cli-malformed-file = { $path } non valido
cli-device-key-missing = la chiave del dispositivo manca dallo stato
cli-device-key-malformed = chiave del dispositivo non valida
cli-fingerprint-malformed = device.json ha un'impronta non valida
cli-lock-waiter-stopped = l'attesa del lock si è fermata
cli-lock-wait-cancelled = l'attesa del lock del dispositivo è stata annullata
cli-lock-waiting = in attesa di un altro processo conclave (pid { $pid }) che usa questo dispositivo…
cli-lock-busy = un altro processo conclave (pid { $pid }) usa lo stato di questo dispositivo in { $dir } e non lo ha ceduto entro { $seconds } s; fermalo o attendi che finisca
cli-ledger-no-conversation = nessuna conversazione «{ $name }»: indica '#gruppo' o il nome utente di una conversazione 1:1
cli-ledger-unreadable = avviso: { $count ->
    [one] { $count } voce del registro è stata scritta da un Conclave più recente e qui non si può leggere; i saldi la escludono finché non aggiorni
   *[other] { $count } voci del registro sono state scritte da un Conclave più recente e qui non si possono leggere; i saldi le escludono finché non aggiorni
}
cli-ledger-handed-over = nota: questo dispositivo è entrato al messaggio { $seq }; le voci precedenti sono come le ha consegnate il dispositivo { $device } di { $user }
cli-ledger-discrepancy = ATTENZIONE: il dispositivo { $device } di { $user } ha consegnato ai nuovi un registro diverso da quello di questo dispositivo (messaggio { $seq }): { $detail }
cli-ledger-to-or-split = indica --to oppure --split
cli-ledger-stored-without-content = il messaggio è stato salvato senza il suo contenuto
cli-ledger-missing-after-send = la voce manca dal registro dopo l'invio
cli-ledger-refused = la voce è arrivata nella conversazione come messaggio { $seq } ma ogni dispositivo la rifiuta: { $error }
cli-ledger-recorded = registrato { $id } in { $conversation }: { $description }
cli-ledger-empty = { $conversation }: ancora nessuna voce nel registro
cli-ledger-title = registro di { $conversation }
cli-ledger-reversed-tag = [stornata]
cli-ledger-recorded-by = registrata da { $user } (dispositivo { $device }) il { $at }, messaggio { $seq }
cli-ledger-ref = rif. { $reference }
cli-ledger-reversed-by = stornata da { $user } ({ $id })
cli-ledger-reversed = stornata ({ $id })
cli-ledger-balances-title = saldi di { $conversation }
cli-ledger-is-owed = deve ricevere
cli-ledger-owes = deve
cli-ledger-settled = in pari
cli-ledger-all-settled = tutti in pari
cli-ledger-to-settle-up = per saldare:
cli-ledger-pays = { $from } paga a { $to } { $amount }
cli-writing = scrittura di { $path }
cli-writing-export = scrittura dell'esportazione
cli-ledger-exported = { $count ->
    [one] { $count } voce esportata
   *[other] { $count } voci esportate
} in { $path }
cli-not-a-call-id = { $value } non è un id di chiamata (32 caratteri esadecimali)
cli-no-call-running = nessuna chiamata in corso in { $conversation }
cli-call-started = chiamata { $call } avviata in { $conversation }
cli-call-joined = entrato nella chiamata { $call } in { $conversation }
cli-call-left = uscito dalla chiamata { $call } in { $conversation }
cli-call-declined = chiamata { $call } rifiutata in { $conversation }
cli-call-ended = chiamata { $call } terminata in { $conversation }
cli-call-not-in = questo dispositivo non è nella chiamata { $call }
cli-call-not-ringing = la chiamata { $call } non squilla per te (squilla per 45 s, finché non rispondi o rifiuti)
cli-call-token = token per la chiamata { $call }, valido fino al { $expires }
cli-proxy-loopback-only = il proxy serve senza autenticazione, quindi ascolta solo su loopback (ricevuto { $address })
cli-proxy-no-directory = impossibile recuperare l'elenco dei relay: { $error }
cli-proxy-no-server = questo dispositivo non conosce alcun server
cli-proxy-circuit = circuito { $circuit }: ingresso { $entry } → uscita { $exit } in { $ms } ms
cli-proxy-same-operator = avviso: un solo operatore gestisce entrambi i relay, quindi la separazione in due salti qui è solo nominale
cli-proxy-circuit-failed = circuito non riuscito: { $error }
cli-proxy-stream-refused = connessione rifiutata: { $reason }
cli-proxy-listening = Navigazione privata su socks5://{ $address } e http://{ $address } (CONNECT). Puntaci un browser, ad es.
cli-proxy-two-relays = Due relay portano ogni connessione: l'ingresso vede il tuo indirizzo, l'uscita il sito; nessuno entrambi. Non protetto: i due relay in collusione, o chi osserva i tempi a entrambi i capi.
cli-proxy-first-circuit-failed = primo circuito non riuscito (ritentato alla prima connessione): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuito
   *[other] { $circuits } circuiti
}, { $streams ->
    [one] { $streams } flusso
   *[other] { $streams } flussi
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = fermato: { $circuits ->
    [one] { $circuits } circuito costruito
   *[other] { $circuits } circuiti costruiti
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = il server non ha potuto leggere ciò che questo programma ha inviato; aggiorna Conclave
server-error-unsupported-version = il server parla un'altra versione del protocollo di Conclave; aggiorna Conclave
server-error-frame-too-large = ciò che questo programma ha inviato è troppo grande per il server
server-error-not-authenticated = il server ha chiuso la sessione prima che questo dispositivo accedesse; riprova
server-error-already-authenticated = questo dispositivo ha effettuato l'accesso due volte nella stessa sessione; riprova
server-error-auth-failed = il server non accetta questo dispositivo: è stato rimosso dal suo account, oppure la sua chiave non corrisponde
server-error-invite-unknown = questo invito non esiste; controlla il link
server-error-invite-used = questo invito è già stato usato; chiedine uno nuovo
server-error-invite-expired = questo invito è scaduto; chiedine uno nuovo
server-error-invite-revoked = questo invito è stato revocato; chiedine uno nuovo
server-error-username-taken = questo nome utente è già in uso; scegline un altro
server-error-username-invalid = il server non accetta questo nome utente
server-error-device-key-taken = la chiave di questo dispositivo è già registrata
server-error-account-disabled = il tuo account è stato disattivato dal gestore del server
server-error-account-expired = l'account { $user } è scaduto il { $date }; chiedi a un amministratore un codice di rinnovo
server-error-account-expired-plain = il tuo account è scaduto; chiedi a un amministratore un codice di rinnovo
server-error-renewal-unknown = questo codice di rinnovo non esiste
server-error-renewal-used = questo codice di rinnovo è già stato usato
server-error-renewal-expired = questo codice di rinnovo è scaduto; chiedine uno nuovo a un amministratore
server-error-forbidden = il server non lo consente
server-error-not-found = il server non conosce ciò che è stato chiesto
server-error-no-account = nessun account di nome { $name }
server-error-invalid-argument = il server ha rifiutato la richiesta come non valida
server-error-quota-exceeded = quota di inviti raggiunta: hai concesso { $used } dei tuoi { $quota } usi di invito, ne restano { $left }
server-error-quota-exceeded-plain = la tua quota di inviti è esaurita
server-error-queue-full = la coda di un dispositivo destinatario è piena; deve collegarsi e mettersi in pari
server-error-rate-limited = troppe richieste; riprova tra { $seconds } s
server-error-rate-limited-plain = troppe richieste; riprova tra poco
server-error-too-many-connections = il server ha raggiunto il limite di connessioni; riprova più tardi
server-error-limit-exceeded = questo supera un limite del server
server-error-stale-epoch = la conversazione è cambiata nello stesso momento; riprova
server-error-not-member = questo dispositivo non è membro di quella conversazione
server-error-no-key-package = un dispositivo da aggiungere non ha pacchetti di chiavi sul server; deve prima collegarsi
server-error-device-link-invalid = questo link del dispositivo è sconosciuto, usato o scaduto; creane uno nuovo su un dispositivo dell'account
server-error-shutting-down = il server si sta spegnendo; riprova tra poco
server-error-internal = il server ha avuto un errore interno; riprova più tardi
server-error-unavailable = il server non offre questo servizio
server-error-fell-behind = un dispositivo è rimasto indietro in questa conversazione e attende che un membro lo aggiunga di nuovo
server-error-relay-tokens-used-up = la quota di oggi per la navigazione privata è esaurita; si rinnova alle 00:00 UTC
server-error-relay-tokens-unavailable = questo server non offre la navigazione privata
server-error-call-tokens-unavailable = questo server non offre chiamate
server-error-unknown-code = il server ha rifiutato (errore { $code })
server-error-unsupported = il server non conosce questa richiesta: usa una versione più vecchia di Conclave
cli-server-account-expired = l'account { $user } è scaduto il { $date }; chiedi a un amministratore un codice di rinnovo ed esegui `conclave renew CODE`
cli-server-account-expired-plain = il tuo account è scaduto; chiedi a un amministratore un codice di rinnovo ed esegui `conclave renew CODE`
cli-client-connect = impossibile connettersi a { $address }: { $reason }
cli-client-pin-mismatch = il certificato TLS del server non corrisponde all'impronta fissata (attesa { $expected }, ricevuta { $got }); potrebbe essere un attacco, oppure il certificato del server è cambiato
cli-client-timeout = tempo scaduto in attesa del server
cli-client-closed = la connessione si è chiusa
cli-client-closed-because = la connessione si è chiusa: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (risposta) { $text }
preview-reaction = (reazione) { $emoji }
preview-edit = (modificato) { $text }
preview-deleted = (ha eliminato un messaggio)
preview-receipt = (letto fino a { $seq })
preview-conversation-started = (conversazione iniziata)
preview-group = (gruppo #{ $name })
preview-file = (file) { $name } ({ $size ->
    [one] { $size } byte
    [many] { $size } di byte
   *[other] { $size } byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (inoltrato) { $text }
preview-timer-off = (messaggi effimeri disattivati)
preview-timer = (messaggi effimeri: { $time })
preview-display-name-cleared = (nome visualizzato rimosso)
preview-display-name = (nome visualizzato: { $name })
preview-call-started-audio = (chiamata) ha avviato una chiamata vocale { $call }
preview-call-started-video = (chiamata) ha avviato una videochiamata { $call }
preview-call-ringing = (chiamata) squilla per { $call }
preview-call-answered = (chiamata) ha risposto a { $call }
preview-call-declined = (chiamata) ha rifiutato { $call }
preview-call-joined = (chiamata) è entrato in { $call }
preview-call-left = (chiamata) è uscito da { $call }
preview-call-ended = (chiamata) ha terminato { $call }
preview-call-unreadable = (segnale di chiamata illeggibile: { $reason })
preview-ledger = (conti) { $entry }
preview-ledger-handover = (conti) { $count ->
    [one] { $count } voce precedente consegnata
    [many] { $count } di voci precedenti consegnate
   *[other] { $count } voci precedenti consegnate
} ai dispositivi entrati (parte { $part } di { $parts })
preview-ledger-unreadable = (voce dei conti illeggibile: { $reason })
ledger-payment-to = { $from } ha pagato { $money } a { $names }
ledger-payment-equal = { $from } ha pagato { $money } per { $names } (diviso in parti uguali)
ledger-payment-exact = { $from } ha pagato { $money } per { $names } (diviso { $shares })
ledger-payment-weights = { $from } ha pagato { $money } per { $names } (diviso per peso { $weights })
ledger-debt-to = { $names } deve { $money } a { $from }
ledger-debt-equal = { $names } devono { $money } a { $from } (diviso in parti uguali)
ledger-debt-exact = { $names } devono { $money } a { $from } (diviso { $shares })
ledger-debt-weights = { $names } devono { $money } a { $from } (diviso per peso { $weights })
ledger-reversed-entry = voce { $id } stornata
ledger-with-memo = { $entry }: { $memo }
ledger-refused = rifiutata: { $entry } ({ $error })
ledger-refused-plain = rifiutata: { $error }
ledger-unreadable = illeggibile: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = si è unito
history-unreadable = messaggio illeggibile ({ $reason })
history-fell-behind = questo dispositivo è rimasto indietro qui e ha perso dei messaggi; viene aggiunto di nuovo quando un membro invia il prossimo messaggio
history-fell-behind-long = Questo dispositivo è rimasto indietro qui (la sua coda sul server era piena) e ha perso i messaggi da questo punto; viene aggiunto di nuovo quando un membro invia il prossimo messaggio.
history-added = ha aggiunto { $names }
history-removed = ha rimosso { $names }
history-added-removed = ha aggiunto { $added }; ha rimosso { $removed }
history-keys-updated = ha aggiornato le chiavi
history-deleted = (eliminato)
preview-photo = Foto: { $name }
preview-voice-note = Messaggio vocale: { $name }
preview-file-named = File: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = un timer dei messaggi effimeri è disattivato oppure va da { $min } s a 4 settimane ({ $max } s); { $secs } s non va bene
refused-one-to-one-self = una conversazione 1:1 richiede un altro account
refused-group-exists = hai già un gruppo di nome #{ $name }
refused-remove-self = per lasciare una conversazione usa `leave`
refused-not-members = nessuno di loro è membro
refused-no-key-packages = nessuno dei dispositivi da aggiungere ha ancora pubblicato pacchetti di chiavi
refused-busy = il gruppo è troppo occupato; riprova
refused-not-in-conversation = non sei in questa conversazione
refused-fell-behind = questo dispositivo è rimasto indietro in questa conversazione (la sua coda sul server era piena); viene aggiunto di nuovo quando un altro membro invia il prossimo messaggio
refused-server-too-old-for-timer = i messaggi di questa conversazione scompaiono, e il server è troppo vecchio per farli scadere nella sua coda (revisione 1 del protocollo): aggiorna il server oppure disattiva il timer
refused-call-running = in questa conversazione è in corso una chiamata ({ $call }, avviata da { $caller }): unisciti
refused-display-name-too-long = un nome visualizzato ha al massimo { $max } caratteri ({ $given } forniti)
refused-display-name-invisible = un nome visualizzato non può contenere caratteri di controllo, di forzatura della direzione o invisibili ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = errore: { $message }
cli-usage-invalid-value = valore { $value } non valido per { $arg }
cli-usage-value-required = è richiesto un valore per { $arg }, ma non ne è stato fornito nessuno
cli-usage-invalid-value-because = valore { $value } non valido per { $arg }: { $reason }
cli-usage-possible-values = valori possibili: { $values }
cli-usage-unknown-argument = trovato argomento inatteso { $arg }
cli-usage-unknown-subcommand = sottocomando non riconosciuto { $command }
cli-usage-missing-arguments = i seguenti argomenti obbligatori non sono stati forniti: { $args }
cli-usage-missing-subcommand = { $command } richiede un sottocomando, ma non ne è stato fornito nessuno
cli-usage-subcommands = sottocomandi: { $values }
cli-usage-too-many-values = trovato valore inatteso { $value } per { $arg }; non ne erano previsti altri
cli-usage-conflict = l'argomento { $arg } non può essere usato con { $other }
cli-usage-used-twice = l'argomento { $arg } non può essere usato più volte
cli-usage-similar-subcommand = suggerimento: esiste un sottocomando simile: { $names }
cli-usage-similar-argument = suggerimento: esiste un argomento simile: { $names }
cli-usage-similar-value = suggerimento: esiste un valore simile: { $names }
cli-usage-more = Per maggiori informazioni, prova { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = numero di sicurezza { $number }
members-safety-number-verified = numero di sicurezza { $number } (verificato)
members-no-safety-number = nessun numero di sicurezza: { $error }
notice-not-sent = non inviato: { $error }
notice-ledger-failed = conti: { $error }
notice-members-failed = membri: { $error }
notice-error = errore: { $error }
