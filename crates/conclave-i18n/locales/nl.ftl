# Conclave: Dutch (Nederlands).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = verbonden
status-reconnecting = opnieuw verbinden… ({ $reason })
status-paused = gepauzeerd: een ander conclave-commando gebruikt dit apparaat
pane-conversations = Gesprekken
pane-unread = { $count ->
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}
pane-message = Bericht
pane-none = Geen gesprek
compose-hint = Tab of Enter om te schrijven
empty-conversations = Nog geen gesprekken. Begin er een vanaf de opdrachtregel: conclave send USER TEXT
empty-messages = Nog geen berichten. Typ hieronder en druk op Enter.
keys-short = Tab focus · Enter versturen · ^L kas · ^E post · ^U leden · ? hulp · q stoppen
keys-long = Tab focus · Enter versturen · Alt+Enter nieuwe regel · ^L kas · ^E post toevoegen · ^U leden · ? hulp · q stoppen
help-title = Hulp (Esc)
help-focus = wisselen tussen gesprekken, berichten en de invoerregel
help-choose = een gesprek kiezen; berichten scrollen
help-scroll = berichten scrollen
help-enter = versturen (in de invoerregel); schrijven (elders)
help-newline = nieuwe regel in een bericht
help-ledger = de kas van het gesprek: saldi, verrekenen
help-add-entry = een post toevoegen
help-members = leden, hun apparaten en veiligheidsnummers
help-esc = een paneel sluiten; de invoerregel verlaten
help-vim = vim-toetsen (met --vim)
help-help = deze hulp
help-quit = stoppen
ledger-title = Kas (Esc)
ledger-balances = Saldi
ledger-none = nog geen posten (Ctrl+E voegt er een toe)
ledger-settle = Verrekenen
ledger-even = iedereen staat quitte
ledger-entries = Posten
members-title = Leden (Esc)
members-device = apparaat { $id }
members-you = jij
form-title = Een post toevoegen
form-kind = soort
form-amount = bedrag
form-currency = valuta
form-from = van
form-split = verdeling
form-to = aan
form-memo = notitie
form-hint = soort: payment|debt · verdeling: to|equal (aan: één lid, of a,b,c)
form-keys = Tab volgend veld · Enter toevoegen · Esc annuleren
notice-sent = verstuurd als bericht { $seq }
notice-entry-added = post toegevoegd als bericht { $seq }
notice-reconnected = weer verbonden

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } typt…
typing-two = { $first } en { $second } typen…
typing-several = Meerdere mensen typen…

