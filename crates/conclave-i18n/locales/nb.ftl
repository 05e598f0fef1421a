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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = kan ikke starte: { $error }
cli-unexpected-response = uventet svar { $response }
cli-invalid-option = ugyldig { $option }
cli-invalid-option-value = ugyldig { $option } { $value }
cli-invalid-duration = ugyldig varighet { $value } (f.eks. 24h, 7d)
cli-not-invite-link = dette er ikke en invitasjonslenke (en enhetslenke hører til `conclave device join`)
cli-not-device-link = dette er ikke en enhetslenke (lag en med `conclave device link` på den eksisterende enheten din)
cli-joined = ble med i { $server } som { $user } (enhet { $device }); kontoen gjelder til { $expires }
cli-linked = koblet til { $server } som { $user } (enhet { $device }); kontoen gjelder til { $expires }
cli-malformed-renewal-code = ugyldig fornyelseskode
cli-renewed = fornyet: kontoen { $user } gjelder til { $expires }
cli-display-name-none = intet visningsnavn: andre ser { $user }
cli-whoami-account = konto
cli-whoami-device = enhet
cli-whoami-server = server
cli-whoami-expires = utløper
cli-whoami-invites = invitasjoner
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } igjen
cli-whoami-no-quota = ingen kvote
cli-invite-in-browser = i en nettleser: { $link }
cli-invite-created = invitasjon { $id } for { $count ->
    [one] { $count } konto
   *[other] { $count } kontoer
}, gjelder til { $expires }
cli-no-invitations = ingen invitasjoner
cli-invite-open = åpen
cli-invite-used = brukt
cli-invite-expired = utløpt
cli-invite-revoked = tilbakekalt
cli-invite-row = { $left }/{ $total } igjen  utløper { $expires }
cli-invite-give = oppgi en invitasjons-ID (fra `conclave invite list`), en kode eller en lenke
cli-revoked = tilbakekalt
cli-no-group = ingen gruppe { $name }; `conclave group list` viser dine
cli-no-conversation-with = ingen samtale med { $name }; `conclave send { $name } TEXT` starter en
cli-sent = sendt til { $conversation } som melding { $seq }
cli-warn-call-ignored = advarsel: anropssignal { $seq } fra { $sender } i { $conversation } ignorert: { $reason }
cli-history-note = (historikken over kom fra enheten din { $device }, sendt { $at })
cli-warn-receipt-not-sent = advarsel: lesebekreftelse ikke sendt: { $error }
cli-warn-delivery-unusable = advarsel: levering { $seq } kunne ikke brukes: { $reason }
cli-history-imported = historikk fra enheten din { $device } (sendt { $at }): { $entries ->
    [one] { $entries } oppføring
   *[other] { $entries } oppføringer
} i { $count ->
    [one] { $count } samtale
   *[other] { $count } samtaler
}
cli-warn-history-later = advarsel: historikken fra enheten din { $device } har ikke kommet ennå ({ $reason }); neste kommando prøver igjen
cli-warn-history-unusable = advarsel: historikken fra enheten din { $device } kan ikke brukes: { $reason }
cli-warn-history-fetch = advarsel: kunne ikke hente historikken den andre enheten din sendte: { $error }
cli-listen-handover = en annen conclave-kommando bruker denne enheten; venter…
cli-listening-again = lytter igjen
cli-connection-lost = forbindelsen brutt ({ $error }); kobler til igjen…
cli-group-created = opprettet #{ $name } ({ $devices ->
    [one] { $devices } enhet
   *[other] { $devices } enheter
}, epoke { $epoch })
cli-group-added = la til { $users } i #{ $name }
cli-already-members = allerede medlemmer
cli-group-removed = fjernet { $users } fra #{ $name }
cli-group-left = forlot #{ $name }
cli-no-conversations = ingen samtaler
cli-kind-group = gruppe
cli-kind-direct = direkte
cli-kind-unnamed = uten navn
cli-devices = { $devices ->
    [one] { $devices } enhet
   *[other] { $devices } enheter
}
cli-group-info = { $name }  epoke { $epoch }
cli-device = enhet { $id }
cli-device-link-waiting = venter på at den nye enheten blir med (kjør `conclave --home NEWDIR device join LINK`)…
cli-link-expired = lenken utløp før en enhet ble med
cli-device-joined = enhet { $id } ble med; lagt til i { $added } av { $total ->
    [one] { $total } samtale
   *[other] { $total } samtaler
}
cli-history-sent = sendte den historikken for { $count ->
    [one] { $count } samtale
   *[other] { $count } samtaler
} ({ $entries ->
    [one] { $entries } oppføring
   *[other] { $entries } oppføringer
}, { $kib } KiB, ende-til-ende-kryptert)
cli-history-none = ingen tidligere historikk å sende
cli-warn-history-not-sent = advarsel: historikken ble ikke sendt til den nye enheten: { $error }
cli-device-added = lagt til { $at }
cli-device-added-this = lagt til { $at } (denne enheten)
cli-device-removed = enhet { $id } fjernet
cli-safety-changed = !!! ADVARSEL: nøklene til { $user } er ENDRET siden du verifiserte dem !!!
cli-safety-changed-compare = !!! En ny enhet ble lagt til eller en nøkkel ble byttet. Sammenlign sikkerhetsnummeret igjen. !!!
cli-verified = { $user } er verifisert
cli-not-verified = { $user } er ikke verifisert ennå
cli-safety-number = sikkerhetsnummer med { $user }:
cli-marked-verified = { $user } merket som verifisert; du blir advart hvis nøklene endres
cli-replied = svarte i { $conversation } som melding { $seq }
cli-reacted = reagerte i { $conversation } som melding { $seq }
cli-reaction-taken-back = reaksjon trukket tilbake i { $conversation } som melding { $seq }
cli-edited = redigert i { $conversation } som melding { $seq }
cli-deleted = slettet for alle i { $conversation } som melding { $seq }
cli-forwarded = videresendt i { $conversation } som melding { $seq }
cli-timer-set = tidtaker satt i { $conversation } som melding { $seq }
cli-timer-invalid = `{ $value }`: { $error }; si off, 30s, 5m, 1h, 1d eller 1w
cli-receipts-say-on-or-off = `{ $value }`: si `on` eller `off`
cli-receipts-on = lesebekreftelser på: denne enheten forteller andre hva du har lest, og viser hva de har lest
cli-receipts-off = lesebekreftelser av: denne enheten sender ingen og viser ingens
cli-not-a-file = { $path } er ikke en fil
cli-uploading = laster opp
cli-downloading = laster ned
cli-file-sent = sendte { $file } ({ $size }) til { $conversation } som melding { $seq }
cli-message-not-available = melding { $message } er ikke tilgjengelig
cli-message-deleted = melding { $message } er slettet
cli-message-not-a-file = melding { $message } i { $conversation } er ikke en fil
cli-no-conversations-yet = ingen samtaler ennå
cli-files-in-several = { $message } peker på filer i flere samtaler: si `conclave download CONVERSATION { $message }`
cli-too-many-files = for mange filer med det navnet her; si hvor med --output
cli-file-gone = serveren har ikke lenger filen: den beholder en fil til hver enhet i samtalen har hentet den, eller høyst { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}
cli-file-saved = lagret { $file } ({ $size }) fra { $conversation } [{ $seq }] som { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE er ikke gyldig UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE er tom
cli-prompt-passphrase = Passordfrase
cli-prompt-again = Igjen
cli-reading-passphrase = leser passordfrasen
cli-passphrase-empty = en tom passordfrase beskytter ingenting
cli-passphrases-differ = passordfrasene er forskjellige
cli-home-taken = { $dir } har allerede en Conclave-enhet; bruk en annen --home (eller CONCLAVE_HOME) for en ny
cli-cannot-create = kan ikke opprette { $path }
cli-cannot-remove = kan ikke fjerne { $path }
cli-cannot-write = kan ikke skrive { $path }
cli-cannot-open = kan ikke åpne { $path }
cli-cannot-listen = kan ikke lytte på { $address }
cli-no-device = ingen Conclave-enhet i { $dir } — kjør `conclave join LINK --name NAME` først
cli-malformed-file = ugyldig { $path }
cli-device-key-missing = enhetsnøkkelen mangler i tilstanden
cli-device-key-malformed = ugyldig enhetsnøkkel
cli-fingerprint-malformed = device.json har et ugyldig fingeravtrykk
cli-lock-waiter-stopped = ventingen på låsen stoppet
cli-lock-wait-cancelled = ventingen på enhetens lås ble avbrutt
cli-lock-waiting = venter på en annen conclave-prosess (pid { $pid }) som bruker denne enheten…
cli-lock-busy = en annen conclave-prosess (pid { $pid }) bruker enhetens tilstand i { $dir } og ga den ikke fra seg innen { $seconds } s; stopp den eller vent til den er ferdig
cli-ledger-no-conversation = ingen samtale «{ $name }»: oppgi '#gruppe' eller brukernavnet til en 1:1-samtale
cli-ledger-unreadable = advarsel: { $count ->
    [one] { $count } oppføring i regnskapet ble skrevet av en nyere Conclave og kan ikke leses her; saldoene utelater den til du oppdaterer
   *[other] { $count } oppføringer i regnskapet ble skrevet av en nyere Conclave og kan ikke leses her; saldoene utelater dem til du oppdaterer
}
cli-ledger-handed-over = merk: denne enheten ble med ved melding { $seq }; oppføringene før den er slik enhet { $device } til { $user } overleverte dem
cli-ledger-discrepancy = ADVARSEL: enhet { $device } til { $user } ga nykommere et regnskap som avviker fra denne enhetens (melding { $seq }): { $detail }
cli-ledger-to-or-split = oppgi enten --to eller --split
cli-ledger-stored-without-content = meldingen ble lagret uten innholdet sitt
cli-ledger-missing-after-send = oppføringen mangler i regnskapet etter sending
cli-ledger-refused = oppføringen kom fram i samtalen som melding { $seq }, men alle enheter avviser den der: { $error }
cli-ledger-recorded = førte { $id } i { $conversation }: { $description }
cli-ledger-empty = { $conversation }: ingen oppføringer ennå
cli-ledger-title = regnskap for { $conversation }
cli-ledger-reversed-tag = [tilbakeført]
cli-ledger-recorded-by = ført av { $user } (enhet { $device }) { $at }, melding { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = tilbakeført av { $user } ({ $id })
cli-ledger-reversed = tilbakeført ({ $id })
cli-ledger-balances-title = saldoer for { $conversation }
cli-ledger-is-owed = har til gode
cli-ledger-owes = skylder
cli-ledger-settled = skuls
cli-ledger-all-settled = alle er skuls
cli-ledger-to-settle-up = for å gjøre opp:
cli-ledger-pays = { $from } betaler { $to } { $amount }
cli-writing = skriver { $path }
cli-writing-export = skriver eksporten
cli-ledger-exported = eksporterte { $count ->
    [one] { $count } oppføring
   *[other] { $count } oppføringer
} til { $path }
cli-not-a-call-id = { $value } er ikke en samtale-ID (32 heksadesimale tegn)
cli-no-call-running = ingen samtale pågår i { $conversation }
cli-call-started = startet samtale { $call } i { $conversation }
cli-call-joined = ble med i samtale { $call } i { $conversation }
cli-call-left = forlot samtale { $call } i { $conversation }
cli-call-declined = avviste samtale { $call } i { $conversation }
cli-call-ended = avsluttet samtale { $call } i { $conversation }
cli-call-not-in = denne enheten er ikke med i samtale { $call }
cli-call-not-ringing = samtale { $call } ringer ikke for deg (den ringer i 45 s, til du svarer eller avviser)
cli-call-token = samtaletoken for samtale { $call }, gjelder til { $expires }
cli-proxy-loopback-only = proxyen kjører uten autentisering og lytter derfor bare på loopback (fikk { $address })
cli-proxy-no-directory = kan ikke hente relékatalogen: { $error }
cli-proxy-no-server = denne enheten kjenner ingen server
cli-proxy-circuit = krets { $circuit }: inngang { $entry } → utgang { $exit } på { $ms } ms
cli-proxy-same-operator = advarsel: én operatør driver begge reléene, så delingen i to hopp er bare nominell her
cli-proxy-circuit-failed = kretsen mislyktes: { $error }
cli-proxy-stream-refused = tilkobling avvist: { $reason }
cli-proxy-listening = Privat surfing på socks5://{ $address } og http://{ $address } (CONNECT). Pek en nettleser dit, f.eks.
cli-proxy-two-relays = To reléer bærer hver tilkobling: inngangen ser adressen din, utgangen nettstedet; ingen ser begge. Ikke beskyttet: begge reléene i ledtog, eller noen som ser tidsmønsteret i begge ender.
cli-proxy-first-circuit-failed = første krets mislyktes (prøves igjen ved første tilkobling): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } krets
   *[other] { $circuits } kretser
}, { $streams ->
    [one] { $streams } strøm
   *[other] { $streams } strømmer
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = stoppet: { $circuits ->
    [one] { $circuits } krets
   *[other] { $circuits } kretser
} bygget, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = serveren kunne ikke lese det dette programmet sendte; oppdater Conclave
server-error-unsupported-version = serveren snakker en annen versjon av Conclaves protokoll; oppdater Conclave
server-error-frame-too-large = det dette programmet sendte, er for stort for serveren
server-error-not-authenticated = serveren avsluttet økten før denne enheten logget inn; prøv igjen
server-error-already-authenticated = denne enheten logget inn to ganger i samme økt; prøv igjen
server-error-auth-failed = serveren godtar ikke denne enheten: den er fjernet fra kontoen sin, eller nøkkelen stemmer ikke
server-error-invite-unknown = denne invitasjonen finnes ikke; sjekk lenken
server-error-invite-used = denne invitasjonen er allerede brukt; be om en ny
server-error-invite-expired = denne invitasjonen har utløpt; be om en ny
server-error-invite-revoked = denne invitasjonen er trukket tilbake; be om en ny
server-error-username-taken = dette brukernavnet er tatt; velg et annet
server-error-username-invalid = serveren godtar ikke dette brukernavnet
server-error-device-key-taken = nøkkelen til denne enheten er allerede registrert
server-error-account-disabled = kontoen din er deaktivert av serverens operatør
server-error-account-expired = kontoen { $user } utløp { $date }; be en admin om en fornyelseskode
server-error-account-expired-plain = kontoen din har utløpt; be en admin om en fornyelseskode
server-error-renewal-unknown = denne fornyelseskoden finnes ikke
server-error-renewal-used = denne fornyelseskoden er allerede brukt
server-error-renewal-expired = denne fornyelseskoden har utløpt; be en admin om en ny
server-error-forbidden = serveren tillater ikke dette
server-error-not-found = serveren kjenner ikke det som ble spurt etter
server-error-no-account = ingen konto med navnet { $name }
server-error-invalid-argument = serveren avviste forespørselen som ugyldig
server-error-quota-exceeded = invitasjonskvoten er nådd: du har gitt { $used } av dine { $quota } invitasjoner, { $left } igjen
server-error-quota-exceeded-plain = invitasjonskvoten din er brukt opp
server-error-queue-full = køen til en mottakende enhet er full; den må komme på nett og ta igjen
server-error-rate-limited = for mange forespørsler; prøv igjen om { $seconds } s
server-error-rate-limited-plain = for mange forespørsler; prøv igjen om litt
server-error-too-many-connections = serveren har nådd grensen for tilkoblinger; prøv igjen senere
server-error-limit-exceeded = dette går over en grense på serveren
server-error-stale-epoch = samtalen endret seg i samme øyeblikk; prøv igjen
server-error-not-member = denne enheten er ikke medlem av den samtalen
server-error-no-key-package = en enhet som skal legges til, har ingen nøkkelpakker på serveren; den må komme på nett først
server-error-device-link-invalid = denne enhetslenken er ukjent, brukt eller utløpt; lag en ny på en enhet i kontoen
server-error-shutting-down = serveren slås av; prøv igjen om litt
server-error-internal = serveren fikk en intern feil; prøv igjen senere
server-error-unavailable = serveren tilbyr ikke dette
server-error-fell-behind = en enhet har kommet på etterskudd i denne samtalen og venter på at et medlem legger den til igjen
server-error-relay-tokens-used-up = dagens kvote for privat surfing er brukt opp; den fornyes kl. 00:00 UTC
server-error-relay-tokens-unavailable = denne serveren tilbyr ikke privat surfing
server-error-call-tokens-unavailable = denne serveren tilbyr ikke samtaler
server-error-unknown-code = serveren avviste (feil { $code })
server-error-unsupported = serveren kjenner ikke denne forespørselen: den kjører en eldre versjon av Conclave
cli-server-account-expired = kontoen { $user } utløp { $date }; be en admin om en fornyelseskode og kjør `conclave renew CODE`
cli-server-account-expired-plain = kontoen din har utløpt; be en admin om en fornyelseskode og kjør `conclave renew CODE`
cli-client-connect = kan ikke koble til { $address }: { $reason }
cli-client-pin-mismatch = serverens TLS-sertifikat stemmer ikke med det festede fingeravtrykket (ventet { $expected }, fikk { $got }); dette kan være et angrep, eller serverens sertifikat er endret
cli-client-timeout = tidsavbrudd under venting på serveren
cli-client-closed = tilkoblingen ble lukket
cli-client-closed-because = tilkoblingen ble lukket: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (svar) { $text }
preview-reaction = (reaksjon) { $emoji }
preview-edit = (redigert) { $text }
preview-deleted = (slettet en melding)
preview-receipt = (lest til og med { $seq })
preview-conversation-started = (samtale startet)
preview-group = (gruppe #{ $name })
preview-file = (fil) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (videresendt) { $text }
preview-timer-off = (forsvinnende meldinger av)
preview-timer = (forsvinnende meldinger: { $time })
preview-display-name-cleared = (visningsnavn fjernet)
preview-display-name = (visningsnavn: { $name })
preview-call-started-audio = (anrop) startet et taleanrop { $call }
preview-call-started-video = (anrop) startet en videosamtale { $call }
preview-call-ringing = (anrop) ringer for { $call }
preview-call-answered = (anrop) svarte på { $call }
preview-call-declined = (anrop) avviste { $call }
preview-call-joined = (anrop) ble med i { $call }
preview-call-left = (anrop) forlot { $call }
preview-call-ended = (anrop) avsluttet { $call }
preview-call-unreadable = (uleselig anropssignal: { $reason })
preview-ledger = (kasse) { $entry }
preview-ledger-handover = (kasse) { $count ->
    [one] { $count } tidligere post overlevert
   *[other] { $count } tidligere poster overlevert
} til enhetene som ble med (del { $part } av { $parts })
preview-ledger-unreadable = (uleselig kassepost: { $reason })
ledger-payment-to = { $from } betalte { $names } { $money }
ledger-payment-equal = { $from } betalte { $money } for { $names } (delt likt)
ledger-payment-exact = { $from } betalte { $money } for { $names } (fordelt { $shares })
ledger-payment-weights = { $from } betalte { $money } for { $names } (fordelt etter vekt { $weights })
ledger-debt-to = { $names } skylder { $from } { $money }
ledger-debt-equal = { $names } skylder { $from } { $money } (delt likt)
ledger-debt-exact = { $names } skylder { $from } { $money } (fordelt { $shares })
ledger-debt-weights = { $names } skylder { $from } { $money } (fordelt etter vekt { $weights })
ledger-reversed-entry = tilbakeførte post { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = avvist: { $entry } ({ $error })
ledger-refused-plain = avvist: { $error }
ledger-unreadable = uleselig: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = ble med
history-unreadable = uleselig melding ({ $reason })
history-fell-behind = denne enheten kom på etterskudd her og gikk glipp av meldinger; den legges til igjen neste gang et medlem sender
history-fell-behind-long = Denne enheten kom på etterskudd her (køen dens på serveren var full) og gikk glipp av meldinger fra dette punktet; den legges til igjen neste gang et medlem sender.
history-added = la til { $names }
history-removed = fjernet { $names }
history-added-removed = la til { $added }; fjernet { $removed }
history-keys-updated = oppdaterte nøkler
history-deleted = (slettet)
preview-photo = Bilde: { $name }
preview-voice-note = Talemelding: { $name }
preview-file-named = Fil: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = en tidtaker for forsvinnende meldinger er av eller fra { $min } s til 4 uker ({ $max } s); { $secs } s er ikke tillatt
refused-one-to-one-self = en 1:1-samtale krever en annen konto
refused-group-exists = du har allerede en gruppe som heter #{ $name }
refused-remove-self = bruk `leave` for å forlate en samtale
refused-not-members = ingen av dem er medlem
refused-no-key-packages = ingen av enhetene som skal legges til, har publisert nøkkelpakker ennå
refused-busy = gruppen er for opptatt; prøv igjen
refused-not-in-conversation = du er ikke med i denne samtalen
refused-fell-behind = denne enheten kom på etterskudd i denne samtalen (køen dens på serveren var full); den legges til igjen neste gang et annet medlem sender
refused-server-too-old-for-timer = meldingene i denne samtalen forsvinner, og serveren er for gammel til å la dem utløpe i køen sin (protokollrevisjon 1): oppgrader serveren, eller slå av tidtakeren
refused-call-running = et anrop ({ $call }, startet av { $caller }) pågår i denne samtalen: bli med i det
refused-display-name-too-long = et visningsnavn har høyst { $max } tegn ({ $given } oppgitt)
refused-display-name-invisible = et visningsnavn kan ikke inneholde kontrolltegn, retningsoverstyrende eller usynlige tegn ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = feil: { $message }
cli-usage-invalid-value = ugyldig verdi { $value } for { $arg }
cli-usage-value-required = { $arg } krever en verdi, men ingen ble oppgitt
cli-usage-invalid-value-because = ugyldig verdi { $value } for { $arg }: { $reason }
cli-usage-possible-values = mulige verdier: { $values }
cli-usage-unknown-argument = uventet argument { $arg } funnet
cli-usage-unknown-subcommand = ukjent underkommando { $command }
cli-usage-missing-arguments = følgende påkrevde argumenter ble ikke oppgitt: { $args }
cli-usage-missing-subcommand = { $command } krever en underkommando, men ingen ble oppgitt
cli-usage-subcommands = underkommandoer: { $values }
cli-usage-too-many-values = uventet verdi { $value } for { $arg } funnet; ingen flere var forventet
cli-usage-conflict = argumentet { $arg } kan ikke brukes sammen med { $other }
cli-usage-used-twice = argumentet { $arg } kan ikke brukes flere ganger
cli-usage-similar-subcommand = tips: det finnes en lignende underkommando: { $names }
cli-usage-similar-argument = tips: det finnes et lignende argument: { $names }
cli-usage-similar-value = tips: det finnes en lignende verdi: { $names }
cli-usage-more = For mer informasjon, prøv { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = sikkerhetsnummer { $number }
members-safety-number-verified = sikkerhetsnummer { $number } (verifisert)
members-no-safety-number = ingen sikkerhetsnummer: { $error }
notice-not-sent = ikke sendt: { $error }
notice-ledger-failed = kasse: { $error }
notice-members-failed = medlemmer: { $error }
notice-error = feil: { $error }
