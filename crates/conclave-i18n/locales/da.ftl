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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = kan ikke starte: { $error }
cli-unexpected-response = uventet svar { $response }
cli-invalid-option = ugyldig { $option }
cli-invalid-option-value = ugyldig { $option } { $value }
cli-invalid-duration = ugyldig varighed { $value } (f.eks. 24h, 7d)
cli-not-invite-link = dette er ikke et invitationslink (et enhedslink hører til `conclave device join`)
cli-not-device-link = dette er ikke et enhedslink (lav et med `conclave device link` på din eksisterende enhed)
cli-joined = tilmeldt { $server } som { $user } (enhed { $device }); kontoen gælder til { $expires }
cli-linked = forbundet til { $server } som { $user } (enhed { $device }); kontoen gælder til { $expires }
cli-malformed-renewal-code = ugyldig fornyelseskode
cli-renewed = fornyet: kontoen { $user } gælder til { $expires }
cli-display-name-none = intet visningsnavn: andre ser { $user }
cli-whoami-account = konto
cli-whoami-device = enhed
cli-whoami-server = server
cli-whoami-expires = udløber
cli-whoami-invites = invitationer
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } tilbage
cli-whoami-no-quota = ingen kvote
cli-invite-in-browser = i en browser: { $link }
cli-invite-created = invitation { $id } til { $count ->
    [one] { $count } konto
   *[other] { $count } konti
}, gælder til { $expires }
cli-no-invitations = ingen invitationer
cli-invite-open = åben
cli-invite-used = brugt
cli-invite-expired = udløbet
cli-invite-revoked = tilbagekaldt
cli-invite-row = { $left }/{ $total } tilbage  udløber { $expires }
cli-invite-give = angiv et invitations-id (fra `conclave invite list`), en kode eller et link
cli-revoked = tilbagekaldt
cli-no-group = ingen gruppe { $name }; `conclave group list` viser dine
cli-no-conversation-with = ingen samtale med { $name }; `conclave send { $name } TEXT` starter en
cli-sent = sendt til { $conversation } som besked { $seq }
cli-warn-call-ignored = advarsel: opkaldssignal { $seq } fra { $sender } i { $conversation } ignoreret: { $reason }
cli-history-note = (historikken ovenfor kom fra din enhed { $device }, sendt { $at })
cli-warn-receipt-not-sent = advarsel: læsekvittering ikke sendt: { $error }
cli-warn-delivery-unusable = advarsel: levering { $seq } kunne ikke bruges: { $reason }
cli-history-imported = historik fra din enhed { $device } (sendt { $at }): { $entries ->
    [one] { $entries } post
   *[other] { $entries } poster
} i { $count ->
    [one] { $count } samtale
   *[other] { $count } samtaler
}
cli-warn-history-later = advarsel: historikken fra din enhed { $device } er ikke kommet endnu ({ $reason }); næste kommando prøver igen
cli-warn-history-unusable = advarsel: historikken fra din enhed { $device } kan ikke bruges: { $reason }
cli-warn-history-fetch = advarsel: kunne ikke hente historikken, din anden enhed sendte: { $error }
cli-listen-handover = en anden conclave-kommando bruger denne enhed; venter…
cli-listening-again = lytter igen
cli-connection-lost = forbindelsen mistet ({ $error }); genopretter…
cli-group-created = oprettede #{ $name } ({ $devices ->
    [one] { $devices } enhed
   *[other] { $devices } enheder
}, epoke { $epoch })
cli-group-added = tilføjede { $users } til #{ $name }
cli-already-members = allerede medlemmer
cli-group-removed = fjernede { $users } fra #{ $name }
cli-group-left = forlod #{ $name }
cli-no-conversations = ingen samtaler
cli-kind-group = gruppe
cli-kind-direct = direkte
cli-kind-unnamed = unavngivet
cli-devices = { $devices ->
    [one] { $devices } enhed
   *[other] { $devices } enheder
}
cli-group-info = { $name }  epoke { $epoch }
cli-device = enhed { $id }
cli-device-link-waiting = venter på, at den nye enhed tilslutter sig (kør `conclave --home NEWDIR device join LINK`)…
cli-link-expired = linket udløb, før en enhed tilsluttede sig
cli-device-joined = enhed { $id } tilsluttet; tilføjet til { $added } af { $total ->
    [one] { $total } samtale
   *[other] { $total } samtaler
}
cli-history-sent = sendte den historikken for { $count ->
    [one] { $count } samtale
   *[other] { $count } samtaler
} ({ $entries ->
    [one] { $entries } post
   *[other] { $entries } poster
}, { $kib } KiB, end-to-end-krypteret)
cli-history-none = ingen tidligere historik at sende
cli-warn-history-not-sent = advarsel: historikken blev ikke sendt til den nye enhed: { $error }
cli-device-added = tilføjet { $at }
cli-device-added-this = tilføjet { $at } (denne enhed)
cli-device-removed = enhed { $id } fjernet
cli-safety-changed = !!! ADVARSEL: { $user }s nøgler er ÆNDRET, siden du verificerede dem !!!
cli-safety-changed-compare = !!! En ny enhed blev tilføjet, eller en nøgle blev udskiftet. Sammenlign sikkerhedsnummeret igen. !!!
cli-verified = { $user } er verificeret
cli-not-verified = { $user } er ikke verificeret endnu
cli-safety-number = sikkerhedsnummer med { $user }:
cli-marked-verified = { $user } markeret som verificeret; du bliver advaret, hvis nøglerne ændres
cli-replied = svarede i { $conversation } som besked { $seq }
cli-reacted = reagerede i { $conversation } som besked { $seq }
cli-reaction-taken-back = reaktion trukket tilbage i { $conversation } som besked { $seq }
cli-edited = redigeret i { $conversation } som besked { $seq }
cli-deleted = slettet for alle i { $conversation } som besked { $seq }
cli-forwarded = videresendt i { $conversation } som besked { $seq }
cli-timer-set = timer sat i { $conversation } som besked { $seq }
cli-timer-invalid = `{ $value }`: { $error }; sig off, 30s, 5m, 1h, 1d eller 1w
cli-receipts-say-on-or-off = `{ $value }`: sig `on` eller `off`
cli-receipts-on = læsekvitteringer til: denne enhed fortæller andre, hvad du har læst, og viser, hvad de har læst
cli-receipts-off = læsekvitteringer fra: denne enhed sender ingen og viser ingens
cli-not-a-file = { $path } er ikke en fil
cli-uploading = uploader
cli-downloading = downloader
cli-file-sent = sendte { $file } ({ $size }) til { $conversation } som besked { $seq }
cli-message-not-available = besked { $message } er ikke tilgængelig
cli-message-deleted = besked { $message } er slettet
cli-message-not-a-file = besked { $message } i { $conversation } er ikke en fil
cli-no-conversations-yet = ingen samtaler endnu
cli-files-in-several = { $message } peger på filer i flere samtaler: sig `conclave download CONVERSATION { $message }`
cli-too-many-files = for mange filer med det navn her; angiv hvor med --output
cli-file-gone = serveren har ikke længere filen: den gemmer en fil, til hver enhed i samtalen har hentet den, eller højst { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}
cli-file-saved = gemte { $file } ({ $size }) fra { $conversation } [{ $seq }] som { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE er ikke gyldig UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE er tom
cli-prompt-passphrase = Adgangssætning
cli-prompt-again = Igen
cli-reading-passphrase = læser adgangssætningen
cli-passphrase-empty = en tom adgangssætning beskytter intet
cli-passphrases-differ = adgangssætningerne er forskellige
cli-home-taken = { $dir } har allerede en Conclave-enhed; brug en anden --home (eller CONCLAVE_HOME) til en ny
cli-cannot-create = kan ikke oprette { $path }
cli-cannot-remove = kan ikke fjerne { $path }
cli-cannot-write = kan ikke skrive { $path }
cli-cannot-open = kan ikke åbne { $path }
cli-cannot-listen = kan ikke lytte på { $address }
cli-no-device = ingen Conclave-enhed i { $dir } — kør `conclave join LINK --name NAME` først
cli-malformed-file = ugyldig { $path }
cli-device-key-missing = enhedsnøglen mangler i tilstanden
cli-device-key-malformed = ugyldig enhedsnøgle
cli-fingerprint-malformed = device.json har et ugyldigt fingeraftryk
cli-lock-waiter-stopped = ventetiden på låsen stoppede
cli-lock-wait-cancelled = ventetiden på enhedens lås blev annulleret
cli-lock-waiting = venter på en anden conclave-proces (pid { $pid }), der bruger denne enhed…
cli-lock-busy = en anden conclave-proces (pid { $pid }) bruger enhedens tilstand i { $dir } og overdrog den ikke inden for { $seconds } s; stop den eller vent, til den er færdig
cli-ledger-no-conversation = ingen samtale "{ $name }": angiv '#gruppe' eller brugernavnet for en 1:1-samtale
cli-ledger-unreadable = advarsel: { $count ->
    [one] { $count } post i regnskabet blev skrevet af en nyere Conclave og kan ikke læses her; saldiene udelader den, til du opdaterer
   *[other] { $count } poster i regnskabet blev skrevet af en nyere Conclave og kan ikke læses her; saldiene udelader dem, til du opdaterer
}
cli-ledger-handed-over = bemærk: denne enhed kom med ved besked { $seq }; posterne før den er, som { $user }s enhed { $device } overdrog dem
cli-ledger-discrepancy = ADVARSEL: { $user }s enhed { $device } gav nytilkomne et regnskab, der afviger fra denne enheds (besked { $seq }): { $detail }
cli-ledger-to-or-split = angiv enten --to eller --split
cli-ledger-stored-without-content = beskeden blev gemt uden sit indhold
cli-ledger-missing-after-send = posten mangler i regnskabet efter afsendelse
cli-ledger-refused = posten nåede samtalen som besked { $seq }, men alle enheder afviser den der: { $error }
cli-ledger-recorded = bogførte { $id } i { $conversation }: { $description }
cli-ledger-empty = { $conversation }: ingen poster endnu
cli-ledger-title = regnskab for { $conversation }
cli-ledger-reversed-tag = [tilbageført]
cli-ledger-recorded-by = bogført af { $user } (enhed { $device }) { $at }, besked { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = tilbageført af { $user } ({ $id })
cli-ledger-reversed = tilbageført ({ $id })
cli-ledger-balances-title = saldi for { $conversation }
cli-ledger-is-owed = har penge til gode
cli-ledger-owes = skylder
cli-ledger-settled = kvit
cli-ledger-all-settled = alle er kvit
cli-ledger-to-settle-up = for at gøre op:
cli-ledger-pays = { $from } betaler { $to } { $amount }
cli-writing = skriver { $path }
cli-writing-export = skriver eksporten
cli-ledger-exported = eksporterede { $count ->
    [one] { $count } post
   *[other] { $count } poster
} til { $path }
cli-not-a-call-id = { $value } er ikke et opkalds-id (32 hexadecimale tegn)
cli-no-call-running = intet opkald i gang i { $conversation }
cli-call-started = startede opkald { $call } i { $conversation }
cli-call-joined = deltager i opkald { $call } i { $conversation }
cli-call-left = forlod opkald { $call } i { $conversation }
cli-call-declined = afviste opkald { $call } i { $conversation }
cli-call-ended = afsluttede opkald { $call } i { $conversation }
cli-call-not-in = denne enhed er ikke med i opkald { $call }
cli-call-not-ringing = opkald { $call } ringer ikke for dig (det ringer i 45 s, til du svarer eller afviser)
cli-call-token = opkaldstoken til opkald { $call }, gælder til { $expires }
cli-proxy-loopback-only = proxyen kører uden godkendelse og lytter derfor kun på loopback (fik { $address })
cli-proxy-no-directory = kan ikke hente relæ-kataloget: { $error }
cli-proxy-no-server = denne enhed kender ingen server
cli-proxy-circuit = kredsløb { $circuit }: indgang { $entry } → udgang { $exit } på { $ms } ms
cli-proxy-same-operator = advarsel: én operatør driver begge relæer, så opdelingen i to hop er kun nominel her
cli-proxy-circuit-failed = kredsløb mislykkedes: { $error }
cli-proxy-stream-refused = forbindelse afvist: { $reason }
cli-proxy-listening = Privat browsing på socks5://{ $address } og http://{ $address } (CONNECT). Peg en browser på den, f.eks.
cli-proxy-two-relays = To relæer bærer hver forbindelse: indgangen ser din adresse, udgangen webstedet; ingen ser begge. Ikke beskyttet: begge relæer i ledtog, eller en, der ser timingen i begge ender.
cli-proxy-first-circuit-failed = første kredsløb mislykkedes (prøves igen ved første forbindelse): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } kredsløb
   *[other] { $circuits } kredsløb
}, { $streams ->
    [one] { $streams } strøm
   *[other] { $streams } strømme
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = stoppet: { $circuits ->
    [one] { $circuits } kredsløb
   *[other] { $circuits } kredsløb
} bygget, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = serveren kunne ikke læse det, dette program sendte; opdater Conclave
server-error-unsupported-version = serveren taler en anden version af Conclaves protokol; opdater Conclave
server-error-frame-too-large = det, dette program sendte, er for stort til serveren
server-error-not-authenticated = serveren afsluttede sessionen, før denne enhed loggede ind; prøv igen
server-error-already-authenticated = denne enhed loggede ind to gange i samme session; prøv igen
server-error-auth-failed = serveren accepterer ikke denne enhed: den er fjernet fra sin konto, eller dens nøgle passer ikke
server-error-invite-unknown = denne invitation findes ikke; tjek linket
server-error-invite-used = denne invitation er allerede brugt; bed om en ny
server-error-invite-expired = denne invitation er udløbet; bed om en ny
server-error-invite-revoked = denne invitation er trukket tilbage; bed om en ny
server-error-username-taken = dette brugernavn er optaget; vælg et andet
server-error-username-invalid = serveren accepterer ikke dette brugernavn
server-error-device-key-taken = denne enheds nøgle er allerede registreret
server-error-account-disabled = din konto er deaktiveret af serverens operatør
server-error-account-expired = kontoen { $user } udløb den { $date }; bed en admin om en fornyelseskode
server-error-account-expired-plain = din konto er udløbet; bed en admin om en fornyelseskode
server-error-renewal-unknown = denne fornyelseskode findes ikke
server-error-renewal-used = denne fornyelseskode er allerede brugt
server-error-renewal-expired = denne fornyelseskode er udløbet; bed en admin om en ny
server-error-forbidden = serveren tillader ikke dette
server-error-not-found = serveren kender ikke det, der blev spurgt om
server-error-no-account = ingen konto ved navn { $name }
server-error-invalid-argument = serveren afviste forespørgslen som ugyldig
server-error-quota-exceeded = invitationskvoten er nået: du har givet { $used } af dine { $quota } invitationer, { $left } tilbage
server-error-quota-exceeded-plain = din invitationskvote er brugt op
server-error-queue-full = køen for en modtagende enhed er fuld; den skal online og indhente det forsømte
server-error-rate-limited = for mange forespørgsler; prøv igen om { $seconds } s
server-error-rate-limited-plain = for mange forespørgsler; prøv igen om lidt
server-error-too-many-connections = serveren har nået sin grænse for forbindelser; prøv igen senere
server-error-limit-exceeded = dette overskrider en grænse på serveren
server-error-stale-epoch = samtalen ændrede sig i samme øjeblik; prøv igen
server-error-not-member = denne enhed er ikke medlem af den samtale
server-error-no-key-package = en enhed, der skal tilføjes, har ingen nøglepakker på serveren; den skal online først
server-error-device-link-invalid = dette enhedslink er ukendt, brugt eller udløbet; lav et nyt på en enhed i kontoen
server-error-shutting-down = serveren lukker ned; prøv igen om lidt
server-error-internal = serveren fik en intern fejl; prøv igen senere
server-error-unavailable = serveren tilbyder ikke dette
server-error-fell-behind = en enhed er kommet bagud i denne samtale og venter på, at et medlem tilføjer den igen
server-error-relay-tokens-used-up = dagens kvote til privat browsing er brugt op; den fornyes kl. 00:00 UTC
server-error-relay-tokens-unavailable = denne server tilbyder ikke privat browsing
server-error-call-tokens-unavailable = denne server tilbyder ikke opkald
server-error-unknown-code = serveren afviste (fejl { $code })
server-error-unsupported = serveren kender ikke denne forespørgsel: den kører en ældre version af Conclave
cli-server-account-expired = kontoen { $user } udløb den { $date }; bed en admin om en fornyelseskode og kør `conclave renew CODE`
cli-server-account-expired-plain = din konto er udløbet; bed en admin om en fornyelseskode og kør `conclave renew CODE`
cli-client-connect = kan ikke forbinde til { $address }: { $reason }
cli-client-pin-mismatch = serverens TLS-certifikat passer ikke med det fastlåste fingeraftryk (forventede { $expected }, fik { $got }); det kan være et angreb, eller serverens certifikat er ændret
cli-client-timeout = tiden løb ud under ventetiden på serveren
cli-client-closed = forbindelsen blev lukket
cli-client-closed-because = forbindelsen blev lukket: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (svar) { $text }
preview-reaction = (reaktion) { $emoji }
preview-edit = (redigeret) { $text }
preview-deleted = (slettede en besked)
preview-receipt = (læst til og med { $seq })
preview-conversation-started = (samtale startet)
preview-group = (gruppe #{ $name })
preview-file = (fil) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (videresendt) { $text }
preview-timer-off = (forsvindende beskeder fra)
preview-timer = (forsvindende beskeder: { $time })
preview-display-name-cleared = (visningsnavn fjernet)
preview-display-name = (visningsnavn: { $name })
preview-call-started-audio = (opkald) startede et taleopkald { $call }
preview-call-started-video = (opkald) startede et videoopkald { $call }
preview-call-ringing = (opkald) ringer for { $call }
preview-call-answered = (opkald) besvarede { $call }
preview-call-declined = (opkald) afviste { $call }
preview-call-joined = (opkald) deltog i { $call }
preview-call-left = (opkald) forlod { $call }
preview-call-ended = (opkald) afsluttede { $call }
preview-call-unreadable = (ulæseligt opkaldssignal: { $reason })
preview-ledger = (kasse) { $entry }
preview-ledger-handover = (kasse) { $count ->
    [one] { $count } tidligere post overdraget
   *[other] { $count } tidligere poster overdraget
} til de enheder, der kom med (del { $part } af { $parts })
preview-ledger-unreadable = (ulæselig kassepost: { $reason })
ledger-payment-to = { $from } betalte { $names } { $money }
ledger-payment-equal = { $from } betalte { $money } for { $names } (delt ligeligt)
ledger-payment-exact = { $from } betalte { $money } for { $names } (fordelt { $shares })
ledger-payment-weights = { $from } betalte { $money } for { $names } (fordelt efter vægt { $weights })
ledger-debt-to = { $names } skylder { $from } { $money }
ledger-debt-equal = { $names } skylder { $from } { $money } (delt ligeligt)
ledger-debt-exact = { $names } skylder { $from } { $money } (fordelt { $shares })
ledger-debt-weights = { $names } skylder { $from } { $money } (fordelt efter vægt { $weights })
ledger-reversed-entry = tilbageførte post { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = afvist: { $entry } ({ $error })
ledger-refused-plain = afvist: { $error }
ledger-unreadable = ulæselig: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = kom med
history-unreadable = ulæselig besked ({ $reason })
history-fell-behind = denne enhed kom bagud her og gik glip af beskeder; den tilføjes igen, næste gang et medlem sender
history-fell-behind-long = Denne enhed kom bagud her (dens kø på serveren var fuld) og gik glip af beskeder fra dette punkt; den tilføjes igen, næste gang et medlem sender.
history-added = tilføjede { $names }
history-removed = fjernede { $names }
history-added-removed = tilføjede { $added }; fjernede { $removed }
history-keys-updated = opdaterede nøgler
history-deleted = (slettet)
preview-photo = Billede: { $name }
preview-voice-note = Talebesked: { $name }
preview-file-named = Fil: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = en timer for forsvindende beskeder er slået fra eller fra { $min } s til 4 uger ({ $max } s); { $secs } s er ikke tilladt
refused-one-to-one-self = en 1:1-samtale kræver en anden konto
refused-group-exists = du har allerede en gruppe med navnet #{ $name }
refused-remove-self = brug `leave` for at forlade en samtale
refused-not-members = ingen af dem er medlem
refused-no-key-packages = ingen af de enheder, der skal tilføjes, har offentliggjort nøglepakker endnu
refused-busy = gruppen er for optaget; prøv igen
refused-not-in-conversation = du er ikke med i denne samtale
refused-fell-behind = denne enhed kom bagud i denne samtale (dens kø på serveren var fuld); den tilføjes igen, næste gang et andet medlem sender
refused-server-too-old-for-timer = denne samtales beskeder forsvinder, og serveren er for gammel til at lade dem udløbe i sin kø (protokolrevision 1): opgrader serveren, eller slå timeren fra
refused-call-running = et opkald ({ $call }, startet af { $caller }) er i gang i denne samtale: deltag i det
refused-display-name-too-long = et visningsnavn har højst { $max } tegn ({ $given } angivet)
refused-display-name-invisible = et visningsnavn må ikke indeholde kontroltegn, retningstilsidesættende eller usynlige tegn ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = fejl: { $message }
cli-usage-invalid-value = ugyldig værdi { $value } for { $arg }
cli-usage-value-required = { $arg } kræver en værdi, men ingen blev angivet
cli-usage-invalid-value-because = ugyldig værdi { $value } for { $arg }: { $reason }
cli-usage-possible-values = mulige værdier: { $values }
cli-usage-unknown-argument = uventet argument { $arg } fundet
cli-usage-unknown-subcommand = ukendt underkommando { $command }
cli-usage-missing-arguments = følgende påkrævede argumenter blev ikke angivet: { $args }
cli-usage-missing-subcommand = { $command } kræver en underkommando, men ingen blev angivet
cli-usage-subcommands = underkommandoer: { $values }
cli-usage-too-many-values = uventet værdi { $value } for { $arg } fundet; der forventedes ikke flere
cli-usage-conflict = argumentet { $arg } kan ikke bruges sammen med { $other }
cli-usage-used-twice = argumentet { $arg } kan ikke bruges flere gange
cli-usage-similar-subcommand = tip: der findes en lignende underkommando: { $names }
cli-usage-similar-argument = tip: der findes et lignende argument: { $names }
cli-usage-similar-value = tip: der findes en lignende værdi: { $names }
cli-usage-more = For mere information, prøv { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = sikkerhedsnummer { $number }
members-safety-number-verified = sikkerhedsnummer { $number } (verificeret)
members-no-safety-number = intet sikkerhedsnummer: { $error }
notice-not-sent = ikke sendt: { $error }
notice-ledger-failed = kasse: { $error }
notice-members-failed = medlemmer: { $error }
notice-error = fejl: { $error }