## Calls in the history
call-held-audio = Oproep, { $duration }, { $people ->
    [one] { $people } persoon
   *[other] { $people } personen
}
call-held-video = Video-oproep, { $duration }, { $people ->
    [one] { $people } persoon
   *[other] { $people } personen
}
call-missed-audio = Gemiste oproep van { $from }
call-missed-video = Gemiste video-oproep van { $from }
call-missed-declined-audio = Gemiste oproep van { $from } (geweigerd)
call-missed-declined-video = Gemiste video-oproep van { $from } (geweigerd)
call-not-answered-audio = Oproep niet beantwoord
call-not-answered-video = Video-oproep niet beantwoord
call-declined-by-audio = Oproep geweigerd door { $names }
call-declined-by-video = Video-oproep geweigerd door { $names }
call-ringing-audio = { $caller } belt (spraakoproep)
call-ringing-video = { $caller } belt (video-oproep)
call-in-progress-audio = Oproep bezig, { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
} in de oproep ({ $names })
call-in-progress-video = Video-oproep bezig, { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
} in de oproep ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } u { $min } min

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = kan niet starten: { $error }
cli-unexpected-response = onverwacht antwoord { $response }
cli-invalid-option = ongeldige { $option }
cli-invalid-option-value = ongeldige { $option } { $value }
cli-invalid-duration = ongeldige duur { $value } (bijv. 24h, 7d)
cli-not-invite-link = dit is geen uitnodigingslink (een apparaatlink hoort bij `conclave device join`)
cli-not-device-link = dit is geen apparaatlink (maak er een met `conclave device link` op je bestaande apparaat)
cli-joined = lid geworden van { $server } als { $user } (apparaat { $device }); account geldig tot { $expires }
cli-linked = gekoppeld aan { $server } als { $user } (apparaat { $device }); account geldig tot { $expires }
cli-malformed-renewal-code = ongeldige verlengingscode
cli-renewed = verlengd: account { $user } is geldig tot { $expires }
cli-display-name-none = geen weergavenaam: anderen zien { $user }
cli-whoami-account = account
cli-whoami-device = apparaat
cli-whoami-server = server
cli-whoami-expires = verloopt
cli-whoami-invites = uitnodigingen
cli-whoami-admin = (beheerder)
cli-whoami-invites-left = nog { $count }
cli-whoami-no-quota = geen quotum
cli-invite-in-browser = in een browser: { $link }
cli-invite-created = uitnodiging { $id } voor { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}, geldig tot { $expires }
cli-no-invitations = geen uitnodigingen
cli-invite-open = open
cli-invite-used = gebruikt
cli-invite-expired = verlopen
cli-invite-revoked = ingetrokken
cli-invite-row = nog { $left }/{ $total }  verloopt { $expires }
cli-invite-give = geef een uitnodigings-id (uit `conclave invite list`), code of link
cli-revoked = ingetrokken
cli-no-group = geen groep { $name }; `conclave group list` toont de jouwe
cli-no-conversation-with = geen gesprek met { $name }; `conclave send { $name } TEXT` begint er een
cli-sent = verzonden naar { $conversation } als bericht { $seq }
cli-warn-call-ignored = waarschuwing: oproepsignaal { $seq } van { $sender } in { $conversation } genegeerd: { $reason }
cli-history-note = (de geschiedenis hierboven kwam van je apparaat { $device }, verzonden { $at })
cli-warn-receipt-not-sent = waarschuwing: leesbevestiging niet verzonden: { $error }
cli-warn-delivery-unusable = waarschuwing: levering { $seq } kon niet worden gebruikt: { $reason }
cli-history-imported = geschiedenis van je apparaat { $device } (verzonden { $at }): { $entries ->
    [one] { $entries } item
   *[other] { $entries } items
} in { $count ->
    [one] { $count } gesprek
   *[other] { $count } gesprekken
}
cli-warn-history-later = waarschuwing: de geschiedenis van je apparaat { $device } is nog niet binnen ({ $reason }); de volgende opdracht probeert het opnieuw
cli-warn-history-unusable = waarschuwing: de geschiedenis van je apparaat { $device } is onbruikbaar: { $reason }
cli-warn-history-fetch = waarschuwing: kon de geschiedenis die je andere apparaat stuurde niet ophalen: { $error }
cli-listen-handover = een andere conclave-opdracht gebruikt dit apparaat; wachten…
cli-listening-again = luistert weer
cli-connection-lost = verbinding verbroken ({ $error }); opnieuw verbinden…
cli-group-created = #{ $name } aangemaakt ({ $devices ->
    [one] { $devices } apparaat
   *[other] { $devices } apparaten
}, epoch { $epoch })
cli-group-added = { $users } toegevoegd aan #{ $name }
cli-already-members = al leden
cli-group-removed = { $users } verwijderd uit #{ $name }
cli-group-left = #{ $name } verlaten
cli-no-conversations = geen gesprekken
cli-kind-group = groep
cli-kind-direct = direct
cli-kind-unnamed = naamloos
cli-devices = { $devices ->
    [one] { $devices } apparaat
   *[other] { $devices } apparaten
}
cli-group-info = { $name }  epoch { $epoch }
cli-device = apparaat { $id }
cli-device-link-waiting = wachten tot het nieuwe apparaat meedoet (voer `conclave --home NEWDIR device join LINK` uit)…
cli-link-expired = de link verliep voordat een apparaat meedeed
cli-device-joined = apparaat { $id } doet mee; toegevoegd aan { $added } van { $total ->
    [one] { $total } gesprek
   *[other] { $total } gesprekken
}
cli-history-sent = het de geschiedenis van { $count ->
    [one] { $count } gesprek
   *[other] { $count } gesprekken
} gestuurd ({ $entries ->
    [one] { $entries } item
   *[other] { $entries } items
}, { $kib } KiB, end-to-end versleuteld)
cli-history-none = geen eerdere geschiedenis om te sturen
cli-warn-history-not-sent = waarschuwing: de geschiedenis is niet naar het nieuwe apparaat gestuurd: { $error }
cli-device-added = toegevoegd { $at }
cli-device-added-this = toegevoegd { $at } (dit apparaat)
cli-device-removed = apparaat { $id } verwijderd
cli-safety-changed = !!! WAARSCHUWING: de sleutels van { $user } zijn GEWIJZIGD sinds je ze verifieerde !!!
cli-safety-changed-compare = !!! Er is een apparaat toegevoegd of een sleutel vervangen. Vergelijk het veiligheidsnummer opnieuw. !!!
cli-verified = { $user } is geverifieerd
cli-not-verified = { $user } is nog niet geverifieerd
cli-safety-number = veiligheidsnummer met { $user }:
cli-marked-verified = { $user } gemarkeerd als geverifieerd; je wordt gewaarschuwd als de sleutels veranderen
cli-replied = beantwoord in { $conversation } als bericht { $seq }
cli-reacted = gereageerd in { $conversation } als bericht { $seq }
cli-reaction-taken-back = reactie ingetrokken in { $conversation } als bericht { $seq }
cli-edited = bewerkt in { $conversation } als bericht { $seq }
cli-deleted = voor iedereen verwijderd in { $conversation } als bericht { $seq }
cli-forwarded = doorgestuurd in { $conversation } als bericht { $seq }
cli-timer-set = timer ingesteld in { $conversation } als bericht { $seq }
cli-timer-invalid = `{ $value }`: { $error }; zeg off, 30s, 5m, 1h, 1d of 1w
cli-receipts-say-on-or-off = `{ $value }`: zeg `on` of `off`
cli-receipts-on = leesbevestigingen aan: dit apparaat vertelt anderen wat je las en toont wat zij lazen
cli-receipts-off = leesbevestigingen uit: dit apparaat stuurt er geen en toont die van niemand
cli-not-a-file = { $path } is geen bestand
cli-uploading = uploaden
cli-downloading = downloaden
cli-file-sent = { $file } ({ $size }) verzonden naar { $conversation } als bericht { $seq }
cli-message-not-available = bericht { $message } is niet beschikbaar
cli-message-deleted = bericht { $message } is verwijderd
cli-message-not-a-file = bericht { $message } in { $conversation } is geen bestand
cli-no-conversations-yet = nog geen gesprekken
cli-files-in-several = { $message } wijst bestanden in meerdere gesprekken aan: zeg `conclave download CONVERSATION { $message }`
cli-too-many-files = te veel bestanden met die naam hier; zeg waar met --output
cli-file-gone = de server heeft dit bestand niet meer: hij bewaart een bestand tot elk apparaat in het gesprek het ophaalde, of hoogstens { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
cli-file-saved = { $file } ({ $size }) uit { $conversation } [{ $seq }] opgeslagen als { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE is geen geldige UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE is leeg
cli-prompt-passphrase = Wachtwoordzin
cli-prompt-again = Nogmaals
cli-reading-passphrase = wachtwoordzin lezen
cli-passphrase-empty = een lege wachtwoordzin beschermt niets
cli-passphrases-differ = de wachtwoordzinnen verschillen
cli-home-taken = { $dir } bevat al een Conclave-apparaat; gebruik een ander --home (of CONCLAVE_HOME) voor een nieuw
cli-cannot-create = kan { $path } niet aanmaken
cli-cannot-remove = kan { $path } niet verwijderen
cli-cannot-write = kan { $path } niet schrijven
cli-cannot-open = kan { $path } niet openen
cli-cannot-listen = kan niet luisteren op { $address }
cli-no-device = geen Conclave-apparaat in { $dir } — voer eerst `conclave join LINK --name NAME` uit
cli-malformed-file = ongeldig { $path }
cli-device-key-missing = de apparaatsleutel ontbreekt in de staat
cli-device-key-malformed = ongeldige apparaatsleutel
cli-fingerprint-malformed = device.json heeft een ongeldige vingerafdruk
cli-lock-waiter-stopped = het wachten op de vergrendeling stopte
cli-lock-wait-cancelled = het wachten op de vergrendeling van het apparaat is geannuleerd
cli-lock-waiting = wachten op een ander conclave-proces (pid { $pid }) dat dit apparaat gebruikt…
cli-lock-busy = een ander conclave-proces (pid { $pid }) gebruikt de staat van dit apparaat in { $dir } en gaf die niet binnen { $seconds } s af; stop het of wacht tot het klaar is
cli-ledger-no-conversation = geen gesprek "{ $name }": geef '#groep' of de gebruikersnaam van een 1:1-gesprek
cli-ledger-unreadable = waarschuwing: { $count ->
    [one] { $count } boeking is door een nieuwere Conclave geschreven en hier niet leesbaar; de saldi laten die weg tot je bijwerkt
   *[other] { $count } boekingen zijn door een nieuwere Conclave geschreven en hier niet leesbaar; de saldi laten ze weg tot je bijwerkt
}
cli-ledger-handed-over = let op: dit apparaat deed mee bij bericht { $seq }; de boekingen daarvoor zijn zoals apparaat { $device } van { $user } ze overdroeg
cli-ledger-discrepancy = WAARSCHUWING: apparaat { $device } van { $user } gaf nieuwkomers een kasboek dat afwijkt van dat van dit apparaat (bericht { $seq }): { $detail }
cli-ledger-to-or-split = geef --to of --split
cli-ledger-stored-without-content = het bericht is zonder inhoud opgeslagen
cli-ledger-missing-after-send = de boeking ontbreekt na verzending in het kasboek
cli-ledger-refused = de boeking kwam in het gesprek aan als bericht { $seq } maar elk apparaat weigert haar daar: { $error }
cli-ledger-recorded = { $id } geboekt in { $conversation }: { $description }
cli-ledger-empty = { $conversation }: nog geen boekingen
cli-ledger-title = kasboek van { $conversation }
cli-ledger-reversed-tag = [teruggeboekt]
cli-ledger-recorded-by = geboekt door { $user } (apparaat { $device }) op { $at }, bericht { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = teruggeboekt door { $user } ({ $id })
cli-ledger-reversed = teruggeboekt ({ $id })
cli-ledger-balances-title = saldi van { $conversation }
cli-ledger-is-owed = krijgt
cli-ledger-owes = is schuldig
cli-ledger-settled = quitte
cli-ledger-all-settled = iedereen is quitte
cli-ledger-to-settle-up = om te verrekenen:
cli-ledger-pays = { $from } betaalt { $to } { $amount }
cli-writing = { $path } schrijven
cli-writing-export = de export schrijven
cli-ledger-exported = { $count ->
    [one] { $count } boeking
   *[other] { $count } boekingen
} geëxporteerd naar { $path }
cli-not-a-call-id = { $value } is geen oproep-id (32 hexadecimale tekens)
cli-no-call-running = er loopt geen oproep in { $conversation }
cli-call-started = oproep { $call } gestart in { $conversation }
cli-call-joined = oproep { $call } deelgenomen in { $conversation }
cli-call-left = oproep { $call } verlaten in { $conversation }
cli-call-declined = oproep { $call } geweigerd in { $conversation }
cli-call-ended = oproep { $call } beëindigd in { $conversation }
cli-call-not-in = dit apparaat zit niet in oproep { $call }
cli-call-not-ringing = oproep { $call } gaat niet over voor jou (hij gaat 45 s over, tot je opneemt of weigert)
cli-call-token = oproeptoken voor oproep { $call }, geldig tot { $expires }
cli-proxy-loopback-only = de proxy werkt zonder authenticatie en luistert daarom alleen op loopback (kreeg { $address })
cli-proxy-no-directory = kan de relay-lijst niet ophalen: { $error }
cli-proxy-no-server = dit apparaat kent geen server
cli-proxy-circuit = circuit { $circuit }: ingang { $entry } → uitgang { $exit } in { $ms } ms
cli-proxy-same-operator = waarschuwing: één beheerder draait beide relays, dus de splitsing in twee hops is hier alleen nominaal
cli-proxy-circuit-failed = circuit mislukt: { $error }
cli-proxy-stream-refused = verbinding geweigerd: { $reason }
cli-proxy-listening = Privé browsen op socks5://{ $address } en http://{ $address } (CONNECT). Richt er een browser op, bijv.
cli-proxy-two-relays = Twee relays dragen elke verbinding: de ingang ziet je adres, de uitgang de site; geen van beide allebei. Niet beschermd: beide relays die samenspannen, of iemand die de timing aan beide kanten ziet.
cli-proxy-first-circuit-failed = eerste circuit mislukt (opnieuw geprobeerd bij de eerste verbinding): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuit
   *[other] { $circuits } circuits
}, { $streams ->
    [one] { $streams } stroom
   *[other] { $streams } stromen
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = gestopt: { $circuits ->
    [one] { $circuits } circuit
   *[other] { $circuits } circuits
} opgebouwd, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = de server kon niet lezen wat dit programma stuurde; werk Conclave bij
server-error-unsupported-version = de server spreekt een andere versie van het Conclave-protocol; werk Conclave bij
server-error-frame-too-large = wat dit programma stuurde is te groot voor de server
server-error-not-authenticated = de server beëindigde de sessie voordat dit apparaat zich aanmeldde; probeer het opnieuw
server-error-already-authenticated = dit apparaat meldde zich twee keer aan in één sessie; probeer het opnieuw
server-error-auth-failed = de server accepteert dit apparaat niet: het is uit zijn account verwijderd, of zijn sleutel klopt niet
server-error-invite-unknown = deze uitnodiging bestaat niet; controleer de link
server-error-invite-used = deze uitnodiging is al gebruikt; vraag om een nieuwe
server-error-invite-expired = deze uitnodiging is verlopen; vraag om een nieuwe
server-error-invite-revoked = deze uitnodiging is ingetrokken; vraag om een nieuwe
server-error-username-taken = deze gebruikersnaam is bezet; kies een andere
server-error-username-invalid = de server accepteert deze gebruikersnaam niet
server-error-device-key-taken = de sleutel van dit apparaat is al geregistreerd
server-error-account-disabled = uw account is uitgeschakeld door de beheerder van de server
server-error-account-expired = account { $user } is verlopen op { $date }; vraag een admin om een verlengingscode
server-error-account-expired-plain = uw account is verlopen; vraag een admin om een verlengingscode
server-error-renewal-unknown = deze verlengingscode bestaat niet
server-error-renewal-used = deze verlengingscode is al gebruikt
server-error-renewal-expired = deze verlengingscode is verlopen; vraag een admin om een nieuwe
server-error-forbidden = de server staat dit niet toe
server-error-not-found = de server kent niet wat er gevraagd werd
server-error-no-account = geen account met de naam { $name }
server-error-invalid-argument = de server weigerde het verzoek als ongeldig
server-error-quota-exceeded = uitnodigingsquotum bereikt: u hebt { $used } van uw { $quota } uitnodigingen uitgegeven, { $left } over
server-error-quota-exceeded-plain = uw uitnodigingsquotum is op
server-error-queue-full = de wachtrij van een ontvangend apparaat is vol; het moet online komen en bijwerken
server-error-rate-limited = te veel verzoeken; probeer het over { $seconds } s opnieuw
server-error-rate-limited-plain = te veel verzoeken; probeer het zo opnieuw
server-error-too-many-connections = de server zit aan zijn verbindingslimiet; probeer het later opnieuw
server-error-limit-exceeded = dit gaat over een limiet van de server
server-error-stale-epoch = het gesprek veranderde op hetzelfde moment; probeer het opnieuw
server-error-not-member = dit apparaat is geen lid van dat gesprek
server-error-no-key-package = een toe te voegen apparaat heeft geen sleutelpakketten bij de server; het moet eerst online komen
server-error-device-link-invalid = deze apparaatlink is onbekend, gebruikt of verlopen; maak een nieuwe op een apparaat van het account
server-error-shutting-down = de server wordt afgesloten; probeer het zo opnieuw
server-error-internal = de server had een interne fout; probeer het later opnieuw
server-error-unavailable = de server biedt dit niet aan
server-error-fell-behind = een apparaat is in dit gesprek achterop geraakt en wacht tot een lid het opnieuw toevoegt
server-error-relay-tokens-used-up = het tegoed van vandaag voor privé browsen is op; het wordt om 00:00 UTC vernieuwd
server-error-relay-tokens-unavailable = deze server biedt geen privé browsen aan
server-error-call-tokens-unavailable = deze server biedt geen gesprekken aan
server-error-unknown-code = de server weigerde (fout { $code })
server-error-unsupported = de server kent dit verzoek niet: hij draait een oudere versie van Conclave
cli-server-account-expired = account { $user } is verlopen op { $date }; vraag een admin om een verlengingscode en voer `conclave renew CODE` uit
cli-server-account-expired-plain = uw account is verlopen; vraag een admin om een verlengingscode en voer `conclave renew CODE` uit
cli-client-connect = kan niet verbinden met { $address }: { $reason }
cli-client-pin-mismatch = het TLS-certificaat van de server past niet bij de vastgelegde vingerafdruk (verwacht { $expected }, ontvangen { $got }); dit kan een aanval zijn, of het certificaat van de server is veranderd
cli-client-timeout = time-out bij het wachten op de server
cli-client-closed = de verbinding is gesloten
cli-client-closed-because = de verbinding is gesloten: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (antwoord) { $text }
preview-reaction = (reactie) { $emoji }
preview-edit = (bewerkt) { $text }
preview-deleted = (heeft een bericht verwijderd)
preview-receipt = (gelezen tot { $seq })
preview-conversation-started = (gesprek begonnen)
preview-group = (groep #{ $name })
preview-file = (bestand) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (doorgestuurd) { $text }
preview-timer-off = (verdwijnende berichten uit)
preview-timer = (verdwijnende berichten: { $time })
preview-display-name-cleared = (weergavenaam gewist)
preview-display-name = (weergavenaam: { $name })
preview-call-started-audio = (oproep) heeft een spraakoproep gestart { $call }
preview-call-started-video = (oproep) heeft een video-oproep gestart { $call }
preview-call-ringing = (oproep) gaat over voor { $call }
preview-call-answered = (oproep) heeft { $call } beantwoord
preview-call-declined = (oproep) heeft { $call } geweigerd
preview-call-joined = (oproep) neemt deel aan { $call }
preview-call-left = (oproep) heeft { $call } verlaten
preview-call-ended = (oproep) heeft { $call } beëindigd
preview-call-unreadable = (onleesbaar oproepsignaal: { $reason })
preview-ledger = (kas) { $entry }
preview-ledger-handover = (kas) { $count ->
    [one] { $count } eerdere post
   *[other] { $count } eerdere posten
} overgedragen aan de apparaten die erbij kwamen (deel { $part } van { $parts })
preview-ledger-unreadable = (onleesbare kaspost: { $reason })
ledger-payment-to = { $from } betaalde { $names } { $money }
ledger-payment-equal = { $from } betaalde { $money } voor { $names } (gelijk verdeeld)
ledger-payment-exact = { $from } betaalde { $money } voor { $names } (verdeeld: { $shares })
ledger-payment-weights = { $from } betaalde { $money } voor { $names } (verdeeld naar gewicht: { $weights })
ledger-debt-to = { $names } is { $from } { $money } schuldig
ledger-debt-equal = { $names } zijn { $from } { $money } schuldig (gelijk verdeeld)
ledger-debt-exact = { $names } zijn { $from } { $money } schuldig (verdeeld: { $shares })
ledger-debt-weights = { $names } zijn { $from } { $money } schuldig (verdeeld naar gewicht: { $weights })
ledger-reversed-entry = post { $id } teruggeboekt
ledger-with-memo = { $entry }: { $memo }
ledger-refused = geweigerd: { $entry } ({ $error })
ledger-refused-plain = geweigerd: { $error }
ledger-unreadable = onleesbaar: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = is lid geworden
history-unreadable = onleesbaar bericht ({ $reason })
history-fell-behind = dit apparaat is hier achtergeraakt en heeft berichten gemist; het wordt opnieuw toegevoegd zodra een lid weer iets verstuurt
history-fell-behind-long = Dit apparaat is hier achtergeraakt (de wachtrij op de server was vol) en heeft vanaf dit punt berichten gemist; het wordt opnieuw toegevoegd zodra een lid weer iets verstuurt.
history-added = heeft { $names } toegevoegd
history-removed = heeft { $names } verwijderd
history-added-removed = heeft { $added } toegevoegd; heeft { $removed } verwijderd
history-keys-updated = heeft sleutels bijgewerkt
history-deleted = (verwijderd)
preview-photo = Foto: { $name }
preview-voice-note = Spraakbericht: { $name }
preview-file-named = Bestand: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = een timer voor verdwijnende berichten staat uit of loopt van { $min } s tot 4 weken ({ $max } s); { $secs } s kan niet
refused-one-to-one-self = een 1:1-gesprek heeft een ander account nodig
refused-group-exists = je hebt al een groep met de naam #{ $name }
refused-remove-self = gebruik `leave` om een gesprek te verlaten
refused-not-members = geen van hen is lid
refused-no-key-packages = geen van de toe te voegen apparaten heeft al sleutelpakketten gepubliceerd
refused-busy = de groep is te druk; probeer het opnieuw
refused-not-in-conversation = je zit niet in dit gesprek
refused-fell-behind = dit apparaat is in dit gesprek achtergeraakt (de wachtrij op de server was vol); het wordt opnieuw toegevoegd zodra een ander lid weer iets verstuurt
refused-server-too-old-for-timer = de berichten van dit gesprek verdwijnen, en de server is te oud om ze in zijn wachtrij te laten verlopen (protocolrevisie 1): werk de server bij of zet de timer uit
refused-call-running = in dit gesprek loopt een oproep ({ $call }, gestart door { $caller }): neem eraan deel
refused-display-name-too-long = een weergavenaam heeft hoogstens { $max } tekens ({ $given } opgegeven)
refused-display-name-invisible = een weergavenaam mag geen stuurtekens, richtingsoverschrijvingen of onzichtbare tekens bevatten ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = fout: { $message }
cli-usage-invalid-value = ongeldige waarde { $value } voor { $arg }
cli-usage-value-required = voor { $arg } is een waarde vereist, maar er is er geen opgegeven
cli-usage-invalid-value-because = ongeldige waarde { $value } voor { $arg }: { $reason }
cli-usage-possible-values = mogelijke waarden: { $values }
cli-usage-unknown-argument = onverwacht argument { $arg } gevonden
cli-usage-unknown-subcommand = onbekende subopdracht { $command }
cli-usage-missing-arguments = de volgende vereiste argumenten zijn niet opgegeven: { $args }
cli-usage-missing-subcommand = { $command } vereist een subopdracht, maar er is er geen opgegeven
cli-usage-subcommands = subopdrachten: { $values }
cli-usage-too-many-values = onverwachte waarde { $value } voor { $arg } gevonden; er werden geen verdere waarden verwacht
cli-usage-conflict = het argument { $arg } kan niet samen met { $other } worden gebruikt
cli-usage-used-twice = het argument { $arg } kan niet meerdere keren worden gebruikt
cli-usage-similar-subcommand = tip: er bestaat een vergelijkbare subopdracht: { $names }
cli-usage-similar-argument = tip: er bestaat een vergelijkbaar argument: { $names }
cli-usage-similar-value = tip: er bestaat een vergelijkbare waarde: { $names }
cli-usage-more = Probeer { $help } voor meer informatie.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = veiligheidsnummer { $number }
members-safety-number-verified = veiligheidsnummer { $number } (geverifieerd)
members-no-safety-number = geen veiligheidsnummer: { $error }
notice-not-sent = niet verstuurd: { $error }
notice-ledger-failed = kas: { $error }
notice-members-failed = leden: { $error }
notice-error = fout: { $error }
